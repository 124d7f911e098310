// Folding of names for matching: two spellings of the same name ("Côte d'Ivoire", "COTE
// D’IVOIRE", "Cote dIvoire") fold to the same key. Uses ICU; the ICU objects are process-wide
// singletons, so the function is thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack::core {

// Decodes the HTML entities found in exported data (&#40; &amp; &rsquo; ...), applies NFKC case
// folding, strips combining marks (so Latin "é" -> "e"; Cyrillic "й" -> "и", "ё" -> "е" too,
// while Kyrgyz "ң", "ө", "ү" have no decomposition and stay), removes apostrophes, turns "&"
// into " and " and every other character that is not a letter or digit into a space, then
// collapses and trims spaces. Folding a folded string returns it unchanged.
std::string fold_for_matching(std::string_view utf8);

}  // namespace rightstrack::core
