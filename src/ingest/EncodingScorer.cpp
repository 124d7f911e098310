#include "ingest/EncodingScorer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "ingest/CodePages.h"

namespace rightstrack::ingest {
namespace {

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

}  // namespace

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

}  // namespace rightstrack::ingest
