// `rightstrack search QUERY [--filter FIELD=VALUE]... [--facets] [--limit N] [--offset N]
// [--sort S] [--json]`: builds the index from the store, runs one search and prints it. A
// malformed query is shown with a caret under the place it went wrong. `--similar ID` instead of
// a query lists the recommendations most like that one, scored by cosine similarity, in the same
// shape.

#include <cstdio>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "index/QueryErrors.h"
#include "index/RequestTerms.h"
#include "index/Searcher.h"
#include "report/SearchOutput.h"
#include "store/Store.h"

namespace rightstrack::cli {
namespace {

// "response=noted" -> {"response", "noted"}.
core::Result<std::vector<index::FacetSelection>> selections_of(
    const std::vector<std::string>& filters) {
    std::vector<index::FacetSelection> out;
    for (const auto& filter : filters) {
        size_t equals = filter.find('=');
        if (equals == std::string::npos || equals == 0 || equals + 1 == filter.size())
            return core::Error::invalid_input("filter '" + filter + "' is not FIELD=VALUE",
                                              "--filter");
        index::add_selection(out, filter.substr(0, equals), filter.substr(equals + 1));
    }
    return out;
}

int report_query_error(const core::Error& error, const std::string& query) {
    int code = report_error(error);
    if (auto column = index::error_column(error))
        std::fprintf(stderr, "%s\n", index::point_at(query, *column).c_str());
    return code;
}

core::Result<index::SearchResult> find_similar(index::Searcher& searcher,
                                               const SearchOptions& options,
                                               std::vector<index::FacetSelection> filters) {
    index::SimilarRequest request;
    request.id = options.similar;
    request.filters = std::move(filters);
    request.limit = options.limit;
    request.count_facets = options.facets;
    request.values_per_facet = options.facet_limit.value_or(index::kDefaultFacetValues);
    return searcher.similar(request);
}

}  // namespace

int run_search(const SearchOptions& options) {
    if (!options.similar.empty() && !options.query.empty())
        return report_error(core::Error::usage("give a query or --similar ID, not both"));
    if (!options.similar.empty() && options.offset > 0)
        return report_error(
            core::Error::usage("--similar gives one page; --offset does not apply"));
    index::SearchRequest request;
    request.query = options.query;
    request.limit = options.limit;
    request.offset = options.offset;
    request.count_facets = options.facets;
    request.values_per_facet = options.facet_limit.value_or(index::kDefaultFacetValues);
    auto filters = selections_of(options.filters);
    if (!filters.ok())
        return report_error(filters.error());
    request.filters = filters.release_value();
    auto sort = index::parse_sort_order(options.sort, "--sort");
    if (!sort.ok())
        return report_error(sort.error());
    request.sort = *sort;

    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto searcher = index::Searcher::build(**store);
    if (!searcher.ok())
        return report_error(searcher.error());
    auto result = options.similar.empty() ? searcher->search(request)
                                          : find_similar(*searcher, options, request.filters);
    if (!result.ok())
        return report_query_error(result.error(), options.query);
    std::string text = options.json ? report::search_json(*result, options.facets)
                                    : report::search_text(*result, options.facets);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace rightstrack::cli
