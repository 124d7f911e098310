// The JSON API for the rest of the plan, as the signed-in user through the track services:
// institutions (everyone reads them; the administrator and the secretariat add them), users
// (the administrator adds them; the secretariat reads them), clusters and their
// recommendations, an action's indicators with their measurements, and a recommendation's
// independent assessments (contributors write them, everyone reads them). The services' policies
// decide; a refusal is 403 `forbidden`, a bad body 400 naming the field.
#include "model/Institution.h"
#include "model/User.h"
#include "track/ClusterService.h"
#include "track/ImplementationService.h"
#include "track/IndicatorService.h"
#include "track/InstitutionService.h"
#include "track/UserService.h"
#include "web/TrackApi.h"

namespace rightstrack::web {
namespace {

using nlohmann::json;

core::Result<json> create_institution(track::Context& track, const std::string& actor,
                                      const Visit& visit) {
    const json body = TRY(json_body(visit.request));
    const std::string kind_text = TRY(string_field(body, "kind", "other"));
    const auto kind = model::parse_institution_kind(kind_text);
    if (!kind)
        return core::Error::invalid_input(
            "kind must be " + model::institution_kinds_text() + ", not '" + kind_text + "'",
            "kind");
    model::Institution institution{0, TRY(string_field(body, "code")),
                                   TRY(string_field(body, "name")), *kind};
    return track::to_json(TRY(track::InstitutionService(track).create(actor, institution)));
}

// {"name", "role", "institutions", "password"}; the answer never carries the password.
core::Result<json> create_user(track::Context& track, const std::string& actor,
                               const Visit& visit) {
    const json body = TRY(json_body(visit.request));
    const std::string role_text = TRY(string_field(body, "role"));
    const auto role = model::parse_role(role_text);
    if (!role)
        return core::Error::invalid_input("no role '" + role_text + "'", "role");
    model::User user;
    user.name = TRY(string_field(body, "name"));
    user.role = *role;
    user.institutions = TRY(strings_field(body, "institutions"));
    const std::string password = TRY(string_field(body, "password"));
    return track::to_json(TRY(track::UserService(track).create(actor, user, password)));
}

core::Result<json> create_cluster(track::Context& track, const std::string& actor,
                                  const Visit& visit) {
    const json body = TRY(json_body(visit.request));
    model::Cluster cluster{0, TRY(string_field(body, "title")),
                           TRY(string_field(body, "description")),
                           TRY(strings_field(body, "recommendations"))};
    return track::to_json(TRY(track::ClusterService(track).create(actor, cluster)));
}

// POST /api/v1/clusters/ID/(link|unlink) {"recommendations": [ids]}.
core::Result<json> change_cluster(track::Context& track, const std::string& actor,
                                  const Visit& visit) {
    const int64_t id = TRY(id_of(path_part(visit, 0), "id"));
    const auto recommendations =
        TRY(strings_field(TRY(json_body(visit.request)), "recommendations"));
    if (recommendations.empty())
        return core::Error::invalid_input("recommendations must name at least one",
                                          "recommendations");
    track::ClusterService clusters(track);
    if (path_part(visit, 1) == "link")
        return track::to_json(TRY(clusters.link(actor, id, recommendations)));
    return track::to_json(TRY(clusters.unlink(actor, id, recommendations)));
}

core::Result<json> define_indicator(track::Context& track, const std::string& actor,
                                    const Visit& visit) {
    const json body = TRY(json_body(visit.request));
    model::Indicator indicator;
    indicator.action = TRY(id_of(path_part(visit), "id"));
    indicator.name = TRY(string_field(body, "name"));
    indicator.unit = TRY(string_field(body, "unit"));
    indicator.baseline = TRY(number_field(body, "baseline"));
    indicator.target = TRY(number_field(body, "target"));
    for (const auto& code : TRY(strings_field(body, "disaggregation"))) {
        const auto dimension = model::parse_dimension(code);
        if (!dimension)
            return core::Error::invalid_input(
                "disaggregation takes sex, region or age, not '" + code + "'", "disaggregation");
        indicator.disaggregation.push_back(*dimension);
    }
    return track::to_json(TRY(track::IndicatorService(track).define(actor, indicator)));
}

// {"value", "unit", "date", "source", "for": {"sex": "female"}}.
core::Result<json> measure(track::Context& track, const std::string& actor, const Visit& visit) {
    const int64_t id = TRY(id_of(path_part(visit), "id"));
    const json body = TRY(json_body(visit.request));
    const auto value = TRY(number_field(body, "value"));
    if (!value)
        return core::Error::invalid_input("a measurement needs a value", "value");
    track::Reading reading{*value,
                           TRY(string_field(body, "unit")),
                           TRY(string_field(body, "date")),
                           TRY(string_field(body, "source")),
                           {}};
    if (auto groups = body.find("for"); groups != body.end() && !groups->is_null()) {
        if (!groups->is_object())
            return core::Error::invalid_input("for must be an object of dimension and value",
                                              "for");
        for (const auto& [dimension, group] : groups->items()) {
            if (!group.is_string())
                return core::Error::invalid_input("for." + dimension + " must be a string", "for");
            reading.breakdown.emplace_back(dimension, group.get<std::string>());
        }
    }
    return track::to_json(TRY(track::IndicatorService(track).measure(actor, id, reading)));
}

core::Result<json> indicators(track::Context& track, const std::string& actor, const Visit& visit) {
    const int64_t action = TRY(id_of(path_part(visit), "id"));
    const Page page = TRY(parse_page(visit.request));
    return paged(json_list(TRY(track::IndicatorService(track).list(actor, action))), page);
}

core::Result<json> assess(track::Context& track, const std::string& actor, const Visit& visit) {
    const json body = TRY(json_body(visit.request));
    const std::string status_text = TRY(string_field(body, "status"));
    const auto status = model::parse_implementation_status(status_text);
    if (!status)
        return core::Error::invalid_input(
            "status must be not_started, partially_implemented or implemented, not '" +
                status_text + "'",
            "status");
    model::Assessment assessment;
    assessment.recommendation = path_part(visit);
    assessment.status = *status;
    assessment.narrative = TRY(string_field(body, "narrative"));
    assessment.evidence = TRY(string_field(body, "evidence"));
    return track::to_json(TRY(track::ImplementationService(track).assess(actor, assessment)));
}

core::Result<json> assessments(track::Context& track, const std::string& actor,
                               const Visit& visit) {
    const Page page = TRY(parse_page(visit.request));
    return paged(
        json_list(TRY(track::ImplementationService(track).assessments(actor, path_part(visit)))),
        page);
}

}  // namespace

std::vector<Route> plan_api_routes(WebContext& context) {
    auto route = [&context](std::string method, std::string pattern, TrackWork work) {
        return Route{std::move(method), std::move(pattern), signed_in(context, std::move(work)),
                     Guarded::Plain};
    };
    return {
        route("GET", "/api/v1/institutions",
              paged_list([](track::Context& t, const std::string& actor) {
                  return track::InstitutionService(t).list(actor);
              })),
        route("POST", "/api/v1/institutions", create_institution),
        route("GET", "/api/v1/users", paged_list([](track::Context& t, const std::string& actor) {
                  return track::UserService(t).list(actor);
              })),
        route("POST", "/api/v1/users", create_user),
        route("GET", "/api/v1/clusters",
              paged_list([](track::Context& t, const std::string& actor) {
                  return track::ClusterService(t).list(actor);
              })),
        route("POST", "/api/v1/clusters", create_cluster),
        route("GET", "/api/v1/clusters/([^/]+)",
              [](track::Context& t, const std::string& actor,
                 const Visit& visit) -> core::Result<json> {
                  const int64_t id = TRY(id_of(path_part(visit), "id"));
                  return track::to_json(TRY(track::ClusterService(t).get(actor, id)));
              }),
        route("POST", "/api/v1/clusters/([^/]+)/(link|unlink)", change_cluster),
        route("GET", "/api/v1/actions/([^/]+)/indicators", indicators),
        route("POST", "/api/v1/actions/([^/]+)/indicators", define_indicator),
        route("POST", "/api/v1/indicators/([^/]+)/measurements", measure),
        route("GET", "/api/v1/recommendations/([^/]+)/assessments", assessments),
        route("POST", "/api/v1/recommendations/([^/]+)/assessments", assess),
    };
}

}  // namespace rightstrack::web
