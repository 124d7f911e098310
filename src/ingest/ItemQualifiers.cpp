#include "ingest/ItemQualifiers.h"

#include <algorithm>
#include <cctype>

#include "core/Text.h"
#include "ingest/ImperativeVerbs.h"

namespace rightstrack::ingest {
namespace {

// Whether `text` holds a clause of its own after a comma, opening with a verb of the closed
// list, or "to" and one: "in line with the law, adopt ...", "in accordance with its realities,
// to proceed ...".
bool has_clause_after_comma(std::string_view text) {
    for (size_t comma = text.find(','); comma != std::string_view::npos;
         comma = text.find(',', comma + 1)) {
        std::string_view after = core::trim(text.substr(comma + 1));
        if (after.starts_with("to "))
            after.remove_prefix(3);
        if (is_imperative_verb(after.substr(0, after.find_first_of(" ,;:"))))
            return true;
    }
    return false;
}

// The last segment before `i` that names one of the States of segment `i`, or the one right
// before it when none does.
size_t qualified_segment(const std::vector<AttributedText>& segments, size_t i) {
    for (size_t k = i; k-- > 0;)
        for (const auto& state : segments[i].states)
            if (std::find(segments[k].states.begin(), segments[k].states.end(), state) !=
                segments[k].states.end())
                return k;
    return i - 1;
}

}  // namespace

bool only_qualifies(std::string_view text) {
    static const std::vector<std::string_view> kLinks = {
        "in order to ",        "so as to ",
        "with a view to ",     "as recommended ",
        "as requested ",       "as noted ",
        "in particular ",      "particularly ",
        "especially ",         "notably ",
        "in line with ",       "in accordance with ",
        "in conformity with ", "in compliance with ",
        "bearing in mind ",    "including ",
        "so that ",            "thereby ",
        "allowing ",           "enabling ",
        "permitting ",         "at the "};
    std::string lower = core::ascii_lower(core::trim(text));
    bool linked = std::any_of(kLinks.begin(), kLinks.end(),
                              [&](std::string_view link) { return lower.starts_with(link); });
    return linked && !has_clause_after_comma(text);
}

std::vector<AttributedText> with_qualifiers_attached(std::vector<AttributedText> segments) {
    std::vector<bool> taken(segments.size(), false);  // All of whose States a qualifier took.
    for (size_t i = 1; i < segments.size(); ++i) {
        if (segments[i].states.empty() || !only_qualifies(segments[i].text))
            continue;
        size_t k = qualified_segment(segments, i);
        if (segments[k].states.empty() || only_qualifies(segments[k].text))
            continue;
        segments[i].text = segments[k].text + ", " + std::string(core::trim(segments[i].text));
        auto& before = segments[k].states;
        std::erase_if(before, [&](const std::string& state) {
            return std::find(segments[i].states.begin(), segments[i].states.end(), state) !=
                   segments[i].states.end();
        });
        taken[k] = before.empty();
    }
    std::vector<AttributedText> out;
    for (size_t i = 0; i < segments.size(); ++i)
        if (!taken[i])
            out.push_back(std::move(segments[i]));
    return out;
}

}  // namespace rightstrack::ingest
