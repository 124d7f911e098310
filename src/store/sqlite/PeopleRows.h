// The rows of institutions and users (with the institutions each user is bound to), read and
// written for SqliteTrackingStore. Callers hold the transaction.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/Institution.h"
#include "model/User.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<int64_t> insert_institution(Database& db, const model::Institution& institution);
core::Status update_institution_row(Database& db, const model::Institution& institution);
core::Result<std::optional<model::Institution>> find_institution(Database& db,
                                                                 std::string_view code);
core::Result<std::vector<model::Institution>> all_institutions(Database& db);

core::Result<int64_t> insert_user(Database& db, const model::User& user,
                                  std::string_view password_hash);
core::Result<std::optional<model::User>> find_user(Database& db, std::string_view name);
core::Result<std::vector<model::User>> all_users(Database& db);
core::Result<std::string> find_password_hash(Database& db, std::string_view name);

// The id of the institution with `code`; a NotFound error naming it when there is none.
core::Result<int64_t> institution_id(Database& db, std::string_view code);

}  // namespace rightstrack::store::sqlite
