#include "model/CalendarEvent.h"

#include <array>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<EventKind, std::string_view>, 5> kKinds = {{
    {EventKind::SubmissionDeadline, "submission_deadline"},
    {EventKind::Review, "review"},
    {EventKind::Adoption, "adoption"},
    {EventKind::MidTermReport, "mid_term_report"},
    {EventKind::Other, "other"},
}};

}  // namespace

std::string_view event_kind_code(EventKind kind) {
    for (const auto& [value, code] : kKinds)
        if (value == kind)
            return code;
    return "other";
}

std::optional<EventKind> parse_event_kind(std::string_view text) {
    for (const auto& [value, code] : kKinds)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
