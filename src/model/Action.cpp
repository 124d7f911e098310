#include "model/Action.h"

#include <array>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<ActionStatus, std::string_view>, 5> kStatuses = {{
    {ActionStatus::Planned, "planned"},
    {ActionStatus::InProgress, "in_progress"},
    {ActionStatus::Completed, "completed"},
    {ActionStatus::Delayed, "delayed"},
    {ActionStatus::Cancelled, "cancelled"},
}};

}  // namespace

std::string_view action_status_code(ActionStatus status) {
    for (const auto& [value, code] : kStatuses)
        if (value == status)
            return code;
    return "planned";
}

std::optional<ActionStatus> parse_action_status(std::string_view text) {
    for (const auto& [value, code] : kStatuses)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
