#include "store/sqlite/BatchLabels.h"

namespace rightstrack::store::sqlite {
namespace {

struct LabelStatements {
    Statement add_taxonomy;
    Statement add_label;
    Statement add_name;
};

core::Result<LabelStatements> prepare(Database& db) {
    return LabelStatements{
        TRY(db.prepare("INSERT INTO taxonomies (code, name) VALUES (?, ?)"
                       " ON CONFLICT (code) DO NOTHING")),
        // A new label goes after the taxonomy's last, so that labels the user loaded keep
        // their order.
        TRY(db.prepare("INSERT INTO labels (taxonomy_code, code, parent_code, position)"
                       " SELECT ?1, ?2, ?3, coalesce(max(position), 0) + 1 FROM labels"
                       " WHERE taxonomy_code = ?1"
                       " ON CONFLICT (taxonomy_code, code) DO NOTHING")),
        TRY(db.prepare("INSERT INTO label_names (label_id, language, name) VALUES (?, ?, ?)")),
    };
}

core::Status add_label(Database& db, LabelStatements& s, const std::string& taxonomy,
                       const model::Label& label) {
    TRY(s.add_label.bind(1, taxonomy).bind(2, label.code).bind(3, label.parent).run());
    if (db.changes() == 0)
        return {};  // Known already: its names stay as they are.
    int64_t id = db.last_insert_id();
    for (const auto& name : label.names)
        TRY(s.add_name.bind(1, id).bind(2, name.language).bind(3, name.text).run());
    return {};
}

}  // namespace

core::Status add_missing_labels(Database& db, const std::vector<model::Taxonomy>& taxonomies) {
    if (taxonomies.empty())
        return {};
    auto statements = TRY(prepare(db));
    for (const auto& taxonomy : taxonomies) {
        TRY(statements.add_taxonomy.bind(1, taxonomy.code).bind(2, taxonomy.name).run());
        for (const auto& label : taxonomy.labels)
            TRY(add_label(db, statements, taxonomy.code, label));
    }
    return {};
}

}  // namespace rightstrack::store::sqlite
