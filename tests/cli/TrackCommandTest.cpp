// `rightstrack track ...` end to end: a plan for imported first-cycle Kyrgyzstan
// recommendations (our own small UPR Info-format fixture) with three ministries, a focal point
// moving its action along, a viewer seeing what is published, denials and bad input with their
// exit codes, and `track audit verify` finding an entry edited behind its back.
#include <nlohmann/json.hpp>

#include "CliTestSupport.h"
#include "store/sqlite/Database.h"

namespace rightstrack::testing {
namespace {

class TrackCommandTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto imported =
            workspace_.import(test_data("../golden/upr-info-csv/two-reviews-two-cycles.input.csv"));
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        auto exported = nlohmann::json::parse("[" + jsonl_as_array() + "]");
        for (const auto& record : exported)
            if (record["document"]["cycle"] == 1)
                first_cycle_.push_back(record["id"]);
        ASSERT_GE(first_cycle_.size(), 2u);
        expect_ok(track("init-admin admin", "admin-password\n"));
        for (const char* code : {"MOJ", "MOH", "MOE"})
            expect_ok(track(std::string("institution add ") + code + " --name 'Ministry " + code +
                            "' --kind ministry --as admin"));
        expect_ok(track("user add secretariat --role coordinator --as admin", "secretariat-pw\n"));
        expect_ok(track("user add aida --role focal_point --institution MOJ --as admin",
                        "aida-password\n"));
        expect_ok(track("user add public --role viewer --as admin", "public-password\n"));
        expect_ok(track("institution add BIRDUINO --name 'Bir Duino' --kind cso --as admin"));
        expect_ok(track("user add monitor --role contributor --institution BIRDUINO --as admin",
                        "monitor-password\n"));
    }

    CommandOutput track(const std::string& arguments, const std::string& input = "") {
        return run_rightstrack("track " + arguments + " --db " + quoted(workspace_.db()), input);
    }

    nlohmann::json track_json(const std::string& arguments) {
        auto result = track(arguments + " --json");
        EXPECT_EQ(result.exit_code, 0) << arguments << ": " << result.err;
        return nlohmann::json::parse(result.out, nullptr, false);
    }

    static void expect_ok(const CommandOutput& result) {
        EXPECT_EQ(result.exit_code, 0) << result.err;
    }

    std::string jsonl_as_array() {
        std::string lines = workspace_.exported("jsonl"), joined;
        for (char c : lines) joined += c == '\n' ? ',' : c;
        while (!joined.empty() && joined.back() == ',') joined.pop_back();
        return joined;
    }

    Workspace workspace_;
    std::vector<std::string> first_cycle_;
};

TEST_F(TrackCommandTest, PlanForFirstCycleRecommendations) {
    auto cluster = track_json("cluster add --title 'Human rights defenders' --recommendation " +
                              first_cycle_[0] + " --as secretariat");
    EXPECT_EQ(cluster["recommendations"].size(), 1u);
    auto action = track_json(
        "action add --title 'Amend the law on NGOs' --lead MOJ --support MOE "
        "--start 2026-01-15 --due 2026-12-31 --budget 250000 --currency KGS "
        "--sdg 16.10 --cluster " +
        cluster["id"].dump() + " --recommendation " + first_cycle_[1] + " --as secretariat");
    std::string id = action["id"].dump();
    EXPECT_EQ(action["status"], "planned");
    EXPECT_EQ(action["lead_institution"], "MOJ");

    EXPECT_EQ(track_json("action status " + id + " in_progress --as aida")["status"],
              "in_progress");
    EXPECT_EQ(track_json("action update " + id + " --due 2027-03-31 --as aida")["due_date"],
              "2027-03-31");
    EXPECT_EQ(track_json("action list --as public").size(), 0u);
    track_json("action publish " + id + " --as secretariat");
    EXPECT_EQ(track_json("action list --as public").size(), 1u);
    EXPECT_EQ(track_json("action status " + id + " completed --as aida")["status"], "completed");

    auto verified = track_json("audit verify");
    EXPECT_EQ(verified["intact"], true);
    // Setup (9), cluster, action, 2 statuses, update, publish.
    EXPECT_EQ(verified["entries"], 15);
}

