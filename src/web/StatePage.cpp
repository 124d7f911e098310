#include "web/StatePage.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "model/StateRegistry.h"
#include "model/Taxonomy.h"
#include "web/ApiError.h"
#include "web/Html.h"
#include "web/SvgChart.h"

namespace rightstrack::web {
namespace {

// Responses in the order bars stack them, the most engaged at the bottom.
constexpr std::string_view kResponses[] = {"supported", "partially_supported", "noted", "pending"};

// One cycle of reviews: its counts, from a search filtered on the State and the cycle.
struct CycleFacts {
    std::string cycle;
    std::uint32_t total = 0;
    std::vector<index::ValueCount> responses, sessions, documents;
};

struct DocumentFacts {
    std::string date;
    std::string title;
};

struct StateFacts {
    std::uint32_t total = 0;
    std::vector<index::FacetCount> facets;  // Over all of the State's recommendations.
    std::vector<CycleFacts> cycles;         // By cycle, first to last.
    std::map<std::string, std::string> one_per_document;  // Symbol: a recommendation of it.
    std::map<std::string, DocumentFacts> documents;       // Symbol: from the store.
    // Facet ("issues", "themes"), then label code: its name in the visitor's language.
    std::map<std::string, std::map<std::string, std::string>> label_names;
};

const std::vector<index::ValueCount>* values_of(const std::vector<index::FacetCount>& facets,
                                                std::string_view name) {
    for (const auto& facet : facets)
        if (facet.facet == name)
            return &facet.values;
    return nullptr;
}

std::vector<index::ValueCount> copy_values(const std::vector<index::FacetCount>& facets,
                                           std::string_view name) {
    const auto* values = values_of(facets, name);
    return values ? *values : std::vector<index::ValueCount>{};
}

std::uint32_t count_of(const std::vector<index::ValueCount>& values, std::string_view value) {
    for (const auto& counted : values)
        if (counted.value == value)
            return counted.count;
    return 0;
}

core::Result<index::SearchResult> count(const index::Searcher& searcher, index::SearchLane& lane,
                                        std::vector<index::FacetSelection> filters,
                                        std::size_t hits = 0, bool facets = true) {
    index::SearchRequest request;
    request.filters = std::move(filters);
    request.limit = hits;
    request.count_facets = facets;
    request.values_per_facet = 0;
    return searcher.search(request, lane);
}

// Numeric order for cycles and sessions ("10" after "9"), as they are numbers.
bool numerically(const index::ValueCount& a, const index::ValueCount& b) {
    if (a.value.size() != b.value.size())
        return a.value.size() < b.value.size();
    return a.value < b.value;
}

// Every count of the page, from the index: one search for the State, one per cycle, and one hit
// per document (to read its date from the store afterwards).
core::Result<StateFacts> gather(const index::Searcher& searcher, index::SearchLane& lane,
                                const std::string& code) {
    StateFacts facts;
    const index::FacetSelection state{"state_under_review", {code}};
    auto overall = TRY(count(searcher, lane, {state}));
    facts.total = overall.total;
    facts.facets = std::move(overall.facets);
    auto cycles = copy_values(facts.facets, "cycle");
    std::sort(cycles.begin(), cycles.end(), numerically);
    for (const auto& cycle : cycles) {
        auto within = TRY(count(searcher, lane, {state, {"cycle", {cycle.value}}}));
        CycleFacts one{cycle.value, within.total, copy_values(within.facets, "response"),
                       copy_values(within.facets, "session"),
                       copy_values(within.facets, "document")};
        std::sort(one.sessions.begin(), one.sessions.end(), numerically);
        facts.cycles.push_back(std::move(one));
    }
    for (const auto& document : copy_values(facts.facets, "document")) {
        auto hit = TRY(count(searcher, lane, {state, {"document", {document.value}}}, 1, false));
        if (!hit.hits.empty())
            facts.one_per_document[document.value] = hit.hits.front().summary->id;
    }
    return facts;
}

// The documents' dates and titles, read from the store through one recommendation of each.
core::Status read_documents(store::Store& store, StateFacts& facts) {
    for (const auto& [symbol, id] : facts.one_per_document) {
        auto stored = TRY(store.recommendation(id));
        facts.documents[symbol] = {stored.document.date, stored.document.title};
    }
    return {};
}

// The name of each label of the issue and theme taxonomies in `language`, else in English, for
// the labels that have one (the rest show their code).
core::Status read_label_names(store::Store& store, const std::string& language, StateFacts& facts) {
    const auto catalog = TRY(store.label_catalog());
    for (std::string_view facet : {model::kIssues, model::kThemes}) {
        const std::string code(facet);
        if (!catalog.has_taxonomy(code))
            continue;
        auto& names = facts.label_names[code];
        for (const auto& label : TRY(store.taxonomy(code)).labels) {
            std::string english;
            for (const auto& name : label.names) {
                if (name.language == language && !name.text.empty())
                    names[label.code] = name.text;
                if (name.language == "en")
                    english = name.text;
            }
            if (!names.contains(label.code) && !english.empty())
                names[label.code] = english;
        }
    }
    return {};
}

std::string response_label(const Translator& t, std::string_view response) {
    return label(t, "response." + std::string(response), std::string(response));
}

std::string search_link(const std::string& code, std::string_view facet = {},
                        std::string_view value = {}) {
    std::string out = "/search?state_under_review=" + url_encode(code);
    if (!facet.empty())
        out += "&" + url_encode(facet) + "=" + url_encode(value);
    return out;
}

// A count in a table cell, linked to the search it counts; data-facet and data-value name the
// value as the API does, for scripts and tests.
std::string count_cell(const std::string& code, std::string_view facet, std::string_view value,
                       std::uint32_t count) {
    return "<td class=\"number\" data-facet=\"" + escape(facet) + "\" data-value=\"" +
           escape(value) + "\"><a href=\"" + escape(search_link(code, facet, value)) + "\">" +
           std::to_string(count) + "</a></td>";
}

std::string cycles_chart(const Visit& visit, const std::string& name, const StateFacts& facts) {
    const auto& t = visit.t;
    std::vector<Bar> bars;
    for (const auto& cycle : facts.cycles) {
        Bar bar{t("state.cycle_n", {{"cycle", cycle.cycle}}), {}};
        for (auto response : kResponses)
            bar.parts.push_back({std::string(response), response_label(t, response),
                                 count_of(cycle.responses, response)});
        bars.push_back(std::move(bar));
    }
    return stacked_bar_chart({"chart-cycles", t("state.chart_cycles", {{"state", name}}),
                              std::string(t("state.chart_cycles_desc"))},
                             bars);
}

std::string documents_list(const StateFacts& facts, const CycleFacts& cycle) {
    std::string out = "<ul class=\"documents\">";
    for (const auto& document : cycle.documents) {
        auto found = facts.documents.find(document.value);
        const std::string date = found == facts.documents.end() ? "" : found->second.date;
        out += "<li><a href=\"" + escape("/search?document=" + url_encode(document.value)) + "\">" +
               escape(document.value) + "</a>" +
               (date.empty()
                    ? ""
                    : " <time datetime=\"" + escape(date) + "\">" + escape(date) + "</time>") +
               "</li>";
    }
    return out + "</ul>";
}

std::string cycles_section(const Visit& visit, const std::string& code, const std::string& name,
                           const StateFacts& facts) {
    const auto& t = visit.t;
    std::string out = "<section aria-labelledby=\"cycles-heading\"><h2 id=\"cycles-heading\">" +
                      escape(t("state.reviews")) + "</h2>\n";
    if (facts.cycles.empty())
        return out + "<p>" + escape(t("state.no_cycles")) + "</p></section>\n";
    out += "<figure class=\"chart\">" + cycles_chart(visit, name, facts) + "</figure>\n";
    out += "<table class=\"data\"><caption>" + escape(t("state.reviews_table")) +
           "</caption>\n<thead><tr><th scope=\"col\">" + escape(t("facet.cycle")) +
           "</th><th scope=\"col\">" + escape(t("facet.session")) + "</th><th scope=\"col\">" +
           escape(t("state.documents")) + "</th><th scope=\"col\">" +
           escape(t("state.recommendations")) + "</th>";
    for (auto response : kResponses)
        out += "<th scope=\"col\">" + escape(response_label(t, response)) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& cycle : facts.cycles) {
        std::string sessions;
        for (const auto& session : cycle.sessions)
            sessions += (sessions.empty() ? "" : ", ") + session.value;
        out += "<tr data-cycle=\"" + escape(cycle.cycle) + "\"><th scope=\"row\">" +
               escape(cycle.cycle) + "</th><td>" + escape(sessions) + "</td><td>" +
               documents_list(facts, cycle) + "</td>" +
               count_cell(code, "cycle", cycle.cycle, cycle.total);
        for (auto response : kResponses)
            out += "<td class=\"number\">" + std::to_string(count_of(cycle.responses, response)) +
                   "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody></table></section>\n";
}

// A facet's values as a table (and, when `chart_id` is given, a horizontal bar chart of the
// first kTopValues), under `heading`; nothing when the facet has no values for the State.
std::string facet_section(const Visit& visit, const std::string& code, const StateFacts& facts,
                          std::string_view facet, std::string_view heading,
                          std::string_view chart_id, std::size_t shown) {
    const auto& t = visit.t;
    const auto* values = values_of(facts.facets, facet);
    if (!values || values->empty())
        return {};
    auto name_of = [&](const std::string& value) {
        if (facet == "recommending_states")
            return state_name(value, t.language());
        if (auto names = facts.label_names.find(std::string(facet));
            names != facts.label_names.end())
            if (auto name = names->second.find(value); name != names->second.end())
                return name->second;
        return label(t, std::string(facet) + "." + value, value);
    };
    const std::size_t count = std::min(shown, values->size());
    const std::string id = "section-" + std::string(facet);
    std::string out = "<section aria-labelledby=\"" + id + "\" data-section=\"" + escape(facet) +
                      "\"><h2 id=\"" + id + "\">" + escape(heading) + "</h2>\n";
    if (!chart_id.empty()) {
        std::vector<HorizontalBar> bars;
        for (std::size_t i = 0; i < count; ++i)
            bars.push_back({name_of((*values)[i].value), (*values)[i].count});
        out += "<figure class=\"chart\">" +
               horizontal_bar_chart({std::string(chart_id), std::string(heading),
                                     t("state.chart_top_desc", {{"count", std::to_string(count)}})},
                                    bars) +
               "</figure>\n";
    }
    out += "<table class=\"data\"><caption>" + escape(heading) + "</caption>\n<thead><tr>" +
           "<th scope=\"col\">" + escape(t("state.column." + std::string(facet))) +
           "</th><th scope=\"col\">" + escape(t("state.recommendations")) +
           "</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < count; ++i) {
        const auto& value = (*values)[i];
        std::string name = escape(name_of(value.value));
        if (facet == "recommending_states")
            name = "<a href=\"/states/" + escape(url_encode(value.value)) + "\">" + name + "</a>";
        out += "<tr><th scope=\"row\">" + name + "</th>" +
               count_cell(code, facet, value.value, value.count) + "</tr>\n";
    }
    out += "</tbody></table>\n";
    if (values->size() > count)
        out += "<p class=\"more\">" +
               escape(t("state.more_values", {{"count", std::to_string(values->size())}})) +
               "</p>\n";
    return out + "</section>\n";
}

std::string responses_section(const Visit& visit, const std::string& code,
                              const StateFacts& facts) {
    const auto& t = visit.t;
    const auto* values = values_of(facts.facets, "response");
    std::string out =
        "<section aria-labelledby=\"responses-heading\" data-section=\"response\">"
        "<h2 id=\"responses-heading\">" +
        escape(t("state.responses")) + "</h2>\n<table class=\"data\"><caption>" +
        escape(t("state.responses")) + "</caption>\n<thead><tr><th scope=\"col\">" +
        escape(t("facet.response")) + "</th><th scope=\"col\">" +
        escape(t("state.recommendations")) + "</th></tr></thead>\n<tbody>\n";
    for (auto response : kResponses)
        out += "<tr><th scope=\"row\">" + escape(response_label(t, response)) + "</th>" +
               count_cell(code, "response", response, values ? count_of(*values, response) : 0) +
               "</tr>\n";
    return out + "</tbody></table></section>\n";
}

std::string state_main(const Visit& visit, const std::string& code, const std::string& name,
                       const StateFacts& facts) {
    const auto& t = visit.t;
    std::string out = "<h1>" + escape(name) + "</h1>\n<p class=\"lead\" data-total=\"" +
                      std::to_string(facts.total) + "\">" +
                      escape(t("state.total", {{"count", std::to_string(facts.total)}})) +
                      " <a href=\"" + escape(search_link(code)) + "\">" +
                      escape(t("state.search_all")) + "</a></p>\n";
    out += cycles_section(visit, code, name, facts);
    out += responses_section(visit, code, facts);
    out += facet_section(visit, code, facts, "recommending_states", t("state.recommending"),
                         "chart-recommending", kTopValues);
    out +=
        facet_section(visit, code, facts, "issues", t("state.issues"), "chart-issues", kTopValues);
    out += facet_section(visit, code, facts, "themes", t("state.themes"), "", kTopValues);
    out += facet_section(visit, code, facts, "implementation_status", t("state.implementation"), "",
                         kTopValues);
    out += facet_section(visit, code, facts, "responsible_institutions", t("state.institutions"),
                         "", kTopValues);
    return out;
}

std::string region_label(const Translator& t, std::string_view group) {
    std::string key = "region.";
    for (char c : group) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return label(t, key, std::string(group));
}

}  // namespace

