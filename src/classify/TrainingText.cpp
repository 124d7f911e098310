#include "classify/TrainingText.h"

#include <algorithm>

namespace rightstrack::classify {

TrainingText::TrainingText() : analyzer_(index::Analyzer::for_language("en")) {}

std::string TrainingText::normalise(std::string_view text) const {
    tokens_.clear();
    analyzer_.analyze(text, tokens_);
    std::string out;
    out.reserve(text.size());
    for (const auto& token : tokens_) {
        if (!out.empty())
            out += ' ';
        out += token.term;
    }
    return out;
}

namespace {

// Words that open a clause before the recommendation's verb: "In line with its Constitution,
// continue ...", "While welcoming ..., adopt ...".
bool opens_a_clause(std::string_view word) {
    static const std::vector<std::string_view> words{
        "in",        "with",      "within",      "as",       "given", "bearing", "taking",
        "following", "through",   "consistent",  "pursuant", "while", "whilst",  "noting",
        "recalling", "regarding", "considering", "for",      "on",    "before",  "during",
        "when",      "if",        "according",   "building", "based"};
    return std::find(words.begin(), words.end(), word) != words.end();
}

// A clause that opens a text ends at its first comma, if one comes soon.
constexpr size_t kLongestOpeningClause = 30;

}  // namespace

size_t TrainingText::first_word_of_action(std::string_view text) const {
    if (tokens_.empty() || !opens_a_clause(analyzer_.fold(
                               text.substr(tokens_[0].begin, tokens_[0].end - tokens_[0].begin))))
        return 0;
    for (size_t i = 1; i < tokens_.size() && i <= kLongestOpeningClause; ++i)
        if (text.substr(tokens_[i - 1].end, tokens_[i].begin - tokens_[i - 1].end).find(',') !=
            std::string_view::npos)
            return i;
    return 0;
}

std::vector<std::string> TrainingText::leading_words(std::string_view text, size_t count) const {
    tokens_.clear();
    analyzer_.analyze(text, tokens_);
    std::vector<std::string> words;
    for (size_t i = first_word_of_action(text); i < tokens_.size() && words.size() < count; ++i) {
        const auto& token = tokens_[i];
        words.push_back(analyzer_.fold(text.substr(token.begin, token.end - token.begin)));
    }
    return words;
}

}  // namespace rightstrack::classify
