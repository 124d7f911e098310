#include "report/SearchOutput.h"

#include <nlohmann/json.hpp>

#include "core/Text.h"
#include "report/JsonWriter.h"

namespace rightstrack::report {
namespace {

// A page of twenty hits with the facets comes to 5-20 KB.
constexpr std::size_t kTypicalAnswerBytes = 16 << 10;

void write_snippet(JsonWriter& out, const index::Snippet& snippet) {
    out.begin_object().key("text").value(snippet.text).key("highlights").begin_array();
    for (const auto& [begin, end] : snippet.highlights)
        out.begin_array().value(begin).value(end).end_array();
    out.end_array().end_object();
}

void write_hit(JsonWriter& out, const index::SearchHit& hit) {
    const auto& s = *hit.summary;
    out.begin_object();
    out.key("id").value(s.id).key("score").value(hit.score).key("text").value(s.text);
    out.key("document").value(s.document).key("paragraph").value(s.paragraph);
    out.key("state_under_review").value(s.state_under_review);
    out.key("recommending_states").begin_array();
    for (const auto& state : s.recommending_states) out.value(state);
    out.end_array();
    out.key("response").value(s.response);
    out.key("snippet");
    write_snippet(out, hit.snippet);
    out.end_object();
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
    JsonWriter out(kTypicalAnswerBytes);
    out.begin_object().key("total").value(result.total).key("hits").begin_array();
    for (const auto& hit : result.hits) write_hit(out, hit);
    out.end_array();
    if (with_facets) {
        out.key("facets").begin_object();
        for (const auto& facet : result.facets) {
            out.key(facet.facet).begin_object();
            for (const auto& value : facet.values) out.key(value.value).value(value.count);
            out.end_object();
        }
        out.end_object();
    }
    if (result.prefix_capped)
        out.key("prefix_capped").value(true);
    std::string compact = out.end_object().take();
    if (layout == JsonLayout::Compact)
        return compact;
    // People read the command line's answer: the same, indented.
    return nlohmann::ordered_json::parse(compact).dump(2) + "\n";
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
