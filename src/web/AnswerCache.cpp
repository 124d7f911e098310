#include "web/AnswerCache.h"

#include <algorithm>

namespace rightstrack::web {

std::string AnswerCache::key_of(std::vector<std::pair<std::string, std::string>> parameters) {
    std::sort(parameters.begin(), parameters.end());
    std::string key;
    for (const auto& [name, value] : parameters) {
        // Lengths first, so that no name or value can pass for a separator.
        key += std::to_string(name.size()) + ':' + name + std::to_string(value.size()) + ':' +
               value;
    }
    return key;
}

AnswerCache::Answer AnswerCache::find(const std::string& key, std::int64_t sequence) {
    std::lock_guard lock(mutex_);
    auto found = by_key_.find(key);
    if (found == by_key_.end())
        return nullptr;
    if (found->second->sequence < sequence) {  // Stale for good: a write came since.
        drop(found->second);
        return nullptr;
    }
    // Computed after a write this caller had not yet seen: right for later callers, not this one.
    if (found->second->sequence > sequence)
        return nullptr;
    entries_.splice(entries_.begin(), entries_, found->second);
    return found->second->answer;
}

void AnswerCache::store(const std::string& key, std::int64_t sequence, std::string answer) {
    const std::size_t size = key.size() + answer.size();
    auto shared = std::make_shared<const std::string>(std::move(answer));
    std::lock_guard lock(mutex_);
    if (auto old = by_key_.find(key); old != by_key_.end())
        drop(old->second);
    if (size > budget_)
        return;
    while (bytes_ + size > budget_) drop(std::prev(entries_.end()));
    entries_.push_front({key, sequence, std::move(shared)});
    by_key_.emplace(key, entries_.begin());
    bytes_ += size;
}

std::size_t AnswerCache::bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
}

std::size_t AnswerCache::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

void AnswerCache::drop(std::list<Entry>::iterator entry) {
    bytes_ -= entry->key.size() + entry->answer->size();
    by_key_.erase(entry->key);
    entries_.erase(entry);
}

}  // namespace rightstrack::web
