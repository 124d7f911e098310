// Storage for the web application's sign-in sessions (migration 0010), apart from the tracking
// store so that each interface stays readable. It keeps what it is given: the SHA-256 of a
// session's token (never the token), its user, its CSRF token and its expiry; the web module
// makes the tokens and decides what is expired. One SessionStore belongs to one thread at a time.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/Result.h"

namespace rightstrack::store {

struct StoredSession {
    std::string token_sha256;
    std::string user;  // The user's name.
    std::string csrf_token;
    std::string created_at;  // UTC, "2026-01-31T12:00:00Z": such strings sort as times do.
    std::string expires_at;
};

class SessionStore {
public:
    virtual ~SessionStore() = default;

    // NotFound when there is no user of that name.
    virtual core::Status add_session(const StoredSession& session) = 0;
    // The session with this token hash, whatever its expiry.
    virtual core::Result<std::optional<StoredSession>> session(std::string_view token_sha256) = 0;
    virtual core::Status remove_session(std::string_view token_sha256) = 0;
    // Removes the sessions that expired before `now`; returns how many.
    virtual core::Result<int64_t> remove_expired(std::string_view now) = 0;
    virtual core::Result<int64_t> user_count() = 0;
};

// Opens the session side of the SQLite database at `path`, creating and migrating it if needed.
core::Result<std::unique_ptr<SessionStore>> open_sqlite_session_store(const std::string& path);

}  // namespace rightstrack::store
