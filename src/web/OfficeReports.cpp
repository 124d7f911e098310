// Progress reports in the office: a focal point writes one on its action (period and
// narrative), edits the narrative while it is a draft or returned, and submits it; a coordinator
// approves it or returns it with a comment, and publishes what was approved. The report's page
// lists the evidence files cited (added by upload while the report may be edited; each a
// download for whoever may read the report) and shows the forms the user's role may use at the
// report's stage (the policy's answer); the services check again when a form is sent.
#include <filesystem>
#include <fstream>

#include "track/ActionService.h"
#include "track/Permissions.h"
#include "track/ReportService.h"
#include "track/ReportWorkflow.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

using model::ReportStatus;
using track::Operation;

std::string row(std::string_view name, const std::string& value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
}

std::string target(int64_t id, std::string_view step) {
    return "/office/reports/" + std::to_string(id) + "/" + std::string(step);
}

// The evidence the report cites, and while it may still be edited, the form that adds files to
// it (multipart: the server's larger limit for uploads applies).
std::string evidence_section(const Visit& visit, const model::ProgressReport& report,
                             bool may_add) {
    const auto& t = visit.t;
    std::string out = "<h2>" + escape(t("report.evidence")) + "</h2>\n";
    if (report.evidence.empty())
        out += "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    else {
        out += "<ul class=\"evidence\">\n";
        for (const auto& file : report.evidence)
            out += "<li data-sha256=\"" + escape(file.sha256) + "\"><a href=\"" +
                   target(report.id, "evidence/" + file.sha256) + "\">" + escape(file.file_name) +
                   "</a> <span class=\"meta\">" +
                   escape(t("report.evidence_size", {{"bytes", std::to_string(file.size)}})) +
                   "</span></li>\n";
        out += "</ul>\n";
    }
    if (!may_add)
        return out;
    return out + "<form method=\"post\" action=\"" + target(report.id, "evidence") +
           "\" enctype=\"multipart/form-data\" class=\"stacked\">" + csrf_field(visit) +
           "<p><label for=\"f-evidence\">" + escape(t("report.evidence_files")) +
           "</label>\n<input id=\"f-evidence\" name=\"evidence\" type=\"file\" multiple "
           "required></p>\n<p><button type=\"submit\">" +
           escape(t("report.evidence_add")) + "</button></p></form>\n";
}

// The forms of the report's next steps that the user may take.
std::string step_forms(const Visit& visit, const model::User& user,
                       const model::ProgressReport& report, const model::Action& action) {
    const auto& t = visit.t;
    auto may = [&](Operation operation) {
        return track::check_report(user, operation, &report, &action).ok();
    };
    std::string out;
    if (track::is_editable(report.status) && may(Operation::ReportEdit))
        out += "<form method=\"post\" action=\"" + target(report.id, "edit") +
               "\" class=\"stacked\">" + csrf_field(visit) +
               textarea_field("narrative", t("report.narrative"), report.narrative, true) +
               "<p><button type=\"submit\">" + escape(t("report.save")) + "</button></p></form>\n";
    if (track::is_editable(report.status) && may(Operation::ReportSubmit))
        out += button_form(visit, target(report.id, "submit"), t("report.submit"));
    if (report.status == ReportStatus::Submitted && may(Operation::ReportApprove))
        out += button_form(visit, target(report.id, "approve"), t("report.approve"));
    if (report.status == ReportStatus::Submitted && may(Operation::ReportReturn))
        out += "<form method=\"post\" action=\"" + target(report.id, "return") +
               "\" class=\"stacked\">" + csrf_field(visit) +
               textarea_field("comment", t("report.comment"), "", true) +
               "<p><button type=\"submit\">" + escape(t("report.return")) +
               "</button></p></form>\n";
    if (report.status == ReportStatus::Approved && may(Operation::ReportPublish))
        out += button_form(visit, target(report.id, "publish"), t("report.publish"));
    return out;
}

