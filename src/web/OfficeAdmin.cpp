// The office's administration: users (the administrator creates them; the secretariat reads
// who is who), institutions (the administrator and the secretariat keep the list) and the audit
// log with the check of its hash chain (the administrator and the secretariat). Each through
// track's UserService, InstitutionService and AuditService as the signed-in user.
#include "model/Institution.h"
#include "track/AuditService.h"
#include "track/InstitutionService.h"
#include "track/Permissions.h"
#include "track/UserService.h"
#include "web/Html.h"
#include "web/Office.h"

namespace rightstrack::web {
namespace {

std::string cell(const std::string& text) {
    return "<td>" + escape(text) + "</td>";
}

std::string header_row(const Translator& t, std::initializer_list<const char*> keys) {
    std::string out = "<thead><tr>";
    for (const char* key : keys) out += "<th scope=\"col\">" + escape(t(key)) + "</th>";
    return out + "</tr></thead>\n";
}

std::string select_field(std::string_view name, std::string_view label,
                         const std::vector<std::string>& codes) {
    const std::string id = "f-" + std::string(name);
    std::string out = "<p><label for=\"" + id + "\">" + escape(label) + "</label>\n<select id=\"" +
                      id + "\" name=\"" + std::string(name) + "\">";
    for (const auto& code : codes)
        out += "<option value=\"" + escape(code) + "\">" + escape(code) + "</option>";
    return out + "</select></p>\n";
}

std::vector<std::string> codes_of_roles() {
    std::vector<std::string> codes;
    for (auto role : model::kAllRoles) codes.emplace_back(model::role_code(role));
    return codes;
}

std::vector<std::string> codes_of_kinds() {
    std::vector<std::string> codes;
    for (auto code : model::institution_kind_codes()) codes.emplace_back(code);
    return codes;
}

core::Result<std::string> users_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    auto users = TRY(track::UserService(desk.tracking).list(desk.user.name));
    std::string main = "<h1>" + escape(t("office.users")) + "</h1>\n<table class=\"list\">\n" +
                       "<caption>" + escape(t("office.users")) + "</caption>\n" +
                       header_row(t, {"user.name", "user.role", "user.institutions"}) + "<tbody>\n";
    for (const auto& user : users) {
        std::string institutions;
        for (const auto& code : user.institutions)
            institutions += (institutions.empty() ? "" : ", ") + code;
        main += "<tr>" + cell(user.name) + cell(std::string(model::role_code(user.role))) +
                cell(institutions) + "</tr>\n";
    }
    main += "</tbody></table>\n";
    if (!track::check_user(desk.user, track::Operation::UserCreate).ok())
        return main;
    return main + "<h2>" + escape(t("user.new")) +
           "</h2>\n<form method=\"post\" action=\"/office/users\" class=\"stacked\">" +
           csrf_field(visit) + input_field("name", t("user.name"), "", "text", true) +
           select_field("role", t("user.role"), codes_of_roles()) +
           input_field("institutions", t("user.institution_codes"), "") +
           input_field("password", t("user.password"), "", "password", true) +
           "<p><button type=\"submit\">" + escape(t("user.create")) + "</button></p></form>\n";
}

core::Result<std::string> institutions_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    auto institutions = TRY(track::InstitutionService(desk.tracking).list(desk.user.name));
    std::string main =
        "<h1>" + escape(t("office.institutions")) + "</h1>\n<table class=\"list\">\n<caption>" +
        escape(t("office.institutions")) + "</caption>\n" +
        header_row(t, {"institution.code", "institution.name", "institution.kind"}) + "<tbody>\n";
    for (const auto& institution : institutions)
        main += "<tr>" + cell(institution.code) + cell(institution.name) +
                cell(std::string(model::institution_kind_code(institution.kind))) + "</tr>\n";
    main += "</tbody></table>\n";
    if (!track::check_institution(desk.user, track::Operation::InstitutionCreate).ok())
        return main;
    return main + "<h2>" + escape(t("institution.new")) +
           "</h2>\n<form method=\"post\" action=\"/office/institutions\" class=\"stacked\">" +
           csrf_field(visit) + input_field("code", t("institution.code"), "", "text", true) +
           input_field("name", t("institution.name"), "", "text", true) +
           select_field("kind", t("institution.kind"), codes_of_kinds()) +
           "<p><button type=\"submit\">" + escape(t("institution.create")) +
           "</button></p></form>\n";
}

