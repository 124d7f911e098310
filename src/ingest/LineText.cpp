#include "ingest/LineText.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace rightstrack::ingest {
namespace {

constexpr char32_t kSoftHyphen = 0xAD;

void append_code_point(std::string& out, char32_t c) {
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
    out.append(buffer, static_cast<size_t>(length));
}

bool is_space(char32_t c) {
    return c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_invisible(char32_t c) { return c == 0x200B || c == 0x2060 || c == 0xFEFF; }

bool is_private_use(char32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

bool is_bullet(char32_t c) {
    return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25AA || c == 0x25A0 || c == 0x25CF ||
           c == 0x25E6 || c == 0x25AB;
}

// The text a character stands for after cleaning; empty for characters that are dropped.
std::string_view replacement_of(char32_t c) {
    switch (c) {
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0xFB05:
    case 0xFB06: return "st";
    case 0x2217: return "*";
    case 0xF0B7:
    case 0xF0A7:
    case 0xF0A8: return "\xE2\x80\xA2";  // Symbol and Wingdings bullets.
    default: return {};
    }
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

size_t count_digits(std::string_view text, size_t pos) {
    size_t end = pos;
    while (end < text.size() && is_ascii_digit(text[end]))
        ++end;
    return end - pos;
}

bool at_boundary(std::string_view text, size_t pos) {
    return pos >= text.size() || text[pos] == ' ';
}

// A dash (hyphen, en dash, em dash) at `pos`, and its length in bytes; 0 if none.
size_t dash_length(std::string_view text, size_t pos) {
    if (pos < text.size() && text[pos] == '-')
        return 1;
    std::string_view rest = text.substr(std::min(pos, text.size()));
    for (std::string_view dash : {"\xE2\x80\x90", "\xE2\x80\x93", "\xE2\x80\x94"}) {
        if (rest.starts_with(dash))
            return dash.size();
    }
    return 0;
}

// A range's second half after a paragraph number: "–15", "- 76.3".
bool is_range_at(std::string_view text, size_t pos) {
    size_t dash = dash_length(text, pos);
    if (dash == 0)
        return false;
    pos += dash;
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    return pos < text.size() && is_ascii_digit(text[pos]);
}

bool starts_lower_case(std::string_view text) { return u_islower(first_code_point(text)); }

// "76.", "76.12.", "76.12", "1)".
size_t numbered_length(std::string_view text) {
    size_t digits = count_digits(text, 0);
    if (digits == 0 || digits > 3)
        return 0;
    size_t pos = digits;
    size_t groups = 0;
    while (pos < text.size() && text[pos] == '.') {
        size_t more = count_digits(text, pos + 1);
        if (more == 0 || more > 3)
            return at_boundary(text, pos + 1) ? pos + 1 : 0;
        pos += 1 + more;
        ++groups;
    }
    if (groups == 0)
        return pos < text.size() && text[pos] == ')' && at_boundary(text, pos + 1) ? pos + 1 : 0;
    if (pos == text.size() || is_range_at(text, pos))
        return pos;
    return text[pos] == ' ' && !starts_lower_case(text.substr(pos + 1)) ? pos : 0;
}

// "(a)", "(iv)", "(12)", and "a)" as French and Spanish documents write it.
size_t parenthesised_length(std::string_view text) {
    // "a)", and in Russian texts "б)" or a Cyrillic "с)" typed for the Latin one: one letter in
    // lower case, of any script.
    size_t letter_end = 0;
    char32_t letter = text.empty() ? 0 : next_code_point(text, letter_end);
    if (u_islower(letter) && letter_end < text.size() && text[letter_end] == ')')
        return at_boundary(text, letter_end + 1) ? letter_end + 1 : 0;
    size_t close = text.find(')');
    if (!text.starts_with('(') || close == std::string_view::npos || close < 2 || close > 6)
        return 0;
    std::string_view inner = text.substr(1, close - 1);
    auto all_of = [&](std::string_view allowed) {
        return inner.find_first_not_of(allowed) == std::string_view::npos;
    };
    bool letters = inner.size() <= 2 && all_of("abcdefghijklmnopqrstuvwxyz");
    bool roman = all_of("ivxl");
    bool digits = inner.size() <= 3 && all_of("0123456789");
    return (letters || roman || digits) && at_boundary(text, close + 1) ? close + 1 : 0;
}

// "II.", "A.", "Б." (section headings) and bullets.
size_t heading_or_bullet_length(std::string_view text) {
    size_t roman = text.find_first_not_of("IVXL");
    if (roman > 0 && roman <= 6 && roman < text.size() && text[roman] == '.' &&
        at_boundary(text, roman + 1))
        return roman + 1;
    size_t end = 0;
    char32_t c = text.empty() ? 0 : next_code_point(text, end);
    if (u_isupper(c) && end < text.size() && text[end] == '.' && at_boundary(text, end + 1))
        return end + 1;
    return is_bullet(c) && at_boundary(text, end) ? end : 0;
}

bool is_word_character(char32_t c) {
    return u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_DIACRITIC);
}

}  // namespace

// Reads the code point at `i` and moves past it; malformed bytes read as U+FFFD.
char32_t next_code_point(std::string_view text, size_t& i) {
    int32_t index = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), index, static_cast<int32_t>(text.size()), c);
    i = static_cast<size_t>(index);
    return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t first_code_point(std::string_view text) {
    size_t i = 0;
    return text.empty() ? 0 : next_code_point(text, i);
}

// The leading letters of `text`.
std::string_view leading_word(std::string_view text) {
    size_t end = 0;
    while (end < text.size()) {
        size_t next = end;
        if (!is_word_character(next_code_point(text, next)))
            break;
        end = next;
    }
    return text.substr(0, end);
}

// Length of the hyphen that ends `text` right after a letter, 0 if there is none.
size_t word_hyphen_length(std::string_view text) {
    size_t length = text.ends_with('-') ? 1 : text.ends_with("\xE2\x80\x90") ? 3 : 0;
    if (length == 0 || text.size() == length)
        return 0;
    size_t i = text.size() - length - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
        --i;
    size_t at = i;
    return u_isalpha(next_code_point(text, at)) ? length : 0;
}

std::string clean_line_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false, soft_hyphen_last = false;
    for (size_t i = 0; i < text.size();) {
        char32_t c = next_code_point(text, i);
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        soft_hyphen_last = c == kSoftHyphen;
        std::string_view replacement = replacement_of(c);
        if (c == kSoftHyphen || is_invisible(c) || (is_private_use(c) && replacement.empty()))
            continue;
        if (space)
            out += ' ';
        space = false;
        if (replacement.empty())
            append_code_point(out, c);
        else
            out += replacement;
    }
    if (soft_hyphen_last)
        out += kSoftHyphenUtf8;
    return out;
}