core::Result<std::string> report_main(Desk& desk, const Visit& visit, int64_t id) {
    const auto& t = visit.t;
    auto report = TRY(track::ReportService(desk.tracking).get(desk.user.name, id));
    auto action = TRY(track::ActionService(desk.tracking).get(desk.user.name, report.action));
    const std::string title =
        t("report.title", {{"start", report.period_start}, {"end", report.period_end}});
    std::string main = "<h1>" + escape(title) + "</h1>\n<dl class=\"details\">\n";
    main += "<dt>" + escape(t("report.action")) + "</dt><dd><a href=\"/office/actions/" +
            std::to_string(action.id) + "\">" + escape(action.title) + "</a></dd>\n";
    main += "<dt>" + escape(t("report.status")) + "</dt><dd data-report-status=\"" +
            std::string(model::report_status_code(report.status)) + "\">" +
            escape(report_status_label(t, report.status)) + "</dd>\n";
    main += row(t("report.author"), report.author);
    if (!report.review_comment.empty())
        main += row(t("report.comment"), report.review_comment);
    main += "</dl>\n<h2>" + escape(t("report.narrative")) + "</h2>\n<blockquote><p>" +
            escape(report.narrative) + "</p></blockquote>\n";
    const bool may_add =
        track::is_editable(report.status) &&
        track::check_report(desk.user, Operation::ReportEdit, &report, &action).ok();
    return main + evidence_section(visit, report, may_add) +
           step_forms(visit, desk.user, report, action);
}

core::Result<model::ProgressReport> take_step(Desk& desk, const Request& request,
                                              const std::string& step, int64_t id) {
    track::ReportService reports(desk.tracking);
    const std::string& actor = desk.user.name;
    if (step == "edit")
        return reports.edit(actor, id, request.field("narrative"), {});
    if (step == "submit")
        return reports.submit(actor, id);
    if (step == "approve")
        return reports.approve(actor, id);
    if (step == "return")
        return reports.send_back(actor, id, request.field("comment"));
    return reports.publish(actor, id);
}

}  // namespace

Reply report_create(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const auto& form = visit.request;
        auto report = track::ReportService(desk.tracking)
                          .create(desk.user.name, path_id(visit), form.field("period_start"),
                                  form.field("period_end"), form.field("narrative"));
        if (!report.ok())
            return refused(visit, report.error(), visit.t("refused.report_create"));
        return Reply::redirect("/office/reports/" + std::to_string(report->id));
    });
}

Reply report_page(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = report_main(desk, visit, path_id(visit));
        if (!main.ok())
            return refused(visit, main.error(), visit.t("refused.report_read"));
        return Reply::html(page(visit, visit.t("office.reports"), *main));
    });
}

Reply report_evidence(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        std::vector<track::EvidenceFile> files;
        for (const auto& file : visit.request.files)
            if (!file.file_name.empty())
                files.push_back({file.file_name, file.content});
        auto added =
            files.empty()
                ? core::Result<model::ProgressReport>(
                      core::Error::invalid_input("no file was chosen", "form field evidence"))
                : track::ReportService(desk.tracking).edit(desk.user.name, id, std::nullopt, files);
        if (!added.ok())
            return refused(visit, added.error(), visit.t("refused.report_evidence"));
        return Reply::redirect("/office/reports/" + std::to_string(id));
    });
}

// The file a report cites, for whoever may read the report (the service's policy), as a
// download under the name its author gave it; only files the report cites are served.
Reply evidence_download(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const std::string sha256 =
            visit.request.path_matches.size() > 1 ? visit.request.path_matches[1] : "";
        auto file = [&]() -> core::Result<Reply> {
            const auto report =
                TRY(track::ReportService(desk.tracking).get(desk.user.name, path_id(visit)));
            for (const auto& evidence : report.evidence) {
                if (evidence.sha256 != sha256)
                    continue;
                std::ifstream in(std::filesystem::path(desk.tracking.evidence_folder) / sha256,
                                 std::ios::binary);
                if (!in)
                    return core::Error::io("the evidence file is missing", sha256);
                Reply reply{200,
                            "application/octet-stream",
                            std::string(std::istreambuf_iterator<char>(in), {}),
                            {}};
                // The author's name, without quotes or line breaks that would end the header.
                std::string name = evidence.file_name;
                std::erase_if(name, [](char c) { return c == '"' || c == '\\' || c < ' '; });
                reply.headers.emplace_back(
                    "Content-Disposition",
                    "attachment; filename=\"" + name + "\"; filename*=UTF-8''" + url_encode(name));
                return reply;
            }
            return core::Error::not_found("report " + std::to_string(report.id) +
                                          " cites no file " + sha256);
        }();
        if (!file.ok())
            return refused(visit, file.error(), visit.t("refused.report_read"));
        return *file;
    });
}

Reply report_step(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        const std::string step =
            visit.request.path_matches.size() > 1 ? visit.request.path_matches[1] : "";
        auto taken = take_step(desk, visit.request, step, id);
        if (!taken.ok())
            return refused(visit, taken.error(), visit.t("refused.report_" + step));
        return Reply::redirect("/office/reports/" + std::to_string(id));
    });
}

}  // namespace rightstrack::web
