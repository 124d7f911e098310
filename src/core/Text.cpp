#include "core/Text.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace rightstrack::core {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a no-break space (U+00A0, "\xC2\xA0") at `i`, or 0.
size_t nbsp_at(std::string_view text, size_t i) {
    return text[i] == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0' ? 2 : 0;
}

}  // namespace

// True when the 16 bytes at `p` are all ASCII; lets the loops below skip plain text quickly.
bool is_ascii_block(const char* p) {
    uint64_t a, b;
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, p + 8, sizeof b);
    return ((a | b) & 0x8080808080808080ULL) == 0;
}

std::string_view trim(std::string_view text) {
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && is_space(text[begin]))
        ++begin;
    while (end > begin && is_space(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    size_t run_start = 0;  // Start of the current run of ordinary bytes.
    auto flush_run = [&](size_t end) {
        if (end == run_start)
            return;
        if (pending_space && !out.empty())
            out += ' ';
        pending_space = false;
        out.append(text.data() + run_start, end - run_start);
    };
    for (size_t i = 0; i < text.size();) {
        size_t width = is_space(text[i]) ? 1 : nbsp_at(text, i);
        if (width == 0) {
            ++i;
            continue;
        }
        flush_run(i);
        pending_space = true;
        i += width;
        run_start = i;
    }
    flush_run(text.size());
    return out;
}

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        size_t found = text.find(separator, start);
        if (found == std::string_view::npos) {
            parts.push_back(text.substr(start));
            return parts;
        }
        parts.push_back(text.substr(start, found - start));
        start = found + separator.size();
    }
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += separator;
        out += parts[i];
    }
    return out;
}

std::string alternatives(const std::vector<std::string_view>& choices) {
    std::string out;
    for (size_t i = 0; i < choices.size(); ++i) {
        if (i)
            out += i + 1 == choices.size() ? " or " : ", ";
        out += choices[i];
    }
    return out;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or npos when all of `text` is valid.
size_t find_invalid_utf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        if (i + 16 <= n && is_ascii_block(text.data() + i)) {
            i += 16;
            continue;
        }
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length;
        unsigned char low = 0x80, high = 0xBF;  // Allowed range of the second byte.
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (size_t k = 2; k < length; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return std::string_view::npos;
}

bool has_cyrillic(std::string_view text) {
    // U+0400-U+04FF start with the bytes D0-D3 in UTF-8.
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0xD0 && byte <= 0xD3)
            return true;
    }
    return false;
}

}  // namespace rightstrack::core
