// Snippets of hit texts: short texts whole with their matches marked, the window of a long text
// that holds the most distinct terms, then the most matches, then the earliest; cuts on word
// boundaries with ellipses; byte ranges that point at the matched words in English, Russian and
// Kyrgyz. Every sample sentence is our own.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/Text.h"
#include "index/Snippet.h"

namespace rightstrack::index {
namespace {

// The query's terms as the evaluator gives them: analysed, sorted, distinct.
std::vector<std::string> terms_of(const Analyzer& analyzer, std::vector<std::string> words) {
    std::vector<std::string> out;
    for (const auto& word : words) out.push_back(analyzer.analyze_term(word));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// The snippet with its highlights between « and », to compare with what a reader would see.
std::string marked(const Snippet& snippet) {
    std::string out;
    std::size_t at = 0;
    for (const auto& [begin, end] : snippet.highlights) {
        out += snippet.text.substr(at, begin - at) + "«" + snippet.text.substr(begin, end - begin) +
               "»";
        at = end;
    }
    return out + snippet.text.substr(at);
}

std::vector<std::string> highlighted(const Snippet& snippet) {
    std::vector<std::string> out;
    for (const auto& [begin, end] : snippet.highlights)
        out.push_back(snippet.text.substr(begin, end - begin));
    return out;
}

// `count` words, each "filler", with `words` put at the given token positions.
std::string long_text(std::size_t count,
                      const std::vector<std::pair<std::size_t, std::string>>& words) {
    std::vector<std::string> out(count, "filler");
    for (const auto& [position, word] : words) out[position] = word;
    return core::join(out, " ") + ".";
}

std::size_t word_count(const Analyzer& analyzer, const std::string& text) {
    return analyzer.analyze(text).size();
}

using Strings = std::vector<std::string>;
using Ranges = std::vector<ByteRange>;

TEST(SnippetTest, AShortTextComesBackWholeWithItsMatchesMarked) {
    Analyzer english = Analyzer::for_language("en");
    const std::string text =
        "\"Investigate all allegations of torture and ensure that tortured detainees receive "
        "redress.\"";
    Snippet snippet = make_snippet(text, english, terms_of(english, {"torture", "detainee"}));
    EXPECT_EQ(snippet.text, text);
    EXPECT_EQ(marked(snippet),
              "\"Investigate all allegations of «torture» and ensure that «tortured» «detainees» "
              "receive redress.\"");
    EXPECT_EQ(snippet.highlights, (Ranges{{32, 39}, {56, 64}, {65, 74}}));
}

TEST(SnippetTest, NoMatchingWordGivesTheTextWithoutHighlights) {
    Analyzer english = Analyzer::for_language("en");
    Snippet snippet =
        make_snippet("Ratify the Optional Protocol.", english, terms_of(english, {"journalist"}));
    EXPECT_EQ(snippet.text, "Ratify the Optional Protocol.");
    EXPECT_TRUE(snippet.highlights.empty());
    EXPECT_EQ(make_snippet("", english, terms_of(english, {"x"})), Snippet{});
}

TEST(SnippetTest, RussianMatchesAreWholeCharactersAtTheRightBytes) {
    Analyzer russian = Analyzer::for_language("ru");
    const std::string text = "Расследовать все случаи пыток и защитить женщин от насилия.";
    Snippet snippet = make_snippet(text, russian, terms_of(russian, {"пыток", "женщинам"}));
    EXPECT_EQ(marked(snippet), "Расследовать все случаи «пыток» и защитить «женщин» от насилия.");
    // "Расследовать все случаи " is 24 characters, 21 of them Cyrillic: 45 bytes.
    ASSERT_EQ(snippet.highlights.size(), 2u);
    EXPECT_EQ(snippet.highlights[0], (ByteRange{45, 55}));
    EXPECT_EQ(highlighted(snippet), (Strings{"пыток", "женщин"}));
}

TEST(SnippetTest, KyrgyzWordsAreFoldedNotStemmed) {
    Analyzer kyrgyz = Analyzer::for_language("ky");
    const std::string text =
        "Кыргызстан аялдарга карата зомбулукту токтотуу үчүн мыйзам кабыл алсын.";
    Snippet snippet =
        make_snippet(text, kyrgyz, terms_of(kyrgyz, {"КЫРГЫЗСТАН", "зомбулукту", "аял"}));
    EXPECT_EQ(marked(snippet),
              "«Кыргызстан» аялдарга карата «зомбулукту» токтотуу үчүн мыйзам кабыл алсын.");
    EXPECT_EQ(snippet.highlights, (Ranges{{0, 20}, {51, 71}}));
}

TEST(SnippetTest, ALongTextIsCutToTheWindowWithTheMostDistinctTerms) {
    Analyzer english = Analyzer::for_language("en");
    // torture alone at 100; police, torture, police from 150 to 165.
    const std::string text =
        long_text(200, {{100, "torture"}, {150, "police"}, {160, "torture"}, {165, "police"}});
    Snippet snippet = make_snippet(text, english, terms_of(english, {"torture", "police"}));
    EXPECT_EQ(highlighted(snippet), (Strings{"police", "torture", "police"}));
    EXPECT_TRUE(snippet.text.starts_with(kEllipsis));
    EXPECT_TRUE(snippet.text.ends_with(kEllipsis));
    EXPECT_EQ(word_count(english, snippet.text), 30u);
    // Five words of context before the first match, as the window has room after its last.
    EXPECT_TRUE(marked(snippet).starts_with(std::string(kEllipsis) +
                                            "filler filler filler filler filler «police»"))
        << marked(snippet);
}

TEST(SnippetTest, MoreMatchesWinWhenDistinctTermsTieAndTheEarliestWinsATie) {
    Analyzer english = Analyzer::for_language("en");
    const auto terms = terms_of(english, {"torture"});
    Snippet more = make_snippet(
        long_text(300, {{50, "torture"}, {200, "torture"}, {210, "torture"}}), english, terms);
    EXPECT_EQ(highlighted(more), (Strings{"torture", "torture"}));
    Snippet earliest =
        make_snippet(long_text(300, {{200, "torture"}, {50, "tortured"}}), english, terms);
    EXPECT_EQ(highlighted(earliest), (Strings{"tortured"}));
}

TEST(SnippetTest, AWindowAtEitherEndKeepsTheTextsOwnEnds) {
    Analyzer english = Analyzer::for_language("en");
    const auto terms = terms_of(english, {"torture"});
    Snippet start = make_snippet("(" + long_text(100, {{0, "torture"}}), english, terms);
    EXPECT_TRUE(marked(start).starts_with("(«torture» filler")) << marked(start);
    EXPECT_TRUE(start.text.ends_with("filler" + std::string(kEllipsis)));
    EXPECT_EQ(word_count(english, start.text), 30u);

    Snippet end = make_snippet(long_text(100, {{98, "torture"}}), english, terms);
    EXPECT_TRUE(marked(end).ends_with("«torture» filler.")) << marked(end);
    EXPECT_TRUE(end.text.starts_with(std::string(kEllipsis) + "filler"));
    EXPECT_EQ(word_count(english, end.text), 30u);

    Snippet none = make_snippet(long_text(100, {}), english, terms);
    EXPECT_FALSE(none.text.starts_with(kEllipsis));
    EXPECT_TRUE(none.text.ends_with(kEllipsis));
    EXPECT_EQ(word_count(english, none.text), 30u);
    EXPECT_TRUE(none.highlights.empty());
}

TEST(SnippetTest, ALongCyrillicTextIsCutBetweenCharacters) {
    Analyzer russian = Analyzer::for_language("ru");
    std::vector<std::string> words(120, "обеспечить");
    words[80] = "пыток";
    const std::string text = core::join(words, " ") + ".";
    Snippet snippet = make_snippet(text, russian, terms_of(russian, {"пыток"}));
    EXPECT_EQ(core::find_invalid_utf8(snippet.text), std::string::npos);
    EXPECT_EQ(highlighted(snippet), (Strings{"пыток"}));
    EXPECT_TRUE(snippet.text.starts_with(std::string(kEllipsis) + "обеспечить"));
    EXPECT_TRUE(snippet.text.ends_with("обеспечить" + std::string(kEllipsis)));
    EXPECT_EQ(word_count(russian, snippet.text), 30u);
}

TEST(SnippetTest, TextsJustOverTheWindowStayWhole) {
    Analyzer english = Analyzer::for_language("en");
    const std::string text = long_text(36, {{35, "torture"}});
    Snippet snippet = make_snippet(text, english, terms_of(english, {"torture"}));
    EXPECT_EQ(snippet.text, text);
    EXPECT_EQ(highlighted(snippet), (Strings{"torture"}));
}

}  // namespace
}  // namespace rightstrack::index
