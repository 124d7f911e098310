// Copies the reference data compiled into the binary (States with their names in English,
// Russian and Kyrgyz, regional groups, organisations) into the database, so that SQL can join
// on it. Runs only when the compiled table differs from what the database holds.
#pragma once

#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Status refresh_reference_data(Database& db);

}  // namespace rightstrack::store::sqlite
