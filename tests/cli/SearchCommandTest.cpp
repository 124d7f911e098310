// `rightstrack search` end to end: the JSON shape DESIGN.md fixes, filters and facets, and a
// malformed query refused with its place shown.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/CliTestSupport.h"

namespace rightstrack::testing {
namespace {

using nlohmann::json;

std::string reviews() {
    return "id,session,cycle,state_under_review,recommending_state,response,action_category,"
           "issues,text\n"
           "1,8,1,Kyrgyzstan,Norway,Accepted,5,Torture and other CID treatment,"
           "Establish a national preventive mechanism against torture\n"
           "2,8,1,Kyrgyzstan,Russian Federation,Noted,3,Freedom of the press,"
           "Consider decriminalising defamation of journalists\n"
           "3,7,1,Kazakhstan,Germany,Accepted,4,Torture and other CID treatment,"
           "Investigate every allegation of torture by the police\n";
}

TEST(SearchCommand, PrintsHitsAndFacetsAsJson) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("reviews.csv", reviews())).exit_code, 0);
    auto result = workspace.run("search torture --filter state_under_review=KGZ "
                                "--filter state_under_review=KAZ --facets --json");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto out = json::parse(result.out);
    EXPECT_EQ(out["total"], 2);
    ASSERT_EQ(out["hits"].size(), 2u);
    for (const auto& hit : out["hits"]) {
        EXPECT_TRUE(hit.contains("id"));
        EXPECT_TRUE(hit["score"].get<double>() > 0);
        EXPECT_NE(hit["text"].get<std::string>().find("torture"), std::string::npos);
    }
    EXPECT_EQ(out["facets"]["state_under_review"], json({{"KAZ", 1}, {"KGZ", 1}}));
    EXPECT_EQ(out["facets"]["issues"], json({{"Torture and other CID treatment", 2}}));

    auto narrowed = json::parse(
        workspace.run("search torture --filter recommending_states=DEU --json --limit 1").out);
    EXPECT_EQ(narrowed["total"], 1);
    EXPECT_FALSE(narrowed.contains("facets"));
}

TEST(SearchCommand, AMalformedQueryIsRefusedWithACaretUnderItsPlace) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("reviews.csv", reviews())).exit_code, 0);
    auto result = workspace.run("search '\"national preventive'");
    EXPECT_NE(result.exit_code, 0);
    EXPECT_NE(result.err.find("unclosed quote opened at column 1"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("\"national preventive\n^"), std::string::npos) << result.err;
    auto filter = workspace.run("search torture --filter state");
    EXPECT_NE(filter.exit_code, 0);
    EXPECT_NE(filter.err.find("not FIELD=VALUE"), std::string::npos) << filter.err;
}

}  // namespace
}  // namespace rightstrack::testing
