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

// Reports write recommending States by name; a short capitalised word in parentheses is an
// acronym ("(AU)", "(CAT)"), even where it happens to be an ISO code.
bool looks_like_acronym(std::string_view name) {
    return name.size() <= 3 && std::all_of(name.begin(), name.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
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

}  // namespace

AttributedText attribute_to_states(std::string_view item) {
    std::string_view body = trim_item_end(item);
    AttributedText result;
    // Walk back over "(A); (B)" groups.
    while (body.ends_with(")")) {
        size_t open = matching_open(body, body.size() - 1);
        if (open == std::string_view::npos)
            break;
        auto states = resolve_list(body.substr(open + 1, body.size() - open - 2));
        if (states.empty())
            break;
        result.states.insert(result.states.begin(), states.begin(), states.end());
        body = trim_item_end(body.substr(0, open));
    }
    result.text = core::collapse_whitespace(result.states.empty() ? trim_item_end(item) : body);
    return result;
}

}  // namespace rightstrack::ingest
