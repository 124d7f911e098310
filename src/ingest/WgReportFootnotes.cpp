#include "ingest/WgReportFootnotes.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <string_view>

namespace rightstrack::ingest {
namespace {

// Words a number follows in its own right, not as a footnote's mark.
bool numbers_follow(std::string_view word) {
    static constexpr std::array<std::string_view, 20> kWords = {
        "article", "articles", "paragraph", "paragraphs", "resolution", "resolutions", "under",
        "over",    "aged",     "age",       "no",         "number",     "section",     "chapter",
        "law",     "decree",   "act",       "convention", "protocol",   "agenda"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace

std::set<int> footnote_numbers(const std::vector<Paragraph>& paragraphs) {
    std::set<int> numbers;
    for (const auto& paragraph : paragraphs) {
        const std::string& text = paragraph.text;
        size_t end = 0;
        while (end < text.size() && end < 3 && std::isdigit(static_cast<unsigned char>(text[end])))
            ++end;
        if (paragraph.footnote && end > 0 && end < text.size() && text[end] == ' ')
            numbers.insert(std::stoi(text.substr(0, end)));
    }
    return numbers;
}

std::string without_spaced_marks(const std::string& text, const std::set<int>& footnotes) {
    if (footnotes.empty())
        return text;
    // "women 2 (Poland)": a word in small letters, the mark, the parenthesis. "Bill 200913
    // (Norway)": a year and the mark.
    static const std::regex kMark(
        R"(\b([a-z]+) (\d{1,2}) (?=\()|\b((?:19|20)\d\d)(\d{1,2}) (?=\())");
    std::string out;
    auto last = text.cbegin();
    for (std::sregex_iterator it(text.begin(), text.end(), kMark), end; it != end; ++it) {
        const auto& m = *it;
        bool spaced = m[1].matched;
        int number = std::stoi(spaced ? m[2].str() : m[4].str());
        if (!footnotes.contains(number) || (spaced && numbers_follow(m[1].str())))
            continue;
        out.append(last, m[0].first);
        out += spaced ? m[1].str() + " " : m[3].str() + " ";
        last = m[0].second;
    }
    out.append(last, text.cend());
    return out;
}

}  // namespace rightstrack::ingest
