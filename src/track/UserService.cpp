#include "track/UserService.h"

#include <regex>

#include "track/ActionRules.h"
#include "track/Passwords.h"
#include "track/Permissions.h"
#include "track/TrackJson.h"

namespace rightstrack::track {
namespace {

core::Status validate(model::User& user) {
    static const std::regex name("[a-z0-9][a-z0-9._-]{0,63}");
    if (!std::regex_match(user.name, name))
        return core::Error::invalid_input("user name '" + user.name +
                                          "' must be 1 to 64 lower-case letters, digits, '.', "
                                          "'-' or '_'");
    sort_unique(user.institutions);
    if (user.role == model::Role::FocalPoint && user.institutions.empty())
        return core::Error::invalid_input("focal point '" + user.name +
                                          "' needs at least one institution");
    return {};
}

}  // namespace

core::Status UserService::add(const std::string& actor, model::User& user,
                              std::string_view password, const char* operation) {
    TRY(validate(user));
    for (const auto& code : user.institutions)
        if (!TRY(context_.store.institution(code)))
            return core::Error::not_found("no institution with code '" + code + "'");
    if (TRY(context_.store.user(user.name)))
        return core::Error::conflict("user '" + user.name + "' exists already");
    std::string hash = TRY(hash_password(password));
    user.id = TRY(context_.store.add_user(user, hash));
    return context_.audit(
        {actor, operation, "user:" + user.name, "null", canonical(to_json(user))});
}

core::Result<model::User> UserService::init_admin(std::string_view name,
                                                  std::string_view password) {
    model::User admin;
    admin.name = std::string(name);
    admin.role = model::Role::Administrator;
    TRY(context_.store.transaction([&]() -> core::Status {
        if (TRY(context_.store.user_count()) != 0)
            return core::Error::conflict(
                "init-admin works on an empty user table only; this database has users");
        return add(admin.name, admin, password, "user.init_admin");
    }));
    return admin;
}

core::Result<model::User> UserService::create(std::string_view actor, model::User user,
                                              std::string_view password) {
    TRY(context_.store.transaction([&]() -> core::Status {
        auto acting = TRY(context_.actor(actor));
        TRY(check_user(acting, Operation::UserCreate, user.name));
        return add(acting.name, user, password, "user.create");
    }));
    return user;
}

core::Result<std::vector<model::User>> UserService::list(std::string_view actor) {
    std::vector<model::User> users;
    TRY(context_.store.read_transaction([&]() -> core::Status {
        auto acting = TRY(context_.actor(actor));
        TRY(check_user(acting, Operation::UserRead));
        users = TRY(context_.store.users());
        return {};
    }));
    return users;
}

core::Result<bool> UserService::authenticate(std::string_view name, std::string_view password) {
    std::string hash = TRY(context_.store.password_hash(name));
    return !hash.empty() && password_matches(hash, password);
}

}  // namespace rightstrack::track
