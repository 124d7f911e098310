#include "ingest/TextDecoding.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

namespace rightstrack::ingest {
namespace {

using core::Error;

// ---------------------------------------------------------------------------------------------
// The two single-byte code pages, bytes 0x80-0xFF to Unicode.

// Windows-1252. Microsoft leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; like Windows and the
// WHATWG encoding standard we map them to the C1 control of the same value, so a decode never
// drops a byte, and the scorer counts them as strong evidence against this code page.
constexpr std::array<char16_t, 128> make_windows1252() {
    constexpr char16_t k80to9F[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
    };
    std::array<char16_t, 128> table{};
    for (int i = 0; i < 32; ++i)
        table[i] = k80to9F[i];
    for (int i = 32; i < 128; ++i)  // 0xA0-0xFF are ISO 8859-1, i.e. the same code points.
        table[i] = static_cast<char16_t>(0x80 + i);
    return table;
}
constexpr std::array<char16_t, 128> kWindows1252 = make_windows1252();

// Mac OS Roman as Apple maps it since Mac OS 8.5 (0xDB is the euro sign, 0xF0 the Apple logo).
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1,  // 80-87 Ä Å Ç É Ñ Ö Ü á
    0x00E0, 0x00E2, 0x00E4, 0x00E3, 0x00E5, 0x00E7, 0x00E9, 0x00E8,  // 88-8F à â ä ã å ç é è
    0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,  // 90-97 ê ë í ì î ï ñ ó
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC,  // 98-9F ò ô ö õ ú ù û ü
    0x2020, 0x00B0, 0x00A2, 0x00A3, 0x00A7, 0x2022, 0x00B6, 0x00DF,  // A0-A7 † ° ¢ £ § • ¶ ß
    0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,  // A8-AF ® © ™ ´ ¨ ≠ Æ Ø
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211,  // B0-B7 ∞ ± ≤ ≥ ¥ µ ∂ ∑
    0x220F, 0x03C0, 0x222B, 0x00AA, 0x00BA, 0x03A9, 0x00E6, 0x00F8,  // B8-BF ∏ π ∫ ª º Ω æ ø
    0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,  // C0-C7 ¿ ¡ ¬ √ ƒ ≈ ∆ «
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153,  // C8-CF » … nbsp À Ã Õ Œ œ
    0x2013, 0x2014, 0x201C, 0x201D, 0x2018, 0x2019, 0x00F7, 0x25CA,  // D0-D7 – — “ ” ‘ ’ ÷ ◊
    0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,  // D8-DF ÿ Ÿ ⁄ € ‹ › ﬁ ﬂ
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1,  // E0-E7 ‡ · ‚ „ ‰ Â Ê Á
    0x00CB, 0x00C8, 0x00CD, 0x00CE, 0x00CF, 0x00CC, 0x00D3, 0x00D4,  // E8-EF Ë È Í Î Ï Ì Ó Ô
    0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,  // F0-F7  Ò Ú Û Ù ı ˆ ˜
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,  // F8-FF ¯ ˘ ˙ ˚ ¸ ˝ ˛ ˇ
};

// ---------------------------------------------------------------------------------------------
// What each character is, for judging whether a decoded text reads as a Latin-script text.

enum class Kind : uint8_t {
    Space, Digit, Lower, Upper, OpenBracket, Punct, Control,  // Found in ASCII.
    Apostrophe, OpenQuote, LowQuote, CloseQuote, Dash, Ellipsis, Bullet, NoBreakSpace, Degree,
    Currency, Mark, Section, NumberSign, Ordinal, MiddleDot, Ligature, Rare, Undefined,
};

// Flags on letters: the rarely used ones, and where in a word a lowercase one occurs in the
// languages written in these code pages. A decode that starts words with "î" is likely wrong.
enum LetterFlag : uint8_t { kUncommon = 1, kWordInitial = 2, kWordFinal = 4 };

struct CharInfo {
    char32_t code_point = 0;
    Kind kind = Kind::Space;
    uint8_t flags = 0;
};

constexpr bool contains(std::u16string_view set, char32_t c) {
    return set.find(static_cast<char16_t>(c)) != std::u16string_view::npos;
}

constexpr Kind classify_ascii(char32_t c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return Kind::Space;
    if (c < 0x20 || c == 0x7F)
        return Kind::Control;
    if (c >= '0' && c <= '9')
        return Kind::Digit;
    if (c >= 'a' && c <= 'z')
        return Kind::Lower;
    if (c >= 'A' && c <= 'Z')
        return Kind::Upper;
    if (c == '(' || c == '[' || c == '{')
        return Kind::OpenBracket;
    return Kind::Punct;
}

constexpr Kind classify(char32_t c) {
    if (c < 0x80)
        return classify_ascii(c);
    if (c < 0xA0)
        return Kind::Undefined;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || contains(u"ŒŠŽŸ", c))
        return Kind::Upper;
    if ((c >= 0xDF && c <= 0xFF && c != 0xF7) || contains(u"œšžı", c))
        return Kind::Lower;
    struct Group {
        std::u16string_view members;
        Kind kind;
    };
    constexpr Group kGroups[] = {
        {u"’", Kind::Apostrophe},      {u"‘“«‹¿¡", Kind::OpenQuote},
        {u"‚„", Kind::LowQuote},       {u"”»›", Kind::CloseQuote},
        {u"–—", Kind::Dash},           {u"…", Kind::Ellipsis},
        {u"•", Kind::Bullet},          {u"\u00A0", Kind::NoBreakSpace},
        {u"°", Kind::Degree},          {u"€£¥¢", Kind::Currency},
        {u"©®™", Kind::Mark},          {u"§¶", Kind::Section},
        {u"±×÷½¼¾¹²³µ", Kind::NumberSign}, {u"ªº", Kind::Ordinal},
        {u"·", Kind::MiddleDot},       {u"ﬁﬂ", Kind::Ligature},
    };
    for (const Group& group : kGroups)
        if (contains(group.members, c))
            return group.kind;
    return Kind::Rare;
}

