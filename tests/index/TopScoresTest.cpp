// Block-max ranking gives exactly what scoring every hit gives: the same documents, the same
// scores, the same order of ties, whatever the hits, the terms and the parameters, including
// when field averages drift while the index grows (blocks bounded under an older average).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "index/TopScores.h"
#include "support/IndexTestSupport.h"

namespace rightstrack::index {
namespace {

using testing::make_document;

// Words drawn with a Zipf-like skew, so that some terms are in most documents and others in a
// few, as in real texts.
class Words {
public:
    explicit Words(std::uint32_t seed) : random_(seed) {}
    std::string text(std::size_t length) {
        std::string text;
        for (std::size_t i = 0; i < length; ++i)
            text += word(pick()) + " ";
        return text;
    }
    static std::string word(std::size_t rank) {
        std::string word = "w";
        for (std::size_t n = rank;; n /= 26) {
            word += static_cast<char>('a' + n % 26);
            if (n < 26)
                return word;
        }
    }
    std::size_t pick() {
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random_);
        return static_cast<std::size_t>(std::pow(kVocabulary, u)) - 1;
    }
    std::mt19937& random() { return random_; }

private:
    static constexpr double kVocabulary = 3000;
    std::mt19937 random_;
};

// Short documents first, long ones later: the text field's average grows as blocks are
// written, so early blocks are bounded under a smaller average than the one queries use.
SearchIndex drifting_index(Words& words, std::size_t count) {
    SearchIndex index;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t length = 2 + words.random()() % (i < count / 2 ? 10 : 80);
        std::string labels = i % 3 == 0 ? words.text(1 + i % 4) : "";
        index.put(make_document("d" + std::to_string(i), words.text(length), labels));
    }
    return index;
}

std::vector<Hit> every_hit_scored(const SearchIndex& index, const DocSet& hits,
                                  std::span<const TermId> terms, std::size_t limit,
                                  const Bm25Parameters& parameters) {
    std::vector<DocId> docs = to_vector(hits);
    auto scores = bm25_scores(index.inverted(), terms, docs, parameters);
    std::vector<Hit> all;
    for (std::size_t i = 0; i < docs.size(); ++i)
        all.push_back({docs[i], scores[i]});
    std::sort(all.begin(), all.end(), [](const Hit& a, const Hit& b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    });
    all.resize(std::min(all.size(), limit));
    return all;
}

std::vector<TermId> some_terms(const SearchIndex& index, Words& words) {
    std::vector<TermId> terms;
    const std::size_t count = 1 + words.random()() % 3;
    while (terms.size() < count)
        if (auto id = index.inverted().terms().find(Words::word(words.pick())))
            terms.push_back(*id);
    return terms;
}

// The documents with any of the terms, some of the time thinned out as a filter would.
DocSet hits_for(const SearchIndex& index, std::span<const TermId> terms, Words& words) {
    DocSet hits;
    for (TermId term : terms)
        hits |= index.inverted().docs_with(term);
    hits &= index.all_docs();
    if (words.random()() % 2 == 0) {
        DocSet thinned;
        for (DocId doc : to_vector(hits))
            if (words.random()() % 4 == 0)
                thinned.add(doc);
        hits = thinned;
    }
    return hits;
}

TEST(TopScores, SameAsScoringEveryHit) {
    Words words(7);
    const SearchIndex index = drifting_index(words, 20000);
    std::size_t compared = 0;
    for (int query = 0; query < 300; ++query) {
        const auto terms = some_terms(index, words);
        const DocSet hits = hits_for(index, terms, words);
        const std::size_t limit = query % 5 == 0 ? 1 : 20;
        const Bm25Parameters parameters;
        auto expected = every_hit_scored(index, hits, terms, limit, parameters);
        EXPECT_EQ(top_scores(index.inverted(), hits, terms, limit, parameters), expected)
            << "query " << query << ", " << hits.cardinality() << " hits";
        compared += expected.size();
    }
    EXPECT_GT(compared, 300u * 10);
}

TEST(TopScores, OtherParametersAndNoTermsToo) {
    Words words(11);
    const SearchIndex index = drifting_index(words, 3000);
    Bm25Parameters other;
    other.b = 0.3;  // Not what blocks were bounded for: every hit is scored.
    other.k1 = 2.0;
    other.weights.weight = {1.0, 5.0};
    for (int query = 0; query < 50; ++query) {
        const auto terms = some_terms(index, words);
        const DocSet hits = hits_for(index, terms, words);
        EXPECT_EQ(top_scores(index.inverted(), hits, terms, 20, other),
                  every_hit_scored(index, hits, terms, 20, other));
    }
    // Without positive terms every score is 0: the first documents, in order.
    auto first = top_scores(index.inverted(), index.all_docs(), {}, 3, {});
    EXPECT_EQ(first, (std::vector<Hit>{{0, 0.0}, {1, 0.0}, {2, 0.0}}));
    EXPECT_TRUE(top_scores(index.inverted(), index.all_docs(), {}, 0, {}).empty());
}

TEST(TopScores, RemovedDocumentsStayOutOfTheHits) {
    Words words(3);
    SearchIndex index = drifting_index(words, 2000);
    const auto terms = some_terms(index, words);
    DocSet hits = hits_for(index, terms, words);
    auto before = top_scores(index.inverted(), hits, terms, 5, {});
    ASSERT_FALSE(before.empty());
    ASSERT_TRUE(index.remove(index.documents().external_id(before[0].doc)));
    hits &= index.all_docs();
    auto after = top_scores(index.inverted(), hits, terms, 5, {});
    EXPECT_EQ(after, every_hit_scored(index, hits, terms, 5, {}));
    EXPECT_NE(after.front().doc, before.front().doc);
}

}  // namespace
}  // namespace rightstrack::index
