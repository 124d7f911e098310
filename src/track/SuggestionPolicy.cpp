#include "track/SuggestionPolicy.h"

#include <string>

namespace rightstrack::track {

core::Status check_suggestion_review(const model::User& actor) {
    if (actor.role == model::Role::Administrator || actor.role == model::Role::Coordinator)
        return {};
    return core::Error(core::ErrorKind::PermissionDenied,
                       "user '" + actor.name + "' (" + std::string(model::role_code(actor.role)) +
                           ") may not review label suggestions");
}

}  // namespace rightstrack::track
