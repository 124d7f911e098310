// rightstrack's own CSV layout, written by `export --format csv` and read back by `import`:
// the columns DESIGN.md fixes, in order, then the columns that make the round trip lossless.
// Several values in one cell are separated by "|".
#pragma once

#include <array>
#include <string_view>

namespace rightstrack::model {

inline constexpr std::array<std::string_view, 27> kExchangeColumns = {
    // Fixed by DESIGN.md; scripts rely on these names and this order.
    "id", "document", "mechanism", "state_under_review", "cycle", "session", "paragraph",
    "recommending_states", "response", "action_category", "issues", "themes",
    "affected_persons", "sdgs", "text",
    // Further columns.
    "language", "translations", "other_labels", "response_source", "page", "importer",
    "importer_version", "source_ref", "document_title", "document_date", "document_language", "document_sha256",
};

inline constexpr std::string_view kValueSeparator = "|";

}  // namespace rightstrack::model
