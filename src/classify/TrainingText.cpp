#include "classify/TrainingText.h"

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

std::vector<std::string> TrainingText::leading_words(std::string_view text, size_t count) const {
    tokens_.clear();
    analyzer_.analyze(text, tokens_);
    std::vector<std::string> words;
    for (size_t i = 0; i < tokens_.size() && words.size() < count; ++i) {
        const auto& token = tokens_[i];
        words.push_back(analyzer_.fold(text.substr(token.begin, token.end - token.begin)));
    }
    return words;
}

}  // namespace rightstrack::classify
