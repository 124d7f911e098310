// The structure of an OHCHR matrix, for OhchrMatrix: which column holds what (recognised from a
// table's header row), theme headings, and the title that names the State under review, cycle
// and session. Internal to ingest. Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ingest/DocxReader.h"

namespace rightstrack::ingest {

// Grid columns of a matrix table; -1 when the layout has no such column. The layouts known:
// - "Recommendation | Position | Full list of themes | Assessment/comments on level of
//   implementation", with themes given with UHRI codes ("A12 Acceptance of international
//   norms", SDGs as "S16 SDG 16 - ...") or as "- name" lists with an "SDGs:" section;
// - "Recommendation | Recommending state/s | Position | Full list of rights/affected persons",
//   with the recommending States in a column of their own and numbered rights ("2.1. ...").
struct MatrixLayout {
    int recommendation = -1;
    int recommending_states = -1;
    int position = -1;
    int labels = -1;  // Themes, SDGs and affected persons.
};

// The layout whose header `row` is, or nullopt when it is not a header this parser knows.
std::optional<MatrixLayout> recognise_layout(const DocxRow& row);
// True when `row` looks like a matrix header at all (its first cell says "Recommendation").
bool looks_like_header(const DocxRow& row);

// The cell that starts at grid column `column`, or nullptr.
const DocxCell* cell_at(const DocxRow& row, int column);

// "Theme: A12 Acceptance of international norms" -> "A12 Acceptance of international norms";
// "Right or area: 2.1. ..." likewise. nullopt for text that is not a theme heading.
std::optional<std::string> theme_heading(std::string_view text);

struct MatrixTitle {
    std::string state_name;  // As written, e.g. "China".
    std::optional<int> cycle;
    std::optional<int> session;
};

// "UPR of China (2nd Cycle – 17th session) Thematic list of recommendations" and the like.
std::optional<MatrixTitle> parse_title(std::string_view text);

// The cells' texts joined by " | ", for messages.
std::string describe_row(const DocxRow& row);

}  // namespace rightstrack::ingest
