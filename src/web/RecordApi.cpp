// The public records of the JSON API: one recommendation (with its public implementation
// status and its independent assessments, as track's ImplementationService gives them to a
// visitor), documents (filtered by State, mechanism and cycle), States with their counts, and
// taxonomies with their labels. Plain routes: no session involved, no cookie set. Lists come in
// pages (JsonApi.h); an unknown id, symbol or code is a 404.
#include <memory>

#include "core/Text.h"
#include "model/Implementation.h"
#include "model/State.h"
#include "report/RecordJson.h"
#include "track/ImplementationService.h"
#include "track/TrackJson.h"
#include "web/EmbeddedFiles.h"
#include "web/JsonApi.h"
#include "web/RecordCatalog.h"
#include "web/Routes.h"

namespace rightstrack::web {
namespace {

using nlohmann::json;

std::string path_part(const Visit& visit) {
    return visit.request.path_matches.empty() ? std::string() : visit.request.path_matches[0];
}

json implementation_json(const store::PublicImplementationMap& map, const std::string& id) {
    auto found = map.find(id);
    if (found == map.end())
        return nullptr;
    return {{"status", model::implementation_status_code(found->second.status)},
            {"institutions", found->second.institutions}};
}

core::Result<json> recommendation(store::Store& store, const std::string& id) {
    auto stored = TRY(store.recommendation(id));
    const auto implementation = TRY(store.public_implementation());
    json out =
        json::parse(report::recommendation_json(stored.recommendation, stored.document).dump());
    out["implementation"] = implementation_json(implementation, id);
    return out;
}

// The independent assessments as the public reads them, as on the recommendation page: the
// institution speaks for each; the service never gives a visitor the assessor's user name, so
// the field goes.
core::Result<json> public_assessments(WebContext& context, const std::string& id) {
    auto lease = TRY(context.tracking.lease());
    const auto view =
        TRY(track::ImplementationService({*lease, track::utc_now, ""}).visitor_view(id));
    json out = json::array();
    for (const auto& assessment : view.assessments) {
        json entry = track::to_json(assessment);
        entry.erase("assessor");
        out.push_back(std::move(entry));
    }
    return out;
}

// The record with its public implementation status, then its independent assessments.
core::Result<json> recommendation_answer(WebContext& context, const std::string& id) {
    json out =
        TRY(context.with_store([&](store::Store& store) { return recommendation(store, id); }));
    out["assessments"] = TRY(public_assessments(context, id));
    return out;
}

json document_entry(const CatalogDocument& entry) {
    json out = json::parse(report::document_json(entry.document).dump());
    out["recommendations"] = entry.recommendations;
    return out;
}

// ?state=KGZ&mechanism=UPR&cycle=2: each given filter must hold.
core::Result<json> documents(const RecordSnapshot& snapshot, const Request& request) {
    const Page page = TRY(parse_page(request));
    const std::string state = request.parameter("state");
    const std::string mechanism = request.parameter("mechanism");
    const std::string cycle_text = request.parameter("cycle");
    std::optional<int> cycle;
    if (!cycle_text.empty()) {
        cycle = core::parse_int(cycle_text);
        if (!cycle)
            return core::Error::invalid_input("cycle must be a number, not '" + cycle_text + "'",
                                              "cycle");
    }
    json items = json::array();
    for (const auto& [symbol, entry] : snapshot.documents) {
        const auto& document = entry.document;
        if ((!state.empty() && document.state != state) ||
            (!mechanism.empty() && document.mechanism.code != mechanism) ||
            (cycle && document.cycle != cycle))
            continue;
        items.push_back(document_entry(entry));
    }
    return paged(items, page);
}

json state_entry(const model::StateInfo& info, const StateCounts& counts) {
    return {{"code", info.alpha3},
            {"name", info.name},
            {"formal_name", info.formal_name},
            {"regional_group", model::regional_group_code(info.group)},
            {"recommendations_received", counts.received},
            {"recommendations_made", counts.made}};
}

core::Result<json> states(const RecordSnapshot& snapshot, const Request& request) {
    const Page page = TRY(parse_page(request));
    json items = json::array();
    for (const auto& info : model::state_table()) {
        auto found = snapshot.states.find(std::string(info.alpha3));
        items.push_back(
            state_entry(info, found == snapshot.states.end() ? StateCounts{} : found->second));
    }
    return paged(items, page);
}

core::Result<json> state(const RecordSnapshot& snapshot, const std::string& code) {
    for (const auto& info : model::state_table()) {
        if (info.alpha3 != code)
            continue;
        auto found = snapshot.states.find(code);
        const StateCounts counts = found == snapshot.states.end() ? StateCounts{} : found->second;
        json out = state_entry(info, counts);
        out["by_response"] = counts.by_response;
        json documents = json::array();
        for (const auto& [symbol, entry] : snapshot.documents)
            if (entry.document.state == code)
                documents.push_back(document_entry(entry));
        out["documents"] = documents;
        return out;
    }
    return core::Error::not_found("no State with the code '" + code + "'");
}

core::Result<json> document(const RecordSnapshot& snapshot, const std::string& symbol) {
    auto found = snapshot.documents.find(symbol);
    if (found == snapshot.documents.end())
        return core::Error::not_found("no document with the symbol '" + symbol + "'");
    return document_entry(found->second);
}

core::Result<json> taxonomies(store::Store& store, const Request& request) {
    const Page page = TRY(parse_page(request));
    json items = json::array();
    for (const auto& code : TRY(store.label_catalog()).taxonomies()) {
        const auto taxonomy = TRY(store.taxonomy(code));
        items.push_back(
            {{"code", taxonomy.code}, {"name", taxonomy.name}, {"labels", taxonomy.labels.size()}});
    }
    return paged(items, page);
}

core::Result<json> taxonomy(store::Store& store, const std::string& code) {
    if (!TRY(store.label_catalog()).has_taxonomy(code))
        return core::Error::not_found("no taxonomy with the code '" + code + "'");
    const auto taxonomy = TRY(store.taxonomy(code));
    json labels = json::array();
    for (const auto& label : taxonomy.labels) {
        json names = json::object();
        for (const auto& name : label.names) names[name.language] = name.text;
        labels.push_back({{"code", label.code}, {"parent", label.parent}, {"names", names}});
    }
    return json{{"code", taxonomy.code}, {"name", taxonomy.name}, {"labels", labels}};
}

}  // namespace

std::vector<Route> record_api_routes(WebContext& context) {
    auto catalog = std::make_shared<RecordCatalog>();
    // Runs `answer` over the catalog's current snapshot.
    auto with_snapshot = [&context, catalog](auto answer) {
        return context.with_store([&](store::Store& store) -> core::Result<json> {
            auto snapshot = TRY(catalog->current(store));
            return answer(*snapshot);
        });
    };
    return {
        // The OpenAPI 3 document of every /api/v1 route, written by hand (static/openapi.json).
        {"GET", "/api/v1/openapi.json",
         [](Visit&) {
             auto document = embedded_file("static/openapi.json");
             return Reply::json(std::string(document.value_or("{}")), document ? 200 : 500);
         },
         Guarded::Plain},
        {"GET", "/api/v1/recommendations/([^/]+)",
         [&context](Visit& visit) {
             return api_reply(recommendation_answer(context, path_part(visit)));
         },
         Guarded::Plain},
        {"GET", "/api/v1/documents",
         [with_snapshot](Visit& visit) {
             return api_reply(with_snapshot([&](const RecordSnapshot& snapshot) {
                 return documents(snapshot, visit.request);
             }));
         },
         Guarded::Plain},
        // Symbols have slashes (A/HRC/15/2): the rest of the path, URL-encoded or not.
        {"GET", "/api/v1/documents/(.+)",
         [with_snapshot](Visit& visit) {
             return api_reply(with_snapshot([&](const RecordSnapshot& snapshot) {
                 return document(snapshot, path_part(visit));
             }));
         },
         Guarded::Plain},
        {"GET", "/api/v1/states",
         [with_snapshot](Visit& visit) {
             return api_reply(with_snapshot(
                 [&](const RecordSnapshot& snapshot) { return states(snapshot, visit.request); }));
         },
         Guarded::Plain},
        {"GET", "/api/v1/states/([^/]+)",
         [with_snapshot](Visit& visit) {
             return api_reply(with_snapshot([&](const RecordSnapshot& snapshot) {
                 return state(snapshot, path_part(visit));
             }));
         },
         Guarded::Plain},
        {"GET", "/api/v1/taxonomies",
         [&context](Visit& visit) {
             return api_reply(context.with_store(
                 [&](store::Store& store) { return taxonomies(store, visit.request); }));
         },
         Guarded::Plain},
        {"GET", "/api/v1/taxonomies/([^/]+)",
         [&context](Visit& visit) {
             return api_reply(context.with_store(
                 [&](store::Store& store) { return taxonomy(store, path_part(visit)); }));
         },
         Guarded::Plain},
    };
}

}  // namespace rightstrack::web
