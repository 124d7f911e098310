// SDG goals with little labelled data: no learner is trained on SDG labels (OHCHR's matrices
// give a few hundred, too few), so a goal is suggested from two other sources of evidence. The
// UPR Info issues suggested for the text (IssueClassifier, trained on plenty of labels), each
// passing its confidence on to the goals it bears on through a table we wrote from the goals'
// targets (issue_goals); and the SDG targets' own text: the tf-idf cosine between the
// recommendation and each target, a goal scoring as its best target. A goal is suggested when
// either is sure enough. Immutable once built; score() is not thread-safe (the analyzer cache).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "classify/Suggestion.h"
#include "core/Result.h"
#include "index/Analyzer.h"
#include "model/Taxonomy.h"

namespace rightstrack::classify {

inline constexpr int kSdgGoals = 17;

// The goals a UPR Info issue bears on (empty for issues about the UN system itself, such as
// "Treaty bodies").
const std::vector<int>& issue_goals(std::string_view issue);

// On OHCHR's matrix rows the issues carry nearly all the evidence: the target text alone is
// right less than half the time at any cosine, so it only adds a goal when very like a target.
// It is what suggests goals for texts the issue learner cannot read (Russian, Kyrgyz).
struct SdgSettings {
    float issue_confidence = 0.3f;   // An issue at least this sure passes its goals on.
    double target_similarity = 0.5;  // A text at least this like a target suggests its goal.
};

// Evidence for each goal (index 1-17), each from 0 to 1.
struct SdgScores {
    std::array<double, kSdgGoals + 1> by_issues{};
    std::array<double, kSdgGoals + 1> by_targets{};
};

class SdgGoalSuggester {
public:
    // From the SDG taxonomy's goals and targets (codes "1", "1.2", "16.a") named in `language`;
    // an error when it has no target named in that language.
    static core::Result<SdgGoalSuggester> build(const model::Taxonomy& sdgs,
                                                const std::string& language);

    SdgScores score(std::string_view text, const std::vector<Suggestion>& issues) const;
    // Goals ("1".."17") either source is sure enough of, most confident first.
    std::vector<Suggestion> suggest(std::string_view text, const std::vector<Suggestion>& issues,
                                    const SdgSettings& settings = {}) const;

private:
    struct Target {
        int goal = 0;
        double norm = 0;
    };
    struct Posting {
        std::uint32_t target;
        double weight;
    };

    explicit SdgGoalSuggester(index::Analyzer analyzer) : analyzer_(std::move(analyzer)) {}
    // The text's terms that some target has, as (term number, weight).
    std::vector<std::pair<std::uint32_t, double>> weigh(std::string_view text) const;

    index::Analyzer analyzer_;
    // Terms of the targets that are not too common, numbered, with their idf.
    std::unordered_map<std::string, std::uint32_t> term_numbers_;
    std::vector<double> idf_;
    std::vector<std::vector<Posting>> postings_;  // By term number: the targets that have it.
    std::vector<Target> targets_;
};

}  // namespace rightstrack::classify
