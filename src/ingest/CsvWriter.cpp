#include "ingest/CsvWriter.h"

namespace rightstrack::ingest {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

bool needs_quotes(std::string_view field) {
    if (field.empty())
        return false;
    return field.find_first_of(",\"\r\n") != std::string_view::npos || is_space(field.front()) ||
           is_space(field.back());
}

}  // namespace

void append_csv_field(std::string& out, std::string_view field) {
    if (!needs_quotes(field)) {
        out += field;
        return;
    }
    out += '"';
    for (size_t quote; (quote = field.find('"')) != std::string_view::npos;) {
        out.append(field.substr(0, quote + 1));
        out += '"';
        field.remove_prefix(quote + 1);
    }
    out += field;
    out += '"';
}

void append_csv_row(std::string& out, std::span<const std::string> fields) {
    if (fields.size() == 1 && fields[0].empty()) {
        out += "\"\"\n";
        return;
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        append_csv_field(out, fields[i]);
    }
    out += '\n';
}

}  // namespace rightstrack::ingest
