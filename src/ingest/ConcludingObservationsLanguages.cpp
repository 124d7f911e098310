#include "ingest/ConcludingObservationsLanguages.h"

#include <array>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

// Phrases that recommend wherever they stand. "recommande" and "recomienda" are never part of a
// concern ("recommandation", "recomendación" are, and do not match).
constexpr auto kRecommending = std::to_array<std::string_view>(
    {"état partie devrait", "état partie doit ", "il devrait ", "recommande", "exhorte",
     "état partie est invité", "état partie est encouragé", "état partie est prié",
     "réitère sa recommandation", "estado parte debe", "recomienda", "exhorta", "asimismo, debe",
     "también debe", "además, debe", "reitera su recomendación"});

// Verbs that recommend when the State party is their object: "le Comité invite l'état partie",
// not "les informations que l'état partie a demandées".
constexpr auto kAskingVerbs =
    std::to_array<std::string_view>({"engage", "invite", "encourage", "prie", "demande", "appelle",
                                     "insta", "alienta", "invita", "pide", "solicita", "anima"});
constexpr auto kStateParty = std::to_array<std::string_view>({"état partie", "estado parte"});

// How far after its verb the State party may stand: "engage vivement l'état partie", "insta
// encarecidamente al estado parte".
constexpr size_t kObjectWithin = 40;

bool asks_the_state_party(std::string_view lower) {
    for (std::string_view verb : kAskingVerbs) {
        for (size_t at = lower.find(verb); at != std::string_view::npos;
             at = lower.find(verb, at + 1)) {
            size_t end = at + verb.size();
            if ((at > 0 && lower[at - 1] != ' ') || end >= lower.size() || lower[end] != ' ')
                continue;  // Inside a word: "instalaciones", "demandeurs".
            std::string_view after = lower.substr(end, kObjectWithin + 16);
            for (std::string_view state : kStateParty) {
                size_t found = after.find(state);
                if (found != std::string_view::npos && found <= kObjectWithin)
                    return true;
            }
        }
    }
    return false;
}

}  // namespace

bool recommends_in_french_or_spanish(std::string_view lower) {
    return core::contains_any(lower, kRecommending) || asks_the_state_party(lower);
}

}  // namespace rightstrack::ingest
