#include "store/sqlite/PeopleRows.h"

namespace rightstrack::store::sqlite {
namespace {

constexpr std::string_view kInstitutionColumns = "SELECT id, code, name, kind FROM institutions";

model::Institution read_institution(const Statement& row) {
    model::Institution institution;
    institution.id = row.integer(0);
    institution.code = row.text(1);
    institution.name = row.text(2);
    institution.kind =
        model::parse_institution_kind(row.text(3)).value_or(model::InstitutionKind::Other);
    return institution;
}

core::Result<std::vector<std::string>> user_institutions(Database& db, int64_t user_id) {
    auto query = TRY(db.prepare(
        "SELECT i.code FROM user_institutions u JOIN institutions i ON i.id = u.institution_id"
        " WHERE u.user_id = ? ORDER BY i.code"));
    query.bind(1, user_id);
    std::vector<std::string> codes;
    while (TRY(query.step())) codes.emplace_back(query.text(0));
    return codes;
}

core::Result<std::vector<model::User>> read_users(Statement& query, Database& db) {
    std::vector<model::User> users;
    while (TRY(query.step())) {
        model::User user;
        user.id = query.integer(0);
        user.name = query.text(1);
        user.role = model::parse_role(query.text(2)).value_or(model::Role::Viewer);
        users.push_back(std::move(user));
    }
    for (auto& user : users) user.institutions = TRY(user_institutions(db, user.id));
    return users;
}

}  // namespace

core::Result<int64_t> insert_institution(Database& db, const model::Institution& institution) {
    auto insert = TRY(db.prepare("INSERT INTO institutions (code, name, kind) VALUES (?, ?, ?)"));
    TRY(insert.bind(1, institution.code)
            .bind(2, institution.name)
            .bind(3, model::institution_kind_code(institution.kind))
            .run());
    return db.last_insert_id();
}

core::Status update_institution_row(Database& db, const model::Institution& institution) {
    auto update = TRY(db.prepare("UPDATE institutions SET name = ?, kind = ? WHERE code = ?"));
    return update.bind(1, institution.name)
        .bind(2, model::institution_kind_code(institution.kind))
        .bind(3, institution.code)
        .run();
}

core::Result<std::optional<model::Institution>> find_institution(Database& db,
                                                                 std::string_view code) {
    auto query = TRY(db.prepare(std::string(kInstitutionColumns) + " WHERE code = ?"));
    query.bind(1, code);
    if (!TRY(query.step()))
        return std::optional<model::Institution>();
    return std::optional<model::Institution>(read_institution(query));
}

core::Result<std::vector<model::Institution>> all_institutions(Database& db) {
    auto query = TRY(db.prepare(std::string(kInstitutionColumns) + " ORDER BY code"));
    std::vector<model::Institution> institutions;
    while (TRY(query.step())) institutions.push_back(read_institution(query));
    return institutions;
}

core::Result<int64_t> institution_id(Database& db, std::string_view code) {
    auto query = TRY(db.prepare("SELECT id FROM institutions WHERE code = ?"));
    query.bind(1, code);
    if (!TRY(query.step()))
        return core::Error::not_found("no institution with code '" + std::string(code) + "'");
    return query.integer(0);
}

core::Result<int64_t> insert_user(Database& db, const model::User& user,
                                  std::string_view password_hash) {
    auto insert = TRY(db.prepare("INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?)"));
    TRY(insert.bind(1, user.name)
            .bind(2, model::role_code(user.role))
            .bind(3, password_hash)
            .run());
    int64_t id = db.last_insert_id();
    auto bind =
        TRY(db.prepare("INSERT INTO user_institutions (user_id, institution_id) VALUES (?, ?)"));
    for (const auto& code : user.institutions)
        TRY(bind.bind(1, id).bind(2, TRY(institution_id(db, code))).run());
    return id;
}

core::Result<std::optional<model::User>> find_user(Database& db, std::string_view name) {
    auto query = TRY(db.prepare("SELECT id, name, role FROM users WHERE name = ?"));
    query.bind(1, name);
    auto users = TRY(read_users(query, db));
    if (users.empty())
        return std::optional<model::User>();
    return std::optional<model::User>(std::move(users.front()));
}

core::Result<std::vector<model::User>> all_users(Database& db) {
    auto query = TRY(db.prepare("SELECT id, name, role FROM users ORDER BY name"));
    return read_users(query, db);
}

core::Result<std::string> find_password_hash(Database& db, std::string_view name) {
    auto query = TRY(db.prepare("SELECT password_hash FROM users WHERE name = ?"));
    query.bind(1, name);
    if (!TRY(query.step()))
        return std::string();
    return std::string(query.text(0));
}

}  // namespace rightstrack::store::sqlite
