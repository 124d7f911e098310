// Response statements and descriptions as values: which statement answers a paragraph, the
// report an addendum belongs to, when two sources give one recommendation and what a
// description adds to it.
#include "model/ResponseStatement.h"

#include <gtest/gtest.h>

namespace rightstrack::model {
namespace {

ResponseStatement statement(std::string paragraph, Response response, std::string source) {
    return {"A/HRC/44/9", std::move(paragraph), response, std::move(source), std::nullopt};
}

TEST(ReportResponses, FindsTheParagraphOrItsNumberAloneAndTheLatestSource) {
    ReportResponses responses({statement("114.1", Response::Supported, "A/HRC/44/9/Add.1"),
                               statement("114.1", Response::Noted, "A/HRC/44/9/Add.1/Corr.1"),
                               statement("7", Response::Noted, "A/HRC/44/9/Add.1")});
    ASSERT_NE(responses.find("114.1"), nullptr);
    EXPECT_EQ(responses.find("114.1")->source, "A/HRC/44/9/Add.1/Corr.1");
    ASSERT_NE(responses.find("114.7"), nullptr) << "the addendum counts 1 to n";
    EXPECT_EQ(responses.find("114.7")->response, Response::Noted);
    EXPECT_EQ(responses.find("114.2"), nullptr);
    EXPECT_EQ(responses.find(""), nullptr);
}

TEST(ReportResponses, NamesTheReportOfAnAddendum) {
    EXPECT_EQ(report_of_addendum("A/HRC/28/15/Add.1"), "A/HRC/28/15");
    EXPECT_EQ(report_of_addendum("A/HRC/28/15/Add.1/Corr.1"), "A/HRC/28/15");
    EXPECT_EQ(report_of_addendum("A/HRC/28/15"), "A/HRC/28/15");
}

Recommendation item(std::string paragraph, std::vector<std::string> states) {
    Recommendation r;
    r.document = "A/HRC/44/9";
    r.paragraph = std::move(paragraph);
    r.recommending_states = std::move(states);
    return r;
}

TEST(Descriptions, AreOneRecommendationWithTheSameParagraphAndAStateInCommon) {
    EXPECT_TRUE(same_recommendation(item("114.2", {"ESP"}), item("114.2", {"ESP", "BEL"})));
    EXPECT_FALSE(same_recommendation(item("114.2", {"ESP"}), item("114.2", {"BEL"})));
    EXPECT_FALSE(same_recommendation(item("114.2", {"ESP"}), item("114.3", {"ESP"})));
    EXPECT_FALSE(same_recommendation(item("", {"ESP"}), item("", {"ESP"})));
    EXPECT_TRUE(same_recommendation(item("13 (a)", {}), item("13 (a)", {})));
}

TEST(Descriptions, AddTheirLabelsAndTheirPositionOnlyWhereTheOwnRecordHasNone) {
    auto own = item("114.2", {"ESP"});
    own.labels = {{"issues", "Justice"}};
    auto description = item("114.2", {"ESP", "BEL"});
    description.labels = {{"themes", "A12"}, {"issues", "Justice"}};
    description.response = Response::Supported;
    description.response_source = "A/HRC/44/9/Add.1";
    merge_description(own, description);
    EXPECT_EQ(own.labels, (std::vector<LabelRef>{{"issues", "Justice"}, {"themes", "A12"}}));
    EXPECT_EQ(own.response, Response::Supported);
    EXPECT_EQ(own.recommending_states, (std::vector<std::string>{"ESP"}));
    description.response = Response::Noted;
    merge_description(own, description);
    EXPECT_EQ(own.response, Response::Supported) << "an answered record keeps its answer";
}

}  // namespace
}  // namespace rightstrack::model
