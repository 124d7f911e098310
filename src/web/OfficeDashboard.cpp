// GET /office: the signed-in user's deadlines, institution by institution (a focal point's
// own; the secretariat's across all): open actions overdue and due within 30 days, progress
// reports owed, and the UPR calendar's coming events. All from track's DeadlineService and
// CalendarService, which show only the actions the user may read.
#include "track/CalendarService.h"
#include "track/Deadlines.h"
#include "track/Permissions.h"
#include "track/SuggestionPolicy.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

// How far ahead the dashboard looks.
constexpr int kHorizonDays = 30;

std::string action_link(const model::Action& action) {
    return "<a href=\"/office/actions/" + std::to_string(action.id) + "\">" + escape(action.title) +
           "</a>";
}

std::string action_items(const Translator& t, const std::vector<model::Action>& actions) {
    if (actions.empty())
        return "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    std::string out = "<ul>\n";
    for (const auto& action : actions)
        out += "<li>" + action_link(action) + " — " +
               escape(t("office.due_on", {{"date", action.due_date}})) + "</li>\n";
    return out + "</ul>\n";
}

std::string report_items(const Translator& t, const std::vector<track::ReportDue>& reports) {
    if (reports.empty())
        return "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n";
    std::string out = "<ul>\n";
    for (const auto& due : reports)
        out += "<li>" + action_link(due.action) + " — " +
               escape(t("office.report_due_on", {{"date", due.due_date}})) + "</li>\n";
    return out + "</ul>\n";
}

// One institution's deadlines (all institutions' when `institution` is empty), as a section
// headed by `heading`.
core::Result<std::string> deadlines(Desk& desk, const Translator& t, const std::string& institution,
                                    const std::string& heading, int index) {
    track::DeadlineService service(desk.tracking);
    auto actions = TRY(service.actions(desk.user.name, kHorizonDays, {}, institution));
    auto reports = TRY(service.reports(desk.user.name, kHorizonDays, {}, institution));
    const std::string id = "deadlines-" + std::to_string(index);
    std::string out = "<section aria-labelledby=\"" + id + "\" data-institution=\"" +
                      escape(institution) + "\">\n<h2 id=\"" + id + "\">" + escape(heading) +
                      "</h2>\n";
    out +=
        "<h3>" + escape(t("office.overdue_actions")) + "</h3>\n" + action_items(t, actions.overdue);
    out += "<h3>" + escape(t("office.due_actions", {{"days", std::to_string(kHorizonDays)}})) +
           "</h3>\n" + action_items(t, actions.due_soon);
    out +=
        "<h3>" + escape(t("office.overdue_reports")) + "</h3>\n" + report_items(t, reports.overdue);
    out += "<h3>" + escape(t("office.due_reports", {{"days", std::to_string(kHorizonDays)}})) +
           "</h3>\n" + report_items(t, reports.due_soon);
    return out + "</section>\n";
}

core::Result<std::string> events(Desk& desk, const Translator& t) {
    auto coming = TRY(track::CalendarService(desk.tracking).list(desk.user.name, kHorizonDays));
    std::string out = "<section aria-labelledby=\"events\">\n<h2 id=\"events\">" +
                      escape(t("office.events", {{"days", std::to_string(kHorizonDays)}})) +
                      "</h2>\n";
    if (coming.empty())
        return out + "<p class=\"meta\">" + escape(t("office.none")) + "</p>\n</section>\n";
    out += "<ul>\n";
    for (const auto& event : coming)
        out += "<li>" + escape(event.date) + " — " + escape(event.title) + "</li>\n";
    return out + "</ul>\n</section>\n";
}

// Links to the office's pages the user's role may use (the policies' answer for the role).
std::string menu(Desk& desk, const Translator& t) {
    using track::Operation;
    std::vector<std::pair<const char*, const char*>> links{
        {"/office/actions", "office.actions"},
        {"/office/clusters", "office.clusters"},
        {"/office/assessments", "office.assessments"}};
    if (track::check_suggestion_review(desk.user).ok())
        links.emplace_back("/office/suggestions", "office.suggestions");
    if (track::check_user(desk.user, Operation::UserRead).ok())
        links.emplace_back("/office/users", "office.users");
    links.emplace_back("/office/institutions", "office.institutions");
    if (track::check_audit(desk.user, Operation::AuditRead).ok())
        links.emplace_back("/office/audit", "office.audit");
    links.emplace_back("/plans", "plans.title");
    std::string out = "<nav aria-label=\"" + escape(t("office.title")) + "\"><ul class=\"menu\">";
    for (const auto& [href, key] : links)
        out += "<li><a href=\"" + std::string(href) + "\">" + escape(t(key)) + "</a></li>";
    return out + "</ul></nav>\n";
}

core::Result<std::string> dashboard(Desk& desk, const Translator& t) {
    std::string main = "<h1>" + escape(t("office.title")) + "</h1>\n" + menu(desk, t);
    if (desk.user.institutions.empty()) {
        main += TRY(deadlines(desk, t, "", std::string(t("office.all_institutions")), 0));
    } else {
        int index = 0;
        for (const auto& code : desk.user.institutions)
            main +=
                TRY(deadlines(desk, t, code, t("office.institution", {{"code", code}}), index++));
    }
    return main + TRY(events(desk, t));
}

}  // namespace

Reply office_dashboard(WebContext& context, Visit& visit) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = dashboard(desk, visit.t);
        if (!main.ok())
            return refused(visit, main.error(), visit.t("office.title"));
        return Reply::html(page(visit, visit.t("office.title"), *main));
    });
}

}  // namespace rightstrack::web
