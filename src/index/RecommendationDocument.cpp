#include "index/RecommendationDocument.h"

#include "core/Text.h"
#include "model/StateRegistry.h"

namespace rightstrack::index {
namespace {

// Writes a document's facet values over those of the document before, in place, so that the
// strings' buffers are reused instead of allocated again for each of a million documents.
class FacetWriter {
public:
    explicit FacetWriter(std::vector<FacetValue>& values) : values_(values) {}
    ~FacetWriter() { values_.resize(used_); }

    void add(std::string_view facet, std::string_view value) {
        if (used_ == values_.size())
            values_.emplace_back();
        values_[used_].facet.assign(facet);
        values_[used_].value.assign(value);
        ++used_;
    }

private:
    std::vector<FacetValue>& values_;
    std::size_t used_ = 0;
};

// The facets of a State's regional group and organisations, for the State under review or a
// recommending State.
struct StateFacets {
    std::string_view regional_group;
    std::string_view organisations;
};
constexpr StateFacets kUnderReview{"sur_regional_group", "sur_organisations"};
constexpr StateFacets kRecommending{"rs_regional_group", "rs_organisations"};

void add_state_facets(FacetWriter& facets, const StateFacets& names, std::string_view alpha3) {
    const auto* state = model::StateRegistry::instance().find_by_code(alpha3);
    if (!state)
        return;
    facets.add(names.regional_group, model::regional_group_code(state->group));
    for (auto organisation : core::split(state->organisations, "|"))
        if (!organisation.empty())
            facets.add(names.organisations, organisation);
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
    static const std::vector<std::string> kFacets = {"state_under_review",
                                                     "sur_regional_group",
                                                     "sur_organisations",
                                                     "recommending_states",
                                                     "rs_regional_group",
                                                     "rs_organisations",
                                                     "mechanism",
                                                     "cycle",
                                                     "session",
                                                     "document",
                                                     "response",
                                                     "action_category",
                                                     "issues",
                                                     "themes",
                                                     "affected_persons",
                                                     "sdgs",
                                                     "implementation_status",
                                                     "responsible_institutions"};
    return kFacets;
}

const std::vector<std::vector<std::string>>& bundled_facets() {
    static const std::vector<std::vector<std::string>> kBundles = {
        {"state_under_review", "sur_regional_group", "sur_organisations", "mechanism", "cycle",
         "session", "document"},
        {"recommending_states", "rs_regional_group", "rs_organisations"}};
    return kBundles;
}

void index_document(const model::Recommendation& recommendation, const model::Document& document,
                    const store::PublicImplementation* implementation, AnalyzerSet& analyzers,
                    IndexDocument& out) {
    out.id = recommendation.id;
    for (auto& tokens : out.fields) tokens.clear();
    const Analyzer& own = analyzers.for_language(recommendation.language);
    own.analyze(recommendation.text, out.fields[field_index(Field::Text)]);
    std::string labels;
    for (const auto& label : recommendation.labels) labels += label.code + "\n";
    analyzers.for_language("en").analyze(labels, out.fields[field_index(Field::Labels)]);

    FacetWriter facets(out.facets);
    facets.add("state_under_review", document.state);
    add_state_facets(facets, kUnderReview, document.state);
    for (const auto& state : recommendation.recommending_states) {
        facets.add("recommending_states", state);
        add_state_facets(facets, kRecommending, state);
    }
    facets.add("mechanism", document.mechanism.code);
    if (document.cycle)
        facets.add("cycle", std::to_string(*document.cycle));
    if (document.session)
        facets.add("session", std::to_string(*document.session));
    facets.add("document", document.symbol);
    facets.add("response", model::response_code(recommendation.response));
    if (recommendation.action_category)
        facets.add("action_category", std::to_string(*recommendation.action_category));
    for (const auto& label : recommendation.labels) facets.add(label.taxonomy, label.code);
    if (implementation) {
        facets.add("implementation_status",
                   model::implementation_status_code(implementation->status));
        for (const auto& institution : implementation->institutions)
            facets.add("responsible_institutions", institution);
    }

    out.date = date_key(document.date);
    out.order = document.symbol + '\x1f' + model::paragraph_sort_key(recommendation.paragraph);
}

}  // namespace rightstrack::index