constexpr uint8_t letter_flags(char32_t c) {
    uint8_t flags = 0;
    if (contains(u"ìòùðþÿıÌÒÙÐÞÝŸÏËÛ", c))
        flags |= kUncommon;
    if (contains(u"áàâäåæçéèêíóôöøœúüšž", c))
        flags |= kWordInitial;
    if (contains(u"áàâãäåéèêëíìóòôúùüçßýø", c))
        flags |= kWordFinal;
    return flags;
}

using CharTable = std::array<CharInfo, 256>;

constexpr CharTable make_char_table(const std::array<char16_t, 128>& high) {
    CharTable table{};
    for (int byte = 0; byte < 256; ++byte) {
        char32_t c = byte < 0x80 ? static_cast<char32_t>(byte) : high[byte - 0x80];
        table[byte] = {c, classify(c), letter_flags(c)};
    }
    return table;
}

constexpr CharTable kWindows1252Chars = make_char_table(kWindows1252);
constexpr CharTable kMacRomanChars = make_char_table(kMacRoman);

// ---------------------------------------------------------------------------------------------
// Plausibility scoring: each non-ASCII (or control) byte gets points for how natural its decoded
// character is where it stands: a letter inside a word of consistent case, an apostrophe in
// "State’s", a dash between spaces. Wrong decodes produce "StateÕs", "C™te", "ìquotedî".

bool is_letter(Kind k) { return k == Kind::Lower || k == Kind::Upper; }
bool is_blank(Kind k) { return k == Kind::Space || k == Kind::NoBreakSpace; }

struct Word {
    size_t begin = 0;
    size_t end = 0;  // One past the last letter; each byte is one character here.
    int high_letters = 0;
    int ascii_letters = 0;
    int lowers = 0;
    int uppers = 0;
    bool first_upper = false;

