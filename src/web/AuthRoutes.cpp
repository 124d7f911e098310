// Sign-in: GET/POST /login, POST /logout, and the first run's GET/POST /setup. Passwords are
// checked by track's UserService (argon2id); a session is opened only after the limiter has let
// the attempt through and the password matched. The guard has checked every POST's CSRF token
// before these run.
#include "track/Passwords.h"
#include "track/UserService.h"
#include "web/ApiError.h"
#include "web/Guard.h"
#include "web/Html.h"
#include "web/Routes.h"
#include "web/Tokens.h"

namespace rightstrack::web {
namespace {

std::string text_field(std::string_view id, std::string_view label, std::string_view type,
                       std::string_view value, std::string_view autocomplete) {
    return "<p><label for=\"" + std::string(id) + "\">" + escape(label) + "</label>\n<input id=\"" +
           std::string(id) + "\" name=\"" + std::string(id) + "\" type=\"" + std::string(type) +
           "\" value=\"" + escape(value) + "\" autocomplete=\"" + std::string(autocomplete) +
           "\" required></p>\n";
}

// Users as the tracking services see them; sign-in handles no evidence files.
track::UserService users_of(store::TrackingStore& store) {
    return track::UserService(track::Context{store, track::utc_now, ""});
}

// An argon2id hash no password matches. An unknown name is checked against it, so that it takes
// as long to refuse as a known one and the time taken does not tell which names exist.
const std::string& decoy_hash() {
    static const std::string hash = track::hash_password(random_token()).value();
    return hash;
}

std::string notice(std::string_view message) {
    if (message.empty())
        return {};
    return "<p class=\"notice\" role=\"alert\">" + escape(message) + "</p>\n";
}

// Only a path of this site: never another site, nor "//host" (which browsers read as one).
std::string safe_next(const std::string& next) {
    if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\')
        return next;
    return "/search";
}

Reply login_form(const Visit& visit, std::string_view name, std::string_view message, int status) {
    const auto& t = visit.t;
    std::string main =
        "<h1>" + escape(t("login.title")) + "</h1>\n" + notice(message) +
        "<form method=\"post\" action=\"/login\" class=\"stacked\">\n" + csrf_field(visit) +
        "<input type=\"hidden\" name=\"next\" value=\"" +
        escape(safe_next(visit.request.parameter("next").empty()
                             ? visit.request.field("next")
                             : visit.request.parameter("next"))) +
        "\">\n" + text_field("name", t("login.name"), "text", name, "username") +
        text_field("password", t("login.password"), "password", "", "current-password") +
        "<p><button type=\"submit\">" + escape(t("login.submit")) + "</button></p>\n</form>\n";
    return Reply::html(page(visit, t("login.title"), main), status);
}

// Opens a session for `user` and sends the browser on to `next`.
Reply signed_in(WebContext& context, Visit& visit, const std::string& user,
                const std::string& next) {
    auto session = context.sessions.open(user);
    if (!session.ok())
        return error_page(visit, http_status(session.error()), visit.t("error.internal"));
    if (!visit.session_token.empty())
        (void)context.sessions.close(visit.session_token);
    visit.set_cookies.push_back(cookie_header(kSessionCookie, session->token,
                                              context.options.secure_cookies,
                                              context.options.session_lifetime.count()));
    return Reply::redirect(safe_next(next));
}

Reply login(WebContext& context, Visit& visit) {
    const std::string name = visit.request.field("name");
    const std::string password = visit.request.field("password");
    const std::string& address = visit.request.remote_address;
    if (long wait = context.limiter.retry_after(name, address); wait > 0) {
        const long minutes = (wait + 59) / 60;
        Reply reply = login_form(
            visit, name, visit.t("login.too_many", {{"minutes", std::to_string(minutes)}}), 429);
        reply.headers.emplace_back("Retry-After", std::to_string(wait));
        return reply;
    }
    auto tracking = context.tracking.lease();
    if (!tracking.ok())
        return error_page(visit, 500, visit.t("error.internal"));
    auto known = (*tracking)->user(name);
    if (!known.ok())
        return error_page(visit, http_status(known.error()), visit.t("error.internal"));
    if (!*known)
        (void)track::password_matches(decoy_hash(), password);
    auto matches = users_of(**tracking).authenticate(name, password);
    if (!matches.ok())
        return error_page(visit, http_status(matches.error()), visit.t("error.internal"));
    if (!*matches) {
        context.limiter.failed(name, address);
        return login_form(visit, name, visit.t("login.wrong"), 401);
    }
    return signed_in(context, visit, name, visit.request.field("next"));
}

Reply logout(WebContext& context, Visit& visit) {
    if (!visit.session_token.empty()) {
        auto closed = context.sessions.close(visit.session_token);
        if (!closed.ok())
            return error_page(visit, 500, visit.t("error.internal"));
    }
    visit.set_cookies.push_back(
        cookie_header(kSessionCookie, "", context.options.secure_cookies, 0));
    return Reply::redirect("/search");
}

Reply setup_form(const Visit& visit, std::string_view token, std::string_view name,
                 std::string_view message, int status) {
    const auto& t = visit.t;
    std::string main =
        "<h1>" + escape(t("setup.title")) + "</h1>\n<p>" + escape(t("setup.intro")) + "</p>\n" +
        notice(message) + "<form method=\"post\" action=\"/setup\" class=\"stacked\">\n" +
        csrf_field(visit) + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) +
        "\">\n" + text_field("name", t("setup.name"), "text", name, "username") +
        text_field("password", t("setup.password"), "password", "", "new-password") +
        text_field("password_again", t("setup.password_again"), "password", "", "new-password") +
        "<p><button type=\"submit\">" + escape(t("setup.submit")) + "</button></p>\n</form>\n";
    return Reply::html(page(visit, t("setup.title"), main), status);
}

Reply setup_page(WebContext& context, Visit& visit) {
    const std::string token = visit.request.parameter("token");
    if (!context.setup.accepts(token))
        return error_page(visit, 404, visit.t("error.not_found"));
    return setup_form(visit, token, "", "", 200);
}

Reply setup(WebContext& context, Visit& visit) {
    const std::string token = visit.request.field("token");
    if (!context.setup.accepts(token))
        return error_page(visit, 404, visit.t("error.not_found"));
    const std::string name = visit.request.field("name");
    const std::string password = visit.request.field("password");
    if (password != visit.request.field("password_again"))
        return setup_form(visit, token, name, visit.t("setup.mismatch"), 400);
    auto tracking = context.tracking.lease();
    if (!tracking.ok())
        return error_page(visit, 500, visit.t("error.internal"));
    auto admin = users_of(**tracking).init_admin(name, password);
    if (!admin.ok() && admin.error().kind() == core::ErrorKind::InvalidInput)
        return setup_form(visit, token, name, admin.error().message(), 400);
    if (!admin.ok() && admin.error().kind() == core::ErrorKind::Conflict) {
        context.setup.shut();  // An administrator was made meanwhile (another tab, the CLI).
        return error_page(visit, 404, visit.t("error.not_found"));
    }
    if (!admin.ok())
        return error_page(visit, http_status(admin.error()), visit.t("error.internal"));
    context.setup.shut();
    return signed_in(context, visit, admin->name, "/search");
}

}  // namespace

std::vector<Route> auth_routes(WebContext& context) {
    (void)decoy_hash();  // Made now, so that the first unknown name is not the slow one.
    return {
        {"GET", "/login", [](Visit& visit) { return login_form(visit, "", "", 200); }},
        {"POST", "/login", [&context](Visit& visit) { return login(context, visit); }},
        {"POST", "/logout", [&context](Visit& visit) { return logout(context, visit); }},
        {"GET", "/setup", [&context](Visit& visit) { return setup_page(context, visit); }},
        {"POST", "/setup", [&context](Visit& visit) { return setup(context, visit); }},
    };
}

}  // namespace rightstrack::web
