#include "index/WordSegmenter.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "index/WordClasses.h"

namespace rightstrack::index {
namespace {

// The word rules are the same for every language we index (root locale); each segmenter clones
// this iterator, which is cheaper than creating one.
const icu::BreakIterator& prototype() {
    static const icu::BreakIterator* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        icu::BreakIterator* iterator =
            icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status);
        if (U_FAILURE(status) || iterator == nullptr) {
            // Only a broken ICU installation gets here; without word boundaries nothing can be
            // indexed, and indexing nothing silently would be worse than stopping.
            std::fprintf(stderr, "fatal: ICU has no word break iterator: %s\n",
                         u_errorName(status));
            std::abort();
        }
        return iterator;
    }();
    return *instance;
}

struct CodePoint {
    UChar32 value;
    size_t end;  // Offset just past it.
};

CodePoint decode(std::string_view text, size_t at) {
    if (static_cast<unsigned char>(text[at]) < 0x80)
        return {static_cast<unsigned char>(text[at]), at + 1};
    auto length = static_cast<int32_t>(text.size());
    auto offset = static_cast<int32_t>(at);
    UChar32 c;
    U8_NEXT(text.data(), offset, length, c);  // c < 0 for invalid UTF-8.
    return {c, static_cast<size_t>(offset)};
}

// True when every character of `text` is in the table, so that the table gives ICU's words.
bool table_covers(const WordClassTable& classes, std::string_view text) {
    size_t at = 0;
    while (at < text.size()) {
        CodePoint c = decode(text, at);
        if (classes(c.value) & kComplex)
            return false;
        at = c.end;
    }
    return true;
}

// Whether `mid`, standing between a character of class `before` and one of class `after`,
// joins them into one word (UAX #29 rules WB6, WB7, WB11, WB12).
bool joins(std::uint8_t before, std::uint8_t mid, std::uint8_t after) {
    return ((mid & kJoinsLetters) && (before & kLetter) && (after & kLetter)) ||
           ((mid & kJoinsDigits) && (before & kDigit) && (after & kDigit));
}

}  // namespace

WordSegmenter::WordSegmenter(Scan scan)
    : scan_(scan), classes_(&word_classes()), iterator_(prototype().clone()) {}

WordSegmenter::WordSegmenter(const WordSegmenter& other) : WordSegmenter(other.scan_) {}

WordSegmenter& WordSegmenter::operator=(const WordSegmenter& other) {
    if (this != &other)
        *this = WordSegmenter(other.scan_);
    return *this;
}

void WordSegmenter::reset(std::string_view utf8) {
    text_ = utf8.substr(0, std::min(utf8.size(), kMaxText));
    start_ = 0;
    by_table_ = scan_ == Scan::Fast && table_covers(*classes_, text_);
    if (by_table_)
        return;
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    // The iterator keeps a shallow clone of the UText, which points at the bytes only.
    utext_openUTF8(&text, text_.empty() ? "" : text_.data(), int64_t(text_.size()), &status);
    iterator_->setText(&text, status);
    utext_close(&text);
    if (U_FAILURE(status))  // Out of memory: no words rather than the previous text's.
        iterator_->setText(icu::UnicodeString());
    iterator_->first();
}

std::optional<WordSpan> WordSegmenter::next() {
    return by_table_ ? next_by_table() : next_by_icu();
}

std::optional<WordSpan> WordSegmenter::next_by_table() {
    // Letters and digits run together (WB5, WB8-10); a joining character continues the word
    // only when what follows it is of the kind it joins.
    while (start_ < text_.size()) {
        CodePoint first = decode(text_, start_);
        std::uint8_t previous = (*classes_)(first.value);
        if (!(previous & (kLetter | kDigit))) {
            start_ = first.end;
            continue;
        }
        size_t begin = start_;
        size_t end = first.end;
        while (end < text_.size()) {
            CodePoint c = decode(text_, end);
            std::uint8_t now = (*classes_)(c.value);
            if (now & (kLetter | kDigit)) {
                previous = now;
                end = c.end;
                continue;
            }
            if (!(now & (kJoinsLetters | kJoinsDigits)) || c.end >= text_.size())
                break;
            CodePoint after = decode(text_, c.end);
            std::uint8_t after_class = (*classes_)(after.value);
            if (!joins(previous, now, after_class))
                break;
            previous = after_class;
            end = after.end;
        }
        start_ = end;
        return WordSpan{begin, end};
    }
    return std::nullopt;
}

std::optional<WordSpan> WordSegmenter::next_by_icu() {
    for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
         end = iterator_->next()) {
        size_t begin = start_;
        start_ = size_t(end);
        if (iterator_->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            return WordSpan{begin, size_t(end)};
    }
    return std::nullopt;
}

}  // namespace rightstrack::index
