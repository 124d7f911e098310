#include "web/Office.h"

#include <sstream>

#include "track/Permissions.h"
#include "web/ApiError.h"
#include "web/Html.h"

namespace rightstrack::web {
namespace {

// The office is for those who change the plan or keep the site: whoever may update some
// action (the secretariat, focal points), read the audit log, create users or assess
// recommendations independently (the NHRI, civil society). The policies answer for the role
// alone; each page's service still checks the resource itself.
bool admitted(const model::User& user) {
    using track::Operation;
    return track::check_action(user, Operation::ActionUpdate).ok() ||
           track::check_audit(user, Operation::AuditRead).ok() ||
           track::check_user(user, Operation::UserCreate).ok() ||
           track::check_implementation(user, Operation::AssessmentCreate).ok();
}

}  // namespace

Reply at_counter(WebContext& context, Visit& visit,
                 const std::function<Reply(track::Context&)>& work) {
    auto lease = context.tracking.lease();
    if (!lease.ok())
        return error_page(visit, 500, visit.t("error.internal"));
    // Evidence files live beside the database, where the command line keeps them too.
    track::Context tracking{**lease, track::utc_now, context.options.database + ".evidence"};
    return work(tracking);
}

Reply at_desk(WebContext& context, Visit& visit, const DeskWork& work) {
    if (visit.user.empty())
        return Reply::redirect("/login?next=" + url_encode(visit.request.target));
    return at_counter(context, visit, [&](track::Context& tracking) {
        auto user = tracking.actor(visit.user);
        if (!user.ok())
            return refused(visit, user.error(), visit.t("office.title"));
        if (!admitted(*user))
            return error_page(visit, 403, visit.t("office.not_admitted"));
        Desk desk{tracking, *user};
        return work(desk);
    });
}

Reply refused(const Visit& visit, const core::Error& error, std::string_view what) {
    const auto& t = visit.t;
    const int status = http_status(error);
    std::string message;
    switch (status) {
    case 403: message = t("office.forbidden", {{"what", std::string(what)}}); break;
    case 404: message = t("error.not_found"); break;
    case 500: return error_page(visit, 500, t("error.internal"));
    default: message = t("office.invalid", {{"what", std::string(what)}}); break;
    }
    const std::string title = t("error.title", {{"status", std::to_string(status)}});
    // The service's own words, and where the fault lies (a form field) when it says.
    const std::string reason =
        error.where().empty() ? error.message() : error.message() + " (" + error.where() + ")";
    std::string main = "<h1>" + escape(title) + "</h1>\n<p class=\"notice\" role=\"alert\">" +
                       escape(message) + "</p>\n<p class=\"meta\">" + escape(reason) +
                       "</p>\n<p><a href=\"/office\">" + escape(t("office.back")) + "</a></p>\n";
    return Reply::html(page(visit, title, main), status);
}

std::vector<std::string> items_of(const std::string& text) {
    std::string spaced = text;
    for (char& c : spaced)
        if (c == ',')
            c = ' ';
    std::istringstream in(spaced);
    std::vector<std::string> items;
    for (std::string item; in >> item;) items.push_back(item);
    return items;
}

int64_t path_id(const Visit& visit) {
    const auto& matches = visit.request.path_matches;
    if (matches.empty() || matches[0].empty() || matches[0].size() > 18)
        return 0;
    return std::stoll(matches[0]);
}

std::string input_field(std::string_view name, std::string_view label, std::string_view value,
                        std::string_view type, bool required) {
    const std::string id = "f-" + std::string(name);
    return "<p><label for=\"" + id + "\">" + escape(label) + "</label>\n<input id=\"" + id +
           "\" name=\"" + std::string(name) + "\" type=\"" + std::string(type) + "\" value=\"" +
           escape(value) + "\"" + (required ? " required" : "") + "></p>\n";
}

std::string textarea_field(std::string_view name, std::string_view label, std::string_view value,
                           bool required) {
    const std::string id = "f-" + std::string(name);
    return "<p><label for=\"" + id + "\">" + escape(label) + "</label>\n<textarea id=\"" + id +
           "\" name=\"" + std::string(name) + "\" rows=\"6\"" + (required ? " required" : "") +
           ">" + escape(value) + "</textarea></p>\n";
}

std::string button_form(const Visit& visit, std::string_view action, std::string_view label) {
    return "<form method=\"post\" action=\"" + escape(action) + "\" class=\"inline\">" +
           csrf_field(visit) + "<button type=\"submit\">" + escape(label) + "</button></form>\n";
}

std::string action_status_label(const Translator& t, model::ActionStatus status) {
    const std::string code(model::action_status_code(status));
    return label(t, "action_status." + code, code);
}

std::string report_status_label(const Translator& t, model::ReportStatus status) {
    const std::string code(model::report_status_code(status));
    return label(t, "report_status." + code, code);
}

}  // namespace rightstrack::web
