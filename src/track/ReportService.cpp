#include "track/ReportService.h"

#include "track/ActionRules.h"
#include "track/EvidenceFiles.h"
#include "track/ReportWorkflow.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

using model::ReportStatus;

std::string resource(int64_t id) {
    return "report:" + std::to_string(id);
}

core::Result<model::ProgressReport> load_report(store::TrackingStore& store, int64_t id) {
    auto report = TRY(store.report(id));
    if (!report)
        return core::Error::not_found("no progress report with id " + std::to_string(id));
    return *report;
}

core::Result<model::Action> load_action(store::TrackingStore& store, int64_t id) {
    auto action = TRY(store.action(id));
    if (!action)
        return core::Error::not_found("no action with id " + std::to_string(id));
    return *action;
}

core::Status check_period(const std::string& start, const std::string& end,
                          const std::string& where) {
    for (const auto& date : {start, end})
        if (!is_date(date))
            return core::Error::invalid_input(
                "report period date '" + date + "' is not a date written YYYY-MM-DD", where);
    if (end < start)
        return core::Error::invalid_input(
            "report period ends (" + end + ") before it starts (" + start + ")", where);
    return {};
}

// Moves the report to `to`, refusing illegal transitions.
auto transition(ReportStatus to, int64_t id) {
    return [to, id](const model::User&, model::ProgressReport& report) -> core::Status {
        TRY(check_report_transition(report.status, to, resource(id)));
        report.status = to;
        return {};
    };
}

}  // namespace

core::Result<model::ProgressReport> ReportService::create(std::string_view actor, int64_t action_id,
                                                          const std::string& period_start,
                                                          const std::string& period_end,
                                                          const std::string& narrative) {
    model::ProgressReport report;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_report(user, Operation::ReportCreate));
        auto action = TRY(load_action(context_.store, action_id));
        TRY(check_report(user, Operation::ReportCreate, nullptr, &action));
        TRY(check_period(period_start, period_end, "new report"));
        report = {0,         action_id,           period_start, period_end, narrative,
                  user.name, ReportStatus::Draft, "",           {}};
        report.id = TRY(context_.store.add_report(report));
        return context_.audit(
            {user.name, "report.create", resource(report.id), "null", canonical(to_json(report))});
    }));
    return report;
}

template <typename Change>
core::Result<model::ProgressReport> ReportService::modify(std::string_view actor, int64_t id,
                                                          Operation operation,
                                                          const char* audit_operation,
                                                          Change&& change) {
    model::ProgressReport report;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_report(user, operation));
        report = TRY(load_report(context_.store, id));
        auto action = TRY(load_action(context_.store, report.action));
        TRY(check_report(user, operation, &report, &action));
        const model::ProgressReport before = report;
        TRY(change(user, report));
        if (report == before)
            return {};
        TRY(context_.store.update_report(report));
        return context_.audit({user.name, audit_operation, resource(id), canonical(to_json(before)),
                               canonical(to_json(report))});
    }));
    return report;
}

core::Result<model::ProgressReport> ReportService::edit(std::string_view actor, int64_t id,
                                                        const std::optional<std::string>& narrative,
                                                        const std::vector<EvidenceFile>& files) {
    // Staged before the transaction (no lock held while writing), kept only after its commit.
    EvidenceFiles staged(context_.evidence_folder);
    std::vector<model::Evidence> kept;
    for (const auto& file : files) kept.push_back(TRY(staged.stage(file.file_name, file.bytes)));
    auto report =
        modify(actor, id, Operation::ReportEdit, "report.edit",
               [&](const model::User&, model::ProgressReport& report) -> core::Status {
                   if (!is_editable(report.status))
                       return core::Error::invalid_input(
                           "a " + std::string(model::report_status_code(report.status)) +
                               " report cannot be edited",
                           resource(id));
                   if (narrative)
                       report.narrative = *narrative;
                   report.evidence.insert(report.evidence.end(), kept.begin(), kept.end());
                   return {};
               });
    if (report.ok())
        TRY(staged.keep());
    return report;
}

core::Result<model::ProgressReport> ReportService::submit(std::string_view actor, int64_t id) {
    return modify(actor, id, Operation::ReportSubmit, "report.submit",
                  [id](const model::User& user, model::ProgressReport& report) -> core::Status {
                      if (report.narrative.empty())
                          return core::Error::invalid_input(
                              "a report needs a narrative before it is submitted", resource(id));
                      return transition(ReportStatus::Submitted, id)(user, report);
                  });
}

core::Result<model::ProgressReport> ReportService::approve(std::string_view actor, int64_t id) {
    return modify(actor, id, Operation::ReportApprove, "report.approve",
                  transition(ReportStatus::Approved, id));
}

core::Result<model::ProgressReport> ReportService::send_back(std::string_view actor, int64_t id,
                                                             const std::string& comment) {
    return modify(actor, id, Operation::ReportReturn, "report.return",
                  [&](const model::User& user, model::ProgressReport& report) -> core::Status {
                      if (comment.empty())
                          return core::Error::invalid_input(
                              "returning a report needs a comment saying what to change",
                              resource(id));
                      TRY(transition(ReportStatus::Returned, id)(user, report));
                      report.review_comment = comment;
                      return {};
                  });
}

core::Result<model::ProgressReport> ReportService::publish(std::string_view actor, int64_t id) {
    return modify(actor, id, Operation::ReportPublish, "report.publish",
                  transition(ReportStatus::Published, id));
}

core::Result<model::ProgressReport> ReportService::get(std::string_view actor, int64_t id) {
    model::ProgressReport report;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_report(user, Operation::ReportRead));
        report = TRY(load_report(context_.store, id));
        auto action = TRY(load_action(context_.store, report.action));
        return check_report(user, Operation::ReportRead, &report, &action);
    }));
    return report;
}

core::Result<std::vector<model::ProgressReport>> ReportService::list(std::string_view actor) {
    std::vector<model::ProgressReport> visible;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_report(user, Operation::ReportRead));
        for (auto& report : TRY(context_.store.reports())) {
            auto action = TRY(load_action(context_.store, report.action));
            if (check_report(user, Operation::ReportRead, &report, &action).ok())
                visible.push_back(std::move(report));
        }
        return {};
    }));
    return visible;
}

}  // namespace rightstrack::track
