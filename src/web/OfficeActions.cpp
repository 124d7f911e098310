// The office's actions: the list the user may read, one action's page (its details,
// recommendations, clusters, indicators (OfficeIndicators), progress reports, and the forms for
// its status, publication and a new report), and the form that creates or edits one. Each through
// track's services as the signed-in user: what the user may not do, the service refuses.
#include <algorithm>

#include "track/ActionService.h"
#include "track/ClusterService.h"
#include "track/IndicatorService.h"
#include "track/InstitutionService.h"
#include "track/Permissions.h"
#include "track/ReportService.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

using model::ActionStatus;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

core::Result<std::optional<int64_t>> days_of(const std::string& text) {
    if (text.empty())
        return std::optional<int64_t>();
    if (text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos)
        return core::Error::invalid_input(
            "the reporting period '" + text + "' is not a whole number of days",
            "form field report_every");
    return std::optional<int64_t>(std::stoll(text));
}

std::string row(std::string_view name, const std::string& value) {
    return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>\n";
}

std::string details(const Translator& t, const model::Action& action) {
    std::string out = "<dl class=\"details\">\n";
    out += row(t("action.status"), action_status_label(t, action.status));
    out +=
        row(t("action.published"), std::string(t(action.published ? "office.yes" : "office.no")));
    out += row(t("action.lead"), action.lead_institution);
    if (!action.supporting_institutions.empty())
        out += row(t("action.supporting"), joined(action.supporting_institutions));
    out += row(t("action.start"), action.start_date);
    out += row(t("action.due"), action.due_date);
    if (action.budget)
        out += row(t("action.budget"), std::to_string(*action.budget) + " " + action.currency);
    if (action.report_every_days)
        out += row(t("action.report_every"), std::to_string(*action.report_every_days));
    return out + "</dl>\n";
}

std::string status_form(const Visit& visit, const model::Action& action) {
    const auto& t = visit.t;
    std::string out =
        "<form method=\"post\" action=\"/office/actions/" + std::to_string(action.id) +
        "/status\" class=\"inline\">" + csrf_field(visit) + "<label for=\"f-status\">" +
        escape(t("action.set_status")) + "</label> <select id=\"f-status\" name=\"status\">";
    for (auto status : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Completed,
                        ActionStatus::Delayed, ActionStatus::Cancelled})
        out += "<option value=\"" + std::string(model::action_status_code(status)) + "\"" +
               (status == action.status ? " selected" : "") + ">" +
               escape(action_status_label(t, status)) + "</option>";
    return out + "</select> <button type=\"submit\">" + escape(t("action.save_status")) +
           "</button></form>\n";
}

std::string reports_section(const Visit& visit, const model::Action& action,
                            const std::vector<model::ProgressReport>& reports, bool may_create) {
    const auto& t = visit.t;
    std::string out = "<h2>" + escape(t("action.reports")) + "</h2>\n";
    std::string items;
    for (const auto& report : reports)
        if (report.action == action.id)
            items += "<li><a href=\"/office/reports/" + std::to_string(report.id) + "\">" +
                     escape(t("report.period",
                              {{"start", report.period_start}, {"end", report.period_end}})) +
                     "</a> — <span data-report-status=\"" +
                     std::string(model::report_status_code(report.status)) + "\">" +
                     escape(report_status_label(t, report.status)) + "</span></li>\n";
    out += items.empty() ? "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n"
                         : "<ul class=\"reports\">\n" + items + "</ul>\n";
    if (!may_create)
        return out;
    out += "<h3>" + escape(t("report.new")) +
           "</h3>\n<form method=\"post\" action=\"/office/actions/" + std::to_string(action.id) +
           "/reports\" class=\"stacked\">" + csrf_field(visit) +
           input_field("period_start", t("report.period_start"), "", "date", true) +
           input_field("period_end", t("report.period_end"), "", "date", true) +
           textarea_field("narrative", t("report.narrative"), "", true) +
           "<p><button type=\"submit\">" + escape(t("report.create")) + "</button></p></form>\n";
    return out;
}

