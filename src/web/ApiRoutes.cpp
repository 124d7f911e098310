// The JSON API and the health check: plain routes, no session or CSRF involved.
#include "web/Routes.h"
#include "web/SearchApi.h"

namespace rightstrack::web {

std::vector<Route> api_routes(WebContext& context) {
    return {
        {"GET", "/healthz", [](Visit&) { return Reply::text("ok\n", 200); }, Guarded::Plain},
        {"GET", "/api/v1/search",
         [&context](Visit& visit) {
             ApiAnswer answer = cached_search_api(context, visit.request.query);
             return Reply::json(std::move(answer.body), answer.status);
         },
         Guarded::Plain},
    };
}

}  // namespace rightstrack::web
