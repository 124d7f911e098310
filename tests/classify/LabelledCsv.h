// Texts the classify command tests learn from and suggest for, written in UPR Info's export
// format: four openings, each standing for an issue and an action category, combined with
// objects, so that a learner has something real to find and a test knows the right answer.
#pragma once

#include <cstddef>
#include <iterator>
#include <string>

namespace rightstrack::testing {

struct Pattern {
    const char* opening;
    const char* issue;
    int category;
};

inline constexpr Pattern kPatterns[] = {
    {"Ratify the Optional Protocol on", "International instruments", 5},
    {"Continue its efforts to prevent", "Torture and other CID treatment", 2},
    {"Consider a review of the law on", "Justice", 3},
    {"Ensure equal protection for girls facing", "Women's rights", 4},
};
inline constexpr const char* kObjects[] = {
    "detention", "the courts", "police custody", "prisons",   "schools",  "villages",
    "the capital", "hospitals", "the border",   "the army",  "the media", "migrants",
    "orphanages", "mines",      "farms",        "ports"};

struct CsvRows {
    std::size_t first_object = 0;
    std::size_t objects = std::size(kObjects);
    int session = 10;
    int first_id = 1;
    bool labelled = true;  // Unlabelled rows leave the category and the issues empty.
    std::string state = "Kyrgyzstan";
    std::string recommending = "Norway";
};

// Every pattern with each of the objects chosen, one row each.
inline std::string upr_info_csv(const CsvRows& rows) {
    std::string csv =
        "id,session,cycle,state_under_review,recommending_state,response,action_category,"
        "issues,text\n";
    int id = rows.first_id;
    for (const auto& pattern : kPatterns)
        for (std::size_t i = rows.first_object; i < rows.first_object + rows.objects; ++i) {
            const std::string labels = rows.labelled ? std::to_string(pattern.category) + ",\"" +
                                                           pattern.issue + "\""
                                                     : std::string(",");
            csv += std::to_string(id++) + "," + std::to_string(rows.session) + ",1," + rows.state +
                   "," + rows.recommending + ",Accepted," + labels + ",\"" + pattern.opening +
                   " " + kObjects[i] + ".\"\n";
        }
    return csv;
}

}  // namespace rightstrack::testing
