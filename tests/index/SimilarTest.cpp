// "More like this" over a real SQLite store of recommendations written here: a near-duplicate
// from the next cycle comes first with a score close to 1, the same words score 1, unrelated
// texts score low or not at all, words most recommendations have ("the", "rights") gather no
// candidates, filters and facets apply, the recommendation itself is left out, an unknown id is
// an error; and on UPR Info's export, texts repeated word for word to the
// same State in a later cycle find each other.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::index {
namespace {

model::Document report(const std::string& symbol, const std::string& state, int cycle) {
    model::Document d;
    d.symbol = symbol;
    d.state = state;
    d.cycle = cycle;
    d.session = cycle == 1 ? 8 : 21;
    d.date = cycle == 1 ? "2010-06-16" : "2015-03-20";
    return d;
}

model::Recommendation recommendation(const std::string& document, const std::string& paragraph,
                                     const std::string& text) {
    model::Recommendation r;
    r.document = document;
    r.paragraph = paragraph;
    r.text = text;
    r.recommending_states = {"FRA"};
    r.response = model::Response::Supported;
    r.provenance.importer = "test";
    r.id = model::make_recommendation_id(document, paragraph, text, 0);
    return r;
}

class SimilarTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "similar.db");
        model::ImportBatch batch;
        batch.documents = {report("A/HRC/15/2", "KGZ", 1), report("A/HRC/29/4", "KGZ", 2),
                           report("A/HRC/14/10", "KAZ", 1)};
        add(batch, "A/HRC/15/2", "76.1",
            "Investigate all allegations of torture and ill-treatment by law enforcement "
            "officials and bring the perpetrators to justice");
        add(batch, "A/HRC/15/2", "76.2",
            "Guarantee freedom of expression and protect journalists from harassment");
        add(batch, "A/HRC/15/2", "76.3",
            "Adopt a comprehensive law against domestic violence towards women and girls");
        add(batch, "A/HRC/29/4", "117.1",
            "Investigate promptly all allegations of torture and ill-treatment by law "
            "enforcement officers and bring perpetrators to justice");
        add(batch, "A/HRC/29/4", "117.2", "Ensure the independence of the judiciary");
        add(batch, "A/HRC/29/4", "117.3",
            "Guarantee freedom of expression and protect journalists from harassment");
        add(batch, "A/HRC/14/10", "90.1",
            "Investigate allegations of torture in places of detention");
        add(batch, "A/HRC/14/10", "90.2",
            "Ratify the Convention on the Rights of Persons with Disabilities");
        add_common_words(batch);
        store::write(*store_, batch);
        auto searcher = Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_.emplace(searcher.release_value());
    }

    void add(model::ImportBatch& batch, const std::string& document, const std::string& paragraph,
             const std::string& text) {
        batch.recommendations.push_back(recommendation(document, paragraph, text));
        ids_[paragraph] = batch.recommendations.back().id;
    }

    SearchResult similar(const std::string& paragraph, std::vector<FacetSelection> filters = {},
                         bool facets = false) {
        SimilarRequest request{ids_.at(paragraph), std::move(filters), 20, facets};
        auto result = searcher_->similar(request);
        EXPECT_TRUE(result.ok()) << result.error().describe();
        return result.ok() ? result.release_value() : SearchResult{};
    }

    // Sixty recommendations to a third State in words most of the index has, as in real data:
    // "the", "of", "and", "rights".
    void add_common_words(model::ImportBatch& batch) {
        batch.documents.push_back(report("A/HRC/14/9", "UZB", 1));
        const std::vector<std::string> groups = {"children", "migrants", "minorities",
                                                 "refugees", "workers",  "older people"};
        const std::vector<std::string> bodies = {"commission", "council",   "institution", "office",
                                                 "agency",     "committee", "ombudsman",   "board",
                                                 "network",    "forum"};
        int paragraph = 1;
        for (const auto& group : groups)
            for (const auto& body : bodies)
                add(batch, "A/HRC/14/9", "50." + std::to_string(paragraph++),
                    "Strengthen the protection of the rights of " + group +
                        " and the work of the national " + body);
    }

    // Paragraph -> score of each hit, in order.
    static std::vector<std::pair<std::string, double>> scored(const SearchResult& result) {
        std::vector<std::pair<std::string, double>> out;
        for (const auto& hit : result.hits) out.emplace_back(hit.summary->paragraph, hit.score);
        return out;
    }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<Searcher> searcher_;
    std::map<std::string, std::string> ids_;  // By paragraph.
};

TEST_F(SimilarTest, TheNearDuplicateComesFirstWithAScoreCloseToOne) {
    auto hits = scored(similar("76.1"));
    ASSERT_GE(hits.size(), 2u);
    EXPECT_EQ(hits[0].first, "117.1");
    EXPECT_GT(hits[0].second, 0.75);
    EXPECT_LT(hits[0].second, 1.0);
    EXPECT_EQ(hits[1].first, "90.1");  // Allegations of torture, little else.
    EXPECT_LT(hits[1].second, hits[0].second);
    for (const auto& [paragraph, score] : hits) {
        EXPECT_NE(paragraph, "76.1");  // Never itself.
        EXPECT_GT(score, 0.0);
        EXPECT_LE(score, 1.0);
        if (paragraph != "117.1" && paragraph != "90.1") {
            EXPECT_LT(score, 0.2) << paragraph;
        }
    }
    EXPECT_TRUE(std::is_sorted(hits.begin(), hits.end(),
                               [](const auto& a, const auto& b) { return a.second > b.second; }));
}

