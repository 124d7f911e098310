// The verbs UPR recommendations open with, as a closed list: telling "and human rights
// mechanisms (Kuwait)" (a further object of the words before) from "and ensure ... (Kuwait)" (a
// further action) needs to know that "human" is not a verb, which no suffix shows. For
// CompoundItems; internal to ingest. Pure functions: thread-safe.
#pragma once

#include <string_view>

namespace rightstrack::ingest {

// Whether `word` (any case, without punctuation) is the plain form of a verb that
// recommendations are phrased with: "ratify", "ensure", "step" (up), "follow" (up).
bool is_imperative_verb(std::string_view word);

// Whether `text` starts as a noun phrase without a determiner: its first word is in small
// letters and is neither a verb of the list, nor an adverb in "-ly", nor a word that links or
// qualifies ("in", "as", "which", "the", "its"): "human rights mechanisms", "women", "sexual
// exploitation", "institutional framework".
bool starts_as_bare_noun(std::string_view text);

}  // namespace rightstrack::ingest