core::Result<std::string> action_main(Desk& desk, const Visit& visit, int64_t id) {
    const auto& t = visit.t;
    auto action = TRY(track::ActionService(desk.tracking).get(desk.user.name, id));
    auto indicators = TRY(track::IndicatorService(desk.tracking).list(desk.user.name, id));
    auto reports = TRY(track::ReportService(desk.tracking).list(desk.user.name));
    using track::Operation;
    std::string main = "<h1>" + escape(action.title) + "</h1>\n";
    if (!action.description.empty())
        main += "<p>" + escape(action.description) + "</p>\n";
    main += details(t, action);
    if (track::check_action(desk.user, Operation::ActionSetStatus, &action).ok())
        main += status_form(visit, action);
    if (track::check_action(desk.user, Operation::ActionUpdate, &action).ok())
        main += "<p><a href=\"/office/actions/" + std::to_string(id) + "/edit\">" +
                escape(t("action.edit")) + "</a></p>\n";
    if (!action.published && track::check_action(desk.user, Operation::ActionPublish, &action).ok())
        main += button_form(visit, "/office/actions/" + std::to_string(id) + "/publish",
                            t("action.publish"));
    main += "<h2>" + escape(t("action.recommendations")) + "</h2>\n";
    if (action.recommendations.empty())
        main += "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    else {
        main += "<ul>\n";
        for (const auto& recommendation : action.recommendations)
            main += "<li><a href=\"/recommendations/" + escape(recommendation) + "\">" +
                    escape(recommendation) + "</a></li>\n";
        main += "</ul>\n";
    }
    if (!action.clusters.empty()) {
        // The clusters through which the action answers more recommendations.
        main += "<h2>" + escape(t("action.clusters")) + "</h2>\n<ul>\n";
        for (const auto& cluster : TRY(track::ClusterService(desk.tracking).list(desk.user.name)))
            if (std::find(action.clusters.begin(), action.clusters.end(), cluster.id) !=
                action.clusters.end())
                main += "<li><a href=\"/office/clusters/" + std::to_string(cluster.id) + "\">" +
                        escape(cluster.title) + "</a></li>\n";
        main += "</ul>\n";
    }
    main += indicators_section(visit, desk.user, action, indicators);
    model::ProgressReport draft;
    draft.action = id;
    const bool may_report =
        track::check_report(desk.user, Operation::ReportCreate, &draft, &action).ok();
    return main + reports_section(visit, action, reports, may_report);
}

core::Result<std::string> list_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    auto actions = TRY(track::ActionService(desk.tracking).list(desk.user.name));
    std::string main = "<h1>" + escape(t("office.actions")) + "</h1>\n";
    if (track::check_action(desk.user, track::Operation::ActionCreate).ok())
        main += "<p><a href=\"/office/actions/new\">" + escape(t("action.new")) + "</a></p>\n";
    if (actions.empty())
        return main + "<p>" + escape(t("office.none")) + "</p>\n";
    main += "<table class=\"list\">\n<caption>" + escape(t("office.actions")) +
            "</caption>\n<thead><tr><th scope=\"col\">" + escape(t("action.title")) +
            "</th><th scope=\"col\">" + escape(t("action.lead")) + "</th><th scope=\"col\">" +
            escape(t("action.status")) + "</th><th scope=\"col\">" + escape(t("action.due")) +
            "</th><th scope=\"col\">" + escape(t("action.published")) +
            "</th></tr></thead>\n<tbody>\n";
    for (const auto& action : actions)
        main += "<tr><td><a href=\"/office/actions/" + std::to_string(action.id) + "\">" +
                escape(action.title) + "</a></td><td>" + escape(action.lead_institution) +
                "</td><td>" + escape(action_status_label(t, action.status)) + "</td><td>" +
                escape(action.due_date) + "</td><td>" +
                escape(t(action.published ? "office.yes" : "office.no")) + "</td></tr>\n";
    return main + "</tbody></table>\n";
}

core::Result<std::string> form_main(Desk& desk, const Visit& visit, int64_t id) {
    const auto& t = visit.t;
    model::Action action;
    if (id != 0)
        action = TRY(track::ActionService(desk.tracking).get(desk.user.name, id));
    else
        TRY(track::check_action(desk.user, track::Operation::ActionCreate));
    auto institutions = TRY(track::InstitutionService(desk.tracking).list(desk.user.name));
    const std::string title(t(id ? "action.edit" : "action.new"));
    const std::string target =
        id ? "/office/actions/" + std::to_string(id) + "/edit" : "/office/actions/new";
    std::string main = "<h1>" + escape(title) + "</h1>\n<form method=\"post\" action=\"" + target +
                       "\" class=\"stacked\">" + csrf_field(visit) +
                       input_field("title", t("action.title"), action.title, "text", true) +
                       textarea_field("description", t("action.description"), action.description) +
                       "<p><label for=\"f-lead\">" + escape(t("action.lead")) +
                       "</label>\n<select id=\"f-lead\" name=\"lead\" required>";
    for (const auto& institution : institutions)
        main += "<option value=\"" + escape(institution.code) + "\"" +
                (institution.code == action.lead_institution ? " selected" : "") + ">" +
                escape(institution.code + " — " + institution.name) + "</option>";
    main += "</select></p>\n" +
            input_field("supporting", t("action.supporting_codes"),
                        joined(action.supporting_institutions)) +
            input_field("start_date", t("action.start"), action.start_date, "date") +
            input_field("due_date", t("action.due"), action.due_date, "date") +
            input_field("recommendations", t("action.recommendation_ids"),
                        joined(action.recommendations)) +
            input_field("report_every", t("action.report_every"),
                        action.report_every_days ? std::to_string(*action.report_every_days) : "",
                        "number") +
            "<p><button type=\"submit\">" + escape(t("action.save")) + "</button></p></form>\n";
    return main;
}

