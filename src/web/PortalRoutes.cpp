// The public portal: the search page, a recommendation's page, and the static assets compiled
// into the binary (cached by browsers for a day; compressed by the server when they accept it).
#include "web/EmbeddedFiles.h"
#include "web/Html.h"
#include "web/RecommendationPage.h"
#include "web/Routes.h"
#include "web/SearchPage.h"

namespace rightstrack::web {
namespace {

std::string content_type_of(std::string_view path) {
    if (path.ends_with(".css"))
        return "text/css; charset=utf-8";
    if (path.ends_with(".js"))
        return "text/javascript; charset=utf-8";
    if (path.ends_with(".svg"))
        return "image/svg+xml";
    return "application/octet-stream";
}

Reply static_file(Visit& visit) {
    const std::string name =
        visit.request.path_matches.empty() ? "" : visit.request.path_matches[0];
    auto content = embedded_file("static/" + name);
    if (!content)
        return Reply::text("not found\n", 404);
    Reply reply{200, content_type_of(name), std::string(*content), {}};
    reply.headers.emplace_back("Cache-Control", "public, max-age=86400");
    return reply;
}

}  // namespace

std::vector<Route> portal_routes(WebContext& context) {
    return {
        {"GET", "/", [](Visit&) { return Reply::redirect("/search"); }},
        {"GET", "/search", [&context](Visit& visit) { return search_page(context, visit); }},
        {"GET", "/recommendations/([A-Za-z0-9_-]+)",
         [&context](Visit& visit) { return recommendation_page(context, visit); }},
        {"GET", "/static/([a-z0-9_.-]+)", static_file, Guarded::Plain},
    };
}

}  // namespace rightstrack::web
