// The layout of Treaty Body concluding observations: lettered (or Roman-numbered) sections,
// subject headings (short lines without a number: "Violence against women"), numbered paragraphs
// and their sub-items "(a)", "(b)" (in Russian "a)", "b)"), whether each sub-item is a paragraph
// of its own, as the PDF layout gives them, or runs on inside its paragraph, as plain text may.
// Pure function from paragraphs to structure: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "ingest/Paragraph.h"

namespace rightstrack::ingest {

struct CoItem {
    std::string label;   // "a", "b", ...
    std::string marker;  // As written: "(a)", "a)".
    std::string text;    // Without its marker; sub-sub-items "(i)", "(ii)" included.
    int page = 0;
};

// One numbered paragraph of concluding observations and what belongs to it.
struct CoParagraph {
    int number = 0;
    int page = 0;
    std::string text;  // After its number; up to its first sub-item.
    std::vector<CoItem> items;
    std::string after_items;  // Unnumbered text after its sub-items, if any.
    std::string subject;      // Its headings within the recommendations part, innermost
                              // last: "General measures of implementation (arts. 4, 42 and
                              // 44 (6)) / Legislation"; "" before any.
    bool in_recommendations_part = false;
};

struct CoLayout {
    std::vector<CoParagraph> paragraphs;
    // Whether a heading of the concerns and recommendations ("C. Principal subjects of concern
    // and recommendations", "III. Main areas of concern and recommendations", "С. Основные
    // вопросы, вызывающие обеспокоенность, и рекомендации") was found.
    bool has_recommendations_part = false;
};

// - Numbered paragraphs ("12. The Committee ...", or "12." alone before its text) go up: a
//   smaller number is text, not a new paragraph.
// - A section heading is a letter or Roman numeral and a full stop ("C. ..."), short, without a
//   final full stop; a subject heading is a short line without a number or a final stop, starting
//   with a capital, inside the recommendations part. A section heading clears the subject.
// - Sub-items are the letters in order: "(i)" after "(h)" is a letter, after an item ending in
//   ":" a numeral that stays in that item. Items written inside their paragraph ("should: (a)
//   Adopt ...; (b) Ensure ...") are split where the next letter follows ":" or ";".
// - Footnotes are skipped. Unnumbered text that is no heading continues what came before.
CoLayout co_layout(const std::vector<Paragraph>& paragraphs);

}  // namespace rightstrack::ingest
