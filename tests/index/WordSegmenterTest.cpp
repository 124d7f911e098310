// The segmenter's own scan of Latin, Greek and Cyrillic text against ICU's iterator, which it
// must agree with word for word: on samples, on random strings of the characters whose rules
// differ, on every character of its table between letters and between digits, and on the real
// texts of UPR Info's export.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/Text.h"
#include "index/WordSegmenter.h"
#include "support/TestSupport.h"

namespace rightstrack::index {
namespace {

std::vector<std::pair<size_t, size_t>> spans(WordSegmenter& segmenter, std::string_view text) {
    std::vector<std::pair<size_t, size_t>> out;
    segmenter.reset(text);
    while (std::optional<WordSpan> word = segmenter.next())
        out.emplace_back(word->begin, word->end);
    return out;
}

class WordSegmenterTest : public ::testing::Test {
protected:
    void expect_same_as_icu(std::string_view text) {
        EXPECT_EQ(spans(fast_, text), spans(icu_, text)) << "text: " << text;
    }
    WordSegmenter fast_{WordSegmenter::Scan::Fast};
    WordSegmenter icu_{WordSegmenter::Scan::IcuOnly};
};

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
    return out;
}

TEST_F(WordSegmenterTest, SamplesAgreeWithIcu) {
    for (std::string_view text : {
             "Ratify the Convention against Torture.",
             "The State's and the State\u2019s duties: e.g. U.S.A., 76.12, 1,000.5; 3:2",
             "non-discrimination \u2014 \u201Cwomen\u201D \u00ABdroits\u00BB \u2026 a\u00A0b",
             "Кыргыз Республикасы: өкмөт, үй-бүлө, маңыз. Ёлка и йод.",
             "Ελληνική Δημοκρατία 2030",
             "a'b''c a.'b 1'000 1.a a.1 'quoted' end.",
             "",
             " ",
         })
        expect_same_as_icu(text);
}

TEST_F(WordSegmenterTest, TextsBeyondTheTableGoToIcu) {
    // Soft hyphen (a format character) and a combining accent stay inside the word.
    EXPECT_EQ(spans(fast_, "recom\u00ADmendation"),
              (std::vector<std::pair<size_t, size_t>>{{0, 16}}));
    EXPECT_EQ(spans(fast_, "cafe\u0301 ok"),
              (std::vector<std::pair<size_t, size_t>>{{0, 6}, {7, 9}}));
    expect_same_as_icu("snake_case words and 日本語のテキスト and emoji \U0001F600 here");
    expect_same_as_icu(
        "ab\xFF"
        "cd \xE2\x82 x\xC3");
}

TEST_F(WordSegmenterTest, EveryTableCharacterBetweenLettersAndDigitsAgreesWithIcu) {
    for (char32_t c = 1; c < 0x2070; ++c) {
        if (c == 0x0530)
            c = 0x2000;
        std::string middle = utf8(c);
        expect_same_as_icu("ab" + middle + "cd");
        expect_same_as_icu("12" + middle + "34");
        expect_same_as_icu("a" + middle + "1 " + middle + "x" + middle + middle + "y");
        expect_same_as_icu(middle + " " + middle + middle + " 1" + middle + "a " + middle + "b");
    }
}

TEST_F(WordSegmenterTest, RandomStringsAgreeWithIcu) {
    const std::vector<std::string> alphabet = {
        "a",  "Z",      "é",      "я",      "ң",      "Ω",  "1",      "9",      ".",    ",",
        ";",  ":",      "'",      "\u2019", "\u2018", "\"", "-",      "@",      " ",    "\n",
        "\r", "\u00A0", "\u2014", "(",      "/",      "_",  "\u00AD", "\u0301", "\xFF",
    };
    std::mt19937 random(4);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 12);
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (int n = length(random); n > 0; --n) text += alphabet[pick(random)];
        expect_same_as_icu(text);
    }
}

TEST_F(WordSegmenterTest, RealUprInfoTextsAgreeWithIcu) {
    auto path = testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    RIGHTSTRACK_REQUIRE_DATA(path);
    const std::string file = testing::read_file(path);
    size_t lines = 0;
    for (std::string_view line : core::split(file, "\n")) {
        ++lines;
        ASSERT_EQ(spans(fast_, line), spans(icu_, line)) << "line " << lines << ": " << line;
    }
    EXPECT_GT(lines, 30000u);
}

TEST_F(WordSegmenterTest, CopiesSegmentOnTheirOwn) {
    WordSegmenter copy = fast_;
    const std::string first = "one two";
    const std::string second = "three";
    fast_.reset(first);
    copy.reset(second);
    EXPECT_EQ(fast_.next()->end, 3u);
    EXPECT_EQ(copy.next()->end, 5u);
    EXPECT_EQ(fast_.next()->begin, 4u);
}

}  // namespace
}  // namespace rightstrack::index