core::Result<std::string> audit_main(Desk& desk, const Visit& visit) {
    const auto& t = visit.t;
    track::AuditService audit(desk.tracking);
    const auto chain = TRY(audit.verify(desk.user.name));
    const auto entries = TRY(audit.list(desk.user.name, visit.request.parameter("resource")));
    std::string main = "<h1>" + escape(t("office.audit")) + "</h1>\n";
    if (chain.intact())
        main += "<p class=\"chain\" data-intact=\"true\">" +
                escape(t("audit.intact", {{"count", std::to_string(chain.entries)}})) + "</p>\n";
    else
        main += "<p class=\"notice\" role=\"alert\" data-intact=\"false\">" +
                escape(t("audit.broken", {{"sequence", std::to_string(*chain.first_broken)},
                                          {"problem", chain.problem}})) +
                "</p>\n";
    main += "<table class=\"list\">\n<caption>" + escape(t("office.audit")) + "</caption>\n" +
            header_row(t, {"audit.sequence", "audit.at", "audit.actor", "audit.operation",
                           "audit.resource"}) +
            "<tbody>\n";
    // Newest first: what people look for is what just happened.
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry)
        main += "<tr>" + cell(std::to_string(entry->sequence)) + cell(entry->at) +
                cell(entry->actor) + cell(entry->operation) +
                "<td><a href=\"/office/audit?resource=" + escape(url_encode(entry->resource)) +
                "\">" + escape(entry->resource) + "</a></td></tr>\n";
    return main + "</tbody></table>\n";
}

core::Status create_user(Desk& desk, const Request& request) {
    model::User user;
    user.name = request.field("name");
    const auto role = model::parse_role(request.field("role"));
    if (!role)
        return core::Error::invalid_input("no role '" + request.field("role") + "'",
                                          "form field role");
    user.role = *role;
    user.institutions = items_of(request.field("institutions"));
    TRY(track::UserService(desk.tracking).create(desk.user.name, user, request.field("password")));
    return {};
}

core::Status create_institution(Desk& desk, const Request& request) {
    const auto kind = model::parse_institution_kind(request.field("kind"));
    if (!kind)
        return core::Error::invalid_input("no institution kind '" + request.field("kind") + "' (" +
                                              model::institution_kinds_text() + ")",
                                          "form field kind");
    model::Institution institution{0, request.field("code"), request.field("name"), *kind};
    TRY(track::InstitutionService(desk.tracking).create(desk.user.name, institution));
    return {};
}

// A page of the office built by `build`, refused as `what` when its service refuses.
Reply show(WebContext& context, Visit& visit, const char* title, const char* what,
           core::Result<std::string> (*build)(Desk&, const Visit&)) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto main = build(desk, visit);
        if (!main.ok())
            return refused(visit, main.error(), visit.t(what));
        return Reply::html(page(visit, visit.t(title), *main));
    });
}

Reply change(WebContext& context, Visit& visit, const char* what, const std::string& back,
             core::Status (*apply)(Desk&, const Request&)) {
    return at_desk(context, visit, [&](Desk& desk) {
        auto done = apply(desk, visit.request);
        if (!done.ok())
            return refused(visit, done.error(), visit.t(what));
        return Reply::redirect(back);
    });
}

}  // namespace

Reply user_list(WebContext& context, Visit& visit) {
    return show(context, visit, "office.users", "refused.user_read", users_main);
}
Reply user_create(WebContext& context, Visit& visit) {
    return change(context, visit, "refused.user_create", "/office/users", create_user);
}
Reply institution_list(WebContext& context, Visit& visit) {
    return show(context, visit, "office.institutions", "refused.institution_read",
                institutions_main);
}
Reply institution_create(WebContext& context, Visit& visit) {
    return change(context, visit, "refused.institution_create", "/office/institutions",
                  create_institution);
}
Reply audit_log(WebContext& context, Visit& visit) {
    return show(context, visit, "office.audit", "refused.audit_read", audit_main);
}

}  // namespace rightstrack::web
