#include "track/ActionRules.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <regex>

namespace rightstrack::track {

using model::ActionStatus;

bool is_legal_transition(ActionStatus from, ActionStatus to) {
    switch (from) {
    case ActionStatus::Planned:
        return to == ActionStatus::InProgress || to == ActionStatus::Delayed ||
               to == ActionStatus::Cancelled;
    case ActionStatus::InProgress:
        return to == ActionStatus::Completed || to == ActionStatus::Delayed ||
               to == ActionStatus::Cancelled;
    case ActionStatus::Delayed:
        return to == ActionStatus::InProgress || to == ActionStatus::Completed ||
               to == ActionStatus::Cancelled;
    case ActionStatus::Completed:
    case ActionStatus::Cancelled: return false;
    }
    return false;
}

core::Status check_transition(ActionStatus from, ActionStatus to, const std::string& where) {
    if (is_legal_transition(from, to))
        return {};
    return core::Error::invalid_input("an action cannot go from " +
                                          std::string(model::action_status_code(from)) + " to " +
                                          std::string(model::action_status_code(to)),
                                      where);
}

bool is_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    int year = 0;
    unsigned month = 0, day = 0;
    auto number = [&](size_t at, size_t length, auto& value) {
        auto [end, error] = std::from_chars(text.data() + at, text.data() + at + length, value);
        return error == std::errc() && end == text.data() + at + length;
    };
    if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day))
        return false;
    return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month),
                                       std::chrono::day(day))
        .ok();
}

template <typename T>
void sort_unique(std::vector<T>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

template void sort_unique(std::vector<std::string>&);
template void sort_unique(std::vector<int64_t>&);

namespace {

core::Status check_date(const std::string& date, const char* name, const std::string& where) {
    if (date.empty() || is_date(date))
        return {};
    return core::Error::invalid_input(
        std::string(name) + " '" + date + "' is not a date written YYYY-MM-DD", where);
}

core::Status check_sdg_targets(const std::vector<std::string>& targets, const std::string& where) {
    // Goals 1-17; targets numbered or lettered ("16.a"), as the UN lists them.
    static const std::regex target(R"((1[0-7]|[1-9])\.([1-9][0-9]?|[a-z]))");
    for (const auto& value : targets)
        if (!std::regex_match(value, target))
            return core::Error::invalid_input(
                "'" + value + "' is not an SDG target (goal.target, e.g. 5.2 or 16.a)", where);
    return {};
}

}  // namespace

core::Status normalise_action(model::Action& action, const std::string& where) {
    if (action.title.empty())
        return core::Error::invalid_input("an action needs a title", where);
    if (action.lead_institution.empty())
        return core::Error::invalid_input("an action needs a lead institution", where);
    TRY(check_date(action.start_date, "start date", where));
    TRY(check_date(action.due_date, "due date", where));
    if (!action.start_date.empty() && !action.due_date.empty() &&
        action.due_date < action.start_date)
        return core::Error::invalid_input(
            "due date " + action.due_date + " is before start date " + action.start_date, where);
    if (action.budget && *action.budget < 0)
        return core::Error::invalid_input("a budget cannot be negative", where);
    if (action.budget && action.currency.empty())
        return core::Error::invalid_input("a budget needs a currency (e.g. KGS)", where);
    static const std::regex currency("[A-Z]{3}");
    if (!action.currency.empty() && !std::regex_match(action.currency, currency))
        return core::Error::invalid_input(
            "currency '" + action.currency + "' is not an ISO 4217 code such as KGS", where);
    TRY(check_sdg_targets(action.sdg_targets, where));
    // Up to ten years: longer is no reporting period, and dates must stay in the calendar.
    if (action.report_every_days &&
        (*action.report_every_days < 1 || *action.report_every_days > 3660))
        return core::Error::invalid_input(
            "reports cannot be due every " + std::to_string(*action.report_every_days) + " days",
            where);
    if (action.report_every_days && action.start_date.empty())
        return core::Error::invalid_input(
            "a reporting period needs a start date to count the first report from", where);
    sort_unique(action.supporting_institutions);
    std::erase(action.supporting_institutions, action.lead_institution);
    sort_unique(action.recommendations);
    sort_unique(action.clusters);
    sort_unique(action.sdg_targets);
    return {};
}

}  // namespace rightstrack::track
