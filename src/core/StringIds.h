// Dense ids for distinct strings, 0, 1, 2, ... in order of arrival, with the strings kept: an
// open-addressing table kept at most half full. For the innermost loops of analysis and
// indexing, where every lookup's cache misses count: each slot holds the string's hash, length
// and first eight bytes beside its id, so that most words and terms (short ones) are found or
// refused without reading the kept string at all. The kept strings never move, so views of them
// stay valid until clear(). Not thread-safe for writes; reads are const. The hash is fast, not
// keyed: callers bound what they intern.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::core {

class StringIds {
public:
    // The text's id, giving it the next one (the count so far) if it is new, and saying so.
    std::uint32_t intern(std::string_view text, bool& added);
    std::optional<std::uint32_t> find(std::string_view text) const;
    std::string_view text(std::uint32_t id) const { return texts_[id]; }
    std::size_t size() const { return texts_.size(); }
    void clear();

    std::size_t memory_bytes() const;

private:
    // What a slot knows of its string without reading it: the hash with the length (up to 255)
    // in its low byte, and the first eight bytes.
    struct Key {
        std::uint64_t head = 0;
        std::uint32_t hash = 0;
    };
    struct Slot {  // A Key and an id in 16 bytes.
        std::uint64_t head = 0;
        std::uint32_t hash = 0;
        std::uint32_t id = kEmpty;
        bool holds(const Key& key) const { return hash == key.hash && head == key.head; }
    };
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    static Key key_of(std::string_view text);
    // The slot holding `text`, or the empty slot where it would go.
    std::size_t slot_of(std::string_view text, const Key& key) const;
    void grow();

    std::vector<Slot> slots_;
    std::deque<std::string> texts_;  // By id; a deque never moves its elements.
};

}  // namespace rightstrack::core