// A national action plan is imported like any framework (mechanism NAP:<name>, our exchange
// CSV), and one action answers a UPR recommendation and a measure of the plan at once; search
// then finds both by the institution responsible and by how far they are implemented.
TEST_F(TrackCommandTest, NationalActionPlanIsAFrameworkLikeAnyMechanism) {
    const std::string header =
        "id,document,mechanism,state_under_review,cycle,session,paragraph,recommending_states,"
        "response,action_category,issues,themes,affected_persons,sdgs,text,language,"
        "translations,other_labels,response_source,page,importer,importer_version,source_ref,"
        "document_title,document_date,document_language,document_sha256\n";
    const std::string rest = ",en,,,,,,,,National action plan on UNSCR 1325,2022-03-01,en,\n";
    auto plan = workspace_.file(
        "nap.csv",
        header +
            "nap1325-1,NAP/KGZ/1325/2022,NAP:unscr1325-2022-2025,KGZ,,,1.1,,supported,,,,,,"
            "Train police officers on responding to violence against women in conflict areas" +
            rest +
            "nap1325-2,NAP/KGZ/1325/2022,NAP:unscr1325-2022-2025,KGZ,,,1.2,,supported,,,,,,"
            "Set up crisis centres for survivors of gender-based violence in every region" + rest);
    auto imported = workspace_.import(plan);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    auto action = track_json("action add --title 'Police training on gender-based violence' "
                             "--lead MOJ --support MOH --start 2026-02-01 --recommendation "
                             "nap1325-1 --recommendation " +
                             first_cycle_[0] + " --as secretariat");
    const std::string id = action["id"].dump();
    track_json("action status " + id + " in_progress --as aida");
    track_json("action publish " + id + " --as secretariat");

    auto search = workspace_.run("search --facets --json --filter responsible_institutions=MOH");
    ASSERT_EQ(search.exit_code, 0) << search.err;
    auto found = nlohmann::json::parse(search.out);
    EXPECT_EQ(found["total"], 2);
    EXPECT_EQ(found["facets"]["mechanism"]["NAP:unscr1325-2022-2025"], 1);
    EXPECT_EQ(found["facets"]["mechanism"]["UPR"], 1);
    EXPECT_EQ(found["facets"]["implementation_status"]["partially_implemented"], 2);
    // The plan's other measure has no published action: it is not tracked, so not counted.
    auto all = nlohmann::json::parse(workspace_.run("search --facets --json").out);
    EXPECT_EQ(all["facets"]["implementation_status"]["partially_implemented"], 2);
    EXPECT_EQ(all["facets"]["responsible_institutions"]["MOJ"], 2);
}

