#include "index/QueryCharacters.h"

#include <unicode/uchar.h>

namespace rightstrack::index {
namespace {

bool is_connector(char32_t c) {
    return c == U'-' || c == U'\u2010' || c == U'\u2011' || c == U'\'' || c == U'\u2019' ||
           c == U'.' || c == U'_';
}

}  // namespace

CodePoint code_point_at(std::string_view text, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    unsigned char lead = byte(0);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t value = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length && at + i < text.size(); ++i)
        value = (value << 6) | (byte(i) & 0x3F);
    return {value, length};
}

char32_t code_point_before(std::string_view text, std::size_t at) {
    if (at == 0)
        return 0;
    std::size_t start = at - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return code_point_at(text, start).value;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool is_word_char(char32_t c) {
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ALPHABETIC) ||
           (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_N_MASK | U_GC_M_MASK)) != 0;
}

bool is_space(char32_t c) {
    return c < 0x20 || c == 0x7F || u_isUWhiteSpace(static_cast<UChar32>(c)) || c == U'\u200B' ||
           c == U'\uFEFF';
}

std::u32string_view closing_quotes(char32_t c) {
    switch (c) {
    case U'"': return U"\"";
    case U'\u201C': return U"\u201D\u201C";  // “...” and, as some type it, “...“.
    case U'\u201D': return U"\u201D";        // ”...”, Swedish and some phone keyboards.
    case U'\u201E': return U"\u201C\u201D";  // „...“ (German, Russian handwriting), „...”.
    case U'\u00AB': return U"\u00BB";        // «...» (Russian, French).
    default: return {};
    }
}

std::size_t word_end(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        CodePoint c = code_point_at(text, at);
        if (is_word_char(c.value)) {
            at += c.length;
            continue;
        }
        std::size_t next = at + c.length;
        if (!is_connector(c.value) || next >= text.size() ||
            !is_word_char(code_point_at(text, next).value))
            break;
        at = next;
    }
    return at;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::size_t at = 0;
    while (at < text.size()) {
        CodePoint c = code_point_at(text, at);
        if (!is_word_char(c.value)) {
            at += c.length;
            continue;
        }
        std::size_t end = word_end(text, at);
        words.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return words;
}

}  // namespace rightstrack::index
