#include "index/RequestTerms.h"

#include <algorithm>

namespace rightstrack::index {

core::Result<SortOrder> parse_sort_order(std::string_view name, std::string_view where) {
    if (name == "relevance")
        return SortOrder::Relevance;
    if (name == "newest")
        return SortOrder::NewestFirst;
    if (name == "oldest")
        return SortOrder::OldestFirst;
    if (name == "document")
        return SortOrder::DocumentOrder;
    return core::Error::invalid_input("unknown sort '" + std::string(name) +
                                          "' (relevance, newest, oldest or document)",
                                      std::string(where));
}

void add_selection(std::vector<FacetSelection>& selections, std::string field, std::string value) {
    auto same = std::find_if(selections.begin(), selections.end(),
                             [&](const FacetSelection& s) { return s.facet == field; });
    if (same == selections.end())
        selections.push_back({std::move(field), {std::move(value)}});
    else
        same->values.push_back(std::move(value));
}

}  // namespace rightstrack::index
