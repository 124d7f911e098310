#include "ingest/OhchrMatrixCells.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/Text.h"
#include "model/Response.h"

namespace rightstrack::ingest {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Every line of the cell: paragraphs, and the line breaks within them.
std::vector<std::string_view> lines_of(const DocxCell& cell) {
    std::vector<std::string_view> lines;
    for (const DocxParagraph& paragraph : cell.paragraphs)
        for (std::string_view line : core::split(paragraph.text, "\n")) lines.push_back(line);
    return lines;
}

constexpr std::string_view kSourceMarker = "source of position";

// "Source of position: A/HRC/25/5/Add.1 - Para. 186.28." -> "A/HRC/25/5/Add.1".
std::string position_source_symbol(std::string_view after_marker) {
    std::string_view rest = core::trim(after_marker);
    if (rest.starts_with(":"))
        rest = core::trim(rest.substr(1));
    std::string_view symbol = rest.substr(0, rest.find_first_of(" \t"));
    while (!symbol.empty() && std::string_view(".,;").find(symbol.back()) != std::string_view::npos)
        symbol.remove_suffix(1);
    return std::string(symbol);
}

// "Comments: Information sent in a post Add.1 letter" annotates the recommendation.
bool is_comment(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos)
        return false;
    std::string label = core::ascii_lower(core::trim(line.substr(0, colon)));
    return label == "comment" || label == "comments" || label == "note" || label == "notes";
}

// "186.28. Continue ..." -> paragraph "186.28", text "Continue ...". A number without a dot
// ("3 States") or one run into other text ("2.5%") is not a paragraph number.
std::string_view take_paragraph_number(std::string_view text, std::string& paragraph) {
    size_t i = 0;
    while (i < text.size() && is_digit(text[i])) ++i;
    size_t groups = 0;
    while (i > 0 && i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1])) {
        for (++i; i < text.size() && is_digit(text[i]);) ++i;
        ++groups;
    }
    if (groups == 0)
        return text;
    size_t end = i;
    if (i < text.size() && text[i] == '.')
        ++i;
    if (i < text.size() && text[i] != ' ' && !std::isupper(static_cast<unsigned char>(text[i])))
        return text;
    paragraph = text.substr(0, end);
    return core::trim(text.substr(i));
}

enum class LabelSection { Themes, AffectedPersons, Sdgs };

// "Affected persons:", "SDGs:" and the like switch the section that the following lines are in;
// `rest` is what follows the colon. "F31 Children: definition; ..." is a theme, not a heading.
std::optional<LabelSection> heading_section(std::string_view line, std::string_view& rest) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    std::string label = core::ascii_lower(core::trim(line.substr(0, colon)));
    rest = core::trim(line.substr(colon + 1));
    if (label.starts_with("affected person"))
        return LabelSection::AffectedPersons;
    if (label == "sdg" || label == "sdgs" || label.starts_with("sustainable development goal"))
        return LabelSection::Sdgs;
    if (label == "theme" || label == "themes" || label == "rights" ||
        label == "full list of themes")
        return LabelSection::Themes;
    return std::nullopt;
}

std::string_view strip_bullet(std::string_view line) {
    line = core::trim(line);
    for (std::string_view bullet : {"-", "\u2013", "\u2022", "\u00b7", "*"}) {
        if (line.starts_with(bullet))
            return core::trim(line.substr(bullet.size()));
    }
    return line;
}

// "16 - PEACE, JUSTICE ..." -> "16", "5.2 By 2030 ..." -> "5.2", "5.a" -> "5.a"; "" when the
// text does not start with a goal or target number.
std::string leading_goal_number(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == 0 || i > 2)
        return {};
    size_t end = i;
    if (i + 1 < text.size() && text[i] == '.' && is_alnum(text[i + 1])) {
        size_t j = i + 1;
        while (j < text.size() && is_alnum(text[j])) ++j;
        end = j;
    }
    if (end < text.size() && is_alnum(text[end]))
        return {};
    return std::string(text.substr(0, end));
}

