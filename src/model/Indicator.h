// An indicator of an action's progress (baseline, target and unit, and the dimensions its
// values may be broken down by) and its dated measurements, each with its source. Plain value
// types; no I/O (the rules are in track/).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::model {

// What a value may be broken down by, as the issue and SDG reporting ask.
enum class Dimension { Sex, Region, Age };

inline constexpr Dimension kAllDimensions[] = {Dimension::Sex, Dimension::Region, Dimension::Age};

// One value of the indicator, in its unit, on a date; for one group when `breakdown` names it
// (sex = female, region = Osh), otherwise the total.
struct Measurement {
    int64_t id = 0;  // Assigned by the store.
    int64_t indicator = 0;
    double value = 0;
    std::string date;    // YYYY-MM-DD, when the value held.
    std::string source;  // Where the value comes from: a survey, a register, a report.
    std::map<Dimension, std::string> breakdown;
    std::string recorded_by;  // User name.
    std::string recorded_at;  // UTC timestamp.
    bool operator==(const Measurement&) const = default;
};

struct Indicator {
    int64_t id = 0;  // Assigned by the store.
    int64_t action = 0;
    std::string name;
    std::string unit;  // "percent", "cases", "persons trained"...
    std::optional<double> baseline;
    std::optional<double> target;
    std::vector<Dimension> disaggregation;  // Sorted, unique.
    std::vector<Measurement> measurements;  // Oldest date first (read only; added one by one).
    bool operator==(const Indicator&) const = default;

    bool disaggregated_by(Dimension dimension) const {
        for (auto declared : disaggregation)
            if (declared == dimension)
                return true;
        return false;
    }
};

// "sex", "region", "age".
std::string_view dimension_code(Dimension dimension);
std::optional<Dimension> parse_dimension(std::string_view text);

}  // namespace rightstrack::model
