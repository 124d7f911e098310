#include "classify/SdgGoals.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace rightstrack::classify {
namespace {

// Our reading of which goals' targets each issue's recommendations serve: poverty and land (1.4),
// food (2), health (3), education and human rights education (4.7), women (5, with 5.2's
// trafficking), water (6), labour and business (8, with 8.7's trafficking), discrimination and
// groups left behind (10.2, 10.7 for migrants), housing (11.1), environment (13), justice,
// violence, freedoms, institutions and legal identity (16: 16.1-16.10, 16.a), cooperation (17).
const std::map<std::string, std::vector<int>, std::less<>>& table() {
    static const std::map<std::string, std::vector<int>, std::less<>> goals = {
        {"Asylum-seekers - refugees", {10}},
        {"Business and human rights", {8}},
        {"CP rights - general", {16}},
        {"Civil society", {16}},
        {"Corruption", {16}},
        {"Counter-terrorism", {16}},
        {"Death penalty", {16}},
        {"Detention", {16}},
        {"Detention conditions", {16}},
        {"Development", {1, 17}},
        {"Disabilities", {10}},
        {"ESC rights - general", {1}},
        {"Elections", {16}},
        {"Enforced disappearances", {16}},
        {"Environment", {13}},
        {"Extrajudicial executions", {16}},
        {"Freedom of association and peaceful assembly", {16}},
        {"Freedom of movement", {16}},
        {"Freedom of opinion and expression", {16}},
        {"Freedom of religion and belief", {16}},
        {"Freedom of the press", {16}},
        {"HIV - Aids", {3}},
        {"Human rights defenders", {16}},
        {"Human rights education and training", {4}},
        {"Human rights violations by state agents", {16}},
        {"Impunity", {16}},
        {"Indigenous peoples", {10}},
        {"Internally displaced persons", {10}},
        {"Justice", {16}},
        {"Labour", {8}},
        {"Migrants", {10}},
        {"Minorities", {10}},
        {"NHRI", {16}},
        {"Poverty", {1}},
        {"Privacy", {16}},
        {"Public security", {16}},
        {"Racial discrimination", {10}},
        {"Right to education", {4}},
        {"Right to food", {2}},
        {"Right to health", {3}},
        {"Right to housing", {11}},
        {"Right to land", {1}},
        {"Right to water", {6}},
        {"Right to water and sanitation", {6}},
        {"Rights of the Child", {16}},
        {"Sexual Orientation and Gender Identity", {10}},
        {"Statelessness and the right to nationality", {16}},
        {"Technical assistance and cooperation", {17}},
        {"Torture and other CID treatment", {16}},
        {"Trafficking", {5, 8, 16}},
        {"Women's rights", {5}},
    };
    return goals;
}

// A term in more than this share of the targets (and more than one) says nothing of which one a
// text is like ("ensure", "all", "2030").
constexpr double kMaxTargetShare = 0.1;

int goal_of(const std::string& code) {
    return std::atoi(code.c_str());
}

// A text sharing a single word with a target ("violence", "water") is not like it yet: one word
// alone would give a short text a high cosine with any target that has it.
constexpr size_t kMinimumSharedTerms = 2;

template <typename Weights>
double norm(const Weights& weights) {
    double sum = 0;
    for (const auto& [term, weight] : weights) sum += weight * weight;
    return std::sqrt(sum);
}

const std::string* name_in(const model::Label& label, const std::string& language) {
    for (const auto& name : label.names)
        if (name.language == language)
            return &name.text;
    return nullptr;
}

}  // namespace

const std::vector<int>& issue_goals(std::string_view issue) {
    static const std::vector<int> none;
    auto found = table().find(issue);
    return found == table().end() ? none : found->second;
}

