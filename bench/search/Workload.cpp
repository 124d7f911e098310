#include "Workload.h"

#include <algorithm>

#include "Random.h"

namespace rightstrack::bench {

namespace {

std::string clause_text(const Corpus& corpus, const Clause& clause) {
    std::string text;
    for (TermId word : clause.words)
        text += (text.empty() ? "" : " ") + corpus.term(word);
    return clause.words.size() > 1 ? "\"" + text + "\"" : text;
}

class QueryMaker {
public:
    QueryMaker(const Corpus& corpus, std::uint64_t seed) : corpus_(corpus), random_(seed) {
        // Words by the number of texts they occur in; queries take "mid to high frequency"
        // words: ranks 10 to 2,000, below the handful that occur almost everywhere.
        std::vector<std::uint32_t> texts_with(corpus.term_count(), 0);
        for (size_t t = 0; t < corpus.text_count(); ++t) {
            auto terms = corpus.text(t);
            std::vector<TermId> distinct(terms.begin(), terms.end());
            std::sort(distinct.begin(), distinct.end());
            distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
            for (TermId term : distinct)
                ++texts_with[term];
        }
        std::vector<TermId> by_frequency(corpus.term_count());
        for (TermId t = 0; t < by_frequency.size(); ++t)
            by_frequency[t] = t;
        std::stable_sort(by_frequency.begin(), by_frequency.end(),
                         [&](TermId a, TermId b) { return texts_with[a] > texts_with[b]; });
        const size_t first = std::min<size_t>(10, by_frequency.size());
        const size_t last = std::min<size_t>(2000, by_frequency.size());
        frequent_.assign(by_frequency.begin() + first, by_frequency.begin() + last);
    }

    Query next() {
        Query query;
        const auto shape = random_.below(100);
        if (shape < 30) {
            query.all.push_back({{frequent_word()}});
        } else if (shape < 50) {
            query.all.push_back(phrase());
        } else if (shape < 75) {
            // Words of one real text, so that the conjunction has hits.
            auto text = random_text(3);
            const size_t words = 2 + random_.below(2);
            for (size_t i = 0; i < words; ++i)
                query.all.push_back({{text[random_.below(text.size())]}});
        } else if (shape < 90) {
            query.any.push_back({{frequent_word()}});
            query.any.push_back(random_.below(2) ? phrase() : Clause{{frequent_word()}});
        } else {
            query.all.push_back({{frequent_word()}});
            query.none.push_back({{frequent_word()}});
        }
        add_filters(query);
        return query;
    }

private:
    TermId frequent_word() { return frequent_[random_.below(frequent_.size())]; }

    std::span<const TermId> random_text(size_t minimum_words) {
        for (;;) {
            auto text = corpus_.text(random_.below(corpus_.text_count()));
            if (text.size() >= minimum_words)
                return text;
        }
    }

    Clause phrase() {
        auto text = random_text(2);
        const size_t at = random_.below(text.size() - 1);
        return {{text[at], text[at + 1]}};
    }

    void add_filters(Query& query) {
        const auto wanted = random_.below(4);
        for (size_t added = 0, attempts = 0; added < wanted && attempts < 20; ++attempts) {
            const Facet facet = kFacets[random_.below(kFacetCount)];
            auto& filter = query.filters[index_of(facet)];
            if (!filter.empty())
                continue;
            // One value in three filters, two values (OR) in the rest; each value is that of a
            // random document, which follows the real distribution.
            const size_t values = random_.below(3) == 0 ? 2 : 1;
            for (size_t i = 0; i < values; ++i) {
                auto of_doc = corpus_.values(facet, random_.below(corpus_.size()));
                if (!of_doc.empty())
                    filter.push_back(of_doc[random_.below(of_doc.size())]);
            }
            std::sort(filter.begin(), filter.end());
            filter.erase(std::unique(filter.begin(), filter.end()), filter.end());
            added += !filter.empty();
        }
    }

    const Corpus& corpus_;
    SplitMix64 random_;
    std::vector<TermId> frequent_;
};

}  // namespace

std::string Query::describe(const Corpus& corpus) const {
    std::string text;
    for (const auto& clause : all)
        text += (text.empty() ? "" : " AND ") + clause_text(corpus, clause);
    std::string alternatives;
    for (const auto& clause : any)
        alternatives += (alternatives.empty() ? "" : " OR ") + clause_text(corpus, clause);
    if (!alternatives.empty())
        text += (text.empty() ? "(" : " AND (") + alternatives + ")";
    for (const auto& clause : none)
        text += " NOT " + clause_text(corpus, clause);
    for (Facet facet : kFacets) {
        const auto& filter = filters[index_of(facet)];
        if (filter.empty())
            continue;
        text += std::string(" | ") + std::string(facet_name(facet)) + "=";
        for (size_t i = 0; i < filter.size(); ++i)
            text += (i ? "," : "") + corpus.facet(facet).name_of(filter[i]);
    }
    return text;
}

std::vector<Query> make_workload(const Corpus& corpus, size_t count, std::uint64_t seed) {
    QueryMaker maker(corpus, seed);
    std::vector<Query> queries;
    queries.reserve(count);
    for (size_t i = 0; i < count; ++i)
        queries.push_back(maker.next());
    return queries;
}

}  // namespace rightstrack::bench
