// The JSON API and the health check: plain routes, no session or CSRF involved.
#include "web/Routes.h"
#include "web/SearchApi.h"

namespace rightstrack::web {

std::vector<Route> api_routes(WebContext& context) {
    return {
        {"GET", "/healthz", [](Visit&) { return Reply::text("ok\n", 200); }, Guarded::Plain},
        {"GET", "/api/v1/search",
         [&context](Visit& visit) {
             auto answer = context.with_current_index(
                 [&](const index::Searcher& searcher, index::SearchLane& lane) {
                     return cached_search_api(searcher, lane, context.answers, visit.request.query);
                 });
             if (!answer.ok())
                 answer = api_error(answer.error());
             return Reply::json(std::move(answer->body), answer->status);
         },
         Guarded::Plain},
    };
}

}  // namespace rightstrack::web
