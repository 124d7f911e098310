// Finds the recommendations in a Treaty Body's concluding observations (CCPR, CESCR, CEDAW, CRC,
// CAT, CERD, CRPD, CMW, CED; English, Russian, French and Spanish): the numbered paragraphs of
// the concerns and recommendations part, one recommendation per sub-item, and the labels of the
// paragraphs the Committee singles out for follow-up within one to two years or for urgent
// measures.
// A pure function from the document's paragraphs to records: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/Paragraph.h"
#include "model/ImportBatch.h"

namespace rightstrack::ingest {

inline constexpr std::string_view kConcludingObservationsImporter = "treaty-body-co";
inline constexpr std::string_view kConcludingObservationsImporterVersion = "1";

// - Recommendations are read from the part headed "Principal subjects of concern and
//   recommendations" (or its variants) to the end; without such a heading, from the whole
//   document. A paragraph is a recommendation from its first recommending sentence on (see
//   recommendation_start()): "12. The Committee is concerned ... . It recommends ..." keeps the
//   second sentence only.
// - A paragraph with sub-items gives one recommendation per item, paragraph "13 (a)", whose text
//   is the lead-in followed by the item so that it reads whole: "The State party should: (a)
//   Adopt ... ." (the "; and" joining items becomes a full stop). A paragraph without items is
//   one recommendation, "13". Text after the items is a recommendation "13" of its own when it
//   recommends, else the end of the last item (a reference to a general comment, say).
// - Procedural paragraphs are not recommendations: the follow-up request (its paragraphs get the
//   label priorities:follow_up; a number alone names every item of that paragraph), CRC's list of
//   areas needing urgent measures (priorities:urgent), and the requests about the next periodic
//   report and the common core document, which set a reporting date rather than an action.
//   Dissemination, ratification and the like stay: they are actions the State can take and track.
// - The subject headings a recommendation stands under go in its provenance's source_ref as
//   "subject:<heading>" (CRC's lettered cluster and its heading joined by " / "): the model has no
//   field of its own for them.
// - No recommending States (the Committee makes them) and response Pending.
// - Errors, naming the file: no symbol or State, a mechanism that is no Treaty Body, no
//   recommendation found, or a follow-up or urgent paragraph naming a paragraph that has none.
core::Result<model::ImportBatch> parse_concluding_observations(
    const std::vector<Paragraph>& paragraphs, const DocumentIdentity& identity,
    const std::string& file_name);

}  // namespace rightstrack::ingest
