// Every distinct term the index has seen, numbered in order of arrival: a hash table for the
// lookups of indexing and querying, and the same terms in sorted order for prefix queries
// (prefix* expands to the terms that start with it, alphabetically, up to a cap).
// Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/StringIds.h"

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
    std::string_view term(TermId id) const { return ids_.text(id); }
    std::size_t size() const { return ids_.size(); }

    // The first `cap` terms, alphabetically, that start with `prefix`.
    PrefixTerms with_prefix(std::string_view prefix, std::size_t cap) const;

    std::size_t memory_bytes() const;

private:
    core::StringIds ids_;
    // Views of the terms ids_ keeps, which never move.
    std::map<std::string_view, TermId> sorted_;
};

}  // namespace rightstrack::index
