// Every distinct term the index has seen, numbered in order of arrival: a hash map for the
// lookups of indexing and querying, and the same terms in sorted order for prefix queries
// (prefix* expands to the terms that start with it, alphabetically, up to a cap).
// Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/StringHash.h"

namespace rightstrack::index {

using TermId = std::uint32_t;

struct PrefixTerms {
    std::vector<TermId> terms;  // In alphabetical order of the terms.
    bool capped = false;        // More terms had the prefix than the cap let through.
};

class TermDictionary {
public:
    // The term's id, adding it if new.
    TermId intern(std::string_view term);
    std::optional<TermId> find(std::string_view term) const;
    std::string_view term(TermId id) const { return *terms_[id]; }
    std::size_t size() const { return terms_.size(); }

    // The first `cap` terms, alphabetically, that start with `prefix`.
    PrefixTerms with_prefix(std::string_view prefix, std::size_t cap) const;

    std::size_t memory_bytes() const;

private:
    std::unordered_map<std::string, TermId, core::StringHash, std::equal_to<>> ids_;
    // Views of the map's keys, which stay put when the map grows (its nodes never move).
    std::map<std::string_view, TermId> sorted_;
    std::vector<const std::string*> terms_;
};

}  // namespace rightstrack::index
