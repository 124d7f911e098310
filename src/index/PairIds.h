// Dense ids for pairs of terms (a pair packed in 64 bits), in an open-addressing table kept at
// most half full: the pair index looks up every adjacent pair of every document it indexes, and
// a node-based map's two cache misses per lookup dominated indexing. Not thread-safe for
// writes; reads are const.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace rightstrack::index {

class PairIds {
public:
    PairIds() : slots_(kInitialSlots) {}

    // The key's id, giving it the next one (the count so far) if it is new, and saying so.
    std::uint32_t intern(std::uint64_t key, bool& added);
    std::optional<std::uint32_t> find(std::uint64_t key) const;
    std::size_t size() const { return size_; }

    // Calls visit(key, id) for every key.
    template <typename Visit>
    void for_each(Visit&& visit) const {
        for (const Slot& slot : slots_)
            if (slot.id != kEmpty)
                visit(slot.key, slot.id);
    }

    std::size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot); }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    static constexpr std::size_t kInitialSlots = 1024;
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t id = kEmpty;
    };
    // Fibonacci hashing: the multiplication spreads keys that differ in few bits.
    std::size_t home_of(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
    }
    void grow();

    std::vector<Slot> slots_;
    int shift_ = 64 - 10;  // log2 of kInitialSlots.
    std::size_t size_ = 0;
};

}  // namespace rightstrack::index