Reply state_page(WebContext& context, Visit& visit) {
    const auto& t = visit.t;
    std::string code = visit.request.path_matches.empty() ? "" : visit.request.path_matches[0];
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto* known = model::StateRegistry::instance().find_by_code(code);
    if (!known)
        return error_page(visit, 404, t("error.not_found"));
    code = std::string(known->alpha3);
    auto facts =
        context.with_current_index([&](const index::Searcher& searcher, index::SearchLane& lane) {
            return gather(searcher, lane, code);
        });
    if (facts.ok())
        if (auto read = context.with_store([&](store::Store& store) -> core::Status {
                TRY(read_documents(store, *facts));
                return read_label_names(store, t.language(), *facts);
            });
            !read.ok())
            facts = read.release_error();
    if (!facts.ok())
        return error_page(visit, http_status(facts.error()), t("error.internal"));
    const std::string name = state_name(code, t.language());
    return Reply::html(page(visit, name, state_main(visit, code, name, *facts)));
}

Reply states_page(WebContext& context, Visit& visit) {
    const auto& t = visit.t;
    auto counted =
        context.with_current_index([&](const index::Searcher& searcher, index::SearchLane& lane) {
            index::SearchRequest request;
            request.limit = 0;
            return searcher.search(request, lane);
        });
    if (!counted.ok())
        return error_page(visit, http_status(counted.error()), t("error.internal"));
    // By regional group, then by name in the visitor's language.
    std::map<std::string, std::vector<std::pair<std::string, index::ValueCount>>> groups;
    for (const auto& value : copy_values(counted->facets, "state_under_review")) {
        const auto* state = model::StateRegistry::instance().find_by_code(value.value);
        std::string group = state ? std::string(model::regional_group_code(state->group)) : "";
        if (group.empty())
            group = "None";
        groups[group].emplace_back(state_name(value.value, t.language()), value);
    }
    const std::string title(t("states.title"));
    std::string main = "<h1>" + escape(title) + "</h1>\n";
    if (groups.empty())
        main += "<p class=\"none\">" + escape(t("search.none")) + "</p>\n";
    for (auto& [group, states] : groups) {
        std::sort(states.begin(), states.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        main += "<section><h2>" + escape(region_label(t, group)) + "</h2>\n<ul class=\"states\">";
        for (const auto& [name, value] : states)
            main += "<li><a href=\"/states/" + escape(url_encode(value.value)) + "\">" +
                    escape(name) + "</a> <span class=\"count\" data-state=\"" +
                    escape(value.value) + "\">" + std::to_string(value.count) + "</span></li>";
        main += "</ul></section>\n";
    }
    return Reply::html(page(visit, title, main));
}

std::vector<Route> state_routes(WebContext& context) {
    return {
        {"GET", "/states", [&context](Visit& visit) { return states_page(context, visit); }},
        {"GET", "/states/([A-Za-z]{2,3})",
         [&context](Visit& visit) { return state_page(context, visit); }},
    };
}

}  // namespace rightstrack::web
