#include "ingest/WgAddendumPhrasing.h"

#include <string>

#include "core/Folding.h"
#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

using core::contains_any;

constexpr std::string_view kPartly[] = {"partially", "partly",       "in part", "partiellement",
                                        "en partie", "parcialmente", "en parte"};
constexpr std::string_view kNoted[] = {"notes ",
                                       "noted",
                                       "take note",
                                       "takes note",
                                       "taken note",
                                       "not accept",
                                       "not support",
                                       "not enjoy",
                                       "reject",
                                       "unable to accept",
                                       "unable to support",
                                       "prend note",
                                       "pris note",
                                       "rejette",
                                       "n'accepte pas",
                                       "toma nota",
                                       "tomado nota",
                                       "rechaza",
                                       " no acepta",
                                       " no apoya"};
constexpr std::string_view kSupported[] = {"accept", "support",  "enjoy",    "agrees to", "accepte",
                                           "appuie", "soutient", "souscrit", "acepta",    "apoya"};
// Noting a fact rather than a recommendation.
constexpr std::string_view kNotingFacts[] = {"notes that", "noted that", "be noted",  "as noted",
                                             "is noted",   "note with",  "notes with"};

template <size_t N>
std::string without(std::string text, const std::string_view (&phrases)[N]) {
    for (auto phrase : phrases)
        for (auto at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at))
            text.replace(at, phrase.size(), std::string(phrase.size(), ' '));
    return text;
}

// Russian, matched on folded text (lower case, no punctuation): "принимает к сведению" (takes
// note) before "принимает" (accepts), "не поддерживает" before "поддерживает".
constexpr std::string_view kRussianPartly[] = {"частично"};
constexpr std::string_view kRussianNoted[] = {"к сведению", "отклоня", "не поддерж", "не принима"};
constexpr std::string_view kRussianSupported[] = {"поддерж", "принима", "принят", "соглас"};

// The position `text` states with one language's phrases: partial support before noting before
// support, since "not supported" and "partially supported" contain "supported".
std::optional<model::Response> position_in(const std::string& text, const auto& partly,
                                           const auto& noted, const auto& supported) {
    bool supports = contains_any(text, supported);
    if (supports && contains_any(text, partly))
        return model::Response::PartiallySupported;
    if (contains_any(text, noted))
        return model::Response::Noted;
    if (supports)
        return model::Response::Supported;
    return std::nullopt;
}

using Cell = std::pair<std::string_view, model::Response>;

// The first of `cells` that stands as whole words at the start of `text` (before a space, "."
// or ":") or at its end (after a space), or nullopt. `text` is lower case and trimmed.
template <typename Cells>
std::optional<model::Response> cell_at_edge(std::string_view text, const Cells& cells) {
    for (const auto& [cell, response] : cells) {
        bool at_end = text.ends_with(cell) &&
                      (text.size() == cell.size() || text[text.size() - cell.size() - 1] == ' ');
        bool at_start = text.starts_with(cell) &&
                        (text.size() == cell.size() || text[cell.size()] == ' ' ||
                         text[cell.size()] == '.' || text[cell.size()] == ':');
        if (at_end || at_start)
            return response;
    }
    return std::nullopt;
}

// Position cells, longest first where one ends another ("not supported", "supported"). French
// and Spanish cells are feminine, as "recommandation" and "recomendación" are.
constexpr Cell kCells[] = {
    {"partially supported", model::Response::PartiallySupported},
    {"partially accepted", model::Response::PartiallySupported},
    {"supported in part", model::Response::PartiallySupported},
    {"not supported", model::Response::Noted},
    {"not accepted", model::Response::Noted},
    {"supported", model::Response::Supported},
    {"accepted", model::Response::Supported},
    {"noted", model::Response::Noted},
    {"rejected", model::Response::Noted},
    {"partiellement acceptée", model::Response::PartiallySupported},
    {"parcialmente aceptada", model::Response::PartiallySupported},
    {"acceptée", model::Response::Supported},
    {"appuyée", model::Response::Supported},
    {"aceptada", model::Response::Supported},
    {"apoyada", model::Response::Supported},
    {"notée", model::Response::Noted},
    {"rejetée", model::Response::Noted},
    {"rechazada", model::Response::Noted}};

// Russian cells, matched on folded text. Only whole cells count: a recommendation's own verbs
// ("Поддерживать", "Принять") start rows too.
constexpr Cell kRussianCells[] = {
    {"частично поддерживается", model::Response::PartiallySupported},
    {"частично поддержана", model::Response::PartiallySupported},
    {"принимается к сведению", model::Response::Noted},
    {"принята к сведению", model::Response::Noted},
    {"не поддерживается", model::Response::Noted},
    {"отклонена", model::Response::Noted},
    {"поддерживается", model::Response::Supported},
    {"поддержана", model::Response::Supported},
    {"принята", model::Response::Supported}};

// A row whose comments follow its position cell: "Ratify the Convention (Chile) Supported The
// Government has ...". The cell is the capitalised word right after the States' parenthesis.
std::optional<model::Response> cell_after_states(std::string_view text) {
    for (auto [cell, response] :
         {std::pair{") Partially supported", model::Response::PartiallySupported},
          std::pair{") Not supported", model::Response::Noted},
          std::pair{") Supported", model::Response::Supported},
          std::pair{") Accepted", model::Response::Supported},
          std::pair{") Noted", model::Response::Noted},
          std::pair{") Rejected", model::Response::Noted}}) {
        std::string_view c = cell;
        auto at = text.find(c);
        auto after = at == std::string_view::npos ? 0 : at + c.size();
        if (at != std::string_view::npos && (after == text.size() || text[after] == ' ' ||
                                             text[after] == '.' || text[after] == ':'))
            return response;
    }
    return std::nullopt;
}

}  // namespace

std::optional<model::Response> stated_position(std::string_view sentence) {
    if (core::has_cyrillic(sentence))
        return position_in(' ' + core::fold_for_matching(sentence) + ' ', kRussianPartly,
                           kRussianNoted, kRussianSupported);
    auto text = without(' ' + core::ascii_lower(sentence) + ' ', kNotingFacts);
    return position_in(text, kPartly, kNoted, kSupported);
}

std::optional<model::Response> position_cell(std::string_view text) {
    if (core::has_cyrillic(text))
        return cell_at_edge(core::fold_for_matching(text), kRussianCells);
    auto l = core::ascii_lower(core::trim(text));
    while (!l.empty() && (l.back() == '.' || l.back() == ' '))
        l.pop_back();
    if (auto cell = cell_at_edge(l, kCells))
        return cell;
    return cell_after_states(text);
}

}  // namespace rightstrack::ingest