    size_t size() const { return end - begin; }
    // lowercase, Capitalized or UPPERCASE; "StateÕs" and "TŸrkiye" are none of these.
    bool case_ok() const { return uppers == 0 || lowers == 0 || (uppers == 1 && first_upper); }
    // Words made mostly of non-ASCII letters: Cyrillic or Greek read through a Latin code page.
    bool foreign_script() const {
        return (high_letters >= 2 && ascii_letters == 0) ||
               (high_letters >= 3 && high_letters > ascii_letters);
    }
};

class Scorer {
public:
    Scorer(std::string_view text, const CharTable& table) : text_(text), table_(table) {}

    int score_at(size_t i) {
        const CharInfo& c = info(i);
        Kind p = kind_at(i - 1);
        Kind n = kind_at(i + 1);
        switch (c.kind) {
        case Kind::Lower:
        case Kind::Upper: return letter_score(i, c);
        case Kind::Apostrophe: return apostrophe_score(i, p, n);
        case Kind::OpenQuote: return open_quote_score(c, p, n, 2);
        case Kind::LowQuote: return open_quote_score(c, p, n, 1);
        case Kind::CloseQuote: return close_quote_score(c, p, n);
        case Kind::Dash: return dash_score(i, c, p, n);
        case Kind::Ellipsis: return ellipsis_score(p, n);
        case Kind::Bullet: return (is_blank(p) || p == Kind::Punct) && is_blank(n) ? 2 : -1;
        case Kind::NoBreakSpace: return 1;
        case Kind::Degree: return p == Kind::Digit ? 2 : (is_letter(p) && !is_letter(n) ? 1 : -1);
        case Kind::Currency: return currency_score(i, p, n);
        case Kind::Mark: return is_letter(p) && is_letter(n) ? -2 : 1;
        case Kind::Section: return !is_letter(p) && (is_blank(n) || n == Kind::Digit) ? 1 : -1;
        case Kind::NumberSign: return p == Kind::Digit || n == Kind::Digit ? 1 : -1;
        case Kind::Ordinal: return p == Kind::Digit ? 2 : (is_letter(p) && !is_letter(n) ? 1 : -2);
        case Kind::MiddleDot: return is_letter(p) && is_letter(n) ? 1 : (is_blank(p) ? 0 : -1);
        case Kind::Ligature: return is_letter(p) || is_letter(n) ? 1 : -2;
        case Kind::Rare: return c.code_point == U'´' && is_letter(p) && is_letter(n) ? 0 : -2;
        case Kind::Undefined:
        case Kind::Control: return -6;
        default: return 0;
        }
    }

private:
    const CharInfo& info(size_t i) const {
        return table_[static_cast<unsigned char>(text_[i])];
    }
    // Positions before the start or past the end read as blanks.
    Kind kind_at(size_t i) const { return i < text_.size() ? info(i).kind : Kind::Space; }
    bool letter_at(size_t i) const { return is_letter(kind_at(i)); }

    int letter_score(size_t i, const CharInfo& c) {
        const Word& word = word_around(i);
        if (!word.case_ok() || word.foreign_script())
            return -3;
        if (word.size() == 1)
            return c.code_point == U'à' ? 1 : -1;
        bool uncommon = c.flags & kUncommon;
        if (c.kind == Kind::Upper)
            return uncommon ? 0 : 2;
        if (i == word.begin)
            return c.flags & kWordInitial ? 2 : -1;
        if (i + 1 == word.end)
            return c.flags & kWordFinal ? 2 : -1;
        return uncommon ? 1 : 3;
    }

