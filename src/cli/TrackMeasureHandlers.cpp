// The `track` handlers for measuring the plan against its dates and figures: indicators with
// their measurements, and the UPR calendar.

#include "cli/TrackHandlers.h"
#include "track/CalendarService.h"
#include "track/IndicatorService.h"

namespace rightstrack::cli {
namespace {

using nlohmann::json;

// "sex,region" as dimensions; a usage error naming an unknown one.
core::Result<std::vector<model::Dimension>> dimensions(const std::string& list) {
    std::vector<model::Dimension> out;
    size_t start = 0;
    while (start <= list.size() && !list.empty()) {
        size_t end = std::min(list.find(',', start), list.size());
        std::string name = list.substr(start, end - start);
        auto dimension = model::parse_dimension(name);
        if (!dimension)
            return core::Error::usage("unknown disaggregation '" + name + "' (sex, region, age)");
        out.push_back(*dimension);
        start = end + 1;
    }
    return out;
}

core::Result<json> indicator_add(const TrackOptions& o, track::Context& context) {
    model::Indicator indicator;
    indicator.action = o.id;
    indicator.name = o.indicator_name;
    indicator.unit = o.unit;
    if (o.given.contains("baseline"))
        indicator.baseline = o.baseline;
    if (o.given.contains("target"))
        indicator.target = o.target;
    indicator.disaggregation = TRY(dimensions(o.disaggregation));
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::IndicatorService(context).define(actor, indicator)));
}

core::Result<json> indicator_measure(const TrackOptions& o, track::Context& context) {
    track::Reading reading{o.value, o.unit, o.date, o.source, {}};
    for (const auto& group : o.groups) {
        auto equals = group.find('=');
        if (equals == std::string::npos)
            return core::Error::usage("--for takes DIMENSION=VALUE, e.g. sex=female, not '" +
                                      group + "'");
        reading.breakdown.emplace_back(group.substr(0, equals), group.substr(equals + 1));
    }
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::IndicatorService(context).measure(actor, o.id, reading)));
}

core::Result<json> calendar_add(const TrackOptions& o, track::Context& context) {
    auto kind = model::parse_event_kind(o.event_kind);
    if (!kind)
        return core::Error::usage("unknown event kind '" + o.event_kind +
                                  "' (submission_deadline, review, adoption, mid_term_report, "
                                  "other)");
    model::CalendarEvent event{0, *kind, o.date, o.title, o.state, std::nullopt};
    if (o.given.contains("cycle"))
        event.cycle = o.cycle;
    std::string actor = TRY(require_actor(o));
    return track::to_json(TRY(track::CalendarService(context).add(actor, event)));
}

core::Result<json> calendar_list(const TrackOptions& o, track::Context& context) {
    std::optional<int> days;
    if (o.given.contains("within"))
        days = o.within;
    std::string actor = TRY(require_actor(o));
    return json_list(TRY(track::CalendarService(context).list(actor, days, o.today)));
}

}  // namespace

void add_measure_handlers(HandlerTable& table) {
    table["indicator add"] = indicator_add;
    table["indicator measure"] = indicator_measure;
    table["indicator list"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return json_list(TRY(track::IndicatorService(c).list(TRY(require_actor(o)), o.id)));
    };
    table["calendar add"] = calendar_add;
    table["calendar list"] = calendar_list;
    table["calendar remove"] = [](const TrackOptions& o, track::Context& c) -> core::Result<json> {
        return track::to_json(TRY(track::CalendarService(c).remove(TRY(require_actor(o)), o.id)));
    };
}

}  // namespace rightstrack::cli