TEST_F(TrackCommandTest, FullReportingRoundWithThreeMinistries) {
    std::vector<std::string> actions;
    for (const char* lead : {"MOJ", "MOH", "MOE"})
        actions.push_back(track_json(std::string("action add --title 'Measure of ") + lead +
                                     "' --lead " + lead + " --recommendation " + first_cycle_[0] +
                                     " --as secretariat")["id"]
                              .dump());
    for (const auto& id : actions) track_json("action publish " + id + " --as secretariat");
    track_json("action update " + actions[0] +
               " --start 2026-01-01 --report-every 90 --as secretariat");
    track_json("action status " + actions[0] + " in_progress --as aida");

    // An indicator of MOJ's measure, broken down by sex; aida records a value for women.
    auto indicator = track_json("indicator add " + actions[0] +
                                " --name 'Judges trained' --unit persons --baseline 0"
                                " --target 400 --disaggregation sex,region --as secretariat");
    EXPECT_EQ(indicator["disaggregation"], nlohmann::json({"sex", "region"}));
    std::string indicator_id = indicator["id"].dump();
    EXPECT_EQ(track("indicator add " + actions[0] + " --name X --unit persons --as aida").exit_code,
              1);  // Coordinators define indicators.
    auto measured = track_json("indicator measure " + indicator_id +
                               " 120 --unit persons --date 2026-05-31 --source 'Training centre "
                               "register' --for sex=female --as aida");
    EXPECT_EQ(measured["for"]["sex"], "female");
    auto wrong_unit = track("indicator measure " + indicator_id +
                            " 30 --unit percent --date 2026-05-31 --source Register --as aida");
    EXPECT_EQ(wrong_unit.exit_code, 1);
    EXPECT_NE(wrong_unit.err.find("which is measured in 'persons'"), std::string::npos)
        << wrong_unit.err;
    auto listed = track_json("indicator list " + actions[0] + " --as public");
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["baseline"], 0);  // Zero, not missing.
    EXPECT_EQ(listed[0]["target"], 400);
    ASSERT_EQ(listed[0]["measurements"].size(), 1u);
    EXPECT_EQ(listed[0]["measurements"][0]["value"], 120);
    auto history = track_json("audit list --resource indicator:" + indicator_id + " --as admin");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0]["operation"], "indicator.define");
    EXPECT_EQ(history[1]["operation"], "indicator.measure");
    EXPECT_EQ(history[1]["actor"], "aida");
    EXPECT_EQ(track_json("status show " + first_cycle_[0] + " --as public")["status"],
              "partially_implemented");

    auto evidence = workspace_.file("minutes.txt", "Working group minutes, our own text");
    auto report = track_json("report add " + actions[0] +
                             " --from 2026-01-01 --to 2026-06-30 --narrative 'Bill drafted'"
                             " --as aida");
    std::string id = report["id"].dump();
    report = track_json("report edit " + id + " --evidence " + quoted(evidence) + " --as aida");
    EXPECT_EQ(report["evidence"][0]["file_name"], "minutes.txt");
    EXPECT_EQ(report["evidence"][0]["sha256"].get<std::string>().size(), 64u);
    track_json("report submit " + id + " --as aida");
    EXPECT_EQ(track("report approve " + id + " --as aida").exit_code, 1);
    EXPECT_EQ(track_json("report return " + id +
                         " --comment 'Add the bill number' --as "
                         "secretariat")["status"],
              "returned");
    track_json("report edit " + id + " --narrative 'Bill 12-345 drafted' --as aida");
    track_json("report submit " + id + " --as aida");

    // The report for January to June is in: the next is due 90 days after, beside the review.
    track_json(
        "calendar add --kind review --date 2026-09-15 --title 'Fourth review' --state KGZ"
        " --cycle 4 --as secretariat");
    auto due = track_json("deadlines --within 30 --today 2026-09-01 --institution MOJ --as aida");
    ASSERT_EQ(due["reports_due"].size(), 1u);
    EXPECT_EQ(due["reports_due"][0]["date"], "2026-09-28");
    EXPECT_EQ(due["reports_due"][0]["action"].dump(), actions[0]);
    ASSERT_EQ(due["events"].size(), 1u);
    EXPECT_EQ(due["events"][0]["kind"], "review");
    EXPECT_EQ(track("report publish " + id + " --as secretariat").exit_code, 1);  // Not approved.
    track_json("report approve " + id + " --as secretariat");
    EXPECT_EQ(track_json("report list --as public").size(), 0u);
    track_json("report publish " + id + " --as secretariat");
    auto visible = track_json("report list --as public");
    ASSERT_EQ(visible.size(), 1u);
    EXPECT_EQ(visible[0]["narrative"], "Bill 12-345 drafted");

    track_json("action status " + actions[0] + " completed --as aida");
    track_json("action status " + actions[1] + " cancelled --as secretariat");
    track_json("action status " + actions[2] + " in_progress --as secretariat");
    track_json("action status " + actions[2] + " completed --as secretariat");
    EXPECT_EQ(track_json("status show " + first_cycle_[0] + " --as public")["status"],
              "implemented");
    track_json("assessment add " + first_cycle_[0] +
               " partially_implemented --narrative 'Not applied in the regions' --as monitor");
    track_json("status override " + first_cycle_[0] +
               " partially_implemented --reason 'Regional rollout pending' --as secretariat");
    auto status = track_json("status show " + first_cycle_[0] + " --as public");
    EXPECT_EQ(status["derived"], "implemented");
    EXPECT_EQ(status["status"], "partially_implemented");
    auto assessments = track_json("assessment list " + first_cycle_[0] + " --as public");
    ASSERT_EQ(assessments.size(), 1u);
    EXPECT_EQ(assessments[0]["institution"], "BIRDUINO");
    EXPECT_EQ(track_json("audit verify")["intact"], true);
}

TEST_F(TrackCommandTest, DeadlinesPerInstitution) {
    track_json("action add --title 'Overdue' --lead MOJ --due 2026-02-01 --as secretariat");
    track_json("action add --title 'Soon' --lead MOH --due 2026-03-20 --as secretariat");
    track_json("action add --title 'Later' --lead MOJ --due 2026-09-01 --as secretariat");
    auto due = track_json("deadlines --within 30 --today 2026-03-01 --as secretariat");
    ASSERT_EQ(due["overdue"].size(), 1u);
    EXPECT_EQ(due["overdue"][0]["title"], "Overdue");
    ASSERT_EQ(due["due"].size(), 1u);
    EXPECT_EQ(due["due"][0]["title"], "Soon");
    auto moh = track_json("deadlines --within 30 --today 2026-03-01 --institution MOH --as aida");
    EXPECT_EQ(moh["due"].size(), 0u);  // Not aida's institution, not published.
    EXPECT_EQ(moh["overdue"].size(), 0u);

    // Reports owed and calendar events, in JSON and as text lines named by their list.
    track_json(
        "action add --title 'Reported on' --lead MOJ --start 2025-12-01 --report-every 60"
        " --as secretariat");
    track_json(
        "calendar add --kind submission_deadline --date 2026-03-15 --title 'NHRI and CSO"
        " submissions' --state KGZ --cycle 4 --as secretariat");
    track_json(
        "calendar add --kind mid_term_report --date 2026-08-01 --title 'Mid-term report'"
        " --as secretariat");
    EXPECT_EQ(
        track("calendar add --kind review --date 2026-05-01 --title Mine --as aida").exit_code, 1);
    due = track_json("deadlines --within 30 --today 2026-03-01 --as aida");
    ASSERT_EQ(due["reports_overdue"].size(), 1u);
    EXPECT_EQ(due["reports_overdue"][0]["date"], "2026-01-30");
    ASSERT_EQ(due["events"].size(), 1u);
    EXPECT_EQ(due["events"][0]["kind"], "submission_deadline");
    EXPECT_EQ(track_json("calendar list --as public").size(), 2u);
    auto text = track("deadlines --within 30 --today 2026-03-01 --as aida");
    EXPECT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("reports_overdue\t2026-01-30\tReported on\t"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("events\t"), std::string::npos) << text.out;
}

