#include "web/SetupGate.h"

#include "web/Tokens.h"

namespace rightstrack::web {

SetupGate::SetupGate(bool users_exist) {
    if (!users_exist)
        token_ = random_token();
}

std::optional<std::string> SetupGate::token() const {
    std::lock_guard lock(mutex_);
    return token_;
}

bool SetupGate::accepts(std::string_view token) const {
    std::lock_guard lock(mutex_);
    return token_ && tokens_equal(*token_, token);
}

void SetupGate::shut() {
    std::lock_guard lock(mutex_);
    token_.reset();
}

}  // namespace rightstrack::web
