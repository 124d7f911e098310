#include "ingest/RecommendingStates.h"

#include <algorithm>
#include <cctype>

#include "core/Text.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

// Strips the separators that end a list item: ";", ".", "; and", white space.
std::string_view trim_item_end(std::string_view text) {
    while (true) {
        text = core::trim(text);
        if (text.ends_with(" and"))
            text.remove_suffix(4);
        else if (!text.empty() && (text.back() == ';' || text.back() == '.' || text.back() == ','))
            text.remove_suffix(1);
        else
            return text;
    }
}

// Position of the "(" that opens the parenthesis closing at `close`, allowing one level of
// nesting, as in "(Iran (Islamic Republic of))". npos when unbalanced.
size_t matching_open(std::string_view text, size_t close) {
    int depth = 0;
    for (size_t i = close + 1; i-- > 0;) {
        if (text[i] == ')')
            ++depth;
        else if (text[i] == '(' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

// Resolves "Spain, Belgium and the Netherlands" to codes; empty if any part is not a State.
// Names that themselves contain commas or "and" ("Bolivia (Plurinational State of)", "Trinidad
// and Tobago") are tried whole before being split.
std::vector<std::string> resolve_list(std::string_view list) {
    const auto& registry = model::StateRegistry::instance();
    list = core::trim(list);
    if (looks_like_acronym(list))
        return {};
    if (const auto* state = registry.resolve(list))
        return {std::string(state->alpha3)};
    for (std::string_view separator : {";", ",", " and "}) {
        auto parts = core::split(list, separator);
        if (parts.size() < 2)
            continue;
        // Try every cut: the first part may itself contain the separator.
        for (size_t cut = 1; cut < parts.size(); ++cut) {
            std::string head(parts[0]);
            for (size_t i = 1; i < cut; ++i)
                head += std::string(separator) + std::string(parts[i]);
            auto first = resolve_list(head);
            if (first.empty())
                continue;
            std::string_view rest = list.substr(head.size() + separator.size());
            auto others = resolve_list(rest);
            if (others.empty())
                continue;
            first.insert(first.end(), others.begin(), others.end());
            return first;
        }
    }
    return {};
}

// A parenthesised State list inside an item: [open, close] and the States it names.
struct StateGroup {
    size_t open;
    size_t close;
    std::vector<std::string> states;
};

// True when only white space and then ";", "." or the end follow position `after`. A footnote
// mark the PDF leaves after the parenthesis ("(Switzerland)3;", "(Chile)*") is skipped.
bool closes_segment(std::string_view text, size_t after) {
    size_t mark = after;
    while (mark < text.size() && mark < after + 2 &&
           (std::isdigit(static_cast<unsigned char>(text[mark])) || text[mark] == '*'))
        ++mark;
    size_t next = text.find_first_not_of(" \t\n", mark);
    return next == std::string_view::npos || text[next] == ';' || text[next] == '.' ||
           text[next] == '(';
}

std::vector<StateGroup> state_groups(std::string_view text) {
    std::vector<StateGroup> groups;
    for (size_t close = text.find(')'); close != std::string_view::npos;
         close = text.find(')', close + 1)) {
        size_t open = matching_open(text, close);
        if (open == std::string_view::npos || !closes_segment(text, close + 1))
            continue;
        if (!groups.empty() && open < groups.back().close)
            continue;  // Inside a group already taken, e.g. "(Iran (Islamic Republic of))".
        auto states = resolve_list(text.substr(open + 1, close - open - 1));
        if (!states.empty())
            groups.push_back({open, close, std::move(states)});
    }
    return groups;
}

// Appends the States not already named: "(Spain); (Spain)" credits Spain once.
void add_states(std::vector<std::string>& states, const std::vector<std::string>& more) {
    for (const auto& state : more)
        if (std::find(states.begin(), states.end(), state) == states.end())
            states.push_back(state);
}

// The text of a segment: without leading separators left by the previous segment.
std::string segment_text(std::string_view text) {
    text = core::trim(text);
    while (!text.empty() && (text.front() == ';' || text.front() == '.' || text.front() == ','))
        text = core::trim(text.substr(1));
    if (text.starts_with("and "))
        text = text.substr(4);
    return core::collapse_whitespace(trim_item_end(text));
}

}  // namespace

bool looks_like_acronym(std::string_view name) {
    return name.size() <= 3 && std::all_of(name.begin(), name.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
}

std::vector<AttributedText> attribute_segments(std::string_view item) {
    std::vector<AttributedText> segments;
    size_t start = 0;
    for (auto& group : state_groups(item)) {
        std::string text = segment_text(item.substr(start, group.open - start));
        if (text.empty() && !segments.empty())
            add_states(segments.back().states, group.states);
        else {
            segments.push_back({std::move(text), {}});
            add_states(segments.back().states, group.states);
        }
        start = group.close + 1;
        while (start < item.size() && start < group.close + 3 &&
               (std::isdigit(static_cast<unsigned char>(item[start])) || item[start] == '*'))
            ++start;
    }
    std::string rest = segment_text(item.substr(start));
    if (!rest.empty() || segments.empty())
        segments.push_back({std::move(rest), {}});
    return segments;
}

}  // namespace rightstrack::ingest
