// Reads the public view of implementation tracking (Store::public_implementation) from the
// tracking tables of migration 0008: the published actions of each recommendation, directly or
// through a cluster, their lead and supporting institutions, and the coordinators' overrides.
// Runs in whatever transaction the caller holds; belongs to the thread that owns the Database.
#pragma once

#include "store/Store.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Result<PublicImplementationMap> read_public_implementation(Database& db);

}  // namespace rightstrack::store::sqlite
