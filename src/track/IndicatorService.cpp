#include "track/IndicatorService.h"

#include <algorithm>
#include <cmath>

#include "track/ActionRules.h"
#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

std::string resource(int64_t id) {
    return "indicator:" + std::to_string(id);
}

core::Result<model::Action> load_action(store::TrackingStore& store, int64_t id) {
    auto action = TRY(store.action(id));
    if (!action)
        return core::Error::not_found("no action with id " + std::to_string(id));
    return *action;
}

core::Status check_definition(model::Indicator& indicator) {
    const std::string where = "new indicator of action:" + std::to_string(indicator.action);
    if (indicator.name.empty())
        return core::Error::invalid_input("an indicator needs a name", where);
    if (indicator.unit.empty())
        return core::Error::invalid_input("an indicator needs a unit (percent, cases, ...)", where);
    for (const auto& value : {indicator.baseline, indicator.target})
        if (value && !std::isfinite(*value))
            return core::Error::invalid_input("a baseline or target must be a number", where);
    auto& dimensions = indicator.disaggregation;
    std::sort(dimensions.begin(), dimensions.end());
    dimensions.erase(std::unique(dimensions.begin(), dimensions.end()), dimensions.end());
    indicator.measurements.clear();
    return {};
}

std::string declared(const model::Indicator& indicator) {
    std::string list;
    for (auto dimension : indicator.disaggregation)
        list += (list.empty() ? "" : ", ") + std::string(model::dimension_code(dimension));
    return list.empty() ? "none" : list;
}

// The breakdown of `reading` by the dimensions `indicator` declares.
core::Result<std::map<model::Dimension, std::string>> breakdown_of(
    const model::Indicator& indicator, const Reading& reading) {
    std::map<model::Dimension, std::string> breakdown;
    const std::string where = resource(indicator.id);
    for (const auto& [key, value] : reading.breakdown) {
        auto dimension = model::parse_dimension(key);
        if (!dimension)
            return core::Error::invalid_input(
                "'" + key + "' is not a disaggregation (sex, region, age)", where);
        if (!indicator.disaggregated_by(*dimension))
            return core::Error::invalid_input("indicator '" + indicator.name +
                                                  "' is not disaggregated by " + key +
                                                  " (it declares: " + declared(indicator) + ")",
                                              where);
        if (value.empty())
            return core::Error::invalid_input("the " + key + " the value is for is empty", where);
        if (!breakdown.emplace(*dimension, value).second)
            return core::Error::invalid_input(key + " is given twice", where);
    }
    return breakdown;
}

core::Status check_reading(const model::Indicator& indicator, const model::Action& action,
                           const Reading& reading) {
    const std::string where = resource(indicator.id);
    if (reading.unit != indicator.unit)
        return core::Error::invalid_input("a value in '" + reading.unit + "' for indicator '" +
                                              indicator.name + "', which is measured in '" +
                                              indicator.unit + "'",
                                          where);
    if (!std::isfinite(reading.value))
        return core::Error::invalid_input("a measurement must be a number", where);
    if (!is_date(reading.date))
        return core::Error::invalid_input(
            "measurement date '" + reading.date + "' is not a date written YYYY-MM-DD", where);
    if (!action.start_date.empty() && reading.date < action.start_date)
        return core::Error::invalid_input("measurement date " + reading.date +
                                              " is before the action starts (" + action.start_date +
                                              ")",
                                          where);
    if (reading.source.empty())
        return core::Error::invalid_input("a measurement needs its source", where);
    return {};
}

}  // namespace

core::Result<model::Indicator> IndicatorService::define(std::string_view actor,
                                                        model::Indicator indicator) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_indicator(user, Operation::IndicatorDefine));
        auto action = TRY(load_action(context_.store, indicator.action));
        TRY(check_indicator(user, Operation::IndicatorDefine, &action));
        TRY(check_definition(indicator));
        indicator.id = TRY(context_.store.add_indicator(indicator));
        return context_.audit({user.name, "indicator.define", resource(indicator.id), "null",
                               canonical(to_json(indicator))});
    }));
    return indicator;
}

core::Result<model::Measurement> IndicatorService::measure(std::string_view actor, int64_t id,
                                                           const Reading& reading) {
    model::Measurement measurement;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_indicator(user, Operation::IndicatorMeasure));
        auto indicator = TRY(context_.store.indicator(id));
        if (!indicator)
            return core::Error::not_found("no indicator with id " + std::to_string(id));
        auto action = TRY(load_action(context_.store, indicator->action));
        TRY(check_indicator(user, Operation::IndicatorMeasure, &action));
        TRY(check_reading(*indicator, action, reading));
        measurement = {0,
                       id,
                       reading.value,
                       reading.date,
                       reading.source,
                       TRY(breakdown_of(*indicator, reading)),
                       user.name,
                       context_.now()};
        measurement.id = TRY(context_.store.add_measurement(measurement));
        return context_.audit({user.name, "indicator.measure", resource(id), "null",
                               canonical(to_json(measurement))});
    }));
    return measurement;
}

core::Result<std::vector<model::Indicator>> IndicatorService::list(std::string_view actor,
                                                                   int64_t action_id) {
    std::vector<model::Indicator> indicators;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_indicator(user, Operation::IndicatorRead));
        auto action = TRY(load_action(context_.store, action_id));
        TRY(check_indicator(user, Operation::IndicatorRead, &action));
        indicators = TRY(context_.store.indicators(action_id));
        return {};
    }));
    return indicators;
}

}  // namespace rightstrack::track