TEST_F(TrackCommandTest, DenialsAndBadInputExitWithOneAndChangeNothing) {
    auto action = track_json("action add --title 'Train police' --lead MOH --as secretariat");
    std::string id = action["id"].dump();
    auto denied = track("action status " + id + " in_progress --as aida");
    EXPECT_EQ(denied.exit_code, 1);
    EXPECT_NE(
        denied.err.find("user 'aida' (focal_point) may not action.set_status on action:" + id),
        std::string::npos)
        << denied.err;
    auto backwards =
        track("action update " + id + " --start 2026-05-01 --due 2026-04-01 --as secretariat");
    EXPECT_EQ(backwards.exit_code, 1);
    EXPECT_NE(backwards.err.find("due date 2026-04-01 is before start date 2026-05-01"),
              std::string::npos)
        << backwards.err;
    auto illegal = track("action status " + id + " completed --as secretariat");
    EXPECT_EQ(illegal.exit_code, 1);
    EXPECT_NE(illegal.err.find("cannot go from planned to completed"), std::string::npos);
    auto unknown = track("action link " + id + " --recommendation nosuchid --as secretariat");
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_NE(unknown.err.find("no recommendation with id 'nosuchid'"), std::string::npos);
    EXPECT_EQ(track("action list").exit_code, 2);  // --as missing
    auto kind = track("institution add MFA --name 'Foreign Affairs' --kind embassy --as admin");
    EXPECT_EQ(kind.exit_code, 2);
    EXPECT_NE(kind.err.find("unknown institution kind 'embassy' (ministry, court, prosecution, "
                            "police, nhri, cso or other)"),
              std::string::npos)
        << kind.err;
    EXPECT_EQ(track_json("action show " + id + " --as secretariat"), action);
    EXPECT_EQ(track_json("audit verify")["entries"], 10);  // Setup (9) and the action.
    EXPECT_EQ(track("init-admin intruder", "intruder-password\n").exit_code, 1);
}

TEST_F(TrackCommandTest, AuditVerifyNamesTheFirstTamperedEntry) {
    {
        auto db = store::sqlite::Database::open(workspace_.db().string(),
                                                store::sqlite::OpenMode::ReadWrite);
        ASSERT_TRUE(db.ok()) << db.error().describe();
        ASSERT_TRUE((*db)->execute("DROP TRIGGER audit_log_no_update").ok());
        ASSERT_TRUE(
            (*db)->execute("UPDATE audit_log SET actor = 'someone' WHERE sequence = 3").ok());
    }
    auto result = track("audit verify");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("audit chain broken at entry 3 of 9"), std::string::npos)
        << result.err;
}

TEST_F(TrackCommandTest, AuditVerifyWithARecordedHeadSeesTheEndCutOff) {
    const std::string head = track_json("audit verify")["head"];
    track_json("institution add MOF --name 'Ministry of Finance' --kind ministry --as admin");
    EXPECT_EQ(track_json("audit verify --head " + head)["intact"], true);
    {
        auto db = store::sqlite::Database::open(workspace_.db().string(),
                                                store::sqlite::OpenMode::ReadWrite);
        ASSERT_TRUE(db.ok()) << db.error().describe();
        ASSERT_TRUE((*db)->execute("DROP TRIGGER audit_log_no_delete").ok());
        ASSERT_TRUE((*db)->execute("DELETE FROM audit_log WHERE sequence >= 8").ok());
    }
    EXPECT_EQ(track("audit verify").exit_code, 0);  // What is left holds together.
    auto result = track("audit verify --head " + head);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("cut off"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace rightstrack::testing
