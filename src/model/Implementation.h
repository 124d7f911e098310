// How far a recommendation is implemented: the State's view (derived from its actions, or set by
// a coordinator with a stated reason) and, beside it and never overwritten by it, independent
// assessments by the NHRI and civil society. Plain value types; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/Action.h"

namespace rightstrack::model {

enum class ImplementationStatus { NotStarted, PartiallyImplemented, Implemented };

// A coordinator's decision that replaces the status derived from the actions.
struct StatusOverride {
    std::string recommendation;  // Recommendation id.
    ImplementationStatus status = ImplementationStatus::NotStarted;
    std::string reason;
    std::string by;  // User name.
    std::string at;  // UTC timestamp.
    bool operator==(const StatusOverride&) const = default;
};

// A contributor's own judgement of a recommendation's implementation.
struct Assessment {
    int64_t id = 0;  // Assigned by the store.
    std::string recommendation;
    std::string assessor;     // User name.
    std::string institution;  // The assessor's institution code (NHRI, CSO), or empty.
    std::string institution_name;  // Its name as the store has it now; read, never written.
    ImplementationStatus status = ImplementationStatus::NotStarted;
    std::string narrative;
    std::string evidence;  // Sources: documents, links, testimonies.
    std::string at;        // UTC timestamp.
    bool operator==(const Assessment&) const = default;
};

// "not_started", "partially_implemented", "implemented".
std::string_view implementation_status_code(ImplementationStatus status);
std::optional<ImplementationStatus> parse_implementation_status(std::string_view text);

// The State's view derived from the statuses of a recommendation's actions. Cancelled actions do
// not count. No action left: not started. All completed: implemented. Any in progress or
// completed: partially implemented. Otherwise (planned, or delayed before starting): not
// started.
ImplementationStatus derive_status(std::span<const ActionStatus> actions);

}  // namespace rightstrack::model
