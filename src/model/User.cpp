#include "model/User.h"

#include <array>
#include <utility>
#include <vector>

#include "core/Text.h"

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoles = {{
    {Role::Administrator, "administrator"},
    {Role::Coordinator, "coordinator"},
    {Role::FocalPoint, "focal_point"},
    {Role::Contributor, "contributor"},
    {Role::Viewer, "viewer"},
}};

}  // namespace

std::string_view role_code(Role role) {
    for (const auto& [value, code] : kRoles)
        if (value == role)
            return code;
    return "viewer";
}

std::string roles_text() {
    std::vector<std::string_view> codes;
    for (const auto& [value, code] : kRoles) codes.push_back(code);
    return core::alternatives(codes);
}

std::optional<Role> parse_role(std::string_view text) {
    for (const auto& [value, code] : kRoles)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
