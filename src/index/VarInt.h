// LEB128 variable-length integers: seven bits per byte, the high bit set on every byte but the
// last. Posting lists store small deltas (the next document, the next position), which this
// packs into one byte most of the time.
#pragma once

#include <cstdint>
#include <vector>

namespace rightstrack::index {

inline void put_varint(std::vector<std::uint8_t>& out, std::uint32_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(value));
}

// Reads one varint at `at` and moves `at` past it. The caller guarantees a whole varint is there
// (the bytes were written by put_varint).
inline std::uint32_t get_varint(const std::uint8_t*& at) {
    std::uint32_t value = *at & 0x7f;
    for (int shift = 7; *at++ & 0x80; shift += 7)
        value |= static_cast<std::uint32_t>(*at & 0x7f) << shift;
    return value;
}

// Moves `at` past `count` varints without decoding them.
inline void skip_varints(const std::uint8_t*& at, std::uint32_t count) {
    while (count > 0)
        count -= (*at++ & 0x80) == 0;
}

}  // namespace rightstrack::index
