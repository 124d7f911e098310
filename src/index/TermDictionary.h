// Every distinct term the index has seen, numbered in order of arrival, in a hash table for the
// lookups of indexing and querying. (Prefix queries expand over words, not terms: Analyzer.)
// Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/StringIds.h"

namespace rightstrack::index {

using TermId = std::uint32_t;

class TermDictionary {
public:
    // The term's id, adding it if new.
    TermId intern(std::string_view term);
    std::optional<TermId> find(std::string_view term) const;
    std::string_view term(TermId id) const { return ids_.text(id); }
    std::size_t size() const { return ids_.size(); }

    std::size_t memory_bytes() const;

private:
    core::StringIds ids_;
};

}  // namespace rightstrack::index
