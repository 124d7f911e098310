// The text analysis the benchmark feeds every engine: one function from a text to its tokens,
// so that the harness analyses each text once and all engines index the very same terms.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "index/Token.h"

namespace rightstrack::bench {

using Analyse = std::function<std::vector<index::Token>(std::string_view text)>;

// The index module's English analyzer (ICU words, folding, Snowball stemming): the texts of
// UPR Info's export are English.
Analyse english_analysis();

}  // namespace rightstrack::bench
