// The first run's door: while the database has no user, /setup?token=T creates the first
// administrator, T being a random token `serve` prints at start (so that only whoever reads the
// server's output, not whoever reaches the port first, can claim it). Once an administrator
// exists the door is shut for good and /setup answers 404. There is no default password.
// Thread-safe.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace rightstrack::web {

class SetupGate {
public:
    // Open with a fresh token when `users_exist` is false, shut otherwise.
    explicit SetupGate(bool users_exist);

    // The token while the gate is open.
    std::optional<std::string> token() const;
    bool accepts(std::string_view token) const;
    void shut();

private:
    mutable std::mutex mutex_;
    std::optional<std::string> token_;
};

}  // namespace rightstrack::web
