// How ICU's word rules treat the characters of ordinary Latin, Greek and Cyrillic text, as a
// table that lets WordSegmenter find the same words as ICU's iterator without running it: for
// each code point of U+0000-U+052F and U+2000-U+206F, whether it is a letter, a digit, a
// character that joins letters ("State's", "e.g") or digits ("76.12", "1,000") when it stands
// between two of them, or a separator. Every other character, and those the simple rules do
// not cover (combining marks, format characters such as the soft hyphen, "_", emoji), is
// Complex: a text holding one is left to ICU. The table is computed once from ICU itself, so
// it follows ICU's tailoring of the Unicode rules (ICU does not let ":" join letters).
// Thread-safe: built on first use and read-only afterwards.
#pragma once

#include <array>
#include <cstdint>

namespace rightstrack::index {

enum WordClass : std::uint8_t {
    kSeparator = 0,
    kLetter = 1,
    kDigit = 2,
    kJoinsLetters = 4,
    kJoinsDigits = 8,
    kComplex = 16,
};

class WordClassTable {
public:
    // The flags of `c` (a code point; negative for invalid UTF-8, which is Complex). Inline:
    // the segmenter asks for every character.
    std::uint8_t operator()(std::int32_t c) const {
        if (c >= 0 && c < kLowEnd)
            return classes_[c];
        if (c >= kPunctuationBegin && c < kPunctuationEnd)
            return classes_[kLowEnd + (c - kPunctuationBegin)];
        return kComplex;
    }

private:
    friend WordClassTable build_word_class_table();
    static constexpr std::int32_t kLowEnd = 0x0530;  // Basic Latin to Cyrillic Supplement.
    static constexpr std::int32_t kPunctuationBegin = 0x2000;  // General Punctuation.
    static constexpr std::int32_t kPunctuationEnd = 0x2070;

    std::array<std::uint8_t, kLowEnd + (kPunctuationEnd - kPunctuationBegin)> classes_;
};

// The table, built from ICU on first use.
const WordClassTable& word_classes();

}  // namespace rightstrack::index
