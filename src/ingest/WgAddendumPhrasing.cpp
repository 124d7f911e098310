#include "ingest/WgAddendumPhrasing.h"

#include <string>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

template <size_t N>
bool contains_any(std::string_view text, const std::string_view (&phrases)[N]) {
    for (auto phrase : phrases)
        if (text.find(phrase) != std::string_view::npos)
            return true;
    return false;
}

constexpr std::string_view kPartly[] = {
    "partially", "partly", "in part", "partiellement", "en partie", "parcialmente", "en parte"};
constexpr std::string_view kNoted[] = {
    "notes ", "noted", "take note", "takes note", "taken note", "not accept", "not support",
    "not enjoy", "reject", "unable to accept", "unable to support", "prend note", "pris note",
    "rejette", "n'accepte pas", "toma nota", "tomado nota", "rechaza", " no acepta", " no apoya"};
constexpr std::string_view kSupported[] = {
    "accept", "support", "enjoy", "agrees to", "accepte", "appuie", "soutient", "souscrit",
    "acepta", "apoya"};
// Noting a fact rather than a recommendation.
constexpr std::string_view kNotingFacts[] = {
    "notes that", "noted that", "be noted", "as noted", "is noted", "note with", "notes with"};

template <size_t N>
std::string without(std::string text, const std::string_view (&phrases)[N]) {
    for (auto phrase : phrases)
        for (auto at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at))
            text.replace(at, phrase.size(), std::string(phrase.size(), ' '));
    return text;
}

}  // namespace

std::optional<model::Response> stated_position(std::string_view sentence) {
    auto text = without(' ' + core::ascii_lower(sentence) + ' ', kNotingFacts);
    bool supports = contains_any(text, kSupported);
    if (supports && contains_any(text, kPartly))
        return model::Response::PartiallySupported;
    if (contains_any(text, kNoted))
        return model::Response::Noted;
    if (supports)
        return model::Response::Supported;
    return std::nullopt;
}

std::optional<model::Response> position_cell(std::string_view text) {
    auto l = core::ascii_lower(core::trim(text));
    while (!l.empty() && (l.back() == '.' || l.back() == ' '))
        l.pop_back();
    for (auto [cell, response] :
         {std::pair{"partially supported", model::Response::PartiallySupported},
          std::pair{"partially accepted", model::Response::PartiallySupported},
          std::pair{"supported in part", model::Response::PartiallySupported},
          std::pair{"not supported", model::Response::Noted},
          std::pair{"not accepted", model::Response::Noted},
          std::pair{"supported", model::Response::Supported},
          std::pair{"accepted", model::Response::Supported},
          std::pair{"noted", model::Response::Noted},
          std::pair{"rejected", model::Response::Noted},
          // French and Spanish, feminine as "recommandation" and "recomendación" are.
          std::pair{"partiellement acceptée", model::Response::PartiallySupported},
          std::pair{"parcialmente aceptada", model::Response::PartiallySupported},
          std::pair{"acceptée", model::Response::Supported},
          std::pair{"appuyée", model::Response::Supported},
          std::pair{"aceptada", model::Response::Supported},
          std::pair{"apoyada", model::Response::Supported},
          std::pair{"notée", model::Response::Noted},
          std::pair{"rejetée", model::Response::Noted},
          std::pair{"rechazada", model::Response::Noted}}) {
        std::string_view c = cell;
        bool whole_word_end = l.size() == c.size() ||
                              (l.size() > c.size() && l[l.size() - c.size() - 1] == ' ');
        bool whole_word_start = l.size() == c.size() ||
                                (l.size() > c.size() && (l[c.size()] == ' ' || l[c.size()] == '.' ||
                                                         l[c.size()] == ':'));
        if ((l.ends_with(c) && whole_word_end) || (l.starts_with(c) && whole_word_start))
            return response;
    }
    return std::nullopt;
}

}  // namespace rightstrack::ingest
