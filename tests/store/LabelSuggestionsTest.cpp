// Label suggestions in the store (migration 0007): kept apart from confirmed labels, a newer
// pending suggestion replacing an older one of its kind, labels people turned down never stored
// again, and reviews that confirm labels all together or not at all.
#include <gtest/gtest.h>

#include "StoreTestSupport.h"

namespace rightstrack::store {
namespace {

using model::ReviewAction;
using model::SuggestionState;

model::ImportBatch report() {
    model::ImportBatch batch;
    model::Document d;
    d.symbol = "A/HRC/99/1";
    d.state = "KGZ";
    d.session = 40;
    d.cycle = 3;
    d.language = "en";
    batch.documents = {d};
    for (const auto& [paragraph, text] : std::vector<std::pair<std::string, std::string>>{
             {"10.1", "Ratify the Optional Protocol to the Convention against Torture"},
             {"10.2", "Abolish the death penalty in law"}}) {
        model::Recommendation r;
        r.document = d.symbol;
        r.paragraph = paragraph;
        r.text = text;
        r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
        r.recommending_states = {"NOR"};
        r.response_source = d.symbol;
        r.provenance.importer = "test";
        batch.recommendations.push_back(r);
    }
    return batch;
}

model::LabelSuggestion suggestion(const std::string& recommendation, std::string taxonomy,
                                  std::string code, double confidence) {
    model::LabelSuggestion s;
    s.recommendation = recommendation;
    s.label = {std::move(taxonomy), std::move(code)};
    s.confidence = confidence;
    s.model = "test-model";
    s.model_version = 1;
    return s;
}

class LabelSuggestionsTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = open_store(dir_, "store.db");
        auto batch = report();
        write(*store_, batch);
        first_ = batch.recommendations[0].id;
        second_ = batch.recommendations[1].id;
    }

    std::vector<model::LabelSuggestion> listed(std::optional<SuggestionState> state = {}) {
        auto list = store_->suggestions({state, "", 0});
        EXPECT_TRUE(list.ok()) << list.error().describe();
        return list.ok() ? *list : std::vector<model::LabelSuggestion>{};
    }

    model::Recommendation stored(const std::string& id) {
        auto found = store_->recommendation(id);
        EXPECT_TRUE(found.ok()) << found.error().describe();
        return found.ok() ? found->recommendation : model::Recommendation{};
    }

    testing::TempDir dir_;
    std::unique_ptr<Store> store_;
    std::string first_, second_;
};

TEST_F(LabelSuggestionsTest, SuggestionsAreStoredApartFromConfirmedLabels) {
    auto write = store_->save_suggestions(
        {suggestion(first_, "issues", "International instruments", 0.9),
         suggestion(first_, "issues", "Torture and other CID treatment", 0.7),
         suggestion(first_, "action_categories", "5", 0.95)});
    ASSERT_TRUE(write.ok()) << write.error().describe();
    EXPECT_EQ(write->stored, 3);
    auto list = listed();
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].recommendation, first_);
    EXPECT_EQ(list[0].label.code, "International instruments");
    EXPECT_DOUBLE_EQ(list[0].confidence, 0.9);
    EXPECT_EQ(list[0].model, "test-model");
    EXPECT_EQ(list[0].model_version, 1);
    EXPECT_EQ(list[0].state, SuggestionState::Pending);
    EXPECT_EQ(list[0].created.size(), 20u);  // 2026-11-22T10:00:00Z
    EXPECT_TRUE(stored(first_).labels.empty());
    EXPECT_FALSE(stored(first_).action_category);
}

TEST_F(LabelSuggestionsTest, ANewerSuggestionReplacesThePendingOnesOfItsKindOnly) {
    ASSERT_TRUE(store_
                    ->save_suggestions({suggestion(first_, "issues", "Justice", 0.4),
                                        suggestion(first_, "action_categories", "4", 0.5)})
                    .ok());
    auto again = store_->save_suggestions({suggestion(first_, "issues", "Death penalty", 0.6)});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->replaced, 1);
    auto list = listed();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].label.code, "4");
    EXPECT_EQ(list[1].label.code, "Death penalty");
}

TEST_F(LabelSuggestionsTest, AcceptingAndCorrectingConfirmTheLabelRejectingRemembers) {
    ASSERT_TRUE(store_
                    ->save_suggestions({suggestion(first_, "issues", "Justice", 0.4),
                                        suggestion(first_, "issues", "Death penalty", 0.3),
                                        suggestion(second_, "action_categories", "4", 0.5),
                                        suggestion(second_, "issues", "Women's rights", 0.2)})
                    .ok());
    auto before = store_->change_sequence();
    auto ids = listed();
    auto summary =
        store_->review_suggestions({{ids[0].id, ReviewAction::Accept, ""},
                                    {ids[1].id, ReviewAction::Reject, ""},
                                    {ids[2].id, ReviewAction::Correct, "5"},
                                    {ids[3].id, ReviewAction::Correct, "Death penalty"}});
    ASSERT_TRUE(summary.ok()) << summary.error().describe();
    EXPECT_EQ(summary->accepted, 1);
    EXPECT_EQ(summary->rejected, 1);
    EXPECT_EQ(summary->corrected, 2);
    EXPECT_EQ(stored(first_).labels, (std::vector<model::LabelRef>{{"issues", "Justice"}}));
    EXPECT_EQ(stored(second_).action_category, 5);
    EXPECT_EQ(stored(second_).labels, (std::vector<model::LabelRef>{{"issues", "Death penalty"}}));
    auto after = listed();
    EXPECT_EQ(after[1].state, SuggestionState::Rejected);
    EXPECT_EQ(after[2].state, SuggestionState::Corrected);
    EXPECT_EQ(after[2].corrected_to, "5");
    EXPECT_FALSE(after[2].reviewed.empty());
    EXPECT_TRUE(listed(SuggestionState::Pending).empty());
    // The confirmed labels reach readers of the change feed (the search index).
    std::vector<std::string> changed;
    auto seen = store_->scan_changes(
        *before, {[&](const model::Recommendation& r, const model::Document&) -> core::Status {
                      changed.push_back(r.id);
                      return {};
                  },
                  [](const std::string&) -> core::Status { return {}; }});
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(changed.size(), 2u);

    // Rejected and corrected labels are never stored again for that recommendation.
    auto again = store_->save_suggestions({suggestion(first_, "issues", "Death penalty", 0.8),
                                           suggestion(second_, "issues", "Women's rights", 0.8),
                                           suggestion(second_, "issues", "Justice", 0.8)});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->refused, 2);
    EXPECT_EQ(again->stored, 1);
}

