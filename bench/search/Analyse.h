// The text analysis the benchmark feeds every engine: one function from a text to its tokens,
// so that the harness analyses each text once and all engines index the very same terms.
// Until the index module's Analyzer is on main, `split_lower_words` stands in for it.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "index/Token.h"

namespace rightstrack::bench {

using Analyse = std::function<std::vector<index::Token>(std::string_view text)>;

// Runs of ASCII letters and digits, lower-cased; every other byte separates words. A stand-in
// only: it neither stems nor folds diacritics.
std::vector<index::Token> split_lower_words(std::string_view text);

}  // namespace rightstrack::bench
