// Answers to recent searches, kept while the store has not changed: a portal's popular searches
// are asked again and again, and answering one from here costs a lookup instead of a search.
// Each answer is stored under its request in canonical form and the store's change sequence it
// was computed at; any committed write raises the sequence, so a stale answer is never given.
// Least recently used answers go first when the bytes kept pass the budget. Not thread-safe:
// the caller holds the lock that also guards the searcher.
#pragma once

#include <cstdint>
#include <list>
#include <optional>
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

    // The answer stored under `key` at `sequence`; none when absent or computed before it.
    std::optional<std::string> find(const std::string& key, std::int64_t sequence);
    void store(const std::string& key, std::int64_t sequence, std::string answer);

    std::size_t bytes() const { return bytes_; }
    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::string key;
        std::int64_t sequence;
        std::string answer;
    };
    void drop(std::list<Entry>::iterator entry);

    std::size_t budget_;
    std::size_t bytes_ = 0;
    std::list<Entry> entries_;  // Most recently used first.
    std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace rightstrack::web
