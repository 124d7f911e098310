#include "web/SearchPage.h"

#include <algorithm>

#include "web/ApiError.h"
#include "web/Html.h"
#include "web/SearchApi.h"

namespace rightstrack::web {
namespace {

// Parameters of the page that are not the search's own.
bool page_only(const std::string& name) {
    return name == "lang" || name == "page" || name == "expand";
}

// The search's parameters as the page was asked them, without the page's own.
QueryParameters search_parameters(const Request& request) {
    QueryParameters out;
    for (const auto& pair : request.query)
        if (!page_only(pair.first) && !pair.second.empty())
            out.push_back(pair);
    return out;
}

std::string link_to(const QueryParameters& parameters) {
    std::string out = "/search";
    char separator = '?';
    for (const auto& [name, value] : parameters) {
        out += separator + url_encode(name) + "=" + url_encode(value);
        separator = '&';
    }
    return out;
}

bool chosen(const QueryParameters& parameters, const std::string& facet, const std::string& value) {
    return std::find(parameters.begin(), parameters.end(), std::pair(facet, value)) !=
           parameters.end();
}

// The same search with `facet=value` added, or removed if it was there; back to page one.
QueryParameters toggled(QueryParameters parameters, const std::string& facet,
                        const std::string& value) {
    auto at = std::find(parameters.begin(), parameters.end(), std::pair(facet, value));
    if (at == parameters.end())
        parameters.emplace_back(facet, value);
    else
        parameters.erase(at);
    return parameters;
}

// A facet value as people read it: a State's name, a translated response, else as stored.
std::string value_label(const Translator& t, const std::string& facet, const std::string& value) {
    if (facet == "state_under_review" || facet == "recommending_states")
        return state_name(value, t.language());
    return label(t, facet + "." + value, value);
}

// Beside a State under review, a link to its page (StatePage.h).
std::string state_page_link(const Visit& visit, const index::FacetCount& facet,
                            const index::ValueCount& value) {
    if (facet.facet != "state_under_review")
        return {};
    return "<a class=\"state-page\" href=\"/states/" + escape(url_encode(value.value)) +
           "\" aria-label=\"" +
           escape(visit.t("state.page_link",
                          {{"state", state_name(value.value, visit.t.language())}})) +
           "\">↗</a>";
}

std::string facet_values(const Visit& visit, const QueryParameters& parameters,
                         const index::FacetCount& facet) {
    const bool expanded = visit.request.parameter("expand") == facet.facet;
    std::string out = "<ul>";
    std::size_t shown = 0;
    for (const auto& value : facet.values) {
        const bool on = chosen(parameters, facet.facet, value.value);
        if (!on && !expanded && shown >= kFacetValuesShown)
            continue;
        ++shown;
        // data-value names the value as the API does, for scripts and tests.
        out += "<li><a data-value=\"" + escape(value.value) + "\" href=\"" +
               escape(link_to(toggled(parameters, facet.facet, value.value))) + "\"" +
               (on ? " class=\"on\" aria-current=\"true\"" : "") + ">" +
               "<span class=\"box\" aria-hidden=\"true\"></span>" +
               escape(value_label(visit.t, facet.facet, value.value)) + " <span class=\"count\">" +
               std::to_string(value.count) + "</span></a>" + state_page_link(visit, facet, value) +
               "</li>";
    }
    out += "</ul>";
    if (!expanded && shown < facet.values_counted) {
        QueryParameters more = parameters;
        more.emplace_back("expand", facet.facet);
        out +=
            "<p class=\"more\"><a href=\"" + escape(link_to(more)) + "\">" +
            escape(visit.t("search.all_values",
                           {{"count", std::to_string(facet.values_counted)}})) +
            "</a></p>";
    }
    return out;
}

std::string facets_html(const Visit& visit, const QueryParameters& parameters,
                        const index::SearchResult& result) {
    std::string out =
        "<aside class=\"facets\" aria-labelledby=\"facets-heading\">"
        "<h2 id=\"facets-heading\">" +
        escape(visit.t("search.refine")) + "</h2>\n";
    for (const auto& facet : result.facets) {
        if (facet.values.empty())
            continue;
        out += "<section data-facet=\"" + escape(facet.facet) + "\"><h3>" +
               escape(label(visit.t, "facet." + facet.facet, facet.facet)) + "</h3>" +
               facet_values(visit, parameters, facet) + "</section>\n";
    }
    return out + "</aside>\n";
}

std::string hit_html(const Visit& visit, const index::SearchHit& hit) {
    const auto& summary = *hit.summary;
    std::string states;
    for (const auto& state : summary.recommending_states)
        states += (states.empty() ? "" : ", ") + state_name(state, visit.t.language());
    std::string heading = summary.document;
    if (!summary.paragraph.empty())
        heading += " ¶ " + summary.paragraph;
    return "<li><article><h3><a href=\"/recommendations/" + escape(url_encode(summary.id)) + "\">" +
           escape(heading) + "</a></h3>\n<p lang=\"" + escape(summary.language) + "\">" +
           highlighted(hit.snippet) + "</p>\n<p class=\"meta\">" +
           escape(visit.t(
               "search.hit_meta",
               {{"state", state_name(summary.state_under_review, visit.t.language())},
                {"recommending", states},
                {"response", label(visit.t, "response." + summary.response, summary.response)}})) +
           "</p></article></li>\n";
}

std::string search_form(const Visit& visit, const QueryParameters& parameters,
                        const index::SearchRequest& request) {
    const auto& t = visit.t;
    std::string out =
        "<form role=\"search\" method=\"get\" action=\"/search\" class=\"search\">"
        "<label for=\"q\">" +
        escape(t("search.words")) +
        "</label> "
        "<input id=\"q\" name=\"q\" type=\"search\" value=\"" +
        escape(request.query) + "\"> ";
    for (const auto& [name, value] : parameters)
        if (name != "q" && name != "sort" && name != "similar")  // A new query ends `similar`.
            out += "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) +
                   "\">";
    out += "<label for=\"sort\">" + escape(t("search.sort")) +
           "</label> <select id=\"sort\" "
           "name=\"sort\">";
    const std::string current = visit.request.parameter("sort");
    for (const char* sort : {"relevance", "newest", "oldest", "document"}) {
        const bool selected =
            current == sort || (current.empty() && sort == std::string("relevance"));
        out += "<option value=\"" + std::string(sort) + "\"" + (selected ? " selected" : "") + ">" +
               escape(t("sort." + std::string(sort))) + "</option>";
    }
    return out + "</select> <button type=\"submit\">" + escape(t("search.submit")) +
           "</button></form>\n";
}

std::string chosen_filters(const Visit& visit, const QueryParameters& parameters) {
    std::string out;
    for (const auto& [name, value] : parameters) {
        if (name == "q" || name == "sort")
            continue;
        out += "<li><a href=\"" + escape(link_to(toggled(parameters, name, value))) + "\">" +
               escape(visit.t("search.remove_filter",
                              {{"facet", label(visit.t, "facet." + name, name)},
                               {"value", value_label(visit.t, name, value)}})) +
               "</a></li>";
    }
    if (out.empty())
        return {};
    return "<ul class=\"chosen\" aria-label=\"" + escape(visit.t("search.chosen")) + "\">" + out +
           "</ul>\n";
}

std::string pages_html(const Visit& visit, const QueryParameters& parameters, std::size_t page,
                       std::size_t pages) {
    if (pages <= 1)
        return {};
    auto to_page = [&](std::size_t number) {
        QueryParameters with = parameters;
        if (number > 1)
            with.emplace_back("page", std::to_string(number));
        return escape(link_to(with));
    };
    std::string out =
        "<nav class=\"pages\" aria-label=\"" + escape(visit.t("search.pages")) + "\"><ul>";
    if (page > 1)
        out += "<li><a rel=\"prev\" href=\"" + to_page(page - 1) + "\">" +
               escape(visit.t("search.previous")) + "</a></li>";
    out += "<li>" +
           escape(visit.t("search.page_of",
                          {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}})) +
           "</li>";
    if (page < pages)
        out += "<li><a rel=\"next\" href=\"" + to_page(page + 1) + "\">" +
               escape(visit.t("search.next")) + "</a></li>";
    return out + "</ul></nav>\n";
}

std::size_t page_number(const Request& request) {
    const std::string text = request.parameter("page");
    std::size_t number = 0;
    for (char c : text) {
        if (c < '0' || c > '9' || number > kMaxSearchDepth)
            return 1;
        number = number * 10 + static_cast<std::size_t>(c - '0');
    }
    return number == 0 ? 1 : number;
}

}  // namespace

