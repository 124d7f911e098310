// A hash for maps keyed by strings that can be searched with a std::string_view, without
// building a std::string for every lookup (C++20 heterogeneous lookup). Use it with
// std::equal_to<>: std::unordered_map<std::string, V, core::StringHash, std::equal_to<>>.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace rightstrack::core {

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
        return std::hash<std::string_view>()(text);
    }
};

}  // namespace rightstrack::core
