// Adds the labels an import batch defines (ImportBatch::taxonomies) inside the caller's
// transaction, before the BatchWriter loads the label ids it checks references against. Only
// what is missing is added: existing taxonomies and labels, their names and parents, are left
// as the user loaded them.
#pragma once

#include <vector>

#include "model/Taxonomy.h"
#include "store/sqlite/Database.h"

namespace rightstrack::store::sqlite {

core::Status add_missing_labels(Database& db, const std::vector<model::Taxonomy>& taxonomies);

}  // namespace rightstrack::store::sqlite
