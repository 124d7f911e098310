#include "track/PublicPlans.h"

#include <map>

#include "track/Permissions.h"

namespace rightstrack::track {

core::Result<std::vector<PublishedAction>> PublicPlans::list() {
    // A visitor reads what a viewer reads: the policies decide, not this service.
    const model::User visitor = track::visitor();
    std::vector<PublishedAction> visible;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        std::map<int64_t, std::size_t> position;
        for (auto& action : TRY(context_.store.actions())) {
            if (!check_action(visitor, Operation::ActionRead, &action).ok())
                continue;
            position[action.id] = visible.size();
            PublishedAction published{std::move(action), {}, {}};
            if (check_indicator(visitor, Operation::IndicatorRead, &published.action).ok())
                published.indicators = TRY(context_.store.indicators(published.action.id));
            visible.push_back(std::move(published));
        }
        for (auto& report : TRY(context_.store.reports())) {
            auto found = position.find(report.action);
            if (found == position.end())
                continue;
            auto& entry = visible[found->second];
            if (check_report(visitor, Operation::ReportRead, &report, &entry.action).ok())
                entry.reports.push_back(std::move(report));
        }
        return {};
    }));
    return visible;
}

}  // namespace rightstrack::track
