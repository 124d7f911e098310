#include "web/LoginLimiter.h"

namespace rightstrack::web {
namespace {

constexpr std::size_t kForgetAbove = 10'000;  // Keys kept before old ones are swept out.

std::string user_key(std::string_view user) {
    return "user:" + std::string(user);
}
std::string address_key(std::string_view address) {
    return "address:" + std::string(address);
}

}  // namespace

long LoginLimiter::wait_for(const std::string& key, std::chrono::system_clock::time_point now) {
    auto found = failures_.find(key);
    if (found == failures_.end())
        return 0;
    Failures& times = found->second;
    while (!times.empty() && times.front() + window_ <= now) times.pop_front();
    if (static_cast<int>(times.size()) < max_failures_)
        return 0;
    const auto free_at = times[times.size() - max_failures_] + window_;
    const auto wait = std::chrono::ceil<std::chrono::seconds>(free_at - now).count();
    return wait < 1 ? 1 : wait;
}

long LoginLimiter::retry_after(std::string_view user, std::string_view address) {
    std::lock_guard lock(mutex_);
    const auto now = clock_();
    return std::max(wait_for(user_key(user), now), wait_for(address_key(address), now));
}

void LoginLimiter::failed(std::string_view user, std::string_view address) {
    std::lock_guard lock(mutex_);
    const auto now = clock_();
    if (failures_.size() > kForgetAbove)
        forget_old(now);
    failures_[user_key(user)].push_back(now);
    failures_[address_key(address)].push_back(now);
}

void LoginLimiter::forget_old(std::chrono::system_clock::time_point now) {
    for (auto it = failures_.begin(); it != failures_.end();) {
        if (it->second.empty() || it->second.back() + window_ <= now)
            it = failures_.erase(it);
        else
            ++it;
    }
}

}  // namespace rightstrack::web
