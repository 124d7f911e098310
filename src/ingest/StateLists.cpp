#include "ingest/StateLists.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/Folding.h"
#include "core/Text.h"
#include "ingest/RecommendingStates.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

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

// A State's name as a report writes it in a list: capitalised and longer than a code ("and" is
// not Andorra's "AND", nor "CAT" Qatar's).
bool is_name(std::string_view name) {
    return name.size() > 3 && std::isupper(static_cast<unsigned char>(name.front())) &&
           !looks_like_acronym(name);
}

// "United Kingdom France": State names the source runs together without their comma, read
// greedily, the longest name first at each word (so "Guinea" does not stop "Guinea Bissau" nor
// "Niger" "Nigeria"); empty unless every word belongs to a name and there are two names or more.
std::vector<std::string> resolve_run(std::string_view list) {
    constexpr size_t kMostWords = 12;  // Longer parentheses are sentences, not State lists.
    const auto& registry = model::StateRegistry::instance();
    std::string text = core::collapse_whitespace(list);
    auto words = core::split(text, " ");
    if (words.size() < 2 || words.size() > kMostWords)
        return {};
    std::vector<std::string> codes;
    for (size_t start = 0; start < words.size();) {
        const model::StateInfo* state = nullptr;
        size_t end = words.size();
        for (; end > start; --end) {
            std::string_view name(
                words[start].data(),
                words[end - 1].data() + words[end - 1].size() - words[start].data());
            if (is_name(name) && (state = registry.resolve(name)) != nullptr)
                break;
        }
        if (state == nullptr)
            return {};
        codes.emplace_back(state->alpha3);
        start = end;
    }
    return codes.size() >= 2 ? codes : std::vector<std::string>{};
}

// "(USA)", "(UK)", "(UAE)": the few States the reports name by an abbreviation, which the
// registry knows as one of their names; other short capitalised words are acronyms.
bool is_abbreviated_name(std::string_view list) {
    const auto* state = model::StateRegistry::instance().resolve(list);
    if (state == nullptr)
        return false;
    auto names = model::StateRegistry::instance().names_of(state->alpha3);
    return std::any_of(names.begin(), names.end(),
                       [&](const model::StateRegistry::Name& n) { return n.text == list; });
}

// "(Chile,1 China,2 Mexico3)", "(Spain 2)": the PDF leaves the raised marks of footnotes on the
// names inside a list as digits after them. No State's name has digits, so one or two of them
// after a name (or its comma, or a space after it) and before a separator or the end go.
std::string without_list_marks(std::string_view list) {
    std::string out;
    for (size_t i = 0; i < list.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(list[i]))) {
            size_t end = i;
            while (end < list.size() && std::isdigit(static_cast<unsigned char>(list[end]))) ++end;
            size_t before = out.size();
            if (before > 0 && out[before - 1] == ' ')
                --before;
            bool after_name =
                before > 0 && (std::isalpha(static_cast<unsigned char>(out[before - 1])) ||
                               out[before - 1] == ',');
            bool before_separator =
                end == list.size() || list[end] == ',' || list[end] == ' ' || list[end] == ';';
            if (end - i <= 2 && after_name && before_separator) {
                i = end - 1;
                continue;
            }
        }
        out += list[i];
    }
    return out;
}

// The words of a State's name that its misprints in the reports keep: folded, without "of",
// "the" and a plural or possessive "s" ("Lao‟s People Democratic Republic" and "Islamic Republic
// Iran" are "lao people democratic republic", "islamic republic iran").
std::string misprint_key(std::string_view name) {
    std::string key;
    std::string folded = core::fold_for_matching(name);
    for (std::string_view word : core::split(folded, " ")) {
        if (word == "of" || word == "the" || word == "s" || word.empty())
            continue;
        if (word.size() > 3 && word.back() == 's')
            word.remove_suffix(1);
        if (!key.empty())
            key += ' ';
        key += word;
    }
    return key;
}

// The State a misprinted name stands for (see misprint_key()): only one whose English names
// give that key, so that a misprint never names two States; nullptr otherwise.
const model::StateInfo* resolve_misprint(std::string_view name) {
    using Keys = std::unordered_map<std::string, const model::StateInfo*>;
    static const Keys keys = [] {
        Keys out;
        const auto& registry = model::StateRegistry::instance();
        for (const auto& state : model::state_table())
            for (const auto& n : registry.names_of(state.alpha3)) {
                if (n.language != "en")
                    continue;
                auto [at, added] = out.emplace(misprint_key(n.text), &state);
                if (!added && at->second != &state)
                    at->second = nullptr;
            }
        return out;
    }();
    if (!is_name(name))
        return nullptr;
    auto found = keys.find(misprint_key(name));
    return found == keys.end() ? nullptr : found->second;
}

