// Recommendations of our own for the search benchmark's tests: a handful of texts in the UN's
// style with States, sessions, responses and issues, enough for the generator to vary.
#pragma once

#include <vector>

#include "Corpus.h"

namespace rightstrack::bench::testing {

inline std::vector<SourceRecommendation> sample_rows() {
    return {
        {"Abolish the death penalty for all crimes", "KGZ", 8, {"NOR", "FRA"}, "supported", 5,
         {"Death penalty"}},
        {"Ratify the Optional Protocol to the Convention against Torture", "KAZ", 7, {"DEU"},
         "noted", 4, {"Torture and other CID treatment", "International instruments"}},
        {"Protect human rights defenders and journalists from reprisals", "UZB", 3,
         {"CAN", "NOR", "BRA"}, "supported", 3, {"Human rights defenders"}},
        {"Adopt a law against discrimination of women in employment", "TJK", 12, {"MEX"},
         "supported", std::nullopt, {"Women's rights", "Labour"}},
        {"Investigate every allegation of torture in detention promptly", "KGZ", 21,
         {"GBR", "RUS"}, "noted", 5, {"Torture and other CID treatment", "Detention"}},
        {"Guarantee the right to education of children with disabilities", "TKM", 16, {"CHN"},
         "supported", 2, {"Right to education", "Disabilities", "Rights of the Child"}},
    };
}

}  // namespace rightstrack::bench::testing
