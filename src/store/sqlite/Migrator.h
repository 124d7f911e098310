// Brings a database's schema to the newest migration compiled into this binary, one
// transaction per migration, recorded in schema_migrations. Refuses a database written by a
// newer rightstrack rather than guess at its schema.
#pragma once

#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Status migrate(Database& db);

}  // namespace rightstrack::store::sqlite