Reply search_page(WebContext& context, Visit& visit) {
    const auto& t = visit.t;
    const QueryParameters parameters = search_parameters(visit.request);
    auto parsed = parse_search(parameters);
    const std::string title(t("search.title"));
    if (!parsed.ok()) {
        index::SearchRequest request;
        request.query = visit.request.parameter("q");
        std::string main =
            "<h1>" + escape(title) + "</h1>\n" + search_form(visit, parameters, request) +
            "<p class=\"notice\" role=\"alert\">" +
            escape(t("search.bad_request", {{"message", parsed.error().message()}})) + "</p>\n";
        return Reply::html(page(visit, title, main), http_status(parsed.error()));
    }
    const std::size_t page_asked = page_number(visit.request);
    const std::size_t max_page = kMaxSearchDepth / kHitsPerPage;
    // Similar recommendations come as one page, the most alike first.
    const bool similar = !parsed->similar.empty();
    const std::size_t current = similar ? 1 : std::min(page_asked, max_page);
    parsed->request.limit = kHitsPerPage;
    // Only the values shown are named (the counts say how many more); an expanded facet lists all.
    parsed->request.values_per_facet =
        visit.request.parameter("expand").empty() ? kFacetValuesShown : 0;
    parsed->request.offset = (current - 1) * kHitsPerPage;
    auto reply = context.with_current_index([&](const index::Searcher& searcher,
                                                index::SearchLane& lane) {
        auto result = run_search(searcher, lane, *parsed);
        if (!result.ok()) {
            const int status = http_status(result.error());
            return error_page(
                visit, status,
                status == 500 ? std::string(t("error.internal"))
                              : t("search.bad_request", {{"message", result.error().message()}}));
        }
        const std::size_t pages =
            similar ? 1
                    : std::min<std::size_t>((result->total + kHitsPerPage - 1) / kHitsPerPage,
                                            max_page);
        std::string main =
            "<h1>" + escape(title) + "</h1>\n" + search_form(visit, parameters, parsed->request) +
            "<div class=\"results-layout\">\n" + facets_html(visit, parameters, *result) +
            "<section class=\"results\" aria-labelledby=\"results-heading\">"
            "<h2 id=\"results-heading\">" +
            escape(t("search.total", {{"count", std::to_string(result->total)}})) + "</h2>\n" +
            chosen_filters(visit, parameters);
        main +=
            "<ol class=\"hits\" start=\"" + std::to_string(parsed->request.offset + 1) + "\">\n";
        for (const auto& hit : result->hits) main += hit_html(visit, hit);
        main += "</ol>\n";
        if (result->total == 0)
            main += "<p class=\"none\">" + escape(t("search.none")) + "</p>\n";
        main += pages_html(visit, parameters, current, pages) + "</section></div>\n";
        return Reply::html(page(visit, title, main));
    });
    if (!reply.ok())
        return error_page(visit, http_status(reply.error()), std::string(t("error.internal")));
    return std::move(*reply);
}

}  // namespace rightstrack::web
