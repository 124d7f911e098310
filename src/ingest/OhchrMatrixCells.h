// The cells of an OHCHR matrix row, for OhchrMatrix: the recommendation cell (paragraph number,
// text, recommending States in parentheses, source of the position), the position cell, the
// recommending States cell and the themes cell. Internal to ingest. Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "ingest/DocxReader.h"

namespace rightstrack::ingest {

// Whether the recommendation text is where the States are named ("... (Mongolia);"), or a
// column of their own names them and parentheses in the text are only removed.
enum class StatesInText { Named, AlsoInColumn };

struct RecommendationCell {
    std::string paragraph;            // "186.28", or "".
    std::string text;                 // Without the number, States and source line.
    std::vector<std::string> states;  // ISO alpha-3, in order of appearance.
    std::string position_source;      // "A/HRC/25/5/Add.1", or "".
};

// Errors name what is wrong (an unknown State) but not where: the caller knows the row.
core::Result<RecommendationCell> parse_recommendation_cell(const DocxCell& cell,
                                                           StatesInText states_in_text);

// One State per line ("Chile\nEstonia"), or separated by commas or semicolons.
core::Result<std::vector<std::string>> parse_states_cell(const DocxCell& cell);

// "supported", "noted", "partially_supported" ("Supported/Noted") or "" for an empty cell.
core::Result<std::string> parse_position_cell(const DocxCell& cell);

struct LabelsCell {
    std::vector<std::string> themes;
    std::vector<std::string> affected_persons;
    std::vector<std::string> sdgs;
};

// "A12 Acceptance of international norms\nS16 SDG 16 - peace, ...\nAffected persons:\n- general"
// and the variant with "- " bullets and an "SDGs:" section.
LabelsCell parse_labels_cell(const DocxCell& cell);

// Adds the values of `more` that `values` lacks, keeping the order of first appearance.
void append_unique(std::vector<std::string>& values, const std::vector<std::string>& more);

// The ISO alpha-3 code of a State name, or "" when the name is not a State. Tolerates a space
// that splits a word ("Sierra Le one"), as text extracted from laid-out documents has.
std::string resolve_state_name(std::string_view name);

// A top-level parenthesised group of a text: [begin, end) includes the parentheses.
struct ParenthesisedGroup {
    size_t begin = 0;
    size_t end = 0;
    std::string_view content;
};
std::vector<ParenthesisedGroup> parenthesised_groups(std::string_view text);

struct StateGroups {
    std::vector<ParenthesisedGroup> groups;  // The groups that name States, to remove.
    std::vector<std::string> states;         // ISO alpha-3, in order, each once.
};
// The groups of `text` that name recommending States: those that end a recommendation (followed
// by a separator, another group or the end) and name known States. With StatesInText::Named,
// the last group always names States, and an unknown name there is an error.
core::Result<StateGroups> find_state_groups(std::string_view text, StatesInText states_in_text);

// `text` without `groups`, the separators around them joined: "A (X); B (Y);" -> "A; B".
std::string remove_state_groups(std::string_view text,
                                const std::vector<ParenthesisedGroup>& groups);

}  // namespace rightstrack::ingest
