#include "classify/LeadingVerbRule.h"

#include <numeric>
#include <sstream>

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

namespace rightstrack::classify {
namespace {

// The line of every text's counts has an empty opening.
void write_counts(std::string& out, const std::array<size_t, 6>& counts, std::string_view key) {
    for (int category = 1; category <= 5; ++category)
        out += std::to_string(counts[category]) + (category < 5 ? " " : "\t");
    out += key;
    out += '\n';
}

}  // namespace

std::string LeadingVerbRule::serialise() const {
    std::string out;
    write_counts(out, all_, "");
    for (const auto& [key, counts] : openings_) write_counts(out, counts, key);
    return out;
}

core::Result<LeadingVerbRule> LeadingVerbRule::parse(std::string_view text,
                                                     const std::string& where) {
    LeadingVerbRule rule;
    size_t line_number = 0;
    while (!text.empty()) {
        ++line_number;
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        size_t tab = line.find('\t');
        Counts counts{};
        std::istringstream numbers{std::string(line.substr(0, tab))};
        for (int category = 1; category <= 5; ++category) numbers >> counts[category];
        if (tab == std::string_view::npos || !numbers)
            return core::Error::invalid_input("not a leading verb table line",
                                              where + ":" + std::to_string(line_number));
        std::string key(line.substr(tab + 1));
        if (line_number == 1 && key.empty())
            rule.all_ = counts;
        else
            rule.openings_[key] = counts;
    }
    if (line_number == 0)
        return core::Error::invalid_input("the leading verb table is empty", where);
    return rule;
}

}  // namespace rightstrack::classify
