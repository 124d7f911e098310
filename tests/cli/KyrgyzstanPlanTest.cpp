// The scenario on the real document: Kyrgyzstan's first-cycle UPR Working Group report
// (A/HRC/15/2, 2010) imported from its PDF, a plan with three ministries answering its
// recommendations on torture, education and health, and a full reporting round (a focal point
// submits, the secretariat returns, the focal point resubmits, the secretariat approves and
// publishes) until the public reads the report and search counts the ministries' work.
#include <map>
#include <nlohmann/json.hpp>

#include "CliTestSupport.h"

namespace rightstrack::testing {
namespace {

class KyrgyzstanPlanTest : public ::testing::Test {
protected:
    CommandOutput track(const std::string& arguments, const std::string& input = "") {
        return run_rightstrack("track " + arguments + " --db " + quoted(workspace_.db()), input);
    }
    nlohmann::json track_json(const std::string& arguments, const std::string& input = "") {
        auto result = track(arguments + " --json", input);
        EXPECT_EQ(result.exit_code, 0) << arguments << ": " << result.err;
        return nlohmann::json::parse(result.out, nullptr, false);
    }
    // The first imported recommendation whose text contains `word`.
    std::string recommendation_about(const std::string& word) {
        std::string lines = workspace_.exported("jsonl");
        std::size_t start = 0;
        while (start < lines.size()) {
            std::size_t end = lines.find('\n', start);
            auto record = nlohmann::json::parse(lines.substr(start, end - start));
            if (record["text"].get<std::string>().find(word) != std::string::npos)
                return record["id"];
            start = end == std::string::npos ? lines.size() : end + 1;
        }
        ADD_FAILURE() << "no recommendation about " << word;
        return "";
    }

    Workspace workspace_;
};

TEST_F(KyrgyzstanPlanTest, APlanForTheFirstCycleThroughAFullReportingRound) {
    const auto pdf = shared_data("un-reports/upr-wg-cycle1/kyrgysztan2010.pdf");
    RIGHTSTRACK_REQUIRE_DATA(pdf);
    auto imported = workspace_.import(pdf);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const auto torture = recommendation_about("torture");
    const auto education = recommendation_about("education");
    const auto health = recommendation_about("health");

    track_json("init-admin admin", "admin-password\n");
    const std::vector<std::pair<std::string, std::string>> ministries = {
        {"MOJ", "torture"}, {"MOES", "education"}, {"MOH", "health"}};
    for (const auto& [code, focal] : ministries) {
        track_json("institution add " + code + " --name 'Ministry " + code + "' --as admin");
        track_json("user add " + focal + "-focal --role focal_point --institution " + code +
                       " --as admin",
                   focal + "-password\n");
    }
    track_json("user add nmirf --role coordinator --as admin", "nmirf-password\n");
    track_json("user add public --role viewer --as admin", "public-password\n");

    std::map<std::string, std::string> action_of;
    for (const auto& [code, focal] : ministries) {
        const auto& recommendation =
            focal == "torture" ? torture : focal == "education" ? education : health;
        auto action = track_json("action add --title 'Plan measure on " + focal + "' --lead " +
                                 code + " --start 2026-01-01 --due 2027-12-31 --recommendation " +
                                 recommendation + " --as nmirf");
        action_of[focal] = action["id"].dump();
        track_json("action publish " + action_of[focal] + " --as nmirf");
        track_json("action status " + action_of[focal] + " in_progress --as " + focal + "-focal");
    }
    // A focal point acts for its own ministry only.
    EXPECT_EQ(track("action status " + action_of["health"] + " completed --as torture-focal")
                  .exit_code,
              1);

    // The Ministry of Justice's report: submitted, returned, resubmitted, approved, published.
    const std::string as_focal = " --as torture-focal";
    auto report = track_json("report add " + action_of["torture"] +
                             " --from 2026-01-01 --to 2026-06-30 --narrative 'Draft law on the"
                             " national preventive mechanism'" + as_focal);
    const std::string id = report["id"].dump();
    track_json("report submit " + id + as_focal);
    EXPECT_EQ(track_json("report return " + id + " --comment 'Cite the draft law' --as nmirf")
                  ["status"],
              "returned");
    track_json("report edit " + id + " --narrative 'Draft law 6-2026 submitted'" + as_focal);
    track_json("report submit " + id + as_focal);
    EXPECT_EQ(track("report list --as public").out.find("6-2026"), std::string::npos);
    track_json("report approve " + id + " --as nmirf");
    EXPECT_EQ(track_json("report publish " + id + " --as nmirf")["status"], "published");
    EXPECT_NE(track("report list --as public --json").out.find("Draft law 6-2026"),
              std::string::npos);

    track_json("action status " + action_of["torture"] + " completed --as torture-focal");
    EXPECT_EQ(track_json("status show " + torture + " --as public")["status"], "implemented");
    auto search = workspace_.run("search --facets --json --filter state_under_review=KGZ");
    ASSERT_EQ(search.exit_code, 0) << search.err;
    auto facets = nlohmann::json::parse(search.out)["facets"];
    EXPECT_EQ(facets["responsible_institutions"].size(), 3u) << facets;
    EXPECT_EQ(facets["implementation_status"]["implemented"], 1);
    EXPECT_TRUE(track_json("audit verify")["intact"]);
}

}  // namespace
}  // namespace rightstrack::testing
