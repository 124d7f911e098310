#include "ingest/CodePages.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

struct Utf8Char {
    char bytes[3] = {};
    uint8_t size = 0;
};

constexpr Utf8Char to_utf8(char16_t c) {
    Utf8Char out;
    if (c < 0x800) {
        out.bytes[0] = static_cast<char>(0xC0 | (c >> 6));
        out.bytes[1] = static_cast<char>(0x80 | (c & 0x3F));
        out.size = 2;
    } else {
        out.bytes[0] = static_cast<char>(0xE0 | (c >> 12));
        out.bytes[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out.bytes[2] = static_cast<char>(0x80 | (c & 0x3F));
        out.size = 3;
    }
    return out;
}

using Utf8Table = std::array<Utf8Char, 128>;

constexpr Utf8Table make_utf8_table(const std::array<char16_t, 128>& high) {
    Utf8Table table{};
    for (size_t i = 0; i < high.size(); ++i)
        table[i] = to_utf8(high[i]);
    return table;
}

constexpr Utf8Table kWindows1252Utf8 = make_utf8_table(kWindows1252);
constexpr Utf8Table kMacRomanUtf8 = make_utf8_table(kMacRoman);

size_t count_high_bytes(std::string_view text) {
    size_t count = 0, i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, text.data() + i, sizeof w);
        // One bit per high byte, at the bottom of each byte; the multiply sums the eight bytes.
        count += (((w >> 7) & 0x0101010101010101ULL) * 0x0101010101010101ULL) >> 56;
    }
    for (; i < text.size(); ++i)
        count += static_cast<unsigned char>(text[i]) >= 0x80;
    return count;
}

}  // namespace

std::string decode_single_byte(std::string_view text, CodePage page) {
    const Utf8Table& table = page == CodePage::Windows1252 ? kWindows1252Utf8 : kMacRomanUtf8;
    // Sized for the worst case, three bytes per high byte, so each character can be stored with
    // one fixed-size copy; trimmed at the end.
    std::string out(text.size() + 2 * count_high_bytes(text), '\0');
    char* next = out.data();
    const char* run = text.data();  // Start of the ASCII run not yet copied.
    for (size_t block = 0; block < text.size(); block += 16) {
        if (block + 16 <= text.size() && core::is_ascii_block(text.data() + block))
            continue;
        for (size_t i = block; i < std::min(block + 16, text.size()); ++i) {
            auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80)
                continue;
            const char* here = text.data() + i;
            next = std::copy(run, here, next);
            const Utf8Char& u = table[c - 0x80];
            std::memcpy(next, u.bytes, sizeof u.bytes);
            next += u.size;
            run = here + 1;
        }
    }
    next = std::copy(run, text.data() + text.size(), next);
    out.resize(next - out.data());
    return out;
}

}  // namespace rightstrack::ingest