    const Word& word_around(size_t i) {
        if (i >= word_.begin && i < word_.end)
            return word_;
        Word word;
        word.begin = i;
        while (word.begin > 0 && letter_at(word.begin - 1))
            --word.begin;
        word.end = i;
        while (word.end < text_.size() && letter_at(word.end))
            ++word.end;
        for (size_t j = word.begin; j < word.end; ++j) {
            bool upper = info(j).kind == Kind::Upper;
            (static_cast<unsigned char>(text_[j]) >= 0x80 ? word.high_letters
                                                          : word.ascii_letters)++;
            (upper ? word.uppers : word.lowers)++;
        }
        word.first_upper = info(word.begin).kind == Kind::Upper;
        word_ = word;
        return word_;
    }

    // ’ between letters is an apostrophe: likely in contractions and possessives ("State’s",
    // "don’t") and in elisions after a short word ("d’Ivoire", "l’homme", "O’Brien").
    int apostrophe_score(size_t i, Kind p, Kind n) const {
        if (is_letter(p) && is_letter(n))
            return is_contraction(i) || is_elision(i) ? 4 : 1;
        if (!is_blank(p) && !is_letter(n) && n != Kind::Digit)
            return 2;  // A closing quote, or a plural possessive ("States’ obligations").
        if ((is_blank(p) || p == Kind::Punct) && (is_letter(n) || n == Kind::Digit))
            return 1;  // An opening single quote typed as ’, or "’90s".
        return -1;
    }

    bool is_contraction(size_t i) const {
        char suffix[2] = {};
        size_t size = 0;
        for (size_t j = i + 1; j < text_.size() && letter_at(j); ++j) {
            if (size == 2 || static_cast<unsigned char>(text_[j]) >= 0x80)
                return false;
            suffix[size++] = static_cast<char>(text_[j] | 0x20);  // ASCII lowercase.
        }
        std::string_view s(suffix, size);
        return s == "s" || s == "t" || s == "d" || s == "m" || s == "ll" || s == "re" || s == "ve";
    }

    bool is_elision(size_t i) const {
        return letters_before(i, 3) <= 2 && letters_after(i, 2) == 2;
    }

    // Letters right before / after position i, counting up to `limit`.
    size_t letters_before(size_t i, size_t limit) const {
        size_t count = 0;
        while (count < limit && count < i && letter_at(i - 1 - count))
            ++count;
        return count;
    }
    size_t letters_after(size_t i, size_t limit) const {
        size_t count = 0;
        while (count < limit && letter_at(i + 1 + count))
            ++count;
        return count;
    }

    static int open_quote_score(const CharInfo& c, Kind p, Kind n, int best) {
        bool before_ok = !is_letter(p) && p != Kind::Digit;
        bool after_ok = is_letter(n) || n == Kind::Digit || n == Kind::OpenQuote ||
                        n == Kind::Apostrophe || n == Kind::Ellipsis || n == Kind::OpenBracket;
        if (before_ok && after_ok)
            return best;
        if (is_letter(p) && is_letter(n))
            return -2;
        if (before_ok && c.code_point == U'«' && is_blank(n))
            return 1;  // French spacing: « texte ».
        return -1;
    }

    static int close_quote_score(const CharInfo& c, Kind p, Kind n) {
        bool before_ok = !is_blank(p) && p != Kind::OpenBracket;
        bool after_ok = !is_letter(n) && n != Kind::Digit;
        if (before_ok && after_ok)
            return 2;
        if (is_letter(p) && is_letter(n))
            return -2;
        if (c.code_point == U'»' && is_blank(p) && after_ok)
            return 1;
        return -1;
    }

    // Spaced dashes and number ranges are the usual forms. An unspaced em dash between words is
    // common in American typography, an en dash there less so; between a word and a lone letter
    // ("participaci—n") neither is.
    int dash_score(size_t i, const CharInfo& c, Kind p, Kind n) const {
        bool em = c.code_point == U'—';
        if (is_blank(p) && is_blank(n))
            return 2;
        if (p == Kind::Digit && n == Kind::Digit)
            return em ? 1 : 2;
        if (is_letter(p) && is_letter(n)) {
            if (letters_before(i, 2) < 2 || letters_after(i, 2) < 2)
                return -1;
            return em ? 3 : 1;
        }
        if (p == Kind::Punct && is_blank(n))
            return 1;
        return 0;
    }

