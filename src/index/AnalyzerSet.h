// One analyzer per field language, made when a language is first met: texts are analysed in
// their own language, and a query word in every language the index holds, since a user's word
// may be meant for any of them. Not thread-safe, as the analyzers it holds are not.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "index/Analyzer.h"

namespace rightstrack::index {

class AnalyzerSet {
public:
    AnalyzerSet() = default;
    // A copy has analyzers of its own, for another thread.
    AnalyzerSet(const AnalyzerSet& other);
    AnalyzerSet& operator=(const AnalyzerSet& other);
    AnalyzerSet(AnalyzerSet&&) noexcept = default;
    AnalyzerSet& operator=(AnalyzerSet&&) noexcept = default;

    const Analyzer& for_language(std::string_view bcp47);

    // Every analyzer made so far, English first made when there is none: the languages the
    // index holds, whose analyses a query word must try.
    std::vector<const Analyzer*> all();


private:
    std::map<std::string, Analyzer, std::less<>> analyzers_;  // By primary language subtag.
    std::map<std::string, const Analyzer*, std::less<>> by_tag_;  // As callers write the tag.
};

}  // namespace rightstrack::index
