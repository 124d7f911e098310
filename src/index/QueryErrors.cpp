#include "index/QueryErrors.h"

#include "core/Text.h"

namespace rightstrack::index {
namespace {

constexpr std::string_view kPlace = "query:1:";

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

std::size_t column_of(std::string_view query, std::size_t offset) {
    if (offset > query.size())
        offset = query.size();
    while (offset > 0 && offset < query.size() && is_continuation(query[offset])) --offset;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i)
        if (!is_continuation(query[i]))
            ++column;
    return column;
}

core::Error query_error(std::string message, std::size_t column) {
    return core::Error::invalid_input(std::move(message),
                                      std::string(kPlace) + std::to_string(column));
}

core::Error query_error_at(std::string_view query, std::size_t offset, std::string_view subject,
                           std::string_view predicate) {
    std::size_t column = column_of(query, offset);
    std::string message = std::string(subject) + " at column " + std::to_string(column);
    if (!predicate.empty())
        message += ' ' + std::string(predicate);
    return query_error(std::move(message), column);
}

std::optional<std::size_t> error_column(const core::Error& error) {
    std::string_view where = error.where();
    if (where.substr(0, kPlace.size()) != kPlace)
        return std::nullopt;
    auto column = core::parse_int(where.substr(kPlace.size()));
    if (!column || *column < 1)
        return std::nullopt;
    return static_cast<std::size_t>(*column);
}

std::string point_at(std::string_view query, std::size_t column) {
    std::string out;
    out.reserve(query.size() + column + 2);
    for (char c : query) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
    out += '\n';
    out.append(column > 1 ? column - 1 : 0, ' ');
    out += '^';
    return out;
}

}  // namespace rightstrack::index
