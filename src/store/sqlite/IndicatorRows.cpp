#include "store/sqlite/IndicatorRows.h"

#include <algorithm>

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kIndicatorColumns =
    "SELECT id, action_id, name, unit, baseline, target FROM indicators";

void bind_optional_real(Statement& statement, int index, const std::optional<double>& value) {
    if (value)
        statement.bind_real(index, *value);
    else
        statement.bind_null(index);
}

std::optional<double> optional_real(const Statement& query, int column) {
    // optional_integer() tells NULL apart; the value itself is read as a real.
    if (!query.optional_integer(column).has_value())
        return std::nullopt;
    return query.real(column);
}

core::Status read_breakdown(Database& db, model::Measurement& measurement) {
    auto query = TRY(
        db.prepare("SELECT dimension, value FROM measurement_breakdown WHERE measurement_id = ?"));
    query.bind(1, measurement.id);
    while (TRY(query.step()))
        if (auto dimension = model::parse_dimension(query.text(0)))
            measurement.breakdown[*dimension] = std::string(query.text(1));
    return {};
}

core::Status read_details(Database& db, model::Indicator& indicator) {
    auto dimensions = TRY(db.prepare(
        "SELECT dimension FROM indicator_dimensions WHERE indicator_id = ? ORDER BY dimension"));
    dimensions.bind(1, indicator.id);
    while (TRY(dimensions.step()))
        if (auto dimension = model::parse_dimension(dimensions.text(0)))
            indicator.disaggregation.push_back(*dimension);
    std::sort(indicator.disaggregation.begin(), indicator.disaggregation.end());
    auto measurements = TRY(
        db.prepare("SELECT id, value, measured_on, source, recorded_by, recorded_at"
                   " FROM indicator_measurements WHERE indicator_id = ? ORDER BY measured_on, id"));
    measurements.bind(1, indicator.id);
    while (TRY(measurements.step())) {
        model::Measurement measurement;
        measurement.id = measurements.integer(0);
        measurement.indicator = indicator.id;
        measurement.value = measurements.real(1);
        measurement.date = measurements.text(2);
        measurement.source = measurements.text(3);
        measurement.recorded_by = measurements.text(4);
        measurement.recorded_at = measurements.text(5);
        TRY(read_breakdown(db, measurement));
        indicator.measurements.push_back(std::move(measurement));
    }
    return {};
}

core::Result<std::vector<model::Indicator>> read_indicators(Database& db, Statement& query) {
    std::vector<model::Indicator> indicators;
    while (TRY(query.step())) {
        model::Indicator indicator;
        indicator.id = query.integer(0);
        indicator.action = query.integer(1);
        indicator.name = query.text(2);
        indicator.unit = query.text(3);
        indicator.baseline = optional_real(query, 4);
        indicator.target = optional_real(query, 5);
        indicators.push_back(std::move(indicator));
    }
    for (auto& indicator : indicators) TRY(read_details(db, indicator));
    return indicators;
}

constexpr std::string_view kEventColumns =
    "SELECT id, kind, date, title, state, cycle FROM calendar_events";

core::Result<std::vector<model::CalendarEvent>> read_events(Statement& query) {
    std::vector<model::CalendarEvent> events;
    while (TRY(query.step()))
        events.push_back({query.integer(0),
                          model::parse_event_kind(query.text(1)).value_or(model::EventKind::Other),
                          std::string(query.text(2)), std::string(query.text(3)),
                          std::string(query.text(4)), query.optional_integer(5)});
    return events;
}

}  // namespace

core::Result<int64_t> insert_indicator(Database& db, const model::Indicator& indicator) {
    auto insert = TRY(db.prepare(
        "INSERT INTO indicators (action_id, name, unit, baseline, target) VALUES (?, ?, ?, ?, ?)"));
    insert.bind(1, indicator.action).bind(2, indicator.name).bind(3, indicator.unit);
    bind_optional_real(insert, 4, indicator.baseline);
    bind_optional_real(insert, 5, indicator.target);
    TRY(insert.run());
    int64_t id = db.last_insert_id();
    auto dimension =
        TRY(db.prepare("INSERT INTO indicator_dimensions (indicator_id, dimension) VALUES (?, ?)"));
    for (auto value : indicator.disaggregation)
        TRY(dimension.bind(1, id).bind(2, model::dimension_code(value)).run());
    return id;
}

core::Result<std::optional<model::Indicator>> find_indicator(Database& db, int64_t id) {
    auto query = TRY(db.prepare(std::string(kIndicatorColumns) + " WHERE id = ?"));
    query.bind(1, id);
    auto indicators = TRY(read_indicators(db, query));
    if (indicators.empty())
        return std::optional<model::Indicator>();
    return std::optional<model::Indicator>(std::move(indicators.front()));
}

core::Result<std::vector<model::Indicator>> indicators_of(Database& db, int64_t action) {
    auto query =
        TRY(db.prepare(std::string(kIndicatorColumns) + " WHERE action_id = ? ORDER BY id"));
    query.bind(1, action);
    return read_indicators(db, query);
}

core::Result<int64_t> insert_measurement(Database& db, const model::Measurement& measurement) {
    auto insert = TRY(
        db.prepare("INSERT INTO indicator_measurements (indicator_id, value, measured_on, source,"
                   " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(1, measurement.indicator).bind_real(2, measurement.value);
    TRY(insert.bind(3, measurement.date)
            .bind(4, measurement.source)
            .bind(5, measurement.recorded_by)
            .bind(6, measurement.recorded_at)
            .run());
    int64_t id = db.last_insert_id();
    auto breakdown = TRY(db.prepare(
        "INSERT INTO measurement_breakdown (measurement_id, dimension, value) VALUES (?, ?, ?)"));
    for (const auto& [dimension, value] : measurement.breakdown)
        TRY(breakdown.bind(1, id).bind(2, model::dimension_code(dimension)).bind(3, value).run());
    return id;
}

core::Result<int64_t> insert_event(Database& db, const model::CalendarEvent& event) {
    auto insert = TRY(db.prepare(
        "INSERT INTO calendar_events (kind, date, title, state, cycle) VALUES (?, ?, ?, ?, ?)"));
    TRY(insert.bind(1, model::event_kind_code(event.kind))
            .bind(2, event.date)
            .bind(3, event.title)
            .bind(4, event.state)
            .bind(5, event.cycle)
            .run());
    return db.last_insert_id();
}

core::Result<std::optional<model::CalendarEvent>> find_event(Database& db, int64_t id) {
    auto query = TRY(db.prepare(std::string(kEventColumns) + " WHERE id = ?"));
    query.bind(1, id);
    auto events = TRY(read_events(query));
    if (events.empty())
        return std::optional<model::CalendarEvent>();
    return std::optional<model::CalendarEvent>(std::move(events.front()));
}

core::Result<std::vector<model::CalendarEvent>> all_events(Database& db) {
    auto query = TRY(db.prepare(std::string(kEventColumns) + " ORDER BY date, id"));
    return read_events(query);
}

core::Status delete_event(Database& db, int64_t id) {
    auto remove = TRY(db.prepare("DELETE FROM calendar_events WHERE id = ?"));
    return remove.bind(1, id).run();
}

}  // namespace rightstrack::store::sqlite
