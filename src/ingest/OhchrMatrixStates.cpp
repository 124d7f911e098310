// Recommending States in a recommendation's text: "Do this (Brazil); Do that (Chile) (Peru);".
#include <algorithm>
#include <cctype>
#include <set>

#include "core/Text.h"
#include "ingest/OhchrMatrixCells.h"
#include "ingest/RecommendingStates.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

std::string resolve_exact(std::string_view name) {
    const model::StateInfo* state = model::StateRegistry::instance().resolve(name);
    return state ? std::string(state->alpha3) : std::string();
}

// "Chile and Peru" -> "Chile", "Peru", when the whole names no State but each part does
// ("Bosnia and Herzegovina" names one).
void add_name(std::string_view name, std::vector<std::string_view>& names) {
    constexpr std::string_view kAnd = " and ";
    if (name.find(kAnd) != std::string_view::npos && resolve_state_name(name).empty()) {
        std::vector<std::string_view> parts = core::split(name, kAnd);
        if (std::all_of(parts.begin(), parts.end(),
                        [](std::string_view part) { return !resolve_state_name(part).empty(); })) {
            for (std::string_view part : parts) names.push_back(core::trim(part));
            return;
        }
    }
    names.push_back(name);
}

// Parts of a parenthesised list, split at commas outside nested parentheses, so that
// "Senegal, Venezuela (Bolivarian Republic of),Peru" gives three names.
std::vector<std::string_view> split_names(std::string_view list) {
    std::vector<std::string_view> names;
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= list.size(); ++i) {
        char c = i < list.size() ? list[i] : ',';
        if (c == '(')
            ++depth;
        else if (c == ')')
            depth = std::max(depth - 1, 0);
        else if (c == ',' && depth == 0) {
            std::string_view name = core::trim(list.substr(start, i - start));
            if (!name.empty())
                add_name(name, names);
            start = i + 1;
        }
    }
    return names;
}

// A State group ends a recommendation: what follows is nothing, ";" or "." or another group
// ("(Uruguay) (Mali);", "(Chile); (Estonia);"). A comma continues the sentence, so that
// "with its neighbours (Kazakhstan, Tajikistan), notably on water" keeps its States.
bool ends_recommendation(std::string_view text, size_t after) {
    while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
    return after == text.size() ||
           std::string_view(";.(").find(text[after]) != std::string_view::npos;
}

bool only_separators_after(std::string_view text, size_t after) {
    return text.substr(after).find_first_not_of(" \t;.,") == std::string_view::npos;
}

}  // namespace

std::string resolve_state_name(std::string_view name) {
    name = core::trim(name);
    if (name.empty() || looks_like_acronym(name))
        return {};
    std::string code = resolve_exact(name);
    if (!code.empty())
        return code;
    std::set<std::string> candidates;
    for (size_t space = name.find(' '); space != std::string_view::npos;
         space = name.find(' ', space + 1)) {
        std::string joined =
            std::string(name.substr(0, space)) + std::string(name.substr(space + 1));
        std::string candidate = resolve_exact(joined);
        if (!candidate.empty())
            candidates.insert(candidate);
    }
    return candidates.size() == 1 ? *candidates.begin() : std::string();
}

std::vector<ParenthesisedGroup> parenthesised_groups(std::string_view text) {
    std::vector<ParenthesisedGroup> groups;
    int depth = 0;
    size_t begin = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(') {
            if (depth++ == 0)
                begin = i;
        } else if (text[i] == ')' && depth > 0 && --depth == 0) {
            groups.push_back({begin, i + 1, text.substr(begin + 1, i - begin - 1)});
        }
    }
    return groups;
}

core::Result<StateGroups> find_state_groups(std::string_view text, StatesInText states_in_text) {
    StateGroups found;
    for (const ParenthesisedGroup& group : parenthesised_groups(text)) {
        if (!ends_recommendation(text, group.end))
            continue;
        std::vector<std::string_view> names = split_names(group.content);
        std::vector<std::string> codes;
        std::string_view unknown;
        for (std::string_view name : names) {
            codes.push_back(resolve_state_name(name));
            if (codes.back().empty() && unknown.empty())
                unknown = name;
        }
        bool any_known = std::any_of(codes.begin(), codes.end(),
                                     [](const std::string& code) { return !code.empty(); });
        bool last = only_separators_after(text, group.end);
        if (names.empty() || (!any_known && !(last && states_in_text == StatesInText::Named)))
            continue;
        if (!unknown.empty()) {
            if (states_in_text == StatesInText::AlsoInColumn)
                continue;
            return core::Error::invalid_input("unknown recommending State '" +
                                              std::string(unknown) + "'");
        }
        found.groups.push_back(group);
        for (std::string& code : codes)
            if (std::find(found.states.begin(), found.states.end(), code) == found.states.end())
                found.states.push_back(std::move(code));
    }
    return found;
}

core::Result<std::vector<std::string>> parse_states_cell(const DocxCell& cell) {
    std::vector<std::string> states;
    for (const DocxParagraph& paragraph : cell.paragraphs) {
        std::string list = paragraph.text;
        std::replace_if(
            list.begin(), list.end(), [](char c) { return c == '\n' || c == ';'; }, ',');
        for (std::string_view name : split_names(list)) {
            std::string code = resolve_state_name(name);
            if (code.empty())
                return core::Error::invalid_input("unknown recommending State '" +
                                                  std::string(name) + "'");
            if (std::find(states.begin(), states.end(), code) == states.end())
                states.push_back(std::move(code));
        }
    }
    return states;
}

namespace {

bool is_separator(char c) {
    return c == ';' || c == ',' || c == '.';
}

// Appends the text that followed a removed State group, joining the separators on both sides:
// "A (X); B (Y);" -> "A; B;" and "A (X); (Y);" -> "A;".
void append_after_removed(std::string& out, std::string_view segment) {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    segment = core::trim(segment);
    if (!segment.empty() && is_separator(segment.front())) {
        char separator = segment.front();
        segment = core::trim(segment.substr(1));
        if (out.empty() || !is_separator(out.back()))
            out += separator;
        else if (separator == '.')
            out.back() = '.';
    }
    if (segment.empty())
        return;
    if (!out.empty())
        out += ' ';
    out += segment;
}

}  // namespace

std::string remove_state_groups(std::string_view text,
                                const std::vector<ParenthesisedGroup>& groups) {
    if (groups.empty())
        return std::string(text);
    std::string out(text.substr(0, groups.front().begin));
    for (size_t i = 0; i < groups.size(); ++i) {
        size_t next = i + 1 < groups.size() ? groups[i + 1].begin : text.size();
        append_after_removed(out, text.substr(groups[i].end, next - groups[i].end));
    }
    while (!out.empty() && (out.back() == ';' || out.back() == ',' || out.back() == ' '))
        out.pop_back();
    return out;
}

}  // namespace rightstrack::ingest
