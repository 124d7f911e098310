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

template <size_t P, size_t N, size_t S>
std::optional<model::Response> position_in(const std::string& text,
                                           const std::string_view (&partly)[P],
                                           const std::string_view (&noted)[N],
                                           const std::string_view (&supported)[S]) {
    bool supports = contains_any(text, supported);
    if (supports && contains_any(text, partly))
        return model::Response::PartiallySupported;
    if (contains_any(text, noted))
        return model::Response::Noted;
    if (supports)
        return model::Response::Supported;
    return std::nullopt;
}

// A Russian position cell, on folded text: the whole cell's words, first or last in the row
// (a recommendation's own verbs, "Поддерживать", "Принять", must not count).
std::optional<model::Response> russian_position_cell(const std::string& folded) {
    for (auto [cell, response] :
         {std::pair{"частично поддерживается", model::Response::PartiallySupported},
          std::pair{"частично поддержана", model::Response::PartiallySupported},
          std::pair{"принимается к сведению", model::Response::Noted},
          std::pair{"принята к сведению", model::Response::Noted},
          std::pair{"не поддерживается", model::Response::Noted},
          std::pair{"отклонена", model::Response::Noted},
          std::pair{"поддерживается", model::Response::Supported},
          std::pair{"поддержана", model::Response::Supported},
          std::pair{"принята", model::Response::Supported}}) {
        std::string_view c = cell;
        std::string_view f = folded;
        bool at_end = f.ends_with(c) && (f.size() == c.size() || f[f.size() - c.size() - 1] == ' ');
        bool at_start = f.starts_with(c) && (f.size() == c.size() || f[c.size()] == ' ');
        if (at_end || at_start)
            return response;
    }
    return std::nullopt;
}

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
        return russian_position_cell(core::fold_for_matching(text));
    auto l = core::ascii_lower(core::trim(text));
    while (!l.empty() && (l.back() == '.' || l.back() == ' ')) l.pop_back();
    for (auto [cell, response] :
         {std::pair{"partially supported", model::Response::PartiallySupported},
          std::pair{"partially accepted", model::Response::PartiallySupported},
          std::pair{"supported in part", model::Response::PartiallySupported},
          std::pair{"not supported", model::Response::Noted},
          std::pair{"not accepted", model::Response::Noted},
          std::pair{"supported", model::Response::Supported},
          std::pair{"accepted", model::Response::Supported},
          std::pair{"noted", model::Response::Noted}, std::pair{"rejected", model::Response::Noted},
          // French and Spanish, feminine as "recommandation" and "recomendación" are.
          std::pair{"partiellement acceptée", model::Response::PartiallySupported},
          std::pair{"parcialmente aceptada", model::Response::PartiallySupported},
          std::pair{"acceptée", model::Response::Supported},
          std::pair{"appuyée", model::Response::Supported},
          std::pair{"aceptada", model::Response::Supported},
          std::pair{"apoyada", model::Response::Supported},
          std::pair{"notée", model::Response::Noted}, std::pair{"rejetée", model::Response::Noted},
          std::pair{"rechazada", model::Response::Noted}}) {
        std::string_view c = cell;
        bool whole_word_end =
            l.size() == c.size() || (l.size() > c.size() && l[l.size() - c.size() - 1] == ' ');
        bool whole_word_start = l.size() == c.size() ||
                                (l.size() > c.size() &&
                                 (l[c.size()] == ' ' || l[c.size()] == '.' || l[c.size()] == ':'));
        if ((l.ends_with(c) && whole_word_end) || (l.starts_with(c) && whole_word_start))
            return response;
    }
    return cell_after_states(text);
}

}  // namespace rightstrack::ingest
