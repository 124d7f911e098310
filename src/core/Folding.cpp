#include "core/Folding.h"

#include <unicode/uchar.h>

#include <array>

#include "core/Normalization.h"

namespace rightstrack::core {
namespace {

struct NamedEntity {
    std::string_view name;
    UChar32 code_point;
};

// The named entities seen in exported State names and recommendation texts; numeric entities
// (&#40; &#x2019;) are decoded in general.
constexpr std::array<NamedEntity, 27> kNamedEntities{{
    {"amp", '&'},      {"apos", '\''},    {"quot", '"'},     {"lt", '<'},       {"gt", '>'},
    {"nbsp", 0xA0},    {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"aacute", 0xE1},  {"atilde", 0xE3},  {"auml", 0xE4},
    {"ccedil", 0xE7},  {"egrave", 0xE8},  {"eacute", 0xE9},  {"ecirc", 0xEA},   {"iacute", 0xED},
    {"ntilde", 0xF1},  {"oacute", 0xF3},  {"ocirc", 0xF4},   {"otilde", 0xF5},  {"ouml", 0xF6},
    {"uacute", 0xFA},  {"uuml", 0xFC},
}};

// An "&" further than this from the next ";" starts no entity: the longest, "&#x10FFFF;", has 10.
constexpr size_t kMaxEntityLength = 10;

bool ascii_equal_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] - 'A' + 'a') : a[i];
        if (x != b[i])
            return false;
    }
    return true;
}

// The code point named by an entity body (the text between '&' and ';'), or -1.
UChar32 entity_code_point(std::string_view body) {
    if (body.size() >= 2 && body[0] == '#') {
        bool hex = body[1] == 'x' || body[1] == 'X';
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty())
            return -1;
        UChar32 value = 0;
        for (char c : digits) {
            int digit = c >= '0' && c <= '9'          ? c - '0'
                        : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                      : -1;
            if (digit < 0)
                return -1;
            value = value * (hex ? 16 : 10) + digit;
            if (value > 0x10FFFF)
                return -1;
        }
        return value == 0 || U_IS_SURROGATE(value) ? -1 : value;
    }
    for (const NamedEntity& entity : kNamedEntities) {
        if (ascii_equal_ignoring_case(body, entity.name))
            return entity.code_point;
    }
    return -1;
}

// Decodes HTML entities; anything that is not a known entity stays as it is.
icu::UnicodeString decode_entities(std::string_view utf8) {
    icu::UnicodeString out;
    size_t copied = 0;
    for (size_t at = utf8.find('&'); at != std::string_view::npos; at = utf8.find('&', at + 1)) {
        size_t end = utf8.find(';', at + 1);
        if (end == std::string_view::npos || end - at > kMaxEntityLength)
            continue;
        UChar32 code_point = entity_code_point(utf8.substr(at + 1, end - at - 1));
        if (code_point < 0)
            continue;
        out.append(icu::UnicodeString::fromUTF8(utf8.substr(copied, at - copied)));
        out.append(code_point);
        copied = end + 1;
        at = end;
    }
    out.append(icu::UnicodeString::fromUTF8(utf8.substr(copied)));
    return out;
}

// Apostrophes and the letters that stand in for them, removed so that "Cote d'Ivoire" and
// "Cote dIvoire" agree. Done before normalisation, which would turn U+00B4 into a space.
bool is_apostrophe(UChar32 c) {
    switch (c) {
    case 0x0027:
    case 0x0060:
    case 0x00B4:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0xFF07: return true;
    default: return false;
    }
}

icu::UnicodeString without_apostrophes(const icu::UnicodeString& text) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (!is_apostrophe(c))
            out.append(c);
    }
    return out;
}

bool is_combining_mark(UChar32 c) {
    int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool is_word_character(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c) ||
           u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Keeps letters and digits, drops marks, spells out "&" and turns the rest into single spaces.
std::string to_key(const icu::UnicodeString& text) {
    icu::UnicodeString out;
    auto space = [&out] {
        if (!out.isEmpty() && out[out.length() - 1] != u' ')
            out.append(u' ');
    };
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (is_combining_mark(c))
            continue;
        if (c == '&') {
            space();
            out.append(u"and ");
        } else if (is_word_character(c)) {
            out.append(c);
        } else {
            space();
        }
    }
    if (!out.isEmpty() && out[out.length() - 1] == u' ')
        out.truncate(out.length() - 1);
    std::string utf8;
    return out.toUTF8String(utf8);
}

}  // namespace

std::string fold_for_matching(std::string_view utf8) {
    icu::UnicodeString text = without_apostrophes(decode_entities(utf8));
    return to_key(normalized(nfd_normalizer(), normalized(nfkc_casefold_normalizer(), text)));
}

}  // namespace rightstrack::core
