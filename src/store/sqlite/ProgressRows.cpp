#include "store/sqlite/ProgressRows.h"

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kReportColumns =
    "SELECT id, action_id, period_start, period_end, narrative, author, status, review_comment"
    " FROM progress_reports";

core::Status write_evidence(Database& db, const model::ProgressReport& report) {
    auto clear = TRY(db.prepare("DELETE FROM report_evidence WHERE report_id = ?"));
    TRY(clear.bind(1, report.id).run());
    auto insert =
        TRY(db.prepare("INSERT INTO report_evidence (report_id, position, file_name, sha256, size)"
                       " VALUES (?, ?, ?, ?, ?)"));
    int64_t position = 0;
    for (const auto& file : report.evidence)
        TRY(insert.bind(1, report.id)
                .bind(2, position++)
                .bind(3, file.file_name)
                .bind(4, file.sha256)
                .bind(5, file.size)
                .run());
    return {};
}

// Binds the report's own columns as parameters 1 to 7, in the order of the INSERT and UPDATE.
void bind_report(Statement& statement, const model::ProgressReport& report) {
    statement.bind(1, report.action)
        .bind(2, report.period_start)
        .bind(3, report.period_end)
        .bind(4, report.narrative)
        .bind(5, report.author)
        .bind(6, model::report_status_code(report.status))
        .bind(7, report.review_comment);
}

core::Result<std::vector<model::ProgressReport>> read_reports(Database& db, Statement& query) {
    std::vector<model::ProgressReport> reports;
    while (TRY(query.step())) {
        model::ProgressReport report;
        report.id = query.integer(0);
        report.action = query.integer(1);
        report.period_start = query.text(2);
        report.period_end = query.text(3);
        report.narrative = query.text(4);
        report.author = query.text(5);
        report.status =
            model::parse_report_status(query.text(6)).value_or(model::ReportStatus::Draft);
        report.review_comment = query.text(7);
        reports.push_back(std::move(report));
    }
    auto evidence =
        TRY(db.prepare("SELECT file_name, sha256, size FROM report_evidence WHERE report_id = ? "
                       "ORDER BY position"));
    for (auto& report : reports) {
        evidence.bind(1, report.id);
        while (TRY(evidence.step()))
            report.evidence.push_back({std::string(evidence.text(0)), std::string(evidence.text(1)),
                                       evidence.integer(2)});
        evidence.reset();
    }
    return reports;
}

model::ImplementationStatus status_of(std::string_view code) {
    return model::parse_implementation_status(code).value_or(
        model::ImplementationStatus::NotStarted);
}

}  // namespace

core::Result<int64_t> insert_report(Database& db, const model::ProgressReport& report) {
    auto insert = TRY(db.prepare(
        "INSERT INTO progress_reports (action_id, period_start, period_end, narrative, author,"
        " status, review_comment) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bind_report(insert, report);
    TRY(insert.run());
    model::ProgressReport stored = report;
    stored.id = db.last_insert_id();
    TRY(write_evidence(db, stored));
    return stored.id;
}

core::Status update_report_row(Database& db, const model::ProgressReport& report) {
    auto update = TRY(
        db.prepare("UPDATE progress_reports SET action_id = ?, period_start = ?, period_end = ?,"
                   " narrative = ?, author = ?, status = ?, review_comment = ? WHERE id = ?"));
    bind_report(update, report);
    update.bind(8, report.id);
    TRY(update.run());
    return write_evidence(db, report);
}

core::Result<std::optional<model::ProgressReport>> find_report(Database& db, int64_t id) {
    auto query = TRY(db.prepare(std::string(kReportColumns) + " WHERE id = ?"));
    query.bind(1, id);
    auto reports = TRY(read_reports(db, query));
    if (reports.empty())
        return std::optional<model::ProgressReport>();
    return std::optional<model::ProgressReport>(std::move(reports.front()));
}

core::Result<std::vector<model::ProgressReport>> all_reports(Database& db) {
    auto query = TRY(db.prepare(std::string(kReportColumns) + " ORDER BY id"));
    return read_reports(db, query);
}

core::Result<std::optional<model::StatusOverride>> find_status_override(
    Database& db, std::string_view recommendation) {
    auto query =
        TRY(db.prepare("SELECT recommendation_uid, status, reason, set_by, set_at"
                       " FROM recommendation_status_overrides WHERE recommendation_uid = ?"));
    query.bind(1, recommendation);
    if (!TRY(query.step()))
        return std::optional<model::StatusOverride>();
    return std::optional<model::StatusOverride>(model::StatusOverride{
        std::string(query.text(0)), status_of(query.text(1)), std::string(query.text(2)),
        std::string(query.text(3)), std::string(query.text(4))});
}

core::Status upsert_status_override(Database& db, const model::StatusOverride& status) {
    auto upsert = TRY(db.prepare(
        "INSERT INTO recommendation_status_overrides"
        " (recommendation_uid, status, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (recommendation_uid) DO UPDATE SET status = excluded.status,"
        " reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at"));
    return upsert.bind(1, status.recommendation)
        .bind(2, model::implementation_status_code(status.status))
        .bind(3, status.reason)
        .bind(4, status.by)
        .bind(5, status.at)
        .run();
}

core::Result<int64_t> insert_assessment(Database& db, const model::Assessment& assessment) {
    auto insert = TRY(db.prepare(
        "INSERT INTO assessments (recommendation_uid, assessor, institution, status, narrative,"
        " evidence, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    TRY(insert.bind(1, assessment.recommendation)
            .bind(2, assessment.assessor)
            .bind(3, assessment.institution)
            .bind(4, model::implementation_status_code(assessment.status))
            .bind(5, assessment.narrative)
            .bind(6, assessment.evidence)
            .bind(7, assessment.at)
            .run());
    return db.last_insert_id();
}

core::Result<std::vector<model::Assessment>> assessments_of(Database& db,
                                                            std::string_view recommendation) {
    auto query =
        TRY(db.prepare("SELECT a.id, a.recommendation_uid, a.assessor, a.institution,"
                       " coalesce(i.name, ''), a.status, a.narrative, a.evidence, a.at"
                       " FROM assessments a LEFT JOIN institutions i ON i.code = a.institution"
                       " WHERE a.recommendation_uid = ? ORDER BY a.id"));
    query.bind(1, recommendation);
    std::vector<model::Assessment> assessments;
    while (TRY(query.step()))
        assessments.push_back(
            {query.integer(0), std::string(query.text(1)), std::string(query.text(2)),
             std::string(query.text(3)), std::string(query.text(4)), status_of(query.text(5)),
             std::string(query.text(6)), std::string(query.text(7)), std::string(query.text(8))});
    return assessments;
}

}  // namespace rightstrack::store::sqlite
