// The routes of each area, each in its own file: ApiRoutes (the JSON API and /healthz),
// AuthRoutes (login, logout, first-run setup), PortalRoutes (the public search and
// recommendation pages, static assets). A route is a method, a path pattern (a regular
// expression over the whole path; its groups reach the handler as path_matches) and a handler
// that sees only the web module's own Request and Reply. A `Plain` route skips the guard's
// session and CSRF step (the JSON API, health checks, static files: no cookies involved); a POST
// is checked for its CSRF token whatever its route says.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "web/WebContext.h"

namespace rightstrack::web {

using Handler = std::function<Reply(Visit&)>;

enum class Guarded { Yes, Plain };

struct Route {
    std::string method;  // "GET" or "POST".
    std::string pattern;
    Handler handle;
    Guarded guarded = Guarded::Yes;
};

std::vector<Route> api_routes(WebContext& context);
std::vector<Route> auth_routes(WebContext& context);
std::vector<Route> portal_routes(WebContext& context);
// The JSON API beyond search: public records (RecordApi.cpp) and, signed in, tracking and
// suggestions (TrackApi.cpp); GET /api/v1/openapi.json describes them all.
std::vector<Route> record_api_routes(WebContext& context);
std::vector<Route> track_api_routes(WebContext& context);
// The back office under /office and the public /plans page (OfficeRoutes.cpp, Office.h).
std::vector<Route> office_routes(WebContext& context);
// The back office's document import (OfficeImport.cpp).
std::vector<Route> office_import_routes(WebContext& context);
// The public State pages (StatePage.cpp).
std::vector<Route> state_routes(WebContext& context);

}  // namespace rightstrack::web
