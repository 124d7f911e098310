#include "store/sqlite/ReferenceData.h"

#include "core/Hash.h"
#include "core/Text.h"
#include "model/State.h"
#include "model/StateRegistry.h"
#include "store/sqlite/Transaction.h"

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kVersionKey = "reference_data_digest";

std::string table_digest() {
    core::DigestBuilder digest;
    for (const auto& org : model::organisation_table())
        digest.add(org.code).add(org.name);
    for (const auto& state : model::state_table()) {
        digest.add(state.alpha3).add(state.alpha2).add(state.name).add(state.formal_name);
        digest.add(model::regional_group_code(state.group));
        digest.add(state.organisations).add(state.variants);
    }
    return digest.hex();
}

core::Result<std::string> stored_digest(Database& db) {
    auto query = TRY(db.prepare("SELECT value FROM meta WHERE key = ?"));
    query.bind(1, kVersionKey);
    if (!TRY(query.step()))
        return std::string();
    return std::string(query.text(0));
}

core::Status write_organisations(Database& db) {
    auto upsert = TRY(db.prepare(
        "INSERT INTO organisations (code, name) VALUES (?, ?)"
        " ON CONFLICT (code) DO UPDATE SET name = excluded.name"));
    for (const auto& org : model::organisation_table())
        TRY(upsert.bind(1, org.code).bind(2, org.name).run());
    return {};
}

core::Status write_state(Statement& upsert, Statement& add_name,
                         Statement& add_membership, const model::StateInfo& state) {
    TRY(upsert.bind(1, state.alpha3).bind(2, state.alpha2).bind(3, state.name)
            .bind(4, state.formal_name).bind(5, model::regional_group_code(state.group)).run());
    for (const auto& name : model::StateRegistry::instance().names_of(state.alpha3))
        TRY(add_name.bind(1, state.alpha3).bind(2, name.language).bind(3, name.text).run());
    if (!state.organisations.empty())
        for (auto org : core::split(state.organisations, "|"))
            TRY(add_membership.bind(1, state.alpha3).bind(2, org).run());
    return {};
}

core::Status write_states(Database& db) {
    TRY(db.execute("DELETE FROM state_names; DELETE FROM state_organisations;"));
    auto upsert = TRY(db.prepare(
        "INSERT INTO states (code, alpha2, name, formal_name, regional_group)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET alpha2 = excluded.alpha2,"
        " name = excluded.name, formal_name = excluded.formal_name,"
        " regional_group = excluded.regional_group"));
    auto add_name = TRY(db.prepare(
        "INSERT OR IGNORE INTO state_names (state_code, language, name) VALUES (?, ?, ?)"));
    auto add_membership = TRY(db.prepare(
        "INSERT INTO state_organisations (state_code, organisation_code) VALUES (?, ?)"));
    for (const auto& state : model::state_table())
        TRY(write_state(upsert, add_name, add_membership, state));
    return {};
}

}  // namespace

core::Status refresh_reference_data(Database& db) {
    std::string digest = table_digest();
    if (TRY(stored_digest(db)) == digest)
        return {};
    auto transaction = TRY(Transaction::begin(db));
    TRY(write_organisations(db));
    TRY(write_states(db));
    auto record = TRY(db.prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    TRY(record.bind(1, kVersionKey).bind(2, digest).run());
    return transaction.commit();
}

}  // namespace rightstrack::store::sqlite
