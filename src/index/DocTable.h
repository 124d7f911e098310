// The documents of the index: each external id (the recommendation's id) with the DocId it is
// indexed under, which of them are live, and the keys the non-relevance sorts use. A replaced
// document gets a new DocId; its old one stays dead, so that nothing indexed is ever rewritten.
// Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/StringHash.h"
#include "index/DocSet.h"

namespace rightstrack::index {

class DocTable {
public:
    // Assigns the next DocId to a live document; the caller has removed any live one of the
    // same id first.
    DocId add(std::string external_id, std::int64_t date, std::string order);
    // The DocId of the live document with this id, if any.
    std::optional<DocId> find(std::string_view external_id) const;
    // Marks the live document with this id as removed; its DocId, or nothing if there is none.
    std::optional<DocId> remove(std::string_view external_id);

    const DocSet& live() const { return live_; }
    // DocIds handed out, removed ones included.
    std::uint32_t size() const { return static_cast<std::uint32_t>(ids_.size()); }
    const std::string& external_id(DocId doc) const { return ids_[doc]; }
    std::int64_t date(DocId doc) const { return dates_[doc]; }
    const std::string& order(DocId doc) const { return orders_[doc]; }

    std::size_t memory_bytes() const;

private:
    // Live ones only, keyed by views of `ids_`, whose strings a deque never moves.
    std::unordered_map<std::string_view, DocId, core::StringHash, std::equal_to<>> by_id_;
    std::deque<std::string> ids_;
    std::vector<std::int64_t> dates_;
    std::vector<std::string> orders_;
    DocSet live_;
};

}  // namespace rightstrack::index