core::Result<SdgGoalSuggester> SdgGoalSuggester::build(const model::Taxonomy& sdgs,
                                                       const std::string& language) {
    SdgGoalSuggester suggester(index::Analyzer::for_language(language));
    std::vector<std::pair<int, std::map<std::string, size_t>>> texts;  // Goal, term counts.
    for (const auto& label : sdgs.labels) {
        int goal = goal_of(label.code);
        const std::string* name = name_in(label, language);
        // Targets only ("16.2"): a goal's title is as broad as its name ("Peace, justice and
        // strong institutions") and indicators repeat their target.
        if (!name || goal < 1 || goal > kSdgGoals ||
            std::count(label.code.begin(), label.code.end(), '.') != 1)
            continue;
        std::map<std::string, size_t> counts;
        for (const auto& token : suggester.analyzer_.analyze(*name)) ++counts[token.term];
        texts.emplace_back(goal, std::move(counts));
    }
    if (texts.empty())
        return core::Error::invalid_input("the SDG taxonomy has no target named in '" + language +
                                          "' (load sdg/" + language + "/global_targets.yml)");
    std::map<std::string, size_t> documents;
    for (const auto& [goal, counts] : texts)
        for (const auto& [term, count] : counts) ++documents[term];
    double n = static_cast<double>(texts.size());
    for (const auto& [term, count] : documents)
        if (count == 1 || count <= kMaxTargetShare * n) {
            suggester.term_numbers_.emplace(term, suggester.idf_.size());
            suggester.idf_.push_back(std::log(n / static_cast<double>(count)));
        }
    suggester.postings_.resize(suggester.idf_.size());
    for (const auto& [goal, counts] : texts) {
        std::vector<std::pair<std::uint32_t, double>> weights;
        for (const auto& [term, count] : counts)
            if (auto found = suggester.term_numbers_.find(term);
                found != suggester.term_numbers_.end())
                weights.emplace_back(found->second,
                                     (1 + std::log(double(count))) * suggester.idf_[found->second]);
        double target_norm = norm(weights);
        if (target_norm == 0)
            continue;
        auto number = static_cast<std::uint32_t>(suggester.targets_.size());
        suggester.targets_.push_back({goal, target_norm});
        for (const auto& [term, weight] : weights)
            suggester.postings_[term].push_back({number, weight});
    }
    return suggester;
}

// Words no target uses (the State's name, "Optional Protocol") neither help nor dilute the
// likeness: the text is weighed on the targets' terms only, as the targets are.
std::vector<std::pair<std::uint32_t, double>> SdgGoalSuggester::weigh(std::string_view text) const {
    std::vector<std::uint32_t> terms;
    for (const auto& token : analyzer_.analyze(text))
        if (auto found = term_numbers_.find(token.term); found != term_numbers_.end())
            terms.push_back(found->second);
    std::sort(terms.begin(), terms.end());
    std::vector<std::pair<std::uint32_t, double>> weights;
    for (size_t i = 0; i < terms.size();) {
        size_t run = i;
        while (run < terms.size() && terms[run] == terms[i]) ++run;
        weights.emplace_back(terms[i], (1 + std::log(double(run - i))) * idf_[terms[i]]);
        i = run;
    }
    return weights;
}

SdgScores SdgGoalSuggester::score(std::string_view text,
                                  const std::vector<Suggestion>& issues) const {
    SdgScores scores;
    for (const auto& issue : issues)
        for (int goal : issue_goals(issue.label))
            scores.by_issues[goal] = std::max(scores.by_issues[goal], double(issue.confidence));
    auto weights = weigh(text);
    double text_norm = norm(weights);
    if (text_norm == 0)
        return scores;
    // Through the postings: only the targets that share a term with the text are touched.
    std::unordered_map<std::uint32_t, std::pair<double, size_t>> dots;  // Sum, terms shared.
    for (const auto& [term, weight] : weights)
        for (const auto& posting : postings_[term]) {
            auto& [sum, shared] = dots[posting.target];
            sum += weight * posting.weight;
            ++shared;
        }
    for (const auto& [number, dot] : dots) {
        if (dot.second < kMinimumSharedTerms)
            continue;
        const Target& target = targets_[number];
        scores.by_targets[target.goal] =
            std::max(scores.by_targets[target.goal], dot.first / (text_norm * target.norm));
    }
    return scores;
}

std::vector<Suggestion> SdgGoalSuggester::suggest(std::string_view text,
                                                  const std::vector<Suggestion>& issues,
                                                  const SdgSettings& settings) const {
    auto scores = score(text, issues);
    std::vector<Suggestion> out;
    for (int goal = 1; goal <= kSdgGoals; ++goal) {
        double by_issues = scores.by_issues[goal], by_targets = scores.by_targets[goal];
        if (by_issues >= settings.issue_confidence || by_targets >= settings.target_similarity)
            out.push_back({std::to_string(goal), float(std::max(by_issues, by_targets))});
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    return out;
}

}  // namespace rightstrack::classify
