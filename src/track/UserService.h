// Users and their roles. The first administrator is created by init_admin() on an empty user
// table only; every other user by an administrator. Passwords arrive in clear, are hashed with
// argon2id and never stored, audited or returned.
#pragma once

#include <string_view>
#include <vector>

#include "model/User.h"
#include "track/Context.h"

namespace rightstrack::track {

class UserService {
public:
    explicit UserService(Context context) : context_(std::move(context)) {}

    // Conflict unless no user exists yet.
    core::Result<model::User> init_admin(std::string_view name, std::string_view password);
    // Focal points need at least one institution; every institution named must exist.
    core::Result<model::User> create(std::string_view actor, model::User user,
                                     std::string_view password);
    core::Result<std::vector<model::User>> list(std::string_view actor);
    // Whether `password` is the user's; false for an unknown user.
    core::Result<bool> authenticate(std::string_view name, std::string_view password);

private:
    core::Status add(const std::string& actor, model::User& user, std::string_view password,
                     const char* operation);
    Context context_;
};

}  // namespace rightstrack::track
