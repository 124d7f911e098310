// Writes CSV that CsvReader (and spreadsheet programs) read back exactly: fields are quoted only
// when they must be. Pure functions appending to a caller's buffer; safe from any thread.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace rightstrack::ingest {

// Appends `field`, in double quotes with its quotes doubled when it holds a comma, a quote, a CR
// or LF, or starts or ends with a space or tab (which some programs would otherwise trim).
void append_csv_field(std::string& out, std::string_view field);

// Appends the fields separated by commas and ends the row with "\n". A row of one empty field is
// written as "" so that it does not read back as an empty line, which readers skip.
void append_csv_row(std::string& out, std::span<const std::string> fields);

}  // namespace rightstrack::ingest
