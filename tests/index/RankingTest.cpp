// BM25F scores against a computation by hand, the effect of field weights, and the order of
// the first hits: by relevance, date and document, ties always to the earlier document.
#include <gtest/gtest.h>

#include <cmath>

#include "support/IndexTestSupport.h"

namespace rightstrack::index {
namespace {

using testing::make_document;

std::vector<std::string> ids_of(const SearchIndex& index, const std::vector<Hit>& hits) {
    std::vector<std::string> ids;
    for (const Hit& hit : hits)
        ids.push_back(index.documents().external_id(hit.doc));
    return ids;
}

TEST(Bm25, ScoresMatchAHandComputation) {
    SearchIndex index;
    index.put(make_document("twice", "torture torture prison"));
    index.put(make_document("once", "torture"));
    index.put(make_document("none", "prison reform now"));
    std::vector<std::string> query = {"torture"};
    auto hits = index.rank(index.all_docs(), query);
    ASSERT_EQ(hits.size(), 3u);

    // N = 3, df = 2: idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)) = ln 1.6. Text lengths 3, 1, 3:
    // average 7/3. "twice": tf 2, norm = 0.25 + 0.75 * 3 / (7/3) = 17/14, tf' = 28/17;
    // score = ln 1.6 * tf' * 2.2 / (1.2 + tf') = 0.598186. "once": tf 1, norm = 4/7, tf' = 7/4,
    // score = ln 1.6 * 1.75 * 2.2 / 2.95 = 0.613395. The shorter document wins.
    EXPECT_EQ(ids_of(index, hits), (std::vector<std::string>{"once", "twice", "none"}));
    EXPECT_NEAR(hits[0].score, 0.6133946, 1e-6);
    EXPECT_NEAR(hits[1].score, 0.5981864, 1e-6);
    EXPECT_EQ(hits[2].score, 0.0);
}

TEST(Bm25, FieldsAreWeightedThenSaturatedTogether) {
    SearchIndex index;
    index.put(make_document("both", "torture", "torture"));
    index.put(make_document("other", "justice", "courts"));
    std::vector<std::string> query = {"torture", "torture"};  // A repeated term counts once.
    auto hits = index.rank(index.all_docs(), query);
    // N = 2, df = 1: idf = ln 2. Both fields average length 1, so norms are 1, and
    // tf' = 1 * 1 (text) + 2 * 1 (labels) = 3: score = ln 2 * 3 * 2.2 / 4.2 = 1.089231.
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_NEAR(hits[0].score, 1.0892313, 1e-6);
}

TEST(Bm25, FieldWeightsDecideBetweenFields) {
    SearchIndex index;
    index.put(make_document("in-text", "prevent torture", "detention"));
    index.put(make_document("in-labels", "prevent detention", "torture"));
    std::vector<std::string> query = {"torture"};
    RankOptions options;
    // Equal weights: both normalise to tf' = 1, the same score; the tie goes to the earlier.
    options.bm25.weights.weight = {1.0, 1.0};
    auto equal = index.rank(index.all_docs(), query, options);
    EXPECT_EQ(ids_of(index, equal), (std::vector<std::string>{"in-text", "in-labels"}));
    EXPECT_DOUBLE_EQ(equal[0].score, equal[1].score);

    options.bm25.weights.weight = {1.0, 2.0};
    EXPECT_EQ(ids_of(index, index.rank(index.all_docs(), query, options)),
              (std::vector<std::string>{"in-labels", "in-text"}));
    options.bm25.weights.weight = {3.0, 1.0};
    EXPECT_EQ(ids_of(index, index.rank(index.all_docs(), query, options)),
              (std::vector<std::string>{"in-text", "in-labels"}));
}

TEST(Ranking, TopKKeepsTheBestAndBreaksTiesByDocument) {
    SearchIndex index;
    // Ten equal documents and, in the middle, two better ones (shorter).
    for (int i = 0; i < 10; ++i)
        index.put(make_document("same" + std::to_string(i), "abolish the death penalty now"));
    index.put(make_document("best", "death penalty"));
    index.put(make_document("second", "abolish death penalty"));
    for (int i = 10; i < 20; ++i)
        index.put(make_document("same" + std::to_string(i), "abolish the death penalty now"));
    std::vector<std::string> query = {"death", "penalty"};
    RankOptions options;
    options.limit = 5;
    auto hits = index.rank(index.all_docs(), query, options);
    EXPECT_EQ(ids_of(index, hits),
              (std::vector<std::string>{"best", "second", "same0", "same1", "same2"}));
    EXPECT_GT(hits[0].score, hits[1].score);
    EXPECT_GT(hits[1].score, hits[2].score);
    options.limit = 0;
    EXPECT_TRUE(index.rank(index.all_docs(), query, options).empty());
    options.limit = 100;
    EXPECT_EQ(index.rank(index.all_docs(), query, options).size(), 22u);
}

TEST(Ranking, SortsByDateAndByDocumentOrder) {
    SearchIndex index;
    index.put(make_document("p", "torture", "", {}, 20100301, "A/HRC/15/2 00000076.00000012"));
    index.put(make_document("q", "torture torture", "", {}, 20140101,
                            "A/HRC/15/2 00000076.00000002"));
    index.put(make_document("r", "torture", "", {}, 20100301, "A/HRC/10/4 00000090.00000001"));
    index.put(make_document("s", "justice", "", {}, 20200101, "A/HRC/44/1 00000001.00000001"));
    std::vector<std::string> query = {"torture"};
    DocSet hits = index.docs_with_term("torture");
    RankOptions options;
    options.sort = SortOrder::NewestFirst;
    auto newest = index.rank(hits, query, options);
    EXPECT_EQ(ids_of(index, newest), (std::vector<std::string>{"q", "p", "r"}));
    EXPECT_GT(newest[0].score, 0.0);  // Scored even when not sorted by score.
    options.sort = SortOrder::OldestFirst;
    EXPECT_EQ(ids_of(index, index.rank(hits, query, options)),
              (std::vector<std::string>{"p", "r", "q"}));
    options.sort = SortOrder::DocumentOrder;
    EXPECT_EQ(ids_of(index, index.rank(hits, query, options)),
              (std::vector<std::string>{"r", "q", "p"}));
    options.limit = 1;
    EXPECT_EQ(ids_of(index, index.rank(hits, query, options)), (std::vector<std::string>{"r"}));
}

}  // namespace
}  // namespace rightstrack::index
