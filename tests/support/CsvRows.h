// CSV files as tests read them: rows as maps from column name to value, and cells holding lists.
// Header-only because only the test binaries that link rightstrack_ingest include it.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/Text.h"
#include "ingest/CsvReader.h"

namespace rightstrack::testing {

using CsvRowMap = std::map<std::string, std::string>;  // Column name -> value.

// The rows of a CSV with a header line; a short row reads "" for its missing columns.
inline std::vector<CsvRowMap> csv_rows(const std::string& text, const std::string& name = "csv") {
    ingest::CsvReader reader(text, name);
    auto header = reader.next();
    EXPECT_TRUE(header.ok() && *header) << name;
    std::vector<CsvRowMap> rows;
    if (!header.ok() || !*header)
        return rows;
    for (auto row = reader.next(); row.ok() && *row; row = reader.next()) {
        CsvRowMap values;
        for (size_t i = 0; i < (*header)->fields.size(); ++i)
            values[(*header)->fields[i]] = i < (*row)->fields.size() ? (*row)->fields[i] : "";
        rows.push_back(std::move(values));
    }
    return rows;
}

// The non-empty items of a list cell, white space collapsed: "a; b;" -> {"a", "b"}.
inline std::vector<std::string> split_list(std::string_view text, std::string_view separator) {
    std::vector<std::string> parts;
    for (std::string_view part : core::split(text, separator))
        if (!core::trim(part).empty())
            parts.push_back(core::collapse_whitespace(part));
    return parts;
}

}  // namespace rightstrack::testing
