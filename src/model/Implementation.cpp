#include "model/Implementation.h"

namespace rightstrack::model {

std::string_view implementation_status_code(ImplementationStatus status) {
    switch (status) {
    case ImplementationStatus::NotStarted: return "not_started";
    case ImplementationStatus::PartiallyImplemented: return "partially_implemented";
    case ImplementationStatus::Implemented: return "implemented";
    }
    return "not_started";
}

std::optional<ImplementationStatus> parse_implementation_status(std::string_view text) {
    for (auto status :
         {ImplementationStatus::NotStarted, ImplementationStatus::PartiallyImplemented,
          ImplementationStatus::Implemented})
        if (implementation_status_code(status) == text)
            return status;
    return std::nullopt;
}

ImplementationStatus derive_status(std::span<const ActionStatus> actions) {
    int counted = 0, completed = 0, started = 0;
    for (ActionStatus status : actions) {
        if (status == ActionStatus::Cancelled)
            continue;
        ++counted;
        completed += status == ActionStatus::Completed;
        started += status == ActionStatus::InProgress || status == ActionStatus::Completed;
    }
    if (counted > 0 && completed == counted)
        return ImplementationStatus::Implemented;
    if (started > 0)
        return ImplementationStatus::PartiallyImplemented;
    return ImplementationStatus::NotStarted;
}

}  // namespace rightstrack::model
