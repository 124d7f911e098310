// Login rate limiting: after `max_failures` failed logins for one user name, or from one
// address, within `window`, further attempts for that name or from that address are refused
// until the oldest failure leaves the window — whether or not the password is right, so that a
// guesser learns nothing more. Kept in memory: a restart forgets, which costs an attacker a
// restart each time. Thread-safe.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "web/Sessions.h"

namespace rightstrack::web {

class LoginLimiter {
public:
    LoginLimiter(int max_failures, std::chrono::seconds window, Clock clock)
        : max_failures_(max_failures), window_(window), clock_(std::move(clock)) {}

    // Seconds until a login for `user` from `address` may be tried; 0 when it may be now.
    long retry_after(std::string_view user, std::string_view address);
    void failed(std::string_view user, std::string_view address);

private:
    using Failures = std::deque<std::chrono::system_clock::time_point>;
    long wait_for(const std::string& key, std::chrono::system_clock::time_point now);
    void forget_old(std::chrono::system_clock::time_point now);

    int max_failures_;
    std::chrono::seconds window_;
    Clock clock_;
    std::mutex mutex_;
    std::map<std::string, Failures, std::less<>> failures_;  // "user:NAME", "address:IP".
};

}  // namespace rightstrack::web
