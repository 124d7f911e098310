#include "web/Sessions.h"

#include <ctime>

#include "core/Hash.h"
#include "web/Tokens.h"

namespace rightstrack::web {

std::string utc_text(std::chrono::system_clock::time_point time) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

Sessions::Sessions(std::string database, std::chrono::seconds lifetime, Clock clock)
    : pool_([database] { return store::open_sqlite_session_store(database); }),
      lifetime_(lifetime),
      clock_(std::move(clock)) {}

core::Result<ActiveSession> Sessions::open(const std::string& user) {
    auto store = TRY(pool_.lease());
    const auto now = clock_();
    // Sessions that ran out are cleared when new ones open, so that the table stays small.
    TRY(store->remove_expired(utc_text(now)));
    ActiveSession session{random_token(), user, random_token()};
    TRY(store->add_session({core::sha256_hex(session.token), user, session.csrf_token,
                            utc_text(now), utc_text(now + lifetime_)}));
    return session;
}

core::Result<std::optional<ActiveSession>> Sessions::find(const std::string& token) {
    auto store = TRY(pool_.lease());
    const std::string hash = core::sha256_hex(token);
    auto stored = TRY(store->session(hash));
    if (!stored)
        return std::optional<ActiveSession>();
    if (stored->expires_at <= utc_text(clock_())) {
        TRY(store->remove_session(hash));
        return std::optional<ActiveSession>();
    }
    return std::optional(ActiveSession{token, stored->user, stored->csrf_token});
}

core::Status Sessions::close(const std::string& token) {
    auto store = TRY(pool_.lease());
    return store->remove_session(core::sha256_hex(token));
}

}  // namespace rightstrack::web
