#include "Analyse.h"

#include <memory>

#include "index/Analyzer.h"

namespace rightstrack::bench {

Analyse english_analysis() {
    // Shared, because std::function copies what it holds and the analyzer's word cache is
    // worth keeping across texts.
    auto analyzer = std::make_shared<index::Analyzer>(index::Analyzer::for_language("en"));
    return [analyzer](std::string_view text) { return analyzer->analyze(text); };
}

}  // namespace rightstrack::bench
