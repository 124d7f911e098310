// The plan as the public sees it, without signing in: the published actions, each with its
// published progress reports and its indicators. What a visitor may read is decided by the same
// policies as for a signed-in viewer (Permissions), asked for an unnamed viewer, in one read
// transaction.
#pragma once

#include <vector>

#include "model/Action.h"
#include "model/Indicator.h"
#include "model/ProgressReport.h"
#include "track/Context.h"

namespace rightstrack::track {

struct PublishedAction {
    model::Action action;
    std::vector<model::ProgressReport> reports;  // Published ones, by id.
    std::vector<model::Indicator> indicators;    // With their measurements.
};

class PublicPlans {
public:
    explicit PublicPlans(Context context) : context_(std::move(context)) {}

    // The actions a visitor may read, by id.
    core::Result<std::vector<PublishedAction>> list();

private:
    Context context_;
};

}  // namespace rightstrack::track
