// Progress reports: every workflow transition (legal ones move the report and are audited,
// illegal ones are errors that change nothing), editing only while draft or returned, a
// comment required to return, evidence kept under its SHA-256, and published reports only for
// the public.
#include <algorithm>
#include <filesystem>

#include "TrackTestSupport.h"
#include "core/Hash.h"
#include "track/ReportWorkflow.h"

namespace rightstrack::track {
namespace {

using model::ReportStatus;

constexpr ReportStatus kStatuses[] = {ReportStatus::Draft, ReportStatus::Submitted,
                                      ReportStatus::Approved, ReportStatus::Returned,
                                      ReportStatus::Published};

class ReportWorkflowTest : public TrackTest {
protected:
    // Asks the service to move report `id` to `to`, as the coordinator.
    core::Result<model::ProgressReport> move(int64_t id, ReportStatus to) {
        switch (to) {
        case ReportStatus::Submitted: return reports().submit("coordinator", id);
        case ReportStatus::Approved: return reports().approve("coordinator", id);
        case ReportStatus::Returned: return reports().send_back("coordinator", id, "More, please");
        case ReportStatus::Published: return reports().publish("coordinator", id);
        case ReportStatus::Draft: break;
        }
        // Nothing leads back to draft: a returned report is edited and submitted again.
        return core::Error::invalid_input("a report cannot go back to draft");
    }
};

TEST_F(ReportWorkflowTest, EveryTransitionLegalOrRefused) {
    auto action = make_action("MOJ");
    int legal = 0;
    for (ReportStatus from : kStatuses) {
        for (ReportStatus to : kStatuses) {
            SCOPED_TRACE(std::string(model::report_status_code(from)) + " -> " +
                         std::string(model::report_status_code(to)));
            auto report = report_in(action.id, from);
            int64_t entries = audit_entries();
            auto result = move(report.id, to);
            if (is_legal_report_transition(from, to)) {
                ++legal;
                ASSERT_TRUE(result.ok()) << result.error().describe();
                EXPECT_EQ(result->status, to);
                EXPECT_EQ(audit_entries(), entries + 1);
                continue;
            }
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().kind(), core::ErrorKind::InvalidInput);
            EXPECT_EQ(value_of(reports().get("coordinator", report.id)), report);
            EXPECT_EQ(audit_entries(), entries);
        }
    }
    // draft, returned -> submitted; submitted -> approved, returned; approved -> published.
    EXPECT_EQ(legal, 5);
}

TEST_F(ReportWorkflowTest, FocalPointReportsOnlyOnItsOwnActions) {
    auto own = make_action("MOJ");
    auto other = make_action("MOH");
    auto report =
        value_of(reports().create("focal", own.id, "2026-01-01", "2026-03-31", "Bill drafted."));
    EXPECT_EQ(report.author, "focal");
    EXPECT_EQ(report.status, ReportStatus::Draft);
    report = value_of(reports().submit("focal", report.id));
    auto approve = reports().approve("focal", report.id);
    ASSERT_FALSE(approve.ok());
    EXPECT_EQ(approve.error().kind(), core::ErrorKind::PermissionDenied);
    auto elsewhere = reports().create("focal", other.id, "2026-01-01", "2026-03-31", "Nothing");
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().message(),
              "user 'focal' (focal_point) may not report.create on reports of action:" +
                  std::to_string(other.id));
}

