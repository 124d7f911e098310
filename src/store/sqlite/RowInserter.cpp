#include "store/sqlite/RowInserter.h"

namespace rightstrack::store::sqlite {

RowInserter::RowInserter(Database& db, std::string target, int width)
    : db_(db), target_(std::move(target)), width_(width), statements_(kMaxRows) {
    pending_.reserve(kMaxRows * static_cast<size_t>(width));
}

core::Result<Statement*> RowInserter::statement_for(size_t rows) {
    auto& cached = statements_[rows - 1];
    if (!cached) {
        std::string row = "(?";
        for (int i = 1; i < width_; ++i)
            row += ", ?";
        row += ")";
        std::string sql = "INSERT INTO " + target_ + " VALUES " + row;
        for (size_t i = 1; i < rows; ++i)
            sql += ", " + row;
        cached.emplace(TRY(db_.prepare(sql)));
    }
    return &*cached;
}

core::Status RowInserter::add(std::initializer_list<Value> row) {
    if (row.size() != static_cast<size_t>(width_))
        return core::Error::internal("row of " + std::to_string(row.size()) + " values for " +
                                     target_);
    pending_.insert(pending_.end(), row.begin(), row.end());
    if (pending_.size() >= kMaxRows * static_cast<size_t>(width_))
        return flush();
    return {};
}

core::Status RowInserter::flush() {
    if (pending_.empty())
        return {};
    Statement* statement = TRY(statement_for(pending_.size() / static_cast<size_t>(width_)));
    for (size_t i = 0; i < pending_.size(); ++i) {
        int parameter = static_cast<int>(i) + 1;
        if (const auto* number = std::get_if<int64_t>(&pending_[i]))
            statement->bind(parameter, *number);
        else
            statement->bind_view(parameter, std::get<std::string>(pending_[i]));
    }
    auto inserted = statement->run();
    pending_.clear();
    return inserted;
}

}  // namespace rightstrack::store::sqlite
