// Reads RFC 4180 CSV from UTF-8 text one row at a time, locating every error at file:line:column.
// A CsvReader is a cursor over text it does not own (keep the text alive while reading) and is
// not thread-safe; the free functions are pure.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"

namespace rightstrack::ingest {

struct CsvRow {
    std::vector<std::string> fields;
    size_t line = 0;  // 1-based line where the row starts.
};

// Fields are separated by commas; a field in double quotes may hold commas, line breaks and
// doubled quotes (""). Lines end with CRLF, LF, or a lone CR (classic Mac files); a final line
// may lack its line end. Empty lines are skipped wherever they are, so a row always has at least
// one field. A leading UTF-8 byte order mark is skipped. Field counts are not checked here: see
// check_field_count().
class CsvReader {
public:
    // `first_line` is the line number of the text's first line, for reading a slice of a file.
    CsvReader(std::string_view utf8_text, std::string file_name, size_t first_line = 1);

    // The next row, or std::nullopt at the end. Errors (a quote that is never closed, a stray
    // quote inside an unquoted field, text after a closing quote) are located at
    // "file:line:column", the column counted in characters; after one, every call returns it.
    core::Result<std::optional<CsvRow>> next();

    // Like next(), but reads into `row`, reusing the capacity of its vector and strings, which
    // is what large files want. Returns false at the end.
    core::Result<bool> next(CsvRow& row);

    const std::string& file_name() const { return file_name_; }

    // Line breaks left to read: an upper bound on the rows to come, for reserving memory.
    size_t remaining_lines() const;
    // The text not read yet, and the line it starts on.
    std::string_view remaining_text() const { return text_.substr(pos_); }
    size_t line() const { return line_; }

private:
    core::Result<bool> read_field(std::string& field);
    core::Result<bool> read_quoted_field(std::string& field);
    core::Result<bool> end_field();
    void skip_line_end();
    void count_lines(size_t begin, size_t end);
    core::Error fail(size_t offset, size_t line, const std::string& message);

    std::string_view text_;
    std::string file_name_;
    size_t pos_ = 0;
    size_t line_ = 1;
    size_t last_field_count_ = 0;
    std::optional<core::Error> error_;
};

// A run of whole rows of a CSV text, and the line number it starts on.
struct CsvSlice {
    std::string_view text;
    size_t first_line = 1;
};

// Cuts `text` into at most `parts` slices of about equal size, each cut at a line break that
// ends a row: one preceded by an even number of double quotes, so not inside a quoted field.
// Lets large files be parsed on several threads.
std::vector<CsvSlice> split_rows(std::string_view text, size_t first_line, size_t parts);

// Index of each of `names` in `header` (cells compared after trimming spaces), in the order of
// `names`. The error names every missing column, and any that appears twice; where = file:line
// of the header.
core::Result<std::vector<size_t>> require_columns(const CsvRow& header,
                                                  std::span<const std::string_view> names,
                                                  const std::string& file_name);

// The ragged-row check: an error "row has N fields, the header has M" at file:line of `row`
// when its field count differs from `header_fields`.
core::Status check_field_count(const CsvRow& row, size_t header_fields,
                               const std::string& file_name);

}  // namespace rightstrack::ingest
