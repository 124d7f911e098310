#include "web/Guard.h"

#include "web/ApiError.h"
#include "web/Html.h"
#include "web/Tokens.h"

namespace rightstrack::web {
namespace {

constexpr long kLanguageCookieSeconds = 365L * 24 * 3600;

// A token fit for a cookie we set: 64 hex digits. Anything else is ignored.
bool looks_like_token(const std::string& value) {
    return value.size() == 64 && value.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> security_headers() {
    return {{"Content-Security-Policy",
             "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
             "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"},
            {"X-Content-Type-Options", "nosniff"},
            {"Referrer-Policy", "same-origin"}};
}

Visit Guard::visit(const Request& request) const {
    std::vector<std::string> cookies;
    std::string language = supported_language(request.parameter("lang"));
    if (!language.empty()) {
        cookies.push_back(cookie_header(kLanguageCookie, language, context_.options.secure_cookies,
                                        kLanguageCookieSeconds));
    } else if (auto remembered = request.cookie(kLanguageCookie)) {
        language = supported_language(*remembered);
    }
    if (language.empty())
        language = language_from_accept(request.header("accept-language"));
    return Visit{request, context_.catalog.translator(language), {}, {}, {}, std::move(cookies)};
}

std::optional<Reply> Guard::admit(Visit& visit) const {
    const bool secure = context_.options.secure_cookies;
    if (auto token = visit.request.cookie(kSessionCookie); token && looks_like_token(*token)) {
        auto session = context_.sessions.find(*token);
        if (!session.ok())
            return error_page(visit, http_status(session.error()), visit.t("error.internal"));
        if (*session) {
            visit.user = (*session)->user;
            visit.session_token = (*session)->token;
            visit.csrf_token = (*session)->csrf_token;
        } else {
            visit.set_cookies.push_back(cookie_header(kSessionCookie, "", secure, 0));
        }
    }
    if (visit.csrf_token.empty()) {
        auto form_token = visit.request.cookie(kFormCookie);
        if (form_token && looks_like_token(*form_token)) {
            visit.csrf_token = *form_token;
        } else {
            visit.csrf_token = random_token();
            visit.set_cookies.push_back(cookie_header(kFormCookie, visit.csrf_token, secure));
        }
    }
    if (visit.request.method != "POST")
        return std::nullopt;
    std::string sent = visit.request.field("csrf");
    if (sent.empty())
        sent = visit.request.header("x-csrf-token");
    if (tokens_equal(sent, visit.csrf_token))
        return std::nullopt;
    // JSON clients get the API's error shape rather than a page.
    if (visit.request.path.starts_with("/api/")) {
        const ApiAnswer refused = api_error(403, "csrf", "missing or wrong CSRF token");
        return Reply::json(refused.body, refused.status);
    }
    return error_page(visit, 403, visit.t("error.csrf"));
}

void Guard::finish(const Visit& visit, Reply& reply) const {
    for (const auto& cookie : visit.set_cookies) reply.headers.emplace_back("Set-Cookie", cookie);
}

}  // namespace rightstrack::web
