// Versioned schema migrations. Each is one SQL file under src/store/migrations, named
// NNNN_description.sql and compiled into the binary (cmake/EmbedMigrations.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace rightstrack::store {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// All migrations, in version order.
const std::vector<Migration>& embedded_migrations();

}  // namespace rightstrack::store
