// Finds the parenthesised State lists in a UPR recommendation item and resolves them to codes:
// "(Spain, Belgium and the Netherlands)", "(Iran (Islamic Republic of))", names run together
// without their comma, and a footnote mark the PDF leaves after the list. For
// RecommendingStates; internal to ingest. Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// A parenthesised State list inside an item: [open, close], the States it names, and whether
// it closes a recommendation (see closes_segment()) or credits only the words before it.
struct StateGroup {
    size_t open;
    size_t close;
    std::vector<std::string> states;
    bool closes;
};

// The State lists of `text` in order, the parentheses that name no State left out.
std::vector<StateGroup> state_groups(std::string_view text);

// Appends the States not already named: "(Spain); (Spain)" credits Spain once.
void add_states(std::vector<std::string>& states, const std::vector<std::string>& more);

// Where a footnote mark after a State list ends: "(Chile)3 and" continues after the "3".
size_t after_mark(std::string_view item, size_t close);

}  // namespace rightstrack::ingest
