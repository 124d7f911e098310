// Folding of one word into the form it is searched by, before any stemming: full Unicode case
// folding with compatibility mappings (NFKC_Casefold: "Ⅻ" -> "xii", "ﬁ" -> "fi", soft hyphens
// dropped), diacritics removed ("Éducation" -> "education", "ё" -> "е"), apostrophes removed
// ("State's" -> "states"). Letters that are letters of their own alphabet stay: Kyrgyz "ң",
// "ө", "ү" have no decomposition, and "й", which NFD splits into "и" and a breve, is kept whole
// because Russian and Kyrgyz treat it as a letter and the Russian stemmer expects it.
// Pure function over process-wide ICU normalisers: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack::index {

// The folded word; invalid UTF-8 is read as U+FFFD. Folding a folded word returns it unchanged.
std::string fold_word(std::string_view utf8);

}  // namespace rightstrack::index
