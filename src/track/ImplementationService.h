// How far each recommendation is implemented. The State's view is derived from the actions
// linked to it (directly or through a cluster) unless a coordinator has overridden it with a
// reason; the independent assessments of contributors (NHRI, civil society) are kept beside it
// and nothing the State does changes them. Each operation checks the policy, runs in one
// transaction and audits its change; a visitor (no sign-in) reads what an unnamed viewer may.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Action.h"
#include "model/Implementation.h"
#include "track/Context.h"

namespace rightstrack::track {

struct RecommendationStatus {
    std::string recommendation;
    model::ImplementationStatus derived = model::ImplementationStatus::NotStarted;
    std::optional<model::StatusOverride> override_;
    std::vector<int64_t> actions;  // The actions the status was derived from (those readable).

    model::ImplementationStatus effective() const {
        return override_ ? override_->status : derived;
    }
};

// A recommendation's implementation as one reader sees it: the State's view and, apart, the
// independent assessments.
struct ImplementationView {
    RecommendationStatus status;
    std::vector<model::Assessment> assessments;  // Oldest first.
};

class ImplementationService {
public:
    explicit ImplementationService(Context context) : context_(std::move(context)) {}

    // Derived from the actions the actor may read.
    core::Result<RecommendationStatus> status(std::string_view actor,
                                              const std::string& recommendation);
    core::Result<model::StatusOverride> override_status(std::string_view actor,
                                                        const std::string& recommendation,
                                                        model::ImplementationStatus status,
                                                        const std::string& reason);
    core::Result<model::Assessment> assess(std::string_view actor, model::Assessment assessment);
    // A recommendation's independent assessments, oldest first. The assessor's login name is
    // read only by the administrator and the assessor's own institution; others get it empty.
    core::Result<std::vector<model::Assessment>> assessments(std::string_view actor,
                                                             const std::string& recommendation);
    // Both, as a visitor reads them without signing in (the public recommendation page and
    // API), in one read transaction: the policies are asked for an unnamed viewer.
    core::Result<ImplementationView> visitor_view(const std::string& recommendation);

private:
    Context context_;
};

}  // namespace rightstrack::track
