#include "ingest/HtmlEntities.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>

#include "ingest/CodePages.h"

namespace rightstrack::ingest {
namespace {

struct Named {
    std::string_view name;
    char32_t code_point;
};

// The names of U+00C0-U+00FF, in order.
constexpr std::array<std::string_view, 64> kLatin1Letters = {
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig", "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc", "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",  "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN", "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig", "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc", "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",  "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn", "yuml"};

constexpr std::array<Named, 53> kNamed = {{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"iexcl", 0xA1},    {"cent", 0xA2},    {"pound", 0xA3},    {"curren", 0xA4},
    {"yen", 0xA5},     {"brvbar", 0xA6},   {"sect", 0xA7},    {"uml", 0xA8},      {"copy", 0xA9},
    {"ordf", 0xAA},    {"laquo", 0xAB},    {"not", 0xAC},     {"shy", 0xAD},      {"reg", 0xAE},
    {"macr", 0xAF},    {"deg", 0xB0},      {"plusmn", 0xB1},  {"sup2", 0xB2},     {"sup3", 0xB3},
    {"acute", 0xB4},   {"micro", 0xB5},    {"para", 0xB6},    {"middot", 0xB7},   {"cedil", 0xB8},
    {"sup1", 0xB9},    {"ordm", 0xBA},     {"raquo", 0xBB},   {"frac14", 0xBC},   {"frac12", 0xBD},
    {"frac34", 0xBE},  {"iquest", 0xBF},   {"OElig", 0x152},  {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161}, {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009}, {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bull", 0x2022},  {"hellip", 0x2026}, {"euro", 0x20AC},
}};

// Names that old pages write without their semicolon.
constexpr std::array<std::string_view, 5> kLegacyNames = {"amp", "lt", "gt", "quot", "nbsp"};

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::optional<char32_t> named(std::string_view name) {
    for (const Named& entry : kNamed) {
        if (entry.name == name)
            return entry.code_point;
    }
    for (size_t i = 0; i < kLatin1Letters.size(); ++i) {
        if (kLatin1Letters[i] == name)
            return static_cast<char32_t>(0xC0 + i);
    }
    return std::nullopt;
}

char32_t character_of_number(unsigned long number) {
    if (number >= 0x80 && number <= 0x9F)
        return kWindows1252[number - 0x80];
    if (number == 0 || (number >= 0xD800 && number <= 0xDFFF) || number > 0x10FFFF)
        return 0xFFFD;
    return static_cast<char32_t>(number);
}

// "&#233;", "&#xE9;": `pos` at the "&".
bool decode_number(std::string_view html, size_t& pos, std::string& out) {
    size_t i = pos + 2;
    bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
    if (hex)
        ++i;
    size_t start = i;
    unsigned long number = 0;
    for (; i < html.size(); ++i) {
        char c = html[i];
        int digit = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
        if (digit < 0)
            break;
        number = std::min(number * (hex ? 16 : 10) + static_cast<unsigned long>(digit), 0x110000ul);
    }
    if (i == start)
        return false;
    append_utf8(out, character_of_number(number));
    pos = i < html.size() && html[i] == ';' ? i + 1 : i;
    return true;
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
    char buffer[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(c));
    out.append(buffer, static_cast<size_t>(length));
}

bool decode_reference(std::string_view html, size_t& pos, std::string& out) {
    if (pos + 1 < html.size() && html[pos + 1] == '#')
        return decode_number(html, pos, out);
    size_t end = pos + 1;
    while (end < html.size() && end - pos <= 8 && is_alnum(html[end])) ++end;
    std::string_view name = html.substr(pos + 1, end - pos - 1);
    bool semicolon = end < html.size() && html[end] == ';';
    std::optional<char32_t> c = named(name);
    if (!c)
        return false;
    bool legacy = std::find(kLegacyNames.begin(), kLegacyNames.end(), name) != kLegacyNames.end();
    if (!semicolon && !legacy)
        return false;
    append_utf8(out, *c);
    pos = semicolon ? end + 1 : end;
    return true;
}

}  // namespace rightstrack::ingest
