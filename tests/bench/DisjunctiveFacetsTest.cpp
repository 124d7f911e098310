// Disjunctive facets in the search benchmark: the brute-force reference against counts worked
// out by hand, and the SQLite FTS5 peer's SQL and our own index against the reference on a
// generated corpus (the other peers need libraries CI does not have; search-bench checks them
// against the same reference on every run).
#include <gtest/gtest.h>

#include "Agreement.h"
#include "BenchRows.h"
#include "ReferenceEngine.h"
#include "RightstrackEngine.h"
#include "SqliteEngine.h"
#include "support/TestSupport.h"

namespace rightstrack::bench {
namespace {

using testing::sample_rows;

TermId term_id(const Corpus& corpus, const std::string& term) {
    for (TermId id = 0; id < corpus.term_count(); ++id)
        if (corpus.term(id) == term)
            return id;
    ADD_FAILURE() << "no term " << term;
    return 0;
}

std::vector<ValueId> value_ids(const Corpus& corpus, Facet facet,
                               const std::vector<std::string>& names) {
    std::vector<ValueId> ids;
    for (ValueId id = 0; id < corpus.facet(facet).value_count(); ++id)
        if (std::find(names.begin(), names.end(), corpus.facet(facet).name_of(id)) != names.end())
            ids.push_back(id);
    EXPECT_EQ(ids.size(), names.size());
    return ids;
}

std::uint64_t count_of(const Corpus& corpus, const Answer& answer, Facet facet,
                       const std::string& name) {
    return answer.counts[index_of(facet)].at(value_ids(corpus, facet, {name}).at(0));
}

TEST(BenchDisjunctiveFacets, EachFacetCountsWithEveryFilterButItsOwn) {
    const auto corpus = generate_corpus(sample_rows(), 6, 1, english_analysis());
    // "the" is in the death penalty (KGZ; NOR, FRA; supported), Optional Protocol (KAZ; DEU;
    // noted) and education (TKM; CHN; supported) texts.
    Query query;
    query.all.push_back({{term_id(corpus, "the")}});
    query.filters[index_of(Facet::Response)] = value_ids(corpus, Facet::Response, {"supported"});
    query.filters[index_of(Facet::RecommendingStates)] =
        value_ids(corpus, Facet::RecommendingStates, {"NOR", "DEU"});

    ReferenceEngine reference;
    ASSERT_TRUE(reference.build(corpus).ok());
    auto answer = reference.search(query);
    ASSERT_TRUE(answer.ok());
    EXPECT_EQ(answer->total, 1u);
    // Response: the recommending States' filter only.
    EXPECT_EQ(count_of(corpus, *answer, Facet::Response, "supported"), 1u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::Response, "noted"), 1u);
    // Recommending States: the response's filter only.
    EXPECT_EQ(count_of(corpus, *answer, Facet::RecommendingStates, "NOR"), 1u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::RecommendingStates, "FRA"), 1u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::RecommendingStates, "CHN"), 1u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::RecommendingStates, "DEU"), 0u);
    // Any other facet: both filters.
    EXPECT_EQ(count_of(corpus, *answer, Facet::StateUnderReview, "KGZ"), 1u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::StateUnderReview, "TKM"), 0u);
    EXPECT_EQ(count_of(corpus, *answer, Facet::Issues, "Death penalty"), 1u);
}

// Every query of a workload over a generated corpus answered by `engine` as by the reference.
void expect_agreement_with_the_reference(Engine& engine) {
    const auto corpus = generate_corpus(sample_rows(), 3000, 5, english_analysis());
    const auto workload = make_workload(corpus, 300, 6);
    ReferenceEngine reference;
    ASSERT_TRUE(reference.build(corpus).ok());
    auto built = engine.build(corpus);
    ASSERT_TRUE(built.ok()) << built.error().describe();
    size_t with_filters = 0;
    for (size_t q = 0; q < workload.size(); ++q) {
        auto expected = reference.search(workload[q]);
        auto answer = engine.search(workload[q]);
        ASSERT_TRUE(expected.ok() && answer.ok());
        auto agreed = check_agreement(corpus, workload[q], q, "reference", *expected,
                                      engine.name(), *answer);
        EXPECT_TRUE(agreed.ok()) << agreed.error().describe();
        EXPECT_EQ(answer->top.size(), std::min<std::uint64_t>(answer->total, kTopHits));
        for (const auto& filter : workload[q].filters)
            with_filters += !filter.empty();
    }
    EXPECT_GT(with_filters, workload.size());  // About 1.5 filters per query.
}

TEST(BenchDisjunctiveFacets, SqliteFts5AgreesWithTheReferenceOnEveryQuery) {
    rightstrack::testing::TempDir folder;
    SqliteEngine sqlite(folder.path());
    expect_agreement_with_the_reference(sqlite);
}

TEST(BenchDisjunctiveFacets, RightstrackAgreesWithTheReferenceOnEveryQuery) {
    RightstrackEngine rightstrack;
    expect_agreement_with_the_reference(rightstrack);
}

}  // namespace
}  // namespace rightstrack::bench