// Resolves "Spain, Belgium and the Netherlands" (or "Brazil/Spain") to codes; empty if any
// part is not a State. Names that themselves contain commas or "and" ("Bolivia (Plurinational State
// of)", "Trinidad and Tobago") are tried whole before being split; names run together come last.
std::vector<std::string> resolve_list(std::string_view list) {
    const auto& registry = model::StateRegistry::instance();
    list = core::trim(list);
    if (looks_like_acronym(list) && !is_abbreviated_name(list))
        return {};
    if (const auto* state = registry.resolve(list))
        return {std::string(state->alpha3)};
    if (const auto* state = resolve_misprint(list))
        return {std::string(state->alpha3)};
    for (std::string_view separator : {";", ",", " and ", "/"}) {
        auto parts = core::split(list, separator);
        if (parts.size() < 2)
            continue;
        // Try every cut: the first part may itself contain the separator.
        for (size_t cut = 1; cut < parts.size(); ++cut) {
            std::string head(parts[0]);
            for (size_t i = 1; i < cut; ++i) head += std::string(separator) + std::string(parts[i]);
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
    return resolve_run(list);
}

// The length of a footnote mark the PDF printed apart after a State list, a space and one or
// two digits before the ";" or "." that ends the item ("(Indonesia) 2;"); 0 when there is none.
size_t spaced_mark(std::string_view text, size_t after) {
    if (after >= text.size() || text[after] != ' ')
        return 0;
    size_t end = after + 1;
    while (end < text.size() && end < after + 3 &&
           std::isdigit(static_cast<unsigned char>(text[end])))
        ++end;
    if (end == after + 1 || (end < text.size() && text[end] != ';' && text[end] != '.'))
        return 0;
    return end - after;
}

// True when only white space and then ";", "." or the end follow position `after`. A footnote
// mark the PDF leaves after the parenthesis ("(Switzerland)3;", "(Chile)*") is skipped.
bool closes_segment(std::string_view text, size_t after) {
    size_t mark = after + spaced_mark(text, after);
    while (mark < text.size() && mark < after + 2 &&
           (std::isdigit(static_cast<unsigned char>(text[mark])) || text[mark] == '*'))
        ++mark;
    size_t next = text.find_first_not_of(" \t\n", mark);
    return next == std::string_view::npos || text[next] == ';' || text[next] == '.' ||
           text[next] == '(';
}

}  // namespace

std::vector<StateGroup> state_groups(std::string_view text) {
    std::vector<StateGroup> groups;
    for (size_t close = text.find(')'); close != std::string_view::npos;
         close = text.find(')', close + 1)) {
        size_t open = matching_open(text, close);
        if (open == std::string_view::npos)
            continue;
        if (!groups.empty() && open < groups.back().close)
            continue;  // Inside a group already taken, e.g. "(Iran (Islamic Republic of))".
        auto states = resolve_list(without_list_marks(text.substr(open + 1, close - open - 1)));
        if (!states.empty())
            groups.push_back({open, close, std::move(states), closes_segment(text, close + 1)});
    }
    // "(Libya), (Spain), (France);", "(Morocco) (Turkey) (Chile) and establish ...": lists one
    // after the other with only commas or white space between are one list.
    std::vector<StateGroup> merged;
    auto follows_last = [&](const StateGroup& group) {
        if (merged.empty())
            return false;
        const std::string_view between =
            core::trim(text.substr(merged.back().close + 1, group.open - merged.back().close - 1));
        return between.empty() || between == ",";
    };
    for (auto& group : groups) {
        if (follows_last(group)) {
            add_states(merged.back().states, group.states);
            merged.back().close = group.close;
            merged.back().closes = group.closes;
            continue;
        }
        merged.push_back(std::move(group));
    }
    return merged;
}

void add_states(std::vector<std::string>& states, const std::vector<std::string>& more) {
    for (const auto& state : more)
        if (std::find(states.begin(), states.end(), state) == states.end())
            states.push_back(state);
}

size_t after_mark(std::string_view item, size_t close) {
    size_t start = close + 1 + spaced_mark(item, close + 1);
    while (start < item.size() && start < close + 3 &&
           (std::isdigit(static_cast<unsigned char>(item[start])) || item[start] == '*'))
        ++start;
    return start;
}

}  // namespace rightstrack::ingest
