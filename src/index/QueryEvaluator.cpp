#include "index/QueryEvaluator.h"

#include <algorithm>

#include "index/QueryLimits.h"

namespace rightstrack::index {
namespace {

class Evaluator {
public:
    Evaluator(const SearchIndex& index, AnalyzerSet& analyzers)
        : index_(index), analyzers_(analyzers) {}

    core::Result<DocSet> visit(const Query& query, bool negated) {
        if (const auto* term = query.as<Term>())
            return term->prefix ? prefix(term->word, negated) : word(term->word, negated);
        if (const auto* phrase = query.as<Phrase>())
            return words(phrase->words, negated);
        if (const auto* filter = query.as<Filter>())
            return index_.docs_with_value(filter->field, filter->value);
        if (const auto* all = query.as<And>())
            return conjunction(all->children, negated);
        if (const auto* any = query.as<Or>()) {
            DocSet out;
            for (const auto& child : any->children) out |= TRY(visit(child, negated));
            return out;
        }
        DocSet excluded = TRY(visit(query.as<Not>()->operand(), !negated));
        return index_.all_docs() - excluded;
    }

    Evaluation finish(DocSet docs) {
        std::sort(terms_.begin(), terms_.end());
        terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
        return {std::move(docs), std::move(terms_), capped_};
    }

private:
    // An AND starts from its narrowest positive child; NOT children subtract.
    core::Result<DocSet> conjunction(const std::vector<Query>& children, bool negated) {
        std::vector<DocSet> included;
        DocSet excluded;
        for (const auto& child : children) {
            if (const auto* not_node = child.as<Not>())
                excluded |= TRY(visit(not_node->operand(), !negated));
            else
                included.push_back(TRY(visit(child, negated)));
        }
        if (included.empty())
            return index_.all_docs() - excluded;
        std::sort(included.begin(), included.end(), [](const DocSet& a, const DocSet& b) {
            return a.cardinality() < b.cardinality();
        });
        DocSet out = std::move(included.front());
        for (size_t i = 1; i < included.size() && !out.isEmpty(); ++i) out &= included[i];
        return out - excluded;
    }

    // A word in each language's analysis: the union of what its terms match.
    DocSet word(const std::string& text, bool negated) { return words({text}, negated); }

    // Words that must follow each other. Each word may analyse to several terms (ICU splits
    // "non-discrimination"), which then follow each other too. Languages often agree on the
    // terms ("torture" in every analyzer): each distinct analysis is matched once.
    DocSet words(const std::vector<std::string>& texts, bool negated) {
        std::vector<std::vector<std::string>> analyses;
        for (const auto& language : languages()) {
            std::vector<std::string> terms;
            for (const auto& text : texts)
                for (auto& token : language->analyze(text)) terms.push_back(std::move(token.term));
            if (!terms.empty() &&
                std::find(analyses.begin(), analyses.end(), terms) == analyses.end())
                analyses.push_back(std::move(terms));
        }
        DocSet out;
        for (const auto& terms : analyses) {
            DocSet match = terms.size() == 1 ? index_.docs_with_term(terms.front())
                                             : index_.docs_with_phrase(terms);
            if (out.isEmpty())
                out = std::move(match);
            else
                out |= match;
            if (!negated)
                terms_.insert(terms_.end(), terms.begin(), terms.end());
        }
        return out;
    }

    // "discriminat*": the terms of the words with the prefix, in every language's analyzer.
    DocSet prefix(const std::string& text, bool negated) {
        std::vector<std::string> terms;
        for (const auto& language : languages()) {
            auto expansion = language->terms_of_prefix(text, kMaxPrefixWords);
            capped_ = capped_ || expansion.capped;
            for (std::string& term : expansion.terms)
                if (std::find(terms.begin(), terms.end(), term) == terms.end())
                    terms.push_back(std::move(term));
        }
        auto match = index_.docs_with_any(terms);
        if (!negated)
            terms_.insert(terms_.end(), match.terms.begin(), match.terms.end());
        return std::move(match.docs);
    }

    const std::vector<const Analyzer*>& languages() {
        if (languages_.empty())
            languages_ = analyzers_.all();
        return languages_;
    }

    const SearchIndex& index_;
    AnalyzerSet& analyzers_;
    std::vector<const Analyzer*> languages_;
    std::vector<std::string> terms_;
    bool capped_ = false;
};

}  // namespace

core::Result<Evaluation> evaluate(const Query& query, const SearchIndex& index,
                                  AnalyzerSet& analyzers) {
    Evaluator evaluator(index, analyzers);
    DocSet docs = TRY(evaluator.visit(query, false));
    return evaluator.finish(std::move(docs));
}

}  // namespace rightstrack::index
