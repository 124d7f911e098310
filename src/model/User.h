// A person who signs in to track the plan, with one role and, for focal points, the
// institutions they answer for. The password hash is not part of it: only the store and the
// login see it. Plain value type; no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::model {

// Administrator: users and institutions. Coordinator: the NMIRF secretariat, which builds the
// plan and approves. FocalPoint: a ministry's (or court's...) contact, for its own actions only.
// Contributor: NHRI or civil society, for independent assessments. Viewer: reads what is
// published.
enum class Role { Administrator, Coordinator, FocalPoint, Contributor, Viewer };

inline constexpr Role kAllRoles[] = {Role::Administrator, Role::Coordinator, Role::FocalPoint,
                                     Role::Contributor, Role::Viewer};

struct User {
    int64_t id = 0;    // Assigned by the store.
    std::string name;  // Login name, unique.
    Role role = Role::Viewer;
    std::vector<std::string> institutions;  // Institution codes, sorted; focal points only.
    bool operator==(const User&) const = default;

    bool belongs_to(std::string_view institution) const {
        for (const auto& code : institutions)
            if (code == institution)
                return true;
        return false;
    }
};

// "administrator", "coordinator", "focal_point", "contributor", "viewer".
std::string_view role_code(Role role);
std::optional<Role> parse_role(std::string_view text);
// "administrator, coordinator, focal_point, contributor or viewer", for messages.
std::string roles_text();

}  // namespace rightstrack::model
