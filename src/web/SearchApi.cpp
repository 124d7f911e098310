#include "web/SearchApi.h"

#include "core/Text.h"
#include "index/RequestTerms.h"
#include "report/SearchOutput.h"

namespace rightstrack::web {
namespace {

struct ParsedSearch {
    index::SearchRequest request;
    std::string similar;
    bool facets = true;
};

core::Result<std::size_t> limit_of(const std::string& value) {
    auto limit = core::parse_int(value);
    if (!limit || *limit < 0 || static_cast<std::size_t>(*limit) > kMaxSearchLimit)
        return core::Error::invalid_input("limit must be a number from 0 to " +
                                              std::to_string(kMaxSearchLimit) + ", not '" +
                                              value + "'",
                                          "limit");
    return static_cast<std::size_t>(*limit);
}

core::Result<ParsedSearch> parse(const QueryParameters& parameters) {
    ParsedSearch out;
    for (const auto& [name, value] : parameters) {
        if (name == "q")
            out.request.query = value;
        else if (name == "sort")
            out.request.sort = TRY(index::parse_sort_order(value, "sort"));
        else if (name == "limit")
            out.request.limit = TRY(limit_of(value));
        else if (name == "facets")
            out.facets = value != "0" && value != "false";
        else if (name == "similar")
            out.similar = value;
        else if (value.empty())
            return core::Error::invalid_input("filter '" + name + "' has no value", name);
        else
            index::add_selection(out.request.filters, name, value);
    }
    if (!out.similar.empty() && !out.request.query.empty())
        return core::Error::invalid_input("give q or similar, not both", "similar");
    return out;
}

core::Result<index::SearchResult> run(index::Searcher& searcher, ParsedSearch& parsed) {
    if (parsed.similar.empty())
        return searcher.search(parsed.request);
    index::SimilarRequest similar;
    similar.id = parsed.similar;
    similar.filters = std::move(parsed.request.filters);
    similar.limit = parsed.request.limit;
    similar.count_facets = parsed.facets;
    return searcher.similar(similar);
}

}  // namespace

ApiAnswer search_api(index::Searcher& searcher, const QueryParameters& parameters) {
    auto parsed = parse(parameters);
    if (!parsed.ok())
        return api_error(parsed.error());
    auto result = run(searcher, *parsed);
    if (!result.ok())
        return api_error(result.error());
    return {200, report::search_json(*result, parsed->facets)};
}

}  // namespace rightstrack::web
