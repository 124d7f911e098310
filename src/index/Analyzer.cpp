#include "index/Analyzer.h"

#include <algorithm>
#include <utility>

#include "index/WordFolding.h"

namespace rightstrack::index {

Analyzer Analyzer::for_language(std::string_view bcp47) {
    return Analyzer(primary_language(bcp47), Stemmer::for_language(bcp47));
}

Analyzer::Analyzer(std::string language, std::optional<Stemmer> stemmer)
    : language_(std::move(language)), stemmer_(std::move(stemmer)) {}

std::vector<Token> Analyzer::analyze(std::string_view utf8) const {
    std::vector<Token> tokens;
    analyze(utf8, tokens);
    return tokens;
}

void Analyzer::analyze(std::string_view utf8, std::vector<Token>& out) const {
    segmenter_.reset(utf8);
    std::uint32_t position = 0;
    while (std::optional<WordSpan> word = segmenter_.next()) {
        const std::string& term = analysis(utf8.substr(word->begin, word->end - word->begin)).term;
        if (term.empty())  // A word of nothing but apostrophes or ignorable characters.
            continue;
        out.push_back(
            Token{term, position++, std::uint32_t(word->begin), std::uint32_t(word->end)});
    }
}

std::string Analyzer::analyze_term(std::string_view word) const {
    return analysis(word).term;
}

std::string Analyzer::fold(std::string_view word) const {
    return analysis(word).folded;
}

const WordAnalysis& Analyzer::analysis(std::string_view word) const {
    if (const WordAnalysis* known = cache_.find(word))
        return *known;
    if (cache_.size() >= kMaxCachedWords)
        cache_.clear();
    std::string folded = fold_word(word);
    // Numbers go through the stemmer too: it leaves them as they are, and deciding by the word
    // alone keeps analyze_term() equal to analyze() without ICU's word status.
    std::string term = stemmer_ ? std::string(stemmer_->stem(folded)) : folded;
    if (!term.empty())
        words_.try_emplace(folded, term);  // Builds no node for a word seen before.
    return cache_.insert(word, WordAnalysis{std::move(folded), std::move(term)});
}

Analyzer::PrefixTerms Analyzer::terms_of_prefix(std::string_view prefix, std::size_t cap) const {
    PrefixTerms out;
    const std::string folded = fold_word(prefix);  // Not through the cache: not a word seen.
    if (folded.empty())
        return out;
    std::size_t words = 0;
    for (auto it = words_.lower_bound(folded); it != words_.end(); ++it) {
        if (!it->first.starts_with(folded))
            break;
        if (words++ == cap) {
            out.capped = true;
            break;
        }
        if (std::find(out.terms.begin(), out.terms.end(), it->second) == out.terms.end())
            out.terms.push_back(it->second);
    }
    return out;
}

}  // namespace rightstrack::index
