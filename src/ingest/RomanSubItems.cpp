#include "ingest/RomanSubItems.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/Text.h"
#include "ingest/WgReportPhrasing.h"

namespace rightstrack::ingest {
namespace {

constexpr std::array<std::string_view, 12> kRomans = {"i",   "ii", "iii", "iv",  "v",  "vi",
                                                      "vii", "viii", "ix", "x", "xi", "xii"};

// Where each sub-item's marker "(i)", "(ii)", ... is, in order from "(i)"; fewer than two
// markers is no list.
std::vector<std::pair<size_t, size_t>> markers_of(const std::string& text) {
    std::vector<std::pair<size_t, size_t>> markers;  // Position and length.
    size_t from = 0;
    for (auto roman : kRomans) {
        std::string marker = "(" + std::string(roman) + ")";
        size_t at = text.find(marker, from);
        if (at == std::string::npos)
            break;
        markers.emplace_back(at, marker.size());
        from = at + marker.size();
    }
    if (markers.size() < 2)
        markers.clear();
    return markers;
}

std::string_view without_edge_punctuation(std::string_view s) {
    s = core::trim(s);
    while (!s.empty() && (s.front() == ':' || s.front() == ','))
        s = core::trim(s.substr(1));
    while (!s.empty() && (s.back() == ':' || s.back() == ','))
        s = core::trim(s.substr(0, s.size() - 1));
    return s;
}

// Whether the words before the first sub-item leave the sub-items the whole item: nothing, or
// the State under review alone ("Malaysia", "that Malaysia:", ": Malaysia"), not a sentence the
// sub-items continue ("review its law, in particular regarding").
bool is_bare_lead(std::string_view lead, const std::vector<std::string>& subjects) {
    lead = without_edge_punctuation(lead);
    if (lead.starts_with("that "))
        lead = without_edge_punctuation(lead.substr(5));
    if (lead.empty())
        return true;
    std::string lower = core::ascii_lower(lead);
    return std::any_of(subjects.begin(), subjects.end(),
                       [&](const std::string& s) { return core::ascii_lower(s) == lower; });
}

// A sub-item's text without the separators that join it to the next: ",", ";", "and".
std::string subitem_text(std::string_view text) {
    while (true) {
        text = core::trim(text);
        if (text.ends_with(" and"))
            text.remove_suffix(4);
        else if (!text.empty() && (text.back() == ',' || text.back() == ';' || text.back() == '.'))
            text.remove_suffix(1);
        else
            return core::collapse_whitespace(text);
    }
}

}  // namespace

std::vector<std::string> roman_subitems(const std::string& text,
                                        const std::vector<std::string>& subjects) {
    auto markers = markers_of(text);
    if (markers.empty() ||
        !is_bare_lead(std::string_view(text).substr(0, markers[0].first), subjects))
        return {text};
    std::vector<std::string> items;
    for (size_t k = 0; k < markers.size(); ++k) {
        size_t begin = markers[k].first + markers[k].second;
        size_t end = k + 1 < markers.size() ? markers[k + 1].first : text.size();
        std::string item = subitem_text(std::string_view(text).substr(begin, end - begin));
        if (!starts_with_plain_verb(item))
            return {text};
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace rightstrack::ingest
