// A date of the UPR calendar (a submission deadline, the review, the adoption of its outcome,
// the mid-term report) or another the secretariat follows, listed beside the plan's deadlines.
// Plain value type; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rightstrack::model {

enum class EventKind { SubmissionDeadline, Review, Adoption, MidTermReport, Other };

struct CalendarEvent {
    int64_t id = 0;  // Assigned by the store.
    EventKind kind = EventKind::Other;
    std::string date;  // YYYY-MM-DD
    std::string title;
    std::string state;  // ISO 3166 alpha-3 of the State under review, or empty.
    std::optional<int> cycle;
    bool operator==(const CalendarEvent&) const = default;
};

// "submission_deadline", "review", "adoption", "mid_term_report", "other".
std::string_view event_kind_code(EventKind kind);
std::optional<EventKind> parse_event_kind(std::string_view text);

}  // namespace rightstrack::model
