// The wordings of UPR Working Group reports in the other UN languages the parser reads
// (Russian, French, Spanish): the heading of the recommendations, the sentences that give a
// section's response, and the closing sentence. They take folded text
// (core::fold_for_matching: lower case, no accents, no punctuation), so that "Conclusions
// et/ou recommandations" and "выводы и/или рекомендации" match however they are typed.
// Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "model/Response.h"

namespace rightstrack::ingest {

// "Выводы и/или рекомендации", "Conclusions et/ou recommandations", "Conclusiones y/o
// recomendaciones".
bool is_translated_recommendations_heading(std::string_view folded);

// The closing sentence ("... отражают позицию ...", "... reflètent la position ...", "...
// reflejan la posición ..."), the delegation's composition, or an annex.
bool ends_translated_recommendations(std::string_view folded);

// The response a section's opening sentence gives, if it is one of these languages' and
// introduces recommendations: not supported or noted, then to be examined, then supported; a
// sentence that introduces them without saying (`ends_with_colon`) leaves them pending.
std::optional<model::Response> translated_section_response(std::string_view folded,
                                                           bool ends_with_colon);

}  // namespace rightstrack::ingest
