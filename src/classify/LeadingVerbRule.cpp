#include "classify/LeadingVerbRule.h"

#include <numeric>

namespace rightstrack::classify {
namespace {

std::string opening(const std::vector<std::string>& words, size_t length) {
    std::string key;
    for (size_t i = 0; i < length; ++i) {
        if (i > 0)
            key += ' ';
        key += words[i];
    }
    return key;
}

}  // namespace

void LeadingVerbRule::add(const std::vector<std::string>& leading_words, int category) {
    if (category < 1 || category > 5)
        return;
    all_[category]++;
    for (size_t length = 1; length <= leading_words.size() && length <= kLeadingWords; ++length)
        openings_[opening(leading_words, length)][category]++;
}

const LeadingVerbRule::Counts* LeadingVerbRule::find(const std::vector<std::string>& words,
                                                     size_t length) const {
    auto found = openings_.find(opening(words, length));
    return found == openings_.end() ? nullptr : &found->second;
}

CategoryVerdict LeadingVerbRule::majority(const Counts& counts) {
    CategoryVerdict verdict;
    size_t total = std::accumulate(counts.begin(), counts.end(), size_t{0});
    for (int category = 1; category <= 5; ++category)
        if (verdict.category == 0 || counts[category] > counts[verdict.category])
            verdict.category = category;
    verdict.confidence = total ? float(counts[verdict.category]) / float(total) : 0.0f;
    return verdict;
}

std::optional<CategoryVerdict> LeadingVerbRule::decide(
    const std::vector<std::string>& leading_words) const {
    for (size_t length = std::min(leading_words.size(), kLeadingWords); length > 0; --length) {
        const Counts* counts = find(leading_words, length);
        if (!counts || std::accumulate(counts->begin(), counts->end(), size_t{0}) < kMinimumSupport)
            continue;
        auto verdict = majority(*counts);
        if (verdict.confidence >= kMinimumShare)
            return verdict;
    }
    return std::nullopt;
}

CategoryVerdict LeadingVerbRule::guess(const std::vector<std::string>& leading_words) const {
    for (size_t length = std::min(leading_words.size(), kLeadingWords); length > 0; --length)
        if (const Counts* counts = find(leading_words, length))
            return majority(*counts);
    return majority(all_);
}

}  // namespace rightstrack::classify
