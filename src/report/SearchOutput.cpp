#include "report/SearchOutput.h"

#include <nlohmann/json.hpp>

#include "core/Text.h"

namespace rightstrack::report {
namespace {

nlohmann::ordered_json snippet_json(const index::Snippet& snippet) {
    auto highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : snippet.highlights) highlights.push_back({begin, end});
    return {{"text", snippet.text}, {"highlights", std::move(highlights)}};
}

// A facet's values are distinct: appended to the object as they come, without the search for
// an equal key that each insertion into an ordered_json object makes (quadratic for a facet's
// hundred values, and the web API answers this for every search).
nlohmann::ordered_json counts_json(const index::FacetCount& facet) {
    nlohmann::ordered_json::object_t counts;
    counts.reserve(facet.values.size());
    for (const auto& value : facet.values) counts.Container::emplace_back(value.value, value.count);
    return counts;
}

// Guillemets rather than terminal escapes: they read the same on a terminal, in a pipe and in
// a file.
std::string marked(const index::Snippet& snippet) {
    std::string out;
    std::size_t at = 0;
    for (const auto& [begin, end] : snippet.highlights) {
        out.append(snippet.text, at, begin - at).append("«");
        out.append(snippet.text, begin, end - begin).append("»");
        at = end;
    }
    return out.append(snippet.text, at);
}

}  // namespace

std::string search_json(const index::SearchResult& result, bool with_facets, JsonLayout layout) {
    nlohmann::ordered_json out;
    out["total"] = result.total;
    out["hits"] = nlohmann::ordered_json::array();
    for (const auto& hit : result.hits) {
        const auto& s = *hit.summary;
        out["hits"].push_back({{"id", s.id},
                               {"score", hit.score},
                               {"text", s.text},
                               {"document", s.document},
                               {"paragraph", s.paragraph},
                               {"state_under_review", s.state_under_review},
                               {"recommending_states", s.recommending_states},
                               {"response", s.response},
                               {"snippet", snippet_json(hit.snippet)}});
    }
    if (with_facets) {
        auto& facets = out["facets"] = nlohmann::ordered_json::object();
        for (const auto& facet : result.facets) facets[facet.facet] = counts_json(facet);
    }
    if (result.prefix_capped)
        out["prefix_capped"] = true;
    return layout == JsonLayout::Indented ? out.dump(2) + "\n" : out.dump();
}

std::string search_text(const index::SearchResult& result, bool with_facets) {
    std::string out = std::to_string(result.total) + " recommendation" +
                      (result.total == 1 ? "" : "s") + "\n";
    for (const auto& hit : result.hits) {
        const auto& s = *hit.summary;
        out += "\n" + s.document + " " + s.paragraph + "  " + s.state_under_review + " <- " +
               core::join(s.recommending_states, ", ") + "  " + s.response + "\n  " +
               marked(hit.snippet) + "\n";
    }
    if (with_facets) {
        for (const auto& facet : result.facets) {
            if (facet.values.empty())
                continue;
            out += "\n" + facet.facet + ":";
            for (const auto& value : facet.values)
                out += " " + value.value + " (" + std::to_string(value.count) + ")";
            out += "\n";
        }
    }
    if (result.prefix_capped)
        out += "\nnote: a prefix matched more words than were searched; type more of it\n";
    return out;
}

}  // namespace rightstrack::report
