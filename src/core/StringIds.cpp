#include "core/StringIds.h"

#include <algorithm>
#include <cstring>

namespace rightstrack::core {
namespace {

constexpr std::size_t kInitialSlots = 1024;

// A fast mix of the bytes, eight at a time: words and terms are short, one or two steps.
std::uint32_t hash_text(std::string_view text) {
    std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ text.size();
    const char* p = text.data();
    std::size_t n = text.size();
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
    return static_cast<std::uint32_t>(hash ^ (hash >> 29));
}

}  // namespace

StringIds::Key StringIds::key_of(std::string_view text) {
    Key key;
    const auto length = static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), 0xFF));
    key.hash = (hash_text(text) & ~0xFFu) | length;
    std::memcpy(&key.head, text.data(), std::min<std::size_t>(text.size(), sizeof key.head));
    return key;
}

std::size_t StringIds::slot_of(std::string_view text, const Key& key) const {
    // Equal keys of strings of at most eight bytes mean equal strings; longer ones are compared.
    const bool whole = text.size() <= sizeof key.head;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = (key.hash >> 8) & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.id == kEmpty || (slot.holds(key) && (whole || texts_[slot.id] == text)))
            return i;
    }
}

std::uint32_t StringIds::intern(std::string_view text, bool& added) {
    // At most half full, so that probe runs stay short.
    if ((texts_.size() + 1) * 2 > slots_.size())
        grow();
    const Key key = key_of(text);
    Slot& slot = slots_[slot_of(text, key)];
    added = slot.id == kEmpty;
    if (added) {
        slot = {key.head, key.hash, static_cast<std::uint32_t>(texts_.size())};
        texts_.emplace_back(text);
    }
    return slot.id;
}

std::optional<std::uint32_t> StringIds::find(std::string_view text) const {
    if (slots_.empty())
        return std::nullopt;
    const Slot& slot = slots_[slot_of(text, key_of(text))];
    if (slot.id == kEmpty)
        return std::nullopt;
    return slot.id;
}

void StringIds::clear() {
    slots_.clear();
    texts_.clear();
}

void StringIds::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kInitialSlots : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.id == kEmpty)
            continue;
        std::size_t i = (slot.hash >> 8) & mask;
        while (slots_[i].id != kEmpty) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

std::size_t StringIds::memory_bytes() const {
    std::size_t bytes = sizeof(*this) + slots_.capacity() * sizeof(Slot) +
                        texts_.size() * sizeof(std::string);
    for (const std::string& text : texts_)
        bytes += text.size() > 15 ? text.capacity() + 1 : 0;  // Beyond the small-string buffer.
    return bytes;
}

}  // namespace rightstrack::core
