#include "web/SearchApi.h"

#include "core/Text.h"
#include "index/RequestTerms.h"
#include "report/SearchOutput.h"

namespace rightstrack::web {
namespace {

// A count from 0 to `most`, the parameter `name`'s value.
core::Result<std::size_t> count_of(const std::string& name, const std::string& value,
                                   std::size_t most) {
    auto count = core::parse_int(value);
    if (!count || *count < 0 || static_cast<std::size_t>(*count) > most)
        return core::Error::invalid_input(
            name + " must be a number from 0 to " + std::to_string(most) + ", not '" + value + "'",
            name);
    return static_cast<std::size_t>(*count);
}

}  // namespace

core::Result<ParsedSearch> parse_search(const QueryParameters& parameters) {
    ParsedSearch out;
    out.request.values_per_facet = index::kDefaultFacetValues;
    for (const auto& [name, value] : parameters) {
        if (name == "q")
            out.request.query = value;
        else if (name == "sort")
            out.request.sort = TRY(index::parse_sort_order(value, "sort"));
        else if (name == "limit")
            out.request.limit = TRY(count_of(name, value, kMaxSearchLimit));
        else if (name == "offset")
            out.request.offset = TRY(count_of(name, value, kMaxSearchDepth));
        else if (name == "facets")
            out.request.count_facets = value != "0" && value != "false";
        else if (name == "facet_limit")
            out.request.values_per_facet = TRY(count_of(name, value, kMaxFacetValues));
        else if (name == "similar")
            out.similar = value;
        else if (value.empty())
            return core::Error::invalid_input("filter '" + name + "' has no value", name);
        else
            index::add_selection(out.request.filters, name, value);
    }
    if (out.request.offset + out.request.limit > kMaxSearchDepth)
        return core::Error::invalid_input(
            "offset + limit may not pass " + std::to_string(kMaxSearchDepth), "offset");
    if (!out.similar.empty() && out.request.offset > 0)
        return core::Error::invalid_input("similar gives one page; offset does not apply",
                                          "offset");
    if (!out.similar.empty() && !out.request.query.empty())
        return core::Error::invalid_input("give q or similar, not both", "similar");
    return out;
}

core::Result<index::SearchResult> run_search(const index::Searcher& searcher,
                                             index::SearchLane& lane, ParsedSearch& parsed) {
    if (parsed.similar.empty())
        return searcher.search(parsed.request, lane);
    index::SimilarRequest similar;
    similar.id = parsed.similar;
    similar.filters = std::move(parsed.request.filters);
    similar.limit = parsed.request.limit;
    similar.count_facets = parsed.request.count_facets;
    similar.values_per_facet = parsed.request.values_per_facet;
    return searcher.similar(similar, lane);
}

ApiAnswer search_api(const index::Searcher& searcher, index::SearchLane& lane,
                     const QueryParameters& parameters) {
    auto parsed = parse_search(parameters);
    if (!parsed.ok())
        return api_error(parsed.error());
    auto result = run_search(searcher, lane, *parsed);
    if (!result.ok())
        return api_error(result.error());
    return {200, report::search_json(*result, parsed->request.count_facets,
                                     report::JsonLayout::Compact)};
}

ApiAnswer cached_search_api(WebContext& context, const QueryParameters& parameters) {
    auto committed = context.committed_sequence();
    if (!committed.ok())
        return api_error(committed.error());
    // An answer computed at the sequence the store is at now is current: no need of the index.
    const std::string key = AnswerCache::key_of(parameters);
    if (auto answer = context.answers.find(key, *committed))
        return {200, *answer};
    auto answer = context.with_index_at(
        *committed, [&](const index::Searcher& searcher, index::SearchLane& lane) {
            ApiAnswer searched = search_api(searcher, lane, parameters);
            if (searched.status == 200)
                context.answers.store(key, searcher.sequence(), searched.body);
            return searched;
        });
    return answer.ok() ? std::move(*answer) : api_error(answer.error());
}

}  // namespace rightstrack::web
