#include "index/WordFolding.h"

#include "core/Normalization.h"

namespace rightstrack::index {
namespace {

// The apostrophes ICU's word rules keep inside a word (U+0027, U+2019; "State's", "People’s")
// and the characters typed for them. Removed so that "State's" and "States" fold alike, and so
// that terms hold letters and digits only.
bool is_apostrophe(UChar32 c) {
    switch (c) {
    case 0x0027:
    case 0x0060:
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

// The combining diacritics of the Latin, Greek and Cyrillic alphabets (the Combining Diacritical
// Marks blocks). Marks of other scripts, such as the vowel signs of Devanagari, are part of
// their letters and stay.
bool is_diacritic(UChar32 c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE20 && c <= 0xFE2F);
}

// "й" is "и" + U+0306 in NFD but a letter of its own in Russian and Kyrgyz.
bool is_kept_mark(UChar32 base, UChar32 mark) {
    return base == 0x0438 && mark == 0x0306;
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

icu::UnicodeString without_diacritics(const icu::UnicodeString& decomposed) {
    icu::UnicodeString out;
    UChar32 base = 0;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        UChar32 c = decomposed.char32At(i);
        if (!is_diacritic(c)) {
            base = c;
            out.append(c);
        } else if (is_kept_mark(base, c)) {
            out.append(c);
        }
    }
    return out;
}

bool is_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Most words of our texts are ASCII, for which all of the above is lower-casing.
std::string fold_ascii(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (char c : word) {
        if (c == '\'' || c == '`')
            continue;
        out.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
}

}  // namespace

std::string fold_word(std::string_view utf8) {
    if (is_ascii(utf8))
        return fold_ascii(utf8);
    // Apostrophes go first: NFKC would turn some of them into a space and a mark.
    icu::UnicodeString word = without_apostrophes(icu::UnicodeString::fromUTF8(utf8));
    icu::UnicodeString folded = core::normalized(core::nfkc_casefold_normalizer(), word);
    icu::UnicodeString bare = without_diacritics(core::normalized(core::nfd_normalizer(), folded));
    std::string out;
    return core::normalized(core::nfc_normalizer(), bare).toUTF8String(out);
}

}  // namespace rightstrack::index
