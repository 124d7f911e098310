// The steps every page and form passes around its route, in one place rather than in each
// handler: the language (?lang=, remembered in a cookie; else the browser's Accept-Language),
// the signed-in user from the session cookie, the CSRF token forms must carry (the session's,
// or for a visitor a random one in a cookie of its own, so that the login and setup forms are
// protected too), and the refusal of any POST whose `csrf` field (or X-CSRF-Token header) is
// missing or wrong: 403, nothing done. Security headers are set by the server on every
// response (security_headers()). Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "web/WebContext.h"

namespace rightstrack::web {

inline constexpr std::string_view kSessionCookie = "rt_session";
inline constexpr std::string_view kFormCookie = "rt_form";
inline constexpr std::string_view kLanguageCookie = "rt_lang";

// Content-Security-Policy (no inline scripts or styles, nothing from elsewhere, no framing),
// X-Content-Type-Options and Referrer-Policy.
std::vector<std::pair<std::string, std::string>> security_headers();

class Guard {
public:
    explicit Guard(WebContext& context) : context_(context) {}

    // The visit's language, from the request alone (no database): enough for error pages.
    Visit visit(const Request& request) const;
    // Finds the session and the CSRF token; a reply when the request goes no further.
    std::optional<Reply> admit(Visit& visit) const;
    // Adds the visit's cookies to the reply.
    void finish(const Visit& visit, Reply& reply) const;

private:
    WebContext& context_;
};

}  // namespace rightstrack::web
