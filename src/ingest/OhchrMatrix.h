// Parses OHCHR's thematic matrices of UPR recommendations (DOCX tables, one row per
// recommendation under theme headings) into records. A recommendation listed under several
// themes comes out once, at its first appearance, with the themes, SDGs, affected persons and
// States of all its appearances merged. Pure function over read_docx() blocks: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/Result.h"
#include "ingest/DocxReader.h"

namespace rightstrack::ingest {

struct MatrixRecommendation {
    std::string paragraph;                         // "186.28"; empty when the row has none.
    std::string text;                              // Without paragraph number and "(States)".
    std::vector<std::string> recommending_states;  // ISO alpha-3, in source order.
    std::string position;             // "supported", "noted", "partially_supported" or "".
    std::string position_source;      // Symbol of the document stating it, e.g. "A/HRC/25/5/Add.1".
    std::vector<std::string> themes;  // As written, e.g. "A12 Acceptance of ...".
    std::vector<std::string> affected_persons;  // As written, e.g. "children".
    std::vector<std::string> sdgs;              // Goal or target numbers, e.g. "16", "5.2".
    std::string section_theme;                  // The heading of its first appearance.
    bool operator==(const MatrixRecommendation&) const = default;
};

struct MatrixDocument {
    std::string title;               // "UPR of China (2nd Cycle – 17th session) Thematic list ...".
    std::string state_under_review;  // ISO alpha-3, from the title ("UPR of China (...)").
    std::optional<int> cycle;
    std::optional<int> session;                         // UPR Working Group session.
    std::vector<MatrixRecommendation> recommendations;  // In order of first appearance.
};

// True when one of the tables has a header row of a matrix ("Recommendation | Position | ..."),
// known layout or not: such a document is for parse_ohchr_matrix(), which names what it lacks.
bool has_matrix_table(const std::vector<DocxBlock>& blocks);

// The layout is recognised from the tables' header rows and cells, never from the file name.
// Errors (InvalidInput, where = file_name): a table layout this parser does not know, a title
// that names no known State, an unknown recommending State or position (naming the paragraph).
core::Result<MatrixDocument> parse_ohchr_matrix(const std::vector<DocxBlock>& blocks,
                                                const std::string& file_name);

}  // namespace rightstrack::ingest
