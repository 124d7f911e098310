#include "ingest/OhchrMatrixLayouts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

std::string folded(std::string_view text) {
    return core::ascii_lower(core::collapse_whitespace(text));
}

bool is_labels_header(const std::string& header) {
    return header.find("list of themes") != std::string::npos ||
           header.find("list of rights") != std::string::npos || header.starts_with("themes") ||
           header.starts_with("rights");
}

// What follows "UPR of " (or the long form) in `text`, white space collapsed.
std::optional<std::string> after_review_marker(std::string_view text) {
    std::string clean = core::collapse_whitespace(text);
    std::string lower = folded(clean);
    for (std::string_view marker : {"upr of ", "universal periodic review of "}) {
        size_t at = lower.find(marker);
        if (at != std::string::npos)
            return clean.substr(at + marker.size());
    }
    return std::nullopt;
}

// "China (2nd Cycle – 17th session)" -> "China", "Egypt - Second Cycle" -> "Egypt", but
// "Iran (Islamic Republic of) (3rd Cycle ...)" -> "Iran (Islamic Republic of)": a parenthesis
// without digits is part of the UN name.
std::string name_before_details(std::string_view text) {
    size_t end = text.size();
    for (std::string_view stop : {" - ", " \u2013 ", " \u2014 ", ","})
        end = std::min(end, text.find(stop));
    for (size_t open = text.find('('); open < end; open = text.find('(', open + 1)) {
        size_t close = text.find(')', open);
        std::string_view inside = text.substr(open, close - open);
        if (close == std::string_view::npos ||
            inside.find_first_of("0123456789") != std::string_view::npos) {
            end = open;
            break;
        }
    }
    return core::collapse_whitespace(text.substr(0, end));
}

std::optional<int> ordinal_before(const std::string& lower, const char* noun) {
    static const std::array<std::string_view, 5> kWords = {"first", "second", "third", "fourth",
                                                           "fifth"};
    std::smatch match;
    std::regex number(std::string(R"((\d+)\s*(?:st|nd|rd|th)?\s+)") + noun);
    if (std::regex_search(lower, match, number))
        return core::parse_int(match[1].str());
    for (size_t i = 0; i < kWords.size(); ++i)
        if (lower.find(std::string(kWords[i]) + " " + noun) != std::string::npos)
            return int(i + 1);
    return std::nullopt;
}

}  // namespace

std::optional<MatrixLayout> recognise_layout(const DocxRow& row) {
    MatrixLayout layout;
    int column = 0;
    for (const DocxCell& cell : row.cells) {
        std::string header = folded(cell.text());
        if (header.starts_with("recommending state"))
            layout.recommending_states = column;
        else if (header.starts_with("recommendation"))
            layout.recommendation = column;
        else if (header.starts_with("position"))
            layout.position = column;
        else if (is_labels_header(header))
            layout.labels = column;
        column += cell.grid_span;
    }
    if (layout.recommendation < 0 || layout.position < 0 || layout.labels < 0)
        return std::nullopt;
    return layout;
}

bool looks_like_header(const DocxRow& row) {
    return !row.cells.empty() && folded(row.cells.front().text()).starts_with("recommendation");
}

const DocxCell* cell_at(const DocxRow& row, int column) {
    int start = 0;
    for (const DocxCell& cell : row.cells) {
        if (start == column)
            return &cell;
        start += cell.grid_span;
    }
    return nullptr;
}

std::optional<std::string> theme_heading(std::string_view text) {
    std::string clean = core::collapse_whitespace(text);
    size_t colon = clean.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    std::string label = folded(clean.substr(0, colon));
    static const std::array<std::string_view, 6> kLabels = {
        "theme", "themes", "right or area", "rights or areas", "thematic area", "cluster"};
    for (std::string_view known : kLabels)
        if (label == known)
            return core::collapse_whitespace(clean.substr(colon + 1));
    return std::nullopt;
}

std::optional<MatrixTitle> parse_title(std::string_view text) {
    auto rest = after_review_marker(text);
    if (!rest)
        return std::nullopt;
    MatrixTitle title;
    title.state_name = name_before_details(*rest);
    std::string lower = folded(*rest);
    title.cycle = ordinal_before(lower, "cycle");
    title.session = ordinal_before(lower, "session");
    return title;
}

std::string describe_row(const DocxRow& row) {
    std::vector<std::string> texts;
    for (const DocxCell& cell : row.cells) texts.push_back(core::collapse_whitespace(cell.text()));
    return core::join(texts, " | ");
}

}  // namespace rightstrack::ingest