size_t paragraph_number_length(std::string_view text) {
    if (size_t length = numbered_length(text))
        return length;
    if (size_t length = parenthesised_length(text))
        return length;
    return heading_or_bullet_length(text);
}

bool is_lone_paragraph_number(std::string_view text) {
    size_t length = paragraph_number_length(text);
    if (length == 0)
        return false;
    std::string_view rest = text.substr(length);
    if (rest.empty())
        return true;
    size_t dash = dash_length(rest, 0);
    if (dash == 0)
        return false;
    rest.remove_prefix(dash);
    size_t start = rest.find_first_not_of(' ');
    return start != rest.npos && rest.find_first_not_of("0123456789.", start) == rest.npos;
}

bool starts_with_asterisk(std::string_view text) { return text.starts_with('*'); }

bool starts_with_footnote_mark(std::string_view text) {
    if (starts_with_asterisk(text) || text.starts_with("\xE2\x80\xA0") ||
        text.starts_with("\xE2\x80\xA1"))
        return true;
    size_t digits = count_digits(text, 0);
    return digits > 0 && digits <= 3 && at_boundary(text, digits);
}

bool ends_sentence(std::string_view text) {
    while (!text.empty()) {
        size_t start = text.size() - 1;
        while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        size_t at = start;
        char32_t c = next_code_point(text, at);
        if (c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0x061F)
            return true;
        bool closing = c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB ||
                       c == 0x2019 || c == 0x201D;
        if (!closing)
            return false;
        text = text.substr(0, start);
    }
    return false;
}

std::string lower_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();)
        append_code_point(out, static_cast<char32_t>(u_tolower(next_code_point(text, i))));
    return out;
}

std::string finished_paragraph_text(std::string text) {
    std::string cleaned;
    cleaned.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, kSoftHyphenUtf8.size(), kSoftHyphenUtf8) == 0)
            ++i;
        else
            cleaned += text[i];
    }
    bool ascii = std::all_of(cleaned.begin(), cleaned.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (ascii || U_FAILURE(status))
        return cleaned;
    icu::UnicodeString normalized = nfc->normalize(icu::UnicodeString::fromUTF8(cleaned), status);
    if (U_FAILURE(status))
        return cleaned;
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

}  // namespace rightstrack::ingest
