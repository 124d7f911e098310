// `rightstrack search` end to end: the JSON shape DESIGN.md fixes, filters and facets, snippets
// with their highlights, --similar, and a malformed query refused with its place shown.
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

    // The second page of one hit each is the other hit.
    auto first = json::parse(workspace.run("search torture --json --limit 1").out);
    auto second = json::parse(workspace.run("search torture --json --limit 1 --offset 1").out);
    ASSERT_EQ(first["hits"].size(), 1u);
    ASSERT_EQ(second["hits"].size(), 1u);
    EXPECT_EQ(second["total"], 2);
    EXPECT_NE(first["hits"][0]["id"], second["hits"][0]["id"]);
    EXPECT_EQ(workspace.run("search --similar x --offset 1").exit_code, 2);
}

// The reviews, and Kyrgyzstan's second cycle repeating its first-cycle recommendation in other
// capitals and with a full stop.
std::string two_cycles() {
    return reviews() +
           "4,21,2,Kyrgyzstan,Norway,Accepted,5,Torture and other CID treatment,"
           "Establish a National Preventive Mechanism against torture.\n";
}

TEST(SearchCommand, HitsCarryASnippetWithTheirMatchesHighlighted) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("reviews.csv", reviews())).exit_code, 0);
    auto searched = workspace.run(
        "search 'tortur* OR \"national preventive\"' --filter state_under_review=KGZ --json");
    ASSERT_EQ(searched.exit_code, 0) << searched.err;
    auto out = json::parse(searched.out);
    ASSERT_EQ(out["hits"].size(), 1u);
    const auto& snippet = out["hits"][0]["snippet"];
    const std::string text = snippet["text"];
    EXPECT_EQ(text, out["hits"][0]["text"]);  // Short: whole.
    std::vector<std::string> words;
    for (const auto& range : snippet["highlights"]) {
        size_t begin = range[0], end = range[1];
        words.push_back(text.substr(begin, end - begin));
    }
    EXPECT_EQ(words, (std::vector<std::string>{"national", "preventive", "torture"}));

    auto printed = workspace.run("search torture --filter state_under_review=KAZ");
    EXPECT_NE(printed.out.find("Investigate every allegation of «torture» by the police"),
              std::string::npos)
        << printed.out;
}

TEST(SearchCommand, SimilarListsTheRecommendationsMostLikeOne) {
    Workspace workspace;
    ASSERT_EQ(workspace.import(workspace.file("reviews.csv", two_cycles())).exit_code, 0);
    auto first = json::parse(workspace.run("search preventive --filter cycle=1 --json").out);
    ASSERT_EQ(first["hits"].size(), 1u);
    const std::string id = first["hits"][0]["id"];

    auto result = workspace.run("search --similar " + id + " --json");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    auto out = json::parse(result.out);
    ASSERT_GE(out["hits"].size(), 1u);
    EXPECT_NE(out["hits"][0]["text"].get<std::string>().find("National Preventive"),
              std::string::npos);
    EXPECT_NEAR(out["hits"][0]["score"].get<double>(), 1.0, 1e-9);
    EXPECT_TRUE(out["hits"][0].contains("snippet"));
    EXPECT_FALSE(out.contains("facets"));
    for (const auto& hit : out["hits"]) EXPECT_NE(hit["id"], id);

    auto same_cycle = json::parse(
        workspace.run("search --similar " + id + " --filter cycle=1 --facets --json").out);
    for (const auto& hit : same_cycle["hits"])
        EXPECT_EQ(hit["text"].get<std::string>().find("National Preventive"), std::string::npos);
    EXPECT_TRUE(same_cycle.contains("facets"));

    auto unknown = workspace.run("search --similar no-such-recommendation");
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("no-such-recommendation"), std::string::npos) << unknown.err;
    EXPECT_EQ(workspace.run("search torture --similar " + id).exit_code, 2);
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
