#include "index/RecommendationDocument.h"

#include "core/Text.h"
#include "model/StateRegistry.h"

namespace rightstrack::index {
namespace {

// A State's regional group and organisations under the facets named with `prefix` ("sur",
// "rs").
void add_state_facets(std::vector<FacetValue>& facets, const std::string& prefix,
                      std::string_view alpha3) {
    const auto* state = model::StateRegistry::instance().find_by_code(alpha3);
    if (!state)
        return;
    facets.push_back({prefix + "_regional_group", std::string(model::regional_group_code(state->group))});
    for (auto organisation : core::split(state->organisations, "|"))
        if (!organisation.empty())
            facets.push_back({prefix + "_organisations", std::string(organisation)});
}

// "2010-03-15" -> 20100315, "2010" -> 20100000: a key that sorts by date.
std::int64_t date_key(const std::string& date) {
    std::int64_t key = 0;
    int digits = 0;
    for (char c : date)
        if (c >= '0' && c <= '9' && digits < 8) {
            key = key * 10 + (c - '0');
            ++digits;
        }
    for (; digits < 8; ++digits) key *= 10;
    return key;
}

}  // namespace

const std::vector<std::string>& standard_facets() {
    static const std::vector<std::string> kFacets = {
        "state_under_review", "sur_regional_group", "sur_organisations", "recommending_states",
        "rs_regional_group",  "rs_organisations",   "mechanism",         "cycle",
        "session",            "document",           "response",          "action_category",
        "issues",             "themes",             "affected_persons",  "sdgs"};
    return kFacets;
}

IndexDocument index_document(const model::Recommendation& recommendation,
                             const model::Document& document, AnalyzerSet& analyzers) {
    IndexDocument out;
    out.id = recommendation.id;
    const Analyzer& own = analyzers.for_language(recommendation.language);
    own.analyze(recommendation.text, out.fields[field_index(Field::Text)]);
    std::string labels;
    for (const auto& label : recommendation.labels) labels += label.code + "\n";
    analyzers.for_language("en").analyze(labels, out.fields[field_index(Field::Labels)]);

    auto& facets = out.facets;
    facets.push_back({"state_under_review", document.state});
    add_state_facets(facets, "sur", document.state);
    for (const auto& state : recommendation.recommending_states) {
        facets.push_back({"recommending_states", state});
        add_state_facets(facets, "rs", state);
    }
    facets.push_back({"mechanism", document.mechanism.code});
    if (document.cycle)
        facets.push_back({"cycle", std::to_string(*document.cycle)});
    if (document.session)
        facets.push_back({"session", std::to_string(*document.session)});
    facets.push_back({"document", document.symbol});
    facets.push_back({"response", std::string(model::response_code(recommendation.response))});
    if (recommendation.action_category)
        facets.push_back({"action_category", std::to_string(*recommendation.action_category)});
    for (const auto& label : recommendation.labels) facets.push_back({label.taxonomy, label.code});

    out.date = date_key(document.date);
    out.order = document.symbol + '\x1f' + model::paragraph_sort_key(recommendation.paragraph);
    return out;
}

}  // namespace rightstrack::index
