// Who may review label suggestions (classify's review: accept, reject, correct). Reviewing
// changes the public labels of recommendations, so it is the secretariat's and the
// administrator's work. Kept beside Permissions rather than in it: the review runs over the
// recommendation store, not through a tracking service, and is not audited there.
#pragma once

#include "core/Result.h"
#include "model/User.h"

namespace rightstrack::track {

// PermissionDenied naming the user and their role, unless they may review suggestions.
core::Status check_suggestion_review(const model::User& actor);

}  // namespace rightstrack::track
