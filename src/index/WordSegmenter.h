// The words of a UTF-8 text by ICU's word boundary rules (Unicode UAX #29), read straight from
// the UTF-8 bytes so that offsets are byte offsets and nothing is converted. Only words with
// letters or digits (or kana, ideographs) are given; spaces and punctuation are not.
// Texts of ordinary Latin, Greek and Cyrillic script, which is nearly all we index, are
// segmented by a scan over the table of WordClasses, which gives the same words several times
// faster than ICU's iterator; any other text goes to the iterator, over a UText.
// Each segmenter owns its ICU iterator: not thread-safe, use one per thread (copies are cheap).
#pragma once

#include <unicode/brkiter.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "index/WordClasses.h"

namespace rightstrack::index {

struct WordSpan {
    size_t begin;  // Byte offsets into the text given to reset().
    size_t end;
};

class WordSegmenter {
public:
    // ICU counts in int32_t: only the first kMaxText bytes of a longer text are segmented.
    static constexpr size_t kMaxText = 0x7FFFFFFF;

    // IcuOnly leaves every text to ICU's iterator: for tests that compare the two.
    enum class Scan { Fast, IcuOnly };

    explicit WordSegmenter(Scan scan = Scan::Fast);
    WordSegmenter(const WordSegmenter& other);
    WordSegmenter& operator=(const WordSegmenter& other);
    WordSegmenter(WordSegmenter&&) noexcept = default;
    WordSegmenter& operator=(WordSegmenter&&) noexcept = default;

    // Starts on `utf8`, which must outlive the calls to next(). Invalid UTF-8 is read as
    // U+FFFD, which is no word: it separates the words around it.
    void reset(std::string_view utf8);
    // The next word, or nullopt at the end of the text.
    std::optional<WordSpan> next();

private:
    std::optional<WordSpan> next_by_table();
    std::optional<WordSpan> next_by_icu();

    Scan scan_;
    const WordClassTable* classes_;
    std::unique_ptr<icu::BreakIterator> iterator_;
    std::string_view text_;
    bool by_table_ = false;
    size_t start_ = 0;  // Where the next word may begin.
};

}  // namespace rightstrack::index
