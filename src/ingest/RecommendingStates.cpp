#include "ingest/RecommendingStates.h"

#include <algorithm>
#include <cctype>

#include "ingest/CompoundItems.h"
#include "ingest/ItemQualifiers.h"
#include "ingest/SharedVerbs.h"
#include "ingest/StateLists.h"

namespace rightstrack::ingest {
namespace {

// Splits a compound item into its recommendations before verb alternatives are taken apart (see
// attribute_segments() in the header).
std::vector<AttributedText> attributed_parts(std::string_view item) {
    std::vector<AttributedText> segments;
    std::vector<Part> parts;  // Of the recommendation in progress.
    size_t start = 0;
    for (auto& group : state_groups(item)) {
        std::string_view words = item.substr(start, group.open - start);
        start = after_mark(item, group.close);
        // "Sign (Chile) and ratify (Peru) the Convention; adopt a law (Peru)": the words up to
        // the ";" complete the parts before, a new recommendation follows.
        if (size_t end = words.find(';'); !parts.empty() && end != std::string_view::npos) {
            for (auto& composed : compose(parts, words.substr(0, end)))
                segments.push_back(std::move(composed));
            parts.clear();
            words.remove_prefix(end + 1);
        }
        if (!group.closes) {
            parts.push_back({std::string(words), group.states});
            continue;
        }
        if (!parts.empty()) {
            parts.push_back({std::string(words), group.states});
            for (auto& composed : compose(parts, "")) segments.push_back(std::move(composed));
            parts.clear();
            continue;
        }
        std::string text = segment_text(words);
        if (text.empty() && !segments.empty())
            add_states(segments.back().states, group.states);
        else {
            segments.push_back({std::move(text), {}});
            add_states(segments.back().states, group.states);
        }
    }
    if (!parts.empty()) {
        for (auto& composed : compose(parts, item.substr(start)))
            segments.push_back(std::move(composed));
        return segments;
    }
    std::string rest = segment_text(item.substr(start));
    // A footnote mark the PDF put after the final ";" or "." ("(Chile);2", "(Chile). *") is
    // not a recommendation.
    bool mark = rest.size() <= 2 && std::all_of(rest.begin(), rest.end(), [](char c) {
                    return std::isdigit(static_cast<unsigned char>(c)) || c == '*';
                });
    if ((!rest.empty() && !mark) || segments.empty())
        segments.push_back({std::move(rest), {}});
    return segments;
}

}  // namespace

bool looks_like_acronym(std::string_view name) {
    return name.size() <= 3 && std::all_of(name.begin(), name.end(), [](char c) {
               return std::isupper(static_cast<unsigned char>(c));
           });
}

std::vector<AttributedText> attribute_segments(std::string_view item) {
    return with_qualifiers_attached(with_objects_shared(
        with_alternatives_apart(with_verbs_borrowed(attributed_parts(item)))));
}

}  // namespace rightstrack::ingest
