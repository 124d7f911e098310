#include "index/WordClasses.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace rightstrack::index {
namespace {

// True when ICU's iterator sees `text` as one segment, and when that segment is a word.
bool is_one_segment(icu::BreakIterator& iterator, const icu::UnicodeString& text) {
    iterator.setText(text);
    iterator.first();
    return iterator.next() == text.length();
}
bool is_word(icu::BreakIterator& iterator, const icu::UnicodeString& text) {
    return is_one_segment(iterator, text) && iterator.getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
}

// The flags of a character that is neither a letter nor a digit by its Unicode property, asked
// of ICU: does it join "a" and "a", or "1" and "1", into one word? One that ICU counts as a
// word by itself has been tailored into a letter of some kind ("@", for e-mail addresses):
// the simple rules do not describe it, so it is Complex.
std::uint8_t joining_class(icu::BreakIterator& iterator, UChar32 c) {
    if (is_word(iterator, icu::UnicodeString(c)))
        return kComplex;
    std::uint8_t flags = kSeparator;
    if (is_one_segment(iterator, icu::UnicodeString(u'a').append(c).append(u'a')))
        flags |= kJoinsLetters;
    if (is_one_segment(iterator, icu::UnicodeString(u'1').append(c).append(u'1')))
        flags |= kJoinsDigits;
    return flags;
}

std::uint8_t classify(icu::BreakIterator& iterator, UChar32 c) {
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return kComplex;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return kLetter;
    case U_WB_NUMERIC: return kDigit;
    case U_WB_OTHER:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
    case U_WB_WSEGSPACE:
    case U_WB_MIDLETTER:
    case U_WB_MIDNUM:
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
    case U_WB_DOUBLE_QUOTE: return joining_class(iterator, c);
    default: return kComplex;  // Extend, Format, ZWJ, ExtendNumLet, Katakana, Hebrew, ...
    }
}

}  // namespace

WordClassTable build_word_class_table() {
    WordClassTable table;
    table.classes_.fill(kComplex);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || iterator == nullptr)
        return table;  // Every text goes to ICU's iterator, which reports the failure.
    for (UChar32 c = 0; c < WordClassTable::kLowEnd; ++c)
        table.classes_[c] = classify(*iterator, c);
    for (UChar32 c = WordClassTable::kPunctuationBegin; c < WordClassTable::kPunctuationEnd; ++c)
        table.classes_[WordClassTable::kLowEnd + (c - WordClassTable::kPunctuationBegin)] =
            classify(*iterator, c);
    return table;
}

const WordClassTable& word_classes() {
    static const WordClassTable table = build_word_class_table();
    return table;
}

}  // namespace rightstrack::index
