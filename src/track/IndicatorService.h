// Indicators of an action's progress and their measurements. The secretariat defines an
// indicator (unit, baseline, target, the dimensions it is broken down by); the secretariat and
// the focal points of the action's institutions record dated measurements with their source;
// whoever may read the action reads them. A measurement must be in the indicator's unit, dated
// no earlier than the action's start, and broken down only by dimensions the indicator
// declares: otherwise an InvalidInput error naming the indicator, and nothing changes. Each
// operation checks the indicator policy, runs in one transaction and audits its change.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/Indicator.h"
#include "track/Context.h"

namespace rightstrack::track {

// A measurement as it is given: the unit it is in, and its breakdown as dimension and value
// ("sex", "female"), checked against the indicator.
struct Reading {
    double value = 0;
    std::string unit;
    std::string date;
    std::string source;
    std::vector<std::pair<std::string, std::string>> breakdown;
};

class IndicatorService {
public:
    explicit IndicatorService(Context context) : context_(std::move(context)) {}

    // `indicator.action` names the action; its measurements are ignored.
    core::Result<model::Indicator> define(std::string_view actor, model::Indicator indicator);
    core::Result<model::Measurement> measure(std::string_view actor, int64_t indicator,
                                             const Reading& reading);
    // The action's indicators with their measurements, by id.
    core::Result<std::vector<model::Indicator>> list(std::string_view actor, int64_t action);

private:
    Context context_;
};

}  // namespace rightstrack::track
