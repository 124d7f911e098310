// Sign-in sessions: a random 256-bit token in the browser's cookie, its SHA-256 in the database
// (store::SessionStore) with the user, a CSRF token of the session's own and an expiry. A token
// whose session expired or was closed finds nothing. Thread-safe (each call leases a store).
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "store/SessionStore.h"
#include "web/StorePool.h"

namespace rightstrack::web {

using Clock = std::function<std::chrono::system_clock::time_point()>;

// `time` as UTC "2026-01-31T12:00:00Z", the form the stores keep times in.
std::string utc_text(std::chrono::system_clock::time_point time);

struct ActiveSession {
    std::string token;  // The cookie's value; never stored.
    std::string user;
    std::string csrf_token;
};

class Sessions {
public:
    Sessions(std::string database, std::chrono::seconds lifetime, Clock clock);

    // A new session for `user`, who must exist.
    core::Result<ActiveSession> open(const std::string& user);
    // The live session of a cookie's token; none when unknown or expired (then removed).
    core::Result<std::optional<ActiveSession>> find(const std::string& token);
    core::Status close(const std::string& token);
    std::chrono::seconds lifetime() const { return lifetime_; }

private:
    StorePool<store::SessionStore> pool_;
    std::chrono::seconds lifetime_;
    Clock clock_;
};

}  // namespace rightstrack::web
