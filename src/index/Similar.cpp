#include "index/Similar.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "index/Bm25.h"

namespace rightstrack::index {
namespace {

// Terms in this few documents or fewer are never too common to gather candidates: the share
// rule is for large indexes, where it drops "ensure" and "rights"; in a small one it would drop
// everything a near-duplicate shares.
constexpr std::uint32_t kAlwaysDistinctive = 50;

// A text as a sparse tf-idf vector: (1 + ln tf) × idf per term, by ascending TermId.
struct TermVector {
    std::vector<std::pair<TermId, double>> weights;
    double norm = 0;
};

double cosine(const TermVector& a, const TermVector& b) {
    if (a.norm == 0 || b.norm == 0)
        return 0;
    double dot = 0;
    auto i = a.weights.begin(), j = b.weights.begin();
    while (i != a.weights.end() && j != b.weights.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += i->second * j->second;
            ++i, ++j;
        }
    }
    return std::clamp(dot / (a.norm * b.norm), 0.0, 1.0);
}

// Weighs texts against the index's statistics, remembering each term's idf for the texts to
// come (a thousand candidates share most of their terms).
class Weighing {
public:
    explicit Weighing(const InvertedIndex& index) : index_(index) {}

    TermVector vector_of(std::string_view text, const Analyzer& analyzer) {
        tokens_.clear();
        analyzer.analyze(text, tokens_);
        ids_.clear();
        for (const Token& token : tokens_)
            if (auto id = index_.terms().find(token.term))
                ids_.push_back(*id);
        std::sort(ids_.begin(), ids_.end());
        TermVector out;
        for (std::size_t i = 0; i < ids_.size();) {
            std::size_t run = i;
            while (run < ids_.size() && ids_[run] == ids_[i]) ++run;
            double weight = (1 + std::log(static_cast<double>(run - i))) * idf(ids_[i]);
            out.weights.emplace_back(ids_[i], weight);
            out.norm += weight * weight;
            i = run;
        }
        out.norm = std::sqrt(out.norm);
        return out;
    }

    double idf(TermId term) {
        auto [at, added] = idf_.try_emplace(term, 0.0);
        if (added)
            at->second = bm25_idf(index_, term);
        return at->second;
    }

    std::uint32_t document_frequency(TermId term) const { return index_.document_frequency(term); }

private:
    const InvertedIndex& index_;
    std::unordered_map<TermId, double> idf_;
    std::vector<Token> tokens_;
    std::vector<TermId> ids_;
};

// The heaviest terms of `source`, leaving out those in more than the allowed share of the
// documents unless that leaves none (a text of common words only still has neighbours), and
// those that would take the candidates' postings past the budget. The heaviest are the rarest,
// which a near-duplicate shares too, so the budget costs it nothing.
std::vector<TermId> distinctive_terms(const TermVector& source, const Weighing& weighing,
                                      std::uint32_t document_count, const SimilarOptions& options) {
    auto by_weight = source.weights;
    std::sort(by_weight.begin(), by_weight.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::vector<TermId> out;
    std::uint64_t postings = 0;
    auto take = [&](TermId term, std::uint32_t df) {
        if (out.empty() || postings + df <= options.max_postings) {
            out.push_back(term);
            postings += df;
        }
        return out.size() < options.max_terms;
    };
    double limit = options.max_document_share * document_count;
    for (const auto& [term, weight] : by_weight) {
        std::uint32_t df = weighing.document_frequency(term);
        if ((df <= kAlwaysDistinctive || df <= limit) && !take(term, df))
            return out;
    }
    if (out.empty())
        for (const auto& [term, weight] : by_weight)
            if (!take(term, weighing.document_frequency(term)))
                break;
    return out;
}

}  // namespace

core::Result<SimilarMatches> find_similar(const SearchIndex& index, AnalyzerSet& analyzers,
                                          const TextOf& text_of, const SimilarRequest& request,
                                          const SimilarOptions& options) {
    auto source = index.documents().find(request.id);
    if (!source)
        return core::Error::not_found("no recommendation with id '" + request.id + "'");
    const InvertedIndex& inverted = index.inverted();
    Weighing weighing(inverted);
    DocumentText own = text_of(*source);
    TermVector wanted = weighing.vector_of(own.text, analyzers.for_language(own.language));

    SimilarMatches out;
    std::vector<const DocSet*> sets;
    for (TermId term : distinctive_terms(wanted, weighing, inverted.document_count(), options)) {
        out.terms.emplace_back(inverted.terms().term(term));
        sets.push_back(&inverted.docs_with(term));
    }
    std::sort(out.terms.begin(), out.terms.end());
    DocSet candidates = within(union_of(sets), index.all_docs());
    candidates.remove(*source);

    DocSet within;
    if (request.count_facets) {
        FacetedResult counted =
            TRY(index.count_facets(std::move(candidates), request.filters, CountMethod::Auto, {},
                                   request.values_per_facet));
        within = std::move(counted.hits);
        out.facets = std::move(counted.facets);
    } else if (!request.filters.empty()) {
        within = candidates & TRY(selected_docs(index.facets(), index.all_docs(), request.filters));
    } else {
        within = std::move(candidates);
    }
    out.total = static_cast<std::uint32_t>(within.cardinality());

    RankOptions gather;
    gather.limit = options.max_candidates;
    for (const Hit& candidate : index.rank(within, out.terms, gather)) {
        DocumentText theirs = text_of(candidate.doc);
        TermVector vector =
            weighing.vector_of(theirs.text, analyzers.for_language(theirs.language));
        if (double score = cosine(wanted, vector); score > 0)
            out.hits.push_back({candidate.doc, score});
    }
    std::sort(out.hits.begin(), out.hits.end(), [](const Hit& a, const Hit& b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    });
    if (out.hits.size() > request.limit)
        out.hits.resize(request.limit);
    return out;
}

}  // namespace rightstrack::index