// UHRI writes SDGs among the themes with codes of their own: "S16 SDG 16 - peace, justice and
// strong institutions" -> "16". "S Sustainable Development Goal implementation" is a theme.
std::string uhri_sdg_number(std::string_view theme) {
    size_t i = 1;
    if (!theme.starts_with("S"))
        return {};
    while (i < theme.size() && is_digit(theme[i])) ++i;
    if (i == 1)
        return {};
    std::string_view rest = core::trim(theme.substr(i));
    if (!rest.starts_with("SDG"))
        return {};
    return leading_goal_number(core::trim(rest.substr(3)));
}

std::string sdg_number(std::string_view item) {
    std::string lower = core::ascii_lower(item.substr(0, 4));
    if (lower.starts_with("sdg"))
        item = core::trim(item.substr(3));
    std::string number = leading_goal_number(item);
    return number.empty() ? std::string(item) : number;
}

void add_label(LabelsCell& labels, LabelSection section, std::string_view item) {
    std::string value = core::collapse_whitespace(item);
    switch (section) {
    case LabelSection::Themes: {
        std::string number = uhri_sdg_number(value);
        append_unique(number.empty() ? labels.themes : labels.sdgs,
                      {number.empty() ? value : number});
        return;
    }
    case LabelSection::AffectedPersons: append_unique(labels.affected_persons, {value}); return;
    case LabelSection::Sdgs: append_unique(labels.sdgs, {sdg_number(value)}); return;
    }
}

}  // namespace

core::Result<RecommendationCell> parse_recommendation_cell(const DocxCell& cell,
                                                           StatesInText states_in_text) {
    RecommendationCell parsed;
    std::string body;
    // The recommendation comes first; from its source or a comment on, the lines annotate it.
    bool annotations = false;
    for (std::string_view line : lines_of(cell)) {
        annotations = annotations || is_comment(line);
        size_t marker = core::ascii_lower(line).find(kSourceMarker);
        if (marker != std::string::npos && parsed.position_source.empty())
            parsed.position_source =
                position_source_symbol(line.substr(marker + kSourceMarker.size()));
        if (!annotations)
            body.append(body.empty() ? "" : " ").append(line.substr(0, marker));
        annotations = annotations || marker != std::string::npos;
    }
    body = core::collapse_whitespace(body);
    std::string_view rest = take_paragraph_number(body, parsed.paragraph);
    auto found = find_state_groups(rest, states_in_text);
    if (!found.ok() && !parsed.paragraph.empty())
        return core::Error::invalid_input("paragraph " + parsed.paragraph + ": " +
                                          found.error().message());
    StateGroups groups = TRY(std::move(found));
    parsed.text = remove_state_groups(rest, groups.groups);
    parsed.states = std::move(groups.states);
    return parsed;
}

core::Result<std::string> parse_position_cell(const DocxCell& cell) {
    std::string text = core::collapse_whitespace(cell.text());
    std::vector<model::Response> responses;
    for (std::string_view part : core::split(text, "/")) {
        if (core::trim(part).empty())
            continue;
        auto response = model::parse_response(core::trim(part));
        if (!response)
            return core::Error::invalid_input("unknown position '" + text + "'");
        responses.push_back(*response);
    }
    // "Supported/Noted": the State supported parts of the recommendation and noted others.
    if (responses.empty())
        return std::string();
    bool mixed = std::adjacent_find(responses.begin(), responses.end(), std::not_equal_to<>()) !=
                 responses.end();
    model::Response response = mixed ? model::Response::PartiallySupported : responses.front();
    if (response == model::Response::Pending)
        return std::string();
    return std::string(model::response_code(response));
}

LabelsCell parse_labels_cell(const DocxCell& cell) {
    LabelsCell labels;
    LabelSection section = LabelSection::Themes;
    for (std::string_view line : lines_of(cell)) {
        std::string_view item = strip_bullet(line);
        std::string_view rest;
        if (auto heading = heading_section(item, rest)) {
            section = *heading;
            item = strip_bullet(rest);
        }
        if (!item.empty())
            add_label(labels, section, item);
    }
    return labels;
}

void append_unique(std::vector<std::string>& values, const std::vector<std::string>& more) {
    for (const std::string& value : more)
        if (std::find(values.begin(), values.end(), value) == values.end())
            values.push_back(value);
}

}  // namespace rightstrack::ingest
