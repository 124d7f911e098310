#include "track/CalendarService.h"

#include <regex>

#include "track/ActionRules.h"
#include "track/Deadlines.h"
#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

core::Status check_event(const model::CalendarEvent& event) {
    const std::string where = "new calendar event";
    if (!is_date(event.date))
        return core::Error::invalid_input(
            "event date '" + event.date + "' is not a date written YYYY-MM-DD", where);
    if (event.title.empty())
        return core::Error::invalid_input("an event needs a title", where);
    static const std::regex state("[A-Z]{3}");
    if (!event.state.empty() && !std::regex_match(event.state, state))
        return core::Error::invalid_input(
            "'" + event.state + "' is not a State's ISO 3166 alpha-3 code such as KGZ", where);
    if (event.cycle && *event.cycle < 1)
        return core::Error::invalid_input("a UPR cycle is numbered from 1", where);
    return {};
}

}  // namespace

core::Result<model::CalendarEvent> CalendarService::add(std::string_view actor,
                                                        model::CalendarEvent event) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_calendar(user, Operation::EventCreate));
        TRY(check_event(event));
        event.id = TRY(context_.store.add_event(event));
        return context_.audit({user.name, "event.create", "event:" + std::to_string(event.id),
                               "null", canonical(to_json(event))});
    }));
    return event;
}

core::Result<model::CalendarEvent> CalendarService::remove(std::string_view actor, int64_t id) {
    model::CalendarEvent event;
    TRY(context_.store.transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_calendar(user, Operation::EventDelete));
        auto found = TRY(context_.store.event(id));
        if (!found)
            return core::Error::not_found("no calendar event with id " + std::to_string(id));
        event = *found;
        TRY(context_.store.remove_event(id));
        return context_.audit({user.name, "event.delete", "event:" + std::to_string(id),
                               canonical(to_json(event)), "null"});
    }));
    return event;
}

core::Result<std::vector<model::CalendarEvent>> CalendarService::list(std::string_view actor,
                                                                      std::optional<int> days,
                                                                      std::string today) {
    if (days && *days < 0)
        return core::Error::invalid_input("the number of days ahead cannot be negative");
    if (today.empty())
        today = context_.now().substr(0, 10);
    std::string horizon = days ? TRY(add_days(today, *days)) : std::string();
    std::vector<model::CalendarEvent> events;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto user = TRY(context_.actor(actor));
        TRY(check_calendar(user, Operation::EventRead));
        for (auto& event : TRY(context_.store.events()))
            if (!days || (event.date >= today && event.date <= horizon))
                events.push_back(std::move(event));
        return {};
    }));
    return events;
}

}  // namespace rightstrack::track
