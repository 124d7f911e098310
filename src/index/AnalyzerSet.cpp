#include "index/AnalyzerSet.h"

namespace rightstrack::index {

AnalyzerSet::AnalyzerSet(const AnalyzerSet& other) : analyzers_(other.analyzers_) {
    // The tags point at the copy's own analyzers, not the original's.
    for (const auto& [tag, analyzer] : other.by_tag_)
        by_tag_.emplace(tag, &analyzers_.at(analyzer->language()));
}

AnalyzerSet& AnalyzerSet::operator=(const AnalyzerSet& other) {
    if (this != &other)
        *this = AnalyzerSet(other);
    return *this;
}

const Analyzer& AnalyzerSet::for_language(std::string_view bcp47) {
    if (auto known = by_tag_.find(bcp47); known != by_tag_.end())
        return *known->second;
    Analyzer analyzer = Analyzer::for_language(bcp47);
    auto found = analyzers_.find(analyzer.language());
    if (found == analyzers_.end())
        found = analyzers_.emplace(analyzer.language(), std::move(analyzer)).first;
    by_tag_.emplace(std::string(bcp47), &found->second);
    return found->second;
}

std::vector<const Analyzer*> AnalyzerSet::all() {
    if (analyzers_.empty())
        for_language("en");
    std::vector<const Analyzer*> out;
    for (const auto& [language, analyzer] : analyzers_) out.push_back(&analyzer);
    return out;
}

}  // namespace rightstrack::index
