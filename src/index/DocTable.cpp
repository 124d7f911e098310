#include "index/DocTable.h"

namespace rightstrack::index {

DocId DocTable::add(std::string external_id, std::int64_t date, std::string order) {
    auto doc = static_cast<DocId>(ids_.size());
    ids_.push_back(std::move(external_id));
    by_id_[ids_.back()] = doc;
    dates_.push_back(date);
    orders_.push_back(std::move(order));
    live_.add(doc);
    return doc;
}

std::optional<DocId> DocTable::find(std::string_view external_id) const {
    if (auto found = by_id_.find(external_id); found != by_id_.end())
        return found->second;
    return std::nullopt;
}

std::optional<DocId> DocTable::remove(std::string_view external_id) {
    auto found = by_id_.find(external_id);
    if (found == by_id_.end())
        return std::nullopt;
    DocId doc = found->second;
    by_id_.erase(found);
    live_.remove(doc);
    return doc;
}

std::size_t DocTable::memory_bytes() const {
    auto heap = [](const std::string& s) { return s.size() > 15 ? s.capacity() + 1 : 0; };
    std::size_t bytes = sizeof(*this) + index::memory_bytes(live_) +
                        by_id_.bucket_count() * sizeof(void*) +
                        ids_.size() * sizeof(std::string) +
                        dates_.capacity() * sizeof(std::int64_t) +
                        orders_.capacity() * sizeof(std::string);
    for (const std::string& id : ids_)
        bytes += heap(id);
    for (const std::string& order : orders_)
        bytes += heap(order);
    // Hash nodes: next pointer, key, value, cached hash.
    bytes += by_id_.size() * (8 + sizeof(std::string_view) + 8 + 8);
    return bytes;
}

}  // namespace rightstrack::index