    static int ellipsis_score(Kind p, Kind n) {
        if (!is_blank(p) && !is_letter(n))
            return 2;
        if (is_letter(p) && is_letter(n))
            return -2;
        return 0;
    }

    int currency_score(size_t i, Kind p, Kind n) const {
        if (p == Kind::Digit || n == Kind::Digit || (is_blank(n) && kind_at(i + 2) == Kind::Digit))
            return 2;
        return -1;
    }

    std::string_view text_;
    const CharTable& table_;
    Word word_;
};

struct Evidence {
    long score = 0;
    size_t judged = 0;
    size_t implausible = 0;

    void add(int points) {
        score += points;
        ++judged;
        implausible += points < 0;
    }
    // Mostly natural characters, and few that make no sense where they stand.
    bool plausible() const { return score > 0 && implausible * 4 <= judged; }
};

bool is_control(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

// Windows-1251 and KOI8-R put the Cyrillic alphabet at 0xC0-0xFF (plus Ё and ё).
bool is_cyrillic_letter_byte(unsigned char c) { return c >= 0xC0 || c == 0xA8 || c == 0xB8; }

// True when none of the 8 bytes at `p` is 0x80 or above or below 0x20: nothing to judge there.
bool is_plain_block(const char* p) {
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    constexpr uint64_t kSpaces = 0x2020202020202020ULL;
    uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return (w & kHigh) == 0 && ((w - kSpaces) & ~w & kHigh) == 0;
}

// Weighing stops once kEnoughEvidence characters have been judged and exactly one encoding is
// plausible: a file does not change encoding midway, so the rest could only widen the margin, and
// stopping keeps large files fast.
constexpr size_t kEnoughEvidence = 20'000;

struct Weighing {
    Evidence windows1252;
    Evidence mac_roman;
    size_t high_bytes = 0;  // These counts stop with the weighing, which may end early.
    size_t control_bytes = 0;
    size_t non_latin_letters = 0;  // High bytes that would be letters next to letters in cp1251.

    bool decided() const {
        return windows1252.judged >= kEnoughEvidence &&
               windows1252.plausible() != mac_roman.plausible();
    }
};

Weighing weigh(std::string_view text) {
    Weighing result;
    Scorer windows1252(text, kWindows1252Chars);
    Scorer mac_roman(text, kMacRomanChars);
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    auto is_cyrillic_at = [&](size_t i) {
        return i < text.size() && is_cyrillic_letter_byte(bytes[i]);
    };
    for (size_t block = 0; block < text.size(); block += 8) {
        if (block + 8 <= text.size() && is_plain_block(text.data() + block))
            continue;
        for (size_t i = block; i < std::min(block + 8, text.size()); ++i) {
            unsigned char c = bytes[i];
            if (c < 0x80 && !is_control(c))
                continue;
            result.windows1252.add(windows1252.score_at(i));
            result.mac_roman.add(mac_roman.score_at(i));
            result.high_bytes += c >= 0x80;
            result.control_bytes += c < 0x80;
            result.non_latin_letters +=
                is_cyrillic_at(i) && (is_cyrillic_at(i + 1) || (i > 0 && is_cyrillic_at(i - 1)));
            if (result.decided())
                return result;
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// Decoding.

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

// True when the 16 bytes at `p` are all ASCII; lets the loops below skip plain text quickly.
bool is_ascii_block(const char* p) {
    uint64_t a, b;
    std::memcpy(&a, p, sizeof a);
    std::memcpy(&b, p + 8, sizeof b);
    return ((a | b) & 0x8080808080808080ULL) == 0;
}

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

std::string decode_single_byte(std::string_view text, const Utf8Table& table) {
    // Sized for the worst case, three bytes per high byte, so each character can be stored with
    // one fixed-size copy; trimmed at the end.
    std::string out(text.size() + 2 * count_high_bytes(text), '\0');
    char* next = out.data();
    const char* run = text.data();  // Start of the ASCII run not yet copied.
    for (size_t block = 0; block < text.size(); block += 16) {
        if (block + 16 <= text.size() && is_ascii_block(text.data() + block))
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

// ---------------------------------------------------------------------------------------------
// Refusals.

// 1-based line of `offset`; lines end with LF, CRLF or (classic Mac files) a lone CR.
size_t line_of(std::string_view bytes, size_t offset) {
    size_t line = 1;
    for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
        bool crlf = bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n';
        line += (bytes[i] == '\n' || bytes[i] == '\r') && !crlf;
    }
    return line;
}

std::string where(const std::string& file_name, size_t line) {
    return file_name + ":" + std::to_string(line);
}

std::string hex_byte(unsigned char c) {
    constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

std::string supported_encodings() {
    std::string list;
    for (SourceEncoding e : {SourceEncoding::Utf8, SourceEncoding::Utf8WithBom,
                             SourceEncoding::Windows1252, SourceEncoding::MacRoman}) {
        list += list.empty() ? "" : ", ";
        list += encoding_name(e);
    }
    return "supported encodings: " + list + "; save the file as UTF-8 and upload it again";
}

std::optional<Error> refuse_wide_bom(std::string_view bytes, const std::string& file_name) {
    struct Bom {
        std::string_view bytes;
        const char* name;
    };
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    static constexpr Bom kBoms[] = {
        {{"\xFF\xFE\0\0", 4}, "UTF-32 (little-endian)"},
        {{"\0\0\xFE\xFF", 4}, "UTF-32 (big-endian)"},
        {"\xFF\xFE", "UTF-16 (little-endian)"},
        {"\xFE\xFF", "UTF-16 (big-endian)"},
    };
    for (const Bom& bom : kBoms) {
        if (bytes.starts_with(bom.bytes))
            return Error::invalid_input(std::string("the file looks like ") + bom.name +
                                            ": it starts with that byte order mark; " +
                                            supported_encodings(),
                                        where(file_name, 1));
    }
    return std::nullopt;
}

// UTF-16 text in a Latin script has a NUL in every other byte: odd offsets in little-endian.
const char* utf16_byte_order(std::string_view bytes) {
    size_t sample = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
    size_t pairs = sample / 2, even_nuls = 0, odd_nuls = 0;
    for (size_t i = 0; i < sample; i += 2) {
        even_nuls += bytes[i] == '\0';
        odd_nuls += bytes[i + 1] == '\0';
    }
    auto dominant = [pairs](size_t many, size_t few) {
        return many * 10 >= pairs * 6 && few * 10 < pairs;
    };
    if (pairs >= 2 && dominant(odd_nuls, even_nuls))
        return "little-endian";
    if (pairs >= 2 && dominant(even_nuls, odd_nuls))
        return "big-endian";
    return nullptr;
}

std::optional<Error> refuse_nul_bytes(std::string_view bytes, const std::string& file_name) {
    const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
    if (nul == nullptr)
        return std::nullopt;
    size_t offset = static_cast<const char*>(nul) - bytes.data();
    std::string at = where(file_name, line_of(bytes, offset));
    if (const char* order = utf16_byte_order(bytes))
        return Error::invalid_input(std::string("the file looks like UTF-16 (") + order +
                                        ", without a byte order mark): every other byte is NUL; " +
                                        supported_encodings(),
                                    at);
    return Error::invalid_input("the file contains a NUL byte (at byte " + std::to_string(offset) +
                                    "), so it is binary data, not text; " + supported_encodings(),
                                at);
}

Error refuse_unreadable(std::string_view bytes, const std::string& file_name, size_t offset,
                        const Weighing& weighing) {
    std::string message = "the file is not in a supported encoding: byte " +
                          hex_byte(static_cast<unsigned char>(bytes[offset])) +
                          " is not valid UTF-8, and the text reads as neither Windows-1252 nor "
                          "Mac Roman";
    if (weighing.control_bytes * 100 > bytes.size())
        message += "; it looks like binary data, not text";
    else if (weighing.non_latin_letters * 10 >= weighing.high_bytes * 6)
        message += "; it looks like text in a non-Latin alphabet, such as Cyrillic in "
                   "Windows-1251 or KOI8-R";
    message += "; " + supported_encodings();
    return Error::invalid_input(message, where(file_name, line_of(bytes, offset)));
}

}  // namespace

std::string_view encoding_name(SourceEncoding encoding) {
    switch (encoding) {
    case SourceEncoding::Utf8: return "UTF-8";
    case SourceEncoding::Utf8WithBom: return "UTF-8 with BOM";
    case SourceEncoding::Windows1252: return "Windows-1252";
    case SourceEncoding::MacRoman: return "Mac Roman";
    }
    return "UTF-8";
}

namespace {

// Where UTF-8 starts in `bytes`: after a UTF-8 byte order mark if there is one, else at 0.
// Refuses what no supported encoding can be (wide byte order marks, NUL bytes) and a BOM
// followed by invalid UTF-8.
core::Result<size_t> utf8_start(std::string_view bytes, const std::string& file_name) {
    if (auto error = refuse_wide_bom(bytes, file_name))
        return *error;
    if (auto error = refuse_nul_bytes(bytes, file_name))
        return *error;
    constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
    if (!bytes.starts_with(kUtf8Bom))
        return size_t{0};
    size_t invalid = find_invalid_utf8(bytes.substr(kUtf8Bom.size()));
    if (invalid == std::string_view::npos)
        return kUtf8Bom.size();
    size_t offset = invalid + kUtf8Bom.size();
    // The mark declares UTF-8; guessing another encoding behind it would hide a broken file.
    return Error::invalid_input(
        "the file starts with a UTF-8 byte order mark but byte " +
            hex_byte(static_cast<unsigned char>(bytes[offset])) + " is not valid UTF-8",
        where(file_name, line_of(bytes, offset)));
}

// `bytes` are not UTF-8 (the first invalid byte is at `invalid`): Windows-1252, Mac Roman, or
// refused.
core::Result<DecodedText> decode_legacy(std::string_view bytes, const std::string& file_name,
                                        size_t invalid) {
    Weighing weighing = weigh(bytes);
    const Evidence& windows = weighing.windows1252;
    const Evidence& mac = weighing.mac_roman;
    // Windows-1252 wins ties: it is by far the more common of the two.
    if (windows.plausible() && (!mac.plausible() || windows.score >= mac.score))
        return DecodedText{decode_single_byte(bytes, kWindows1252Utf8),
                           SourceEncoding::Windows1252};
    if (mac.plausible())
        return DecodedText{decode_single_byte(bytes, kMacRomanUtf8),
                           SourceEncoding::MacRoman};
    return refuse_unreadable(bytes, file_name, invalid, weighing);
}

}  // namespace

core::Result<DecodedText> decode_text(std::string bytes, const std::string& file_name) {
    size_t start = TRY(utf8_start(bytes, file_name));
    if (start > 0) {
        bytes.erase(0, start);
        return DecodedText{std::move(bytes), SourceEncoding::Utf8WithBom};
    }
    size_t invalid = find_invalid_utf8(bytes);
    if (invalid == std::string_view::npos)
        return DecodedText{std::move(bytes), SourceEncoding::Utf8};
    return decode_legacy(bytes, file_name, invalid);
}

}  // namespace rightstrack::ingest