core::Result<int64_t> save(Desk& desk, const Request& request, int64_t id) {
    track::ActionService service(desk.tracking);
    const auto every = TRY(days_of(request.field("report_every")));
    if (id == 0) {
        model::Action action;
        action.title = request.field("title");
        action.description = request.field("description");
        action.lead_institution = request.field("lead");
        action.supporting_institutions = items_of(request.field("supporting"));
        action.start_date = request.field("start_date");
        action.due_date = request.field("due_date");
        action.recommendations = items_of(request.field("recommendations"));
        action.report_every_days = every;
        return TRY(service.create(desk.user.name, action)).id;
    }
    // Only what the form changed is sent, so that a focal point's edit does not touch the
    // secretariat's fields (institutions, the reporting period) it left as they were.
    const auto action = TRY(service.get(desk.user.name, id));
    track::ActionChanges changes;
    auto differs = [&](const char* field, const std::string& now, auto& change) {
        if (request.field(field) != now)
            change = request.field(field);
    };
    differs("title", action.title, changes.title);
    differs("description", action.description, changes.description);
    differs("start_date", action.start_date, changes.start_date);
    differs("due_date", action.due_date, changes.due_date);
    differs("lead", action.lead_institution, changes.lead_institution);
    if (auto supporting = items_of(request.field("supporting"));
        supporting != action.supporting_institutions)
        changes.supporting_institutions = supporting;
    if (every != action.report_every_days)
        changes.report_every_days = every.value_or(0);
    TRY(service.update(desk.user.name, id, changes));
    std::vector<std::string> added;
    for (const auto& recommendation : items_of(request.field("recommendations")))
        if (std::find(action.recommendations.begin(), action.recommendations.end(),
                      recommendation) == action.recommendations.end())
            added.push_back(recommendation);
    if (!added.empty())
        TRY(service.link(desk.user.name, id, added, {}));
    return id;
}

}  // namespace

Reply action_list(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = list_main(desk, visit);
        if (!main.ok())
            return refused(visit, main.error(), visit.t("office.actions"));
        return Reply::html(page(visit, visit.t("office.actions"), *main));
    });
}

Reply action_page(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = action_main(desk, visit, path_id(visit));
        if (!main.ok())
            return refused(visit, main.error(), visit.t("refused.action_read"));
        return Reply::html(page(visit, visit.t("office.actions"), *main));
    });
}

Reply action_form(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        auto main = form_main(desk, visit, id);
        if (!main.ok())
            return refused(visit, main.error(),
                           visit.t(id ? "refused.action_update" : "refused.action_create"));
        return Reply::html(page(visit, visit.t(id ? "action.edit" : "action.new"), *main));
    });
}

Reply action_save(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        auto saved = save(desk, visit.request, id);
        if (!saved.ok())
            return refused(visit, saved.error(),
                           visit.t(id ? "refused.action_update" : "refused.action_create"));
        return Reply::redirect("/office/actions/" + std::to_string(*saved));
    });
}

Reply action_status(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        const std::string code = visit.request.field("status");
        auto status = model::parse_action_status(code);
        if (!status)
            return refused(
                visit,
                core::Error::invalid_input("no action status '" + code + "'", "form field status"),
                visit.t("refused.action_status"));
        auto set = track::ActionService(desk.tracking).set_status(desk.user.name, id, *status);
        if (!set.ok())
            return refused(visit, set.error(), visit.t("refused.action_status"));
        return Reply::redirect("/office/actions/" + std::to_string(id));
    });
}

Reply action_publish(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        const int64_t id = path_id(visit);
        auto published = track::ActionService(desk.tracking).publish(desk.user.name, id);
        if (!published.ok())
            return refused(visit, published.error(), visit.t("refused.action_publish"));
        return Reply::redirect("/office/actions/" + std::to_string(id));
    });
}

}  // namespace rightstrack::web
