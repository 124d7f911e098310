#include "index/TermCache.h"

#include <cstring>

namespace rightstrack::index {
namespace {

constexpr size_t kInitialSlots = 1024;

// A fast 64-bit mix of the bytes (words are short: one or two 8-byte steps). Not meant to stand
// up to crafted collisions; the cache is bounded by its owner.
std::uint64_t hash_word(std::string_view word) {
    std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ word.size();
    const char* p = word.data();
    size_t n = word.size();
    auto mix = [&hash](std::uint64_t chunk) {
        hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9ULL;
        hash ^= hash >> 31;
    };
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, p, 8);
        mix(chunk);
    }
    if (n > 0) {
        std::uint64_t chunk = 0;
        std::memcpy(&chunk, p, n);
        mix(chunk);
    }
    hash *= 0x94D049BB133111EBULL;
    return hash ^ (hash >> 29);
}

}  // namespace

const WordAnalysis* TermCache::find(std::string_view word) const {
    if (slots_.empty())
        return nullptr;
    auto hash = static_cast<std::uint32_t>(hash_word(word));
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.entry == 0)
            return nullptr;
        if (slot.hash == hash && entries_[slot.entry - 1].word == word)
            return &entries_[slot.entry - 1];
    }
}

const WordAnalysis& TermCache::insert(WordAnalysis analysis) {
    // At most half full, so that probe runs stay short.
    if ((entries_.size() + 1) * 2 > slots_.size())
        grow();
    auto hash = static_cast<std::uint32_t>(hash_word(analysis.word));
    size_t mask = slots_.size() - 1;
    size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    entries_.push_back(std::move(analysis));
    slots_[i] = Slot{hash, std::uint32_t(entries_.size())};
    return entries_.back();
}

void TermCache::clear() {
    entries_.clear();
    slots_.clear();
}

void TermCache::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kInitialSlots : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (slots_[i].entry != 0) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace rightstrack::index