TEST_F(ReportWorkflowTest, EditsOnlyWhileDraftOrReturnedAndKeepsEvidenceBySha256) {
    auto action = make_action("MOJ");
    auto report = report_in(action.id, ReportStatus::Draft);
    std::string bytes = "Minutes of the working group, 3 March 2026";
    report = value_of(reports().edit("focal", report.id, "Working group met twice.",
                                     {{"/home/aida/minutes.txt", bytes}}));
    ASSERT_EQ(report.evidence.size(), 1u);
    EXPECT_EQ(report.evidence[0].file_name, "minutes.txt");
    EXPECT_EQ(report.evidence[0].sha256, core::sha256_hex(bytes));
    EXPECT_EQ(report.evidence[0].size, static_cast<int64_t>(bytes.size()));
    EXPECT_EQ(testing::read_file(dir_ / "evidence" / report.evidence[0].sha256), bytes);

    report = value_of(reports().submit("focal", report.id));
    int64_t entries = audit_entries();
    auto frozen = reports().edit("focal", report.id, "Changed after submission", {});
    ASSERT_FALSE(frozen.ok());
    EXPECT_EQ(frozen.error().describe(),
              "report:" + std::to_string(report.id) + ": a submitted report cannot be edited");
    EXPECT_EQ(audit_entries(), entries);

    auto no_comment = reports().send_back("coordinator", report.id, "");
    ASSERT_FALSE(no_comment.ok());
    EXPECT_NE(no_comment.error().message().find("needs a comment"), std::string::npos);
    report = value_of(reports().send_back("coordinator", report.id, "Attach the draft law."));
    EXPECT_EQ(report.review_comment, "Attach the draft law.");
    report =
        value_of(reports().edit("focal", report.id, std::nullopt, {{"draft-law.txt", "Art. 1"}}));
    EXPECT_EQ(report.evidence.size(), 2u);
    EXPECT_EQ(value_of(reports().submit("focal", report.id)).status, ReportStatus::Submitted);
}

// The names of the files in the evidence folder, sorted; none when it does not exist.
std::vector<std::string> evidence_folder(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    if (std::filesystem::exists(folder))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST_F(ReportWorkflowTest, FailedEditsLeaveNoEvidenceFileBehind) {
    auto report = report_in(make_action("MOJ").id, ReportStatus::Submitted);
    auto frozen = reports().edit("focal", report.id, std::nullopt, {{"a.txt", "Not kept, 1"}});
    ASSERT_FALSE(frozen.ok());
    auto denied = reports().edit("viewer", report.id, std::nullopt, {{"b.txt", "Not kept, 2"}});
    ASSERT_FALSE(denied.ok());
    auto unknown = reports().edit("focal", 999, std::nullopt, {{"c.txt", "Not kept, 3"}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(evidence_folder(dir_ / "evidence"), std::vector<std::string>{});

    // A successful edit leaves the file under its SHA-256 and nothing else; the same bytes
    // attached again are kept once.
    auto draft = report_in(make_action("MOJ").id, ReportStatus::Draft);
    ASSERT_OK(reports().edit("focal", draft.id, std::nullopt, {{"kept.txt", "Kept"}}));
    ASSERT_OK(reports().edit("focal", draft.id, std::nullopt, {{"again.txt", "Kept"}}));
    EXPECT_EQ(evidence_folder(dir_ / "evidence"),
              std::vector<std::string>{core::sha256_hex("Kept")});
}

TEST_F(ReportWorkflowTest, RefusesPeriodsOutOfOrderAndUnknownActions) {
    auto action = make_action("MOJ");
    auto backwards = reports().create("focal", action.id, "2026-06-30", "2026-01-01", "x");
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().describe(),
              "new report: report period ends (2026-01-01) before it starts (2026-06-30)");
    auto unknown = reports().create("coordinator", 77, "2026-01-01", "2026-03-31", "x");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message(), "no action with id 77");
    EXPECT_TRUE(value_of(reports().list("coordinator")).empty());
}

TEST_F(ReportWorkflowTest, PublicSeesPublishedReportsOnly) {
    auto action = make_action("MOJ");
    report_in(action.id, ReportStatus::Approved);
    auto published = report_in(action.id, ReportStatus::Published);
    for (const char* reader : {"viewer", "contributor"}) {
        auto visible = value_of(reports().list(reader));
        ASSERT_EQ(visible.size(), 1u) << reader;
        EXPECT_EQ(visible[0].id, published.id);
    }
    EXPECT_EQ(value_of(reports().list("focal")).size(), 2u);
}

}  // namespace
}  // namespace rightstrack::track
