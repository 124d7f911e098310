#include "track/Context.h"

#include <ctime>

namespace rightstrack::track {

std::string utc_now() {
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

core::Result<model::User> Context::actor(std::string_view name) const {
    auto user = TRY(store.user(name));
    if (!user)
        return core::Error::not_found("no user named '" + std::string(name) + "'");
    return *user;
}

core::Status Context::audit(const Change& change) const {
    TRY(record(store, change, now()));
    return {};
}

core::Status check_recommendations_exist(store::TrackingStore& store,
                                         const std::vector<std::string>& ids) {
    for (const auto& id : ids)
        if (!TRY(store.recommendation_exists(id)))
            return core::Error::not_found("no recommendation with id '" + id + "'");
    return {};
}

}  // namespace rightstrack::track
