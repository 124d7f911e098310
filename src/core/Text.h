// Small text helpers over UTF-8 byte strings that need no Unicode tables: trimming, white-space
// collapsing, splitting and joining, integer parsing. Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::core {

std::string_view trim(std::string_view text);
// Trims and turns every run of ASCII white space (and no-break space) into one space.
std::string collapse_whitespace(std::string_view text);
std::vector<std::string_view> split(std::string_view text, std::string_view separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
// The choices as a message spells them: "a, b or c"; "a" alone; "" for none.
std::string alternatives(const std::vector<std::string_view>& choices);
// True when `part` occurs in `text` (std::string_view::contains arrives only in C++23).
inline bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}
// True when any of `phrases` (an array, a std::array, an initializer_list of string views)
// occurs in `text`.
template <typename Phrases>
bool contains_any(std::string_view text, const Phrases& phrases) {
    for (std::string_view phrase : phrases)
        if (contains(text, phrase))
            return true;
    return false;
}
// Lower-cases ASCII letters only; other bytes are kept (see Folding.h for Unicode matching).
std::string ascii_lower(std::string_view text);
// A whole decimal integer, or nullopt ("", "12a", overflow).
std::optional<int> parse_int(std::string_view text);
// True when `text` holds a Cyrillic letter (U+0400-U+04FF): the cue for matching Russian and
// Kyrgyz wordings on folded text, since ascii_lower() leaves Cyrillic capitals as they are.
bool has_cyrillic(std::string_view text);
// True when the 16 bytes at `p` are all ASCII: lets byte loops skip plain text quickly.
bool is_ascii_block(const char* p);
// Offset of the first byte that does not start a well-formed UTF-8 sequence, or npos when all
// of `text` is valid UTF-8.
size_t find_invalid_utf8(std::string_view text);

}  // namespace rightstrack::core
