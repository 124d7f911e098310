// What the JSON API's tracking routes share (TrackApi.cpp, TrackApiPlan.cpp): a handler run as
// the signed-in user over a tracking store of the pool (401 without a session), a route's
// captured path parts, and typed fields of a JSON body whose errors name the field.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/Result.h"
#include "track/Context.h"
#include "track/TrackJson.h"
#include "web/JsonApi.h"
#include "web/Routes.h"

namespace rightstrack::web {

using TrackWork = std::function<core::Result<nlohmann::json>(
    track::Context&, const std::string& actor, const Visit& visit)>;

// Runs `work` as the signed-in user, with a tracking store of the pool; 401 without a session.
Handler signed_in(WebContext& context, TrackWork work);

// The route's captured group `index`; empty when there is none.
std::string path_part(const Visit& visit, std::size_t index = 0);

// Fields of a JSON body: absent (or null) gives the fallback or nothing; a value of another
// type is an invalid_input error naming the field.
core::Result<std::string> string_field(const nlohmann::json& body, const std::string& name,
                                       std::string fallback = {});
core::Result<std::vector<std::string>> strings_field(const nlohmann::json& body,
                                                     const std::string& name);
core::Result<std::vector<int64_t>> ids_field(const nlohmann::json& body, const std::string& name);
core::Result<std::optional<double>> number_field(const nlohmann::json& body,
                                                 const std::string& name);

template <typename T>
nlohmann::json json_list(const std::vector<T>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& value : values) out.push_back(track::to_json(value));
    return out;
}

// A list route: the service's list as the actor, a page of it.
template <typename List>
TrackWork paged_list(List list) {
    return [list](track::Context& track, const std::string& actor,
                  const Visit& visit) -> core::Result<nlohmann::json> {
        const Page page = TRY(parse_page(visit.request));
        return paged(json_list(TRY(list(track, actor))), page);
    };
}

// The routes for the plan beyond actions and reports: institutions, users, clusters,
// indicators and their measurements, independent assessments (TrackApiPlan.cpp).
std::vector<Route> plan_api_routes(WebContext& context);

}  // namespace rightstrack::web
