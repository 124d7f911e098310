// Taxonomies are data: UPR Info issues, UHRI themes, affected persons, SDG goals and targets,
// action categories, and any a user loads. Each label has a code, names per language and an
// optional parent (an SDG target's goal, a theme's group). Plain value types.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/Recommendation.h"

namespace rightstrack::model {

struct Label {
    std::string code;
    std::string parent;                  // Code of the parent label, or empty.
    std::vector<Translation> names;      // Name per language.
    bool operator==(const Label&) const = default;
};

struct Taxonomy {
    std::string code;                    // "issues", "themes", "sdgs", ...
    std::string name;
    std::vector<Label> labels;
};

// The taxonomies every store has; their codes name export columns.
inline constexpr std::string_view kIssues = "issues";
inline constexpr std::string_view kThemes = "themes";
inline constexpr std::string_view kAffectedPersons = "affected_persons";
inline constexpr std::string_view kSdgs = "sdgs";
inline constexpr std::string_view kActionCategories = "action_categories";
// Built in too, but no export column of its own (its labels go with the other labels): the
// recommendations a Treaty Body singles out for follow-up within one to two years, or for urgent
// measures.
inline constexpr std::string_view kPriorities = "priorities";
inline constexpr std::string_view kFollowUpLabel = "follow_up";
inline constexpr std::string_view kUrgentLabel = "urgent";

}  // namespace rightstrack::model
