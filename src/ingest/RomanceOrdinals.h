// The ordinals French and Spanish UN documents number a Treaty Body's session with, as
// core::fold_for_matching leaves them: numerals with their suffix ("123e", "63er", "68o" from
// "68º") and, in older documents, words ("quatre vingt dix neuvieme", "sexagesimo tercer").
// IdentityClues reads the session with them. Pure functions: thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// The number of the French or Spanish ordinal that ends at words[end - 1]: "123e", "1er", "63er",
// "2a" and "68o" (numerals); "cent vingt troisieme", "quatre vingt dix neuvieme", "vingt et
// unieme" (French words); "centesimo vigesimo tercer", "sexagesimo octavo", "decimo" (Spanish
// words). nullopt if the word before `end` is none of these.
std::optional<int> romance_ordinal_before(const std::vector<std::string_view>& words, size_t end);

}  // namespace rightstrack::ingest
