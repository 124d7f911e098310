// The JSON API for signed-in users: label suggestions and their review, and implementation
// tracking through the track services as the signed-in user (actions, progress reports and
// their workflow, a recommendation's status, deadlines with the UPR calendar's events, the audit
// log's check; the rest of the plan is TrackApiPlan's).
// Without a live session every route answers 401 `unauthenticated`; a service's policy refusing
// answers 403 `forbidden` (ApiError's table). POSTs carry the session's CSRF token in an
// X-CSRF-Token header, which the guard checks before the handler runs.
#include "web/TrackApi.h"

#include "classify/Review.h"
#include "core/Text.h"
#include "model/LabelSuggestion.h"
#include "track/ActionService.h"
#include "track/AuditService.h"
#include "track/CalendarService.h"
#include "track/Deadlines.h"
#include "track/ImplementationService.h"
#include "track/ReportService.h"
#include "track/SuggestionPolicy.h"
#include "track/TrackJson.h"
#include "web/JsonApi.h"
#include "web/Routes.h"

namespace rightstrack::web {
namespace {

using nlohmann::json;
// Reading and reviewing suggestions follow track's one policy for them (SuggestionPolicy).
core::Status check_suggestions(track::Context& context, const std::string& actor) {
    return track::check_suggestion_review(TRY(context.actor(actor)));
}

core::Result<json> suggestions(WebContext& context, track::Context& track, const std::string& actor,
                               const Request& request) {
    TRY(check_suggestions(track, actor));
    const Page page = TRY(parse_page(request));
    store::SuggestionFilter filter;
    if (const std::string state = request.parameter("state"); !state.empty()) {
        filter.state = model::parse_suggestion_state(state);
        if (!filter.state)
            return core::Error::invalid_input(
                "state must be " + model::suggestion_states_text() + ", not '" + state + "'",
                "state");
    }
    auto found =
        TRY(context.with_store([&](store::Store& store) { return store.suggestions(filter); }));
    json items = json::array();
    for (const auto& suggestion : found) items.push_back(track::to_json(suggestion));
    return paged(items, page);
}

// {"accept": [ids], "reject": [ids], "correct": [{"id", "label"}]}: all or none.
core::Result<std::vector<model::SuggestionReview>> reviews_of(const json& body) {
    std::vector<model::SuggestionReview> reviews;
    for (int64_t id : TRY(ids_field(body, "accept")))
        reviews.push_back({id, model::ReviewAction::Accept, {}});
    for (int64_t id : TRY(ids_field(body, "reject")))
        reviews.push_back({id, model::ReviewAction::Reject, {}});
    if (auto corrections = body.find("correct"); corrections != body.end()) {
        if (!corrections->is_array())
            return core::Error::invalid_input("correct must be an array of {id, label}", "correct");
        for (const auto& item : *corrections) {
            auto id = item.is_object() ? item.find("id") : item.end();
            if (!item.is_object() || id == item.end() || !id->is_number_integer() ||
                !item.contains("label") || !item["label"].is_string())
                return core::Error::invalid_input("correct must be an array of {id, label}",
                                                  "correct");
            reviews.push_back({id->get<int64_t>(), model::ReviewAction::Correct,
                               item["label"].get<std::string>()});
        }
    }
    if (reviews.empty())
        return core::Error::invalid_input("nothing to review: give accept, reject or correct",
                                          "body");
    return reviews;
}

core::Result<json> review(WebContext& context, track::Context& track, const std::string& actor,
                          const Request& request) {
    TRY(check_suggestions(track, actor));
    const auto reviews = TRY(reviews_of(TRY(json_body(request))));
    const auto summary = TRY(context.with_store(
        [&](store::Store& store) { return classify::review_suggestions(store, reviews); }));
    return json{{"accepted", summary.accepted},
                {"rejected", summary.rejected},
                {"corrected", summary.corrected}};
}

core::Result<json> create_action(track::Context& track, const std::string& actor,
                                 const Request& request) {
    const json body = TRY(json_body(request));
    model::Action action;
    action.title = TRY(string_field(body, "title"));
    action.description = TRY(string_field(body, "description"));
    action.lead_institution = TRY(string_field(body, "lead_institution"));
    action.supporting_institutions = TRY(strings_field(body, "supporting_institutions"));
    action.start_date = TRY(string_field(body, "start_date"));
    action.due_date = TRY(string_field(body, "due_date"));
    action.currency = TRY(string_field(body, "currency"));
    action.recommendations = TRY(strings_field(body, "recommendations"));
    action.clusters = TRY(ids_field(body, "clusters"));
    action.sdg_targets = TRY(strings_field(body, "sdg_targets"));
    if (auto budget = body.find("budget"); budget != body.end() && !budget->is_null()) {
        if (!budget->is_number_integer())
            return core::Error::invalid_input("budget must be a whole number", "budget");
        action.budget = budget->get<int64_t>();
    }
    return track::to_json(TRY(track::ActionService(track).create(actor, std::move(action))));
}

core::Result<json> set_status(track::Context& track, const std::string& actor, const Visit& visit) {
    const int64_t id = TRY(id_of(path_part(visit), "id"));
    const std::string text = TRY(string_field(TRY(json_body(visit.request)), "status"));
    const auto status = model::parse_action_status(text);
    if (!status)
        return core::Error::invalid_input(
            "status must be planned, in_progress, completed, delayed or cancelled, not '" + text +
                "'",
            "status");
    return track::to_json(TRY(track::ActionService(track).set_status(actor, id, *status)));
}

// POST /api/v1/reports/ID/STEP: submit, approve, return (with {"comment"}) or publish.
core::Result<json> report_step(track::Context& track, const std::string& actor,
                               const Visit& visit) {
    const int64_t id = TRY(id_of(path_part(visit, 0), "id"));
    const std::string step = path_part(visit, 1);
    track::ReportService reports(track);
    if (step == "submit")
        return track::to_json(TRY(reports.submit(actor, id)));
    if (step == "approve")
        return track::to_json(TRY(reports.approve(actor, id)));
    if (step == "publish")
        return track::to_json(TRY(reports.publish(actor, id)));
    const std::string comment = TRY(string_field(TRY(json_body(visit.request)), "comment"));
    return track::to_json(TRY(reports.send_back(actor, id, comment)));
}

core::Result<json> recommendation_status(track::Context& track, const std::string& actor,
                                         const Visit& visit) {
    const auto status = TRY(track::ImplementationService(track).status(actor, path_part(visit)));
    return json{{"recommendation", status.recommendation},
                {"derived", model::implementation_status_code(status.derived)},
                {"status", model::implementation_status_code(status.effective())},
                {"override", status.override_ ? track::to_json(*status.override_) : json(nullptr)},
                {"actions", status.actions}};
}

json reports_due(const std::vector<track::ReportDue>& list) {
    json out = json::array();
    for (const auto& due : list)
        out.push_back(
            {{"action", due.action.id}, {"title", due.action.title}, {"date", due.due_date}});
    return out;
}

// ?days=N (30 unless given, 0 to 3660) &institution=CODE.
core::Result<json> deadlines(track::Context& track, const std::string& actor, const Visit& visit) {
    int days = 30;
    if (const std::string text = visit.request.parameter("days"); !text.empty()) {
        auto parsed = core::parse_int(text);
        if (!parsed || *parsed < 0 || *parsed > 3660)
            return core::Error::invalid_input(
                "days must be a number from 0 to 3660, not '" + text + "'", "days");
        days = *parsed;
    }
    const std::string institution = visit.request.parameter("institution");
    track::DeadlineService service(track);
    auto actions = TRY(service.actions(actor, days, {}, institution));
    auto reports = TRY(service.reports(actor, days, {}, institution));
    // The UPR calendar's coming events beside them, as `track deadlines` lists them.
    auto events = TRY(track::CalendarService(track).list(actor, days));
    return json{{"overdue", json_list(actions.overdue)},
                {"due", json_list(actions.due_soon)},
                {"reports_overdue", reports_due(reports.overdue)},
                {"reports_due", reports_due(reports.due_soon)},
                {"events", json_list(events)}};
}

core::Result<json> audit_verify(track::Context& track, const std::string& actor) {
    const auto report = TRY(track::AuditService(track).verify(actor));
    return json{{"entries", report.entries},
                {"intact", report.intact()},
                {"first_broken", report.first_broken ? json(*report.first_broken) : json(nullptr)},
                {"problem", report.problem}};
}

}  // namespace

// Runs `work` as the signed-in user, with a tracking store of the pool; 401 without a session.
Handler signed_in(WebContext& context, TrackWork work) {
    return [&context, work = std::move(work)](Visit& visit) {
        auto user = api_user(context, visit);
        if (!user.ok())
            return api_reply(api_error(user.error()));
        if (user->empty())
            return api_reply(api_unauthenticated());
        auto lease = context.tracking.lease();
        if (!lease.ok())
            return api_reply(api_error(lease.error()));
        track::Context track_context{**lease, track::utc_now,
                                     context.options.database + ".evidence"};
        return api_reply(work(track_context, *user, visit));
    };
}

std::string path_part(const Visit& visit, std::size_t index) {
    const auto& matches = visit.request.path_matches;
    return index < matches.size() ? matches[index] : std::string();
}

core::Result<std::string> string_field(const json& body, const std::string& name,
                                       std::string fallback) {
    auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return fallback;
    if (!found->is_string())
        return core::Error::invalid_input(name + " must be a string", name);
    return found->get<std::string>();
}

core::Result<std::vector<std::string>> strings_field(const json& body, const std::string& name) {
    std::vector<std::string> out;
    auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return out;
    if (!found->is_array())
        return core::Error::invalid_input(name + " must be an array of strings", name);
    for (const auto& item : *found) {
        if (!item.is_string())
            return core::Error::invalid_input(name + " must be an array of strings", name);
        out.push_back(item.get<std::string>());
    }
    return out;
}

core::Result<std::vector<int64_t>> ids_field(const json& body, const std::string& name) {
    std::vector<int64_t> out;
    auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return out;
    if (!found->is_array())
        return core::Error::invalid_input(name + " must be an array of ids", name);
    for (const auto& item : *found) {
        if (!item.is_number_integer() || item.get<int64_t>() <= 0)
            return core::Error::invalid_input(name + " must be an array of ids", name);
        out.push_back(item.get<int64_t>());
    }
    return out;
}

core::Result<std::optional<double>> number_field(const json& body, const std::string& name) {
    auto found = body.find(name);
    if (found == body.end() || found->is_null())
        return std::optional<double>();
    if (!found->is_number())
        return core::Error::invalid_input(name + " must be a number", name);
    return std::optional<double>(found->get<double>());
}

std::vector<Route> track_api_routes(WebContext& context) {
    auto route = [&context](std::string method, std::string pattern, TrackWork work) {
        return Route{std::move(method), std::move(pattern), signed_in(context, std::move(work)),
                     Guarded::Plain};
    };
    std::vector<Route> routes{
        route("GET", "/api/v1/suggestions",
              [&context](track::Context& t, const std::string& actor, const Visit& visit) {
                  return suggestions(context, t, actor, visit.request);
              }),
        route("POST", "/api/v1/suggestions/review",
              [&context](track::Context& t, const std::string& actor, const Visit& visit) {
                  return review(context, t, actor, visit.request);
              }),
        route("GET", "/api/v1/actions", paged_list([](track::Context& t, const std::string& actor) {
                  return track::ActionService(t).list(actor);
              })),
        route("POST", "/api/v1/actions",
              [](track::Context& t, const std::string& actor, const Visit& visit) {
                  return create_action(t, actor, visit.request);
              }),
        route("GET", "/api/v1/actions/([^/]+)",
              [](track::Context& t, const std::string& actor,
                 const Visit& visit) -> core::Result<json> {
                  const int64_t id = TRY(id_of(path_part(visit), "id"));
                  return track::to_json(TRY(track::ActionService(t).get(actor, id)));
              }),
        route("POST", "/api/v1/actions/([^/]+)/status", set_status),
        route("GET", "/api/v1/reports", paged_list([](track::Context& t, const std::string& actor) {
                  return track::ReportService(t).list(actor);
              })),
        route("POST", "/api/v1/reports/([^/]+)/(submit|approve|return|publish)", report_step),
        route("GET", "/api/v1/recommendations/([^/]+)/status", recommendation_status),
        route("GET", "/api/v1/deadlines", deadlines),
        route("GET", "/api/v1/audit/verify",
              [](track::Context& t, const std::string& actor, const Visit&) {
                  return audit_verify(t, actor);
              }),
    };
    for (auto& route : plan_api_routes(context)) routes.push_back(std::move(route));
    return routes;
}

}  // namespace rightstrack::web
