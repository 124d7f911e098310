// The search benchmark's corpus generator: a pure function of (rows, N, seed), the real rows
// unchanged first, and generated documents drawn from the real distributions within the ranges
// the issue sets (sessions 1-45, one to three recommending States).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "BenchRows.h"
#include "Corpus.h"
#include "SourceRecommendations.h"
#include "support/TestSupport.h"

namespace rightstrack::bench {
namespace {

using testing::sample_rows;

std::vector<std::string> values_of(const Corpus& corpus, Facet facet, DocId doc) {
    std::vector<std::string> names;
    for (ValueId value : corpus.values(facet, doc))
        names.push_back(corpus.facet(facet).name_of(value));
    std::sort(names.begin(), names.end());
    return names;
}

// Every document's text and facet values, by name, for comparing corpora.
std::vector<std::vector<std::string>> flattened(const Corpus& corpus) {
    std::vector<std::vector<std::string>> docs;
    for (DocId doc = 0; doc < corpus.size(); ++doc) {
        std::vector<std::string> fields = {std::to_string(corpus.text_index_of(doc))};
        for (Facet facet : kFacets) {
            auto names = values_of(corpus, facet, doc);
            fields.insert(fields.end(), names.begin(), names.end());
            fields.push_back("|");
        }
        docs.push_back(std::move(fields));
    }
    return docs;
}

TEST(BenchCorpus, SameSeedGivesTheSameCorpusAndAnotherSeedAnother) {
    const auto rows = sample_rows();
    const auto a = generate_corpus(rows, 500, 42, english_analysis());
    const auto b = generate_corpus(rows, 500, 42, english_analysis());
    const auto c = generate_corpus(rows, 500, 43, english_analysis());
    EXPECT_EQ(flattened(a), flattened(b));
    EXPECT_NE(flattened(a), flattened(c));
    // A larger corpus begins with the smaller one: document i depends on (seed, i) only.
    const auto longer = generate_corpus(rows, 800, 42, english_analysis());
    auto first = flattened(longer);
    first.resize(500);
    EXPECT_EQ(first, flattened(a));
}

TEST(BenchCorpus, RealRowsComeFirstUnchanged) {
    const auto rows = sample_rows();
    const auto corpus = generate_corpus(rows, 100, 7, english_analysis());
    for (DocId doc = 0; doc < rows.size(); ++doc) {
        EXPECT_EQ(corpus.text_index_of(doc), doc);
        EXPECT_EQ(values_of(corpus, Facet::StateUnderReview, doc),
                  std::vector<std::string>{rows[doc].state_under_review});
        auto states = rows[doc].recommending_states;
        std::sort(states.begin(), states.end());
        EXPECT_EQ(values_of(corpus, Facet::RecommendingStates, doc), states);
        EXPECT_EQ(values_of(corpus, Facet::Response, doc),
                  std::vector<std::string>{rows[doc].response});
    }
    // Kyrgyzstan is in the Asia-Pacific group, Norway and France in WEOG.
    EXPECT_EQ(values_of(corpus, Facet::SurRegionalGroup, 0), std::vector<std::string>{"Asia"});
    EXPECT_EQ(values_of(corpus, Facet::RsRegionalGroup, 0), std::vector<std::string>{"WEOG"});
    EXPECT_EQ(values_of(corpus, Facet::Cycle, 4), std::vector<std::string>{"2"});
    EXPECT_TRUE(values_of(corpus, Facet::ActionCategory, 3).empty());
}

TEST(BenchCorpus, GeneratedDocumentsStayWithinTheRealValues) {
    const auto rows = sample_rows();
    std::set<std::string> surs, states, responses;
    for (const auto& row : rows) {
        surs.insert(row.state_under_review);
        states.insert(row.recommending_states.begin(), row.recommending_states.end());
        responses.insert(row.response);
    }
    const auto corpus = generate_corpus(rows, 5000, 11, english_analysis());
    std::set<int> sessions;
    for (DocId doc = static_cast<DocId>(rows.size()); doc < corpus.size(); ++doc) {
        const auto text = corpus.text_index_of(doc);
        const auto sur = values_of(corpus, Facet::StateUnderReview, doc);
        ASSERT_EQ(sur.size(), 1u);
        EXPECT_TRUE(surs.count(sur[0]));
        const auto recommending = values_of(corpus, Facet::RecommendingStates, doc);
        EXPECT_GE(recommending.size(), 1u);
        EXPECT_LE(recommending.size(), 3u);
        for (const auto& state : recommending) {
            EXPECT_TRUE(states.count(state));
            EXPECT_NE(state, sur[0]);
        }
        EXPECT_TRUE(responses.count(values_of(corpus, Facet::Response, doc).at(0)));
        const int session = std::stoi(values_of(corpus, Facet::Session, doc).at(0));
        sessions.insert(session);
        EXPECT_EQ(values_of(corpus, Facet::Cycle, doc).at(0),
                  std::to_string(session <= 12 ? 1 : 2 + (session - 13) / 14));
        // Issues go with the text they label.
        auto issues = rows[text].issues;
        std::sort(issues.begin(), issues.end());
        EXPECT_EQ(values_of(corpus, Facet::Issues, doc), issues);
    }
    EXPECT_EQ(*sessions.begin(), 1);
    EXPECT_EQ(*sessions.rbegin(), 45);
    EXPECT_EQ(sessions.size(), 45u);
}

TEST(BenchCorpus, RealExportGivesItsOwnFacetsUnchanged) {
    const auto csv = rightstrack::testing::shared_data("upr-info/recommendations_sessions_01-16.csv");
    RIGHTSTRACK_REQUIRE_DATA(csv);
    auto rows = read_source_recommendations(csv.string());
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 29314u);
    const auto corpus = generate_corpus(*rows, rows->size(), 1, english_analysis());
    std::map<std::string, size_t> by_response, by_session;
    size_t recommending = 0;
    for (const auto& row : *rows) {
        ++by_response[row.response];
        ++by_session[std::to_string(row.session)];
        recommending += row.recommending_states.size();
    }
    std::map<std::string, size_t> corpus_response, corpus_session;
    size_t corpus_recommending = 0;
    for (DocId doc = 0; doc < corpus.size(); ++doc) {
        ++corpus_response[values_of(corpus, Facet::Response, doc).at(0)];
        ++corpus_session[values_of(corpus, Facet::Session, doc).at(0)];
        corpus_recommending += corpus.values(Facet::RecommendingStates, doc).size();
    }
    EXPECT_EQ(corpus_response, by_response);
    EXPECT_EQ(corpus_session, by_session);
    EXPECT_EQ(corpus_recommending, recommending);
    EXPECT_EQ(by_session.size(), 16u);  // Sessions 1-16.
}

}  // namespace
}  // namespace rightstrack::bench
