// Reads taxonomy labels from files a user supplies: CSV (code, parent, name_<language>...) and
// the SDG YAML layout of open-sdg's translations ("1-title", "1-2-title", "1-2-1-title", with
// one file per language). Pure; the caller merges and saves the labels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "model/Taxonomy.h"

namespace rightstrack::ingest {

// CSV with a `code` column, an optional `parent` column, and names in `name` (English) or
// `name_<language>` columns (name_en, name_ru, name_ky, ...).
core::Result<std::vector<model::Label>> read_taxonomy_csv(std::string_view bytes,
                                                          const std::string& file_name);

// SDG goals, targets or indicators in one language: keys "<goal>[-<target>[-<indicator>]]-title"
// (and "<goal>-short", preferred as a goal's name). Codes come out as "1", "1.2", "1.2.1".
core::Result<std::vector<model::Label>> read_sdg_yaml(std::string_view bytes,
                                                      const std::string& file_name,
                                                      const std::string& language);

// Adds `more` into `labels`: new codes are appended, names of known codes are merged by language.
void merge_labels(std::vector<model::Label>& labels, std::vector<model::Label> more);

// Puts labels in natural code order ("1", "1.2", "1.10", "1.a", "2").
void sort_labels_by_code(std::vector<model::Label>& labels);

}  // namespace rightstrack::ingest
