// The English rules that divide one compound item among its States: the text of each part
// (letters "(a)", joining words, footnote marks run into a word), parts credited to different
// States ("Consider ratifying (Jordan)/ratify (Chile) X"), and the verb of a part that a noun
// phrase after it borrows. For RecommendingStates; internal to ingest. Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/RecommendingStates.h"

namespace rightstrack::ingest {

// The text of a segment: without leading separators left by the previous segment.
std::string segment_text(std::string_view text);

// Appends a part of a compound item to a State's text, with one space unless punctuation
// follows.
void append_part(std::string& text, std::string_view part);

// Where the verb of an alternative ends and its object, shared by the alternatives, begins:
// "ratify as soon as possible | the Convention", "consider ratifying | ICCPR". The object starts
// at a determiner or at a capitalised word (a name or an acronym); npos when none does.
size_t object_start(std::string_view text);

// The word that starts `text`.
std::string_view first_word(std::string_view text);

// Whether a part of a compound item starts as a noun phrase, not with a verb: with "the" ("the
// Optional Protocol") or an acronym ("CEDAW", "OP-CAT"). English imperatives,
// which recommendations are, start with their verb.
bool starts_as_noun_phrase(std::string_view text);

// The words of a recommendation that take an object, its verb with what leads to the object:
// up to the last preposition or verb of joining ("to", "ratify", "acceding", ...) before the
// first name or acronym ("To ratify | the Second Optional Protocol", "Consider the possibility
// of acceding to | the other instruments, in particular the Convention", "Consider ratifying or
// acceding to: | OP-CAT"). Empty when no name follows such a word.
std::string_view verb_lead(std::string_view text);

// One part of a compound item and the States it is credited to.
struct Part {
    std::string text;
    std::vector<std::string> states;
};

// A recommendation whose parts name different States: "Consider ratifying (Jordan)/ratify
// (Chile) the Convention", "Abolish X (Chile, Peru) as soon as possible (Peru)". Each State's
// recommendation is its own parts in order, then the words after the last State list, which
// complete every State's sentence; a noun phrase of the State's that follows another State's
// verb ("..., ratify Y (Spain), the Convention (Brazil)") starts a further one. States whose
// words come out the same share one text.
std::vector<AttributedText> compose(const std::vector<Part>& parts, std::string_view tail);

// "Consider becoming a party to (Turkey); the possibility of (Peru) signing the Convention
// (Egypt)": a State's recommendation that ends wanting its object, in a preposition or a verb
// of joining as no English sentence does, takes the object the next recommendation with one
// names, across the ";" that ended its State list.
std::vector<AttributedText> with_objects_shared(std::vector<AttributedText> segments);

}  // namespace rightstrack::ingest
