// The action category from a recommendation's leading words. UPR Info's coders rank a
// recommendation by its first verb ("continue" 2, "consider" 3, "ensure" 4, "ratify" 5), and
// by the second when two lead ("continue and strengthen" 4), so the rule is a table from the
// first one to five words to the categories people gave texts that open with them, learnt from
// confirmed labels. It decides from the longest opening it has seen often enough with one
// clear category, and abstains otherwise. Immutable once built.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/Result.h"

namespace rightstrack::classify {

inline constexpr size_t kLeadingWords = 5;

struct CategoryVerdict {
    int category = 0;      // 1-5.
    float confidence = 0;  // Share of the training texts with that opening in this category.
};

class LeadingVerbRule {
public:
    // How sure the rule must be to decide: texts seen with the opening, and the share of them
    // in its most common category.
    static constexpr size_t kMinimumSupport = 5;
    static constexpr float kMinimumShare = 0.8f;

    void add(const std::vector<std::string>& leading_words, int category);

    // The category of the longest known opening that is frequent and clear enough.
    std::optional<CategoryVerdict> decide(const std::vector<std::string>& leading_words) const;

    // Never abstains: the most common category of the longest opening seen at all, or of every
    // text. The rule alone, as measured against fastText.
    CategoryVerdict guess(const std::vector<std::string>& leading_words) const;

    // The table as text, one opening per line ("12 0 3 0 1\tcontinue and"), and back; `where`
    // names the file in errors.
    std::string serialise() const;
    static core::Result<LeadingVerbRule> parse(std::string_view text, const std::string& where);

private:
    using Counts = std::array<size_t, 6>;  // By category 1-5; [0] unused.

    static CategoryVerdict majority(const Counts& counts);
    const Counts* find(const std::vector<std::string>& leading_words, size_t length) const;

    std::unordered_map<std::string, Counts> openings_;
    Counts all_{};
};

}  // namespace rightstrack::classify
