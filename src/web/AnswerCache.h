// Answers to recent searches, kept while the store has not changed: a portal's popular searches
// are asked again and again, and answering one from here costs a lookup instead of a search.
// Each answer is stored under its request in canonical form and the store's change sequence it
// was computed at; any committed write raises the sequence, so a stale answer is never given.
// Least recently used answers go first when the bytes kept pass the budget. Thread-safe; an
// answer is shared, not copied, while the cache's lock is held.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rightstrack::web {

class AnswerCache {
public:
    explicit AnswerCache(std::size_t budget_bytes) : budget_(budget_bytes) {}

    // The parameters as one key: sorted, so that the order they came in does not matter.
    static std::string key_of(std::vector<std::pair<std::string, std::string>> parameters);

    using Answer = std::shared_ptr<const std::string>;

    // The answer stored under `key` at `sequence`; null when absent or computed at another one
    // (an answer older than `sequence` is dropped, a newer one kept for the callers that see it).
    Answer find(const std::string& key, std::int64_t sequence);
    void store(const std::string& key, std::int64_t sequence, std::string answer);

    std::size_t bytes() const;
    std::size_t size() const;

private:
    struct Entry {
        std::string key;
        std::int64_t sequence;
        Answer answer;
    };
    void drop(std::list<Entry>::iterator entry);

    mutable std::mutex mutex_;
    std::size_t budget_;
    std::size_t bytes_ = 0;
    std::list<Entry> entries_;  // Most recently used first.
    std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace rightstrack::web