// People's work survives the source's: importing a corrected version of the report (texts
// rewritten, no labels) keeps the labels and category they confirmed, beside the source's own.
TEST_F(LabelSuggestionsTest, ReviewedLabelsSurviveAReimportThatRewritesTheRecommendation) {
    ASSERT_TRUE(store_
                    ->save_suggestions({suggestion(first_, "issues", "Justice", 0.4),
                                        suggestion(first_, "action_categories", "4", 0.5),
                                        suggestion(second_, "issues", "Death penalty", 0.3)})
                    .ok());
    auto ids = listed();
    ASSERT_TRUE(store_
                    ->review_suggestions({{ids[0].id, ReviewAction::Accept, ""},
                                          {ids[1].id, ReviewAction::Correct, "5"},
                                          {ids[2].id, ReviewAction::Reject, ""}})
                    .ok());

    auto corrected = report();
    for (auto& r : corrected.recommendations) r.text += " (corrected)";
    corrected.recommendations[0].labels = {{"issues", "Torture and other CID treatment"}};
    auto summary = store_->write(corrected, Commit::Yes, nullptr);
    ASSERT_TRUE(summary.ok()) << summary.error().describe();
    EXPECT_EQ(summary->updated, 2);

    auto first = stored(first_);
    EXPECT_NE(first.text.find("(corrected)"), std::string::npos);
    EXPECT_EQ(first.labels,
              (std::vector<model::LabelRef>{{"issues", "Justice"},
                                            {"issues", "Torture and other CID treatment"}}));
    EXPECT_EQ(first.action_category, 5);
    // A rejected suggestion gives nothing back.
    EXPECT_TRUE(stored(second_).labels.empty());
    EXPECT_FALSE(stored(second_).action_category);

    // A category the source gives wins over the reviewed one.
    corrected.recommendations[0].text += ".";
    corrected.recommendations[0].action_category = 2;
    ASSERT_TRUE(store_->write(corrected, Commit::Yes, nullptr).ok());
    EXPECT_EQ(stored(first_).action_category, 2);
}

TEST_F(LabelSuggestionsTest, ABadReviewChangesNothingAndNamesTheCulprit) {
    ASSERT_TRUE(store_
                    ->save_suggestions({suggestion(first_, "issues", "Justice", 0.4),
                                        suggestion(second_, "issues", "Death penalty", 0.3)})
                    .ok());
    auto ids = listed();
    auto expect_refused = [&](std::vector<model::SuggestionReview> reviews,
                              const std::string& words) {
        auto summary = store_->review_suggestions(reviews);
        ASSERT_FALSE(summary.ok());
        EXPECT_NE(summary.error().describe().find(words), std::string::npos)
            << summary.error().describe();
        EXPECT_EQ(listed(SuggestionState::Pending).size(), 2u);
        EXPECT_TRUE(stored(first_).labels.empty());
    };
    expect_refused({{ids[0].id, ReviewAction::Accept, ""}, {9999, ReviewAction::Accept, ""}},
                   "no suggestion 9999");
    expect_refused({{ids[0].id, ReviewAction::Accept, ""},
                    {ids[1].id, ReviewAction::Correct, "Capital punishment"}},
                   "'Capital punishment' is not a label of the taxonomy issues");
    expect_refused({{ids[0].id, ReviewAction::Accept, ""}, {ids[0].id, ReviewAction::Reject, ""}},
                   "reviewed twice");
    ASSERT_TRUE(store_->review_suggestions({{ids[1].id, ReviewAction::Reject, ""}}).ok());
    auto twice = store_->review_suggestions({{ids[1].id, ReviewAction::Accept, ""}});
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().message().find("already rejected"), std::string::npos);
}

TEST_F(LabelSuggestionsTest, AnUnknownRecommendationOrLabelStoresNothing) {
    auto unknown = store_->save_suggestions({suggestion(first_, "issues", "Justice", 0.4),
                                             suggestion("NOSUCHID", "issues", "Justice", 0.4)});
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message().find("NOSUCHID"), std::string::npos);
    auto label = store_->save_suggestions({suggestion(first_, "issues", "Astronomy", 0.4)});
    ASSERT_FALSE(label.ok());
    EXPECT_NE(label.error().message().find("issues:Astronomy"), std::string::npos);
    EXPECT_TRUE(listed().empty());
    auto missing = store_->recommendation("NOSUCHID");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), core::ErrorKind::NotFound);
}

}  // namespace
}  // namespace rightstrack::store
