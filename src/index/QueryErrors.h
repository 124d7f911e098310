// Where a malformed query went wrong, for people: columns count characters from 1 (a Cyrillic
// letter is one column, not two bytes), and an error can be shown with a caret under its
// column. Query errors are located as "query:1:COLUMN". Pure functions: thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/Error.h"

namespace rightstrack::index {

// The 1-based column of the character that holds byte `offset` of `query` (one past the last
// character when `offset` is the query's size). Invalid UTF-8 counts a byte per character.
std::size_t column_of(std::string_view query, std::size_t offset);

// An invalid-input error about the query, located at `column`. The message names the column
// itself ("unclosed quote opened at column 12") so that it reads well without the caret.
core::Error query_error(std::string message, std::size_t column);
// The same for the character at byte `offset` of `query`, worded "SUBJECT at column N PREDICATE":
// query_error_at(q, 8, "')'", "has no matching '('").
core::Error query_error_at(std::string_view query, std::size_t offset, std::string_view subject,
                           std::string_view predicate);

// The column a query error points at, read back from its location; nullopt for other errors.
std::optional<std::size_t> error_column(const core::Error& error);

// The query on one line (tabs, line breaks and other control characters shown as spaces) and a
// caret under `column`:
//     torture "freedom of
//             ^
std::string point_at(std::string_view query, std::size_t column);

}  // namespace rightstrack::index
