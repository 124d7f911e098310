// What the index keeps of a stored recommendation: its text (in its own language) and its
// labels' codes as text fields, and its facets under the export's column names
// (state_under_review, recommending_states, response, cycle, session, mechanism, document,
// action_category, one facet per taxonomy: issues, themes, affected_persons, sdgs, ...) plus
// the regional groups and organisations of the State under review and of the recommending
// States (sur_regional_group, rs_regional_group, sur_organisations, rs_organisations), and what
// the public sees of its implementation (implementation_status, responsible_institutions) when
// it is tracked.
#pragma once

#include <string>
#include <vector>

#include "index/AnalyzerSet.h"
#include "index/SearchIndex.h"
#include "model/Document.h"
#include "model/Recommendation.h"
#include "store/Store.h"

namespace rightstrack::index {

// The facets every index declares, in the order search results list them.
const std::vector<std::string>& standard_facets();
// Groups of them whose values recommendations share together, kept as one bundle each
// (`SearchIndex::bundle_facets`): those of the UN document, and those of the recommending
// States (their regional groups and organisations follow from them).
const std::vector<std::vector<std::string>>& bundled_facets();

// Fills `out` with what the index keeps of the recommendation, reusing its buffers: a build
// from the store makes a million of these. `implementation`: null when it is not tracked.
void index_document(const model::Recommendation& recommendation, const model::Document& document,
                    const store::PublicImplementation* implementation, AnalyzerSet& analyzers,
                    IndexDocument& out);

}  // namespace rightstrack::index