TEST_F(SimilarTest, TheSameWordsScoreOneAndUnrelatedTextsAreNotListed) {
    auto hits = scored(similar("76.2"));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].first, "117.3");
    EXPECT_NEAR(hits[0].second, 1.0, 1e-9);
    EXPECT_TRUE(scored(similar("90.2")).empty());  // No word in common with any other.
}

TEST_F(SimilarTest, FiltersNarrowTheCandidatesAndFacetsCountThem) {
    EXPECT_EQ(scored(similar("76.1", {{"cycle", {"1"}}})).front().first, "90.1");
    auto kyrgyzstan = similar("76.1", {{"state_under_review", {"KGZ"}}, {"cycle", {"2"}}});
    ASSERT_FALSE(kyrgyzstan.hits.empty());
    EXPECT_EQ(kyrgyzstan.hits.front().summary->paragraph, "117.1");
    for (const auto& hit : kyrgyzstan.hits) EXPECT_EQ(hit.summary->state_under_review, "KGZ");
    EXPECT_TRUE(kyrgyzstan.facets.empty());

    auto counted = similar("76.1", {{"state_under_review", {"KAZ"}}}, true);
    EXPECT_EQ(counted.total, 1u);  // 90.1: 90.2 shares only common words.
    auto facet = std::find_if(counted.facets.begin(), counted.facets.end(),
                              [](const auto& f) { return f.facet == "state_under_review"; });
    ASSERT_NE(facet, counted.facets.end());
    // Disjunctive: the facet's own counts ignore its selection, and count what that value's
    // filter would give.
    std::uint32_t in_kyrgyzstan = similar("76.1", {{"state_under_review", {"KGZ"}}}).total;
    EXPECT_GE(in_kyrgyzstan, 1u);
    std::map<std::string, std::uint32_t> counts;
    for (const auto& value : facet->values) counts[value.value] = value.count;
    EXPECT_EQ(counts, (std::map<std::string, std::uint32_t>{{"KAZ", 1}, {"KGZ", in_kyrgyzstan}}));
}

TEST_F(SimilarTest, SnippetsHighlightTheDistinctiveWordsShared) {
    auto result = similar("76.1", {{"state_under_review", {"KAZ"}}});
    ASSERT_EQ(result.hits.size(), 1u);
    const Snippet& snippet = result.hits[0].snippet;
    std::vector<std::string> words;
    for (const auto& [begin, end] : snippet.highlights)
        words.push_back(snippet.text.substr(begin, end - begin));
    EXPECT_EQ(words, (std::vector<std::string>{"Investigate", "allegations", "torture"}));
}

TEST_F(SimilarTest, AnUnknownIdIsAnErrorNamingIt) {
    auto result = searcher_->similar({"no-such-id", {}, 20, false});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), core::ErrorKind::NotFound);
    EXPECT_NE(result.error().describe().find("no-such-id"), std::string::npos);
    auto filter = searcher_->similar({ids_.at("76.1"), {{"colour", {"red"}}}, 20, false});
    EXPECT_FALSE(filter.ok());
}

// The budget of postings, on an index built here: the rarest terms gather the candidates, and
// the near-duplicate, which has them too, is still found.
TEST(FindSimilar, ThePostingsBudgetKeepsTheRarestTerms) {
    SearchIndex index;
    AnalyzerSet analyzers;
    std::vector<std::string> texts = {"Declare a moratorium on the death penalty",
                                      "Declare a moratorium on the death penalty at once"};
    for (int i = 0; i < 30; ++i)
        texts.push_back("Commute every death penalty handed down in region " + std::to_string(i));
    for (std::size_t i = 0; i < texts.size(); ++i) {
        IndexDocument document;
        document.id = "r" + std::to_string(i);
        analyzers.for_language("en").analyze(texts[i], document.fields[field_index(Field::Text)]);
        index.put(document);
    }
    TextOf text_of = [&](DocId doc) { return DocumentText{texts[doc], "en"}; };
    auto unbounded = find_similar(index, analyzers, text_of, {"r0", {}, 5, false});
    ASSERT_TRUE(unbounded.ok()) << unbounded.error().describe();
    EXPECT_EQ(unbounded->total, 31u);  // "death" and "penalty" gather every other text.
    ASSERT_FALSE(unbounded->hits.empty());
    EXPECT_EQ(index.documents().external_id(unbounded->hits[0].doc), "r1");

    SimilarOptions budget;
    budget.max_postings = 5;  // "declar", "moratorium": two postings each.
    auto bounded = find_similar(index, analyzers, text_of, {"r0", {}, 5, false}, budget);
    ASSERT_TRUE(bounded.ok()) << bounded.error().describe();
    EXPECT_EQ(bounded->total, 1u);
    ASSERT_EQ(bounded->hits.size(), 1u);
    EXPECT_EQ(index.documents().external_id(bounded->hits[0].doc), "r1");
    EXPECT_DOUBLE_EQ(bounded->hits[0].score, unbounded->hits[0].score);
}

}  // namespace
}  // namespace rightstrack::index
