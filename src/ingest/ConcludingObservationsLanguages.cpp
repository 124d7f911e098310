#include "ingest/ConcludingObservationsLanguages.h"

#include <array>
#include <span>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

using Phrases = std::span<const std::string_view>;

// Phrases that recommend wherever they stand. "recommande" and "recomienda" are never part of a
// concern ("recommandation", "recomendación" are, and do not match).
constexpr auto kRecommending = std::to_array<std::string_view>(
    {"il devrait ", "recommande", "exhorte", "réitère sa recommandation", "recomienda", "exhorta",
     "demande à l'état partie", "demande instamment à l'état partie",
     "demande également à l'état partie", "asimismo, debe", "también debe", "además, debe",
     "reitera su recomendación"});

// Verbs that recommend when the State party is their object: "le Comité invite l'état partie",
// not "l'état partie s'engage" ("demande" only as "demande (instamment) à l'état partie": "la
// demande de l'état partie" is a noun).
constexpr auto kAskingVerbs =
    std::to_array<std::string_view>({"engage", "invite", "encourage", "prie", "appelle", "insta",
                                     "alienta", "invita", "pide", "solicita", "anima"});
constexpr auto kStateParty = std::to_array<std::string_view>({"l'état partie", "estado parte"});

// What the State party "should" or "is asked to" do when it is the subject, an adverb allowed
// between: "l'état partie devrait", "l'état partie est instamment prié de", "el
// estado parte también debe".
constexpr auto kSubjectVerbs =
    std::to_array<std::string_view>({"devrait", "doit", "est invité", "est encouragé", "est prié",
                                     "est engagé", "debe", "debería"});
constexpr auto kInvited =
    std::to_array<std::string_view>({"invité", "encouragé", "prié", "engagé"});

// How far apart the two may stand: a verb and its object, "engage vivement l'état partie",
// "insta encarecidamente al estado parte"; the subject and its verb, one adverb at most, "l'état
// partie est instamment prié", so that "l'état partie n'a pas ..., alors qu'il doit" is no
// recommendation.
constexpr size_t kObjectWithin = 40;
constexpr size_t kVerbWithin = 16;

bool is_word_at(std::string_view lower, size_t at, size_t size) {
    size_t end = at + size;
    auto boundary = [](char c) { return c == ' ' || c == ',' || c == ':' || c == '.'; };
    return (at == 0 || boundary(lower[at - 1])) && (end >= lower.size() || boundary(lower[end]));
}

// Whether a word of `firsts` is followed, within `within` bytes, by a word of `seconds`.
bool followed_within(std::string_view lower, Phrases firsts, Phrases seconds, size_t within) {
    for (std::string_view first : firsts) {
        for (size_t at = lower.find(first); at != std::string_view::npos;
             at = lower.find(first, at + 1)) {
            if (!is_word_at(lower, at, first.size()))
                continue;  // Inside a word: "instalaciones", "demandeurs".
            size_t from = at + first.size();
            std::string_view after = lower.substr(from, within + 24);
            for (std::string_view second : seconds) {
                size_t found = after.find(second);
                if (found != std::string_view::npos && found <= within &&
                    is_word_at(lower, from + found, second.size()))
                    return true;
            }
        }
    }
    return false;
}

}  // namespace

bool recommends_in_french_or_spanish(std::string_view lower) {
    constexpr auto kPassive = std::to_array<std::string_view>({"l'état partie est"});
    return core::contains_any(lower, kRecommending) ||
           followed_within(lower, kAskingVerbs, kStateParty, kObjectWithin) ||
           followed_within(lower, kStateParty, kSubjectVerbs, kVerbWithin) ||
           followed_within(lower, kPassive, kInvited, kVerbWithin);
}

}  // namespace rightstrack::ingest
