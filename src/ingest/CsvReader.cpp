#include "ingest/CsvReader.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace rightstrack::ingest {
namespace {

// Bytes that end an unquoted field or are not allowed in one.
constexpr std::array<bool, 256> make_special_bytes() {
    std::array<bool, 256> special{};
    special[','] = special['"'] = special['\n'] = special['\r'] = true;
    return special;
}
constexpr std::array<bool, 256> kSpecial = make_special_bytes();

bool is_line_end(char c) { return c == '\n' || c == '\r'; }

// 1-based column of `offset` in characters (not bytes), so that it matches what editors show.
size_t column_of(std::string_view text, size_t offset) {
    size_t start = offset;
    while (start > 0 && !is_line_end(text[start - 1]))
        --start;
    size_t column = 1;
    for (size_t i = start; i < offset; ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return column;
}

std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string quoted_list(const std::vector<std::string_view>& names) {
    std::string list;
    for (std::string_view name : names) {
        list += list.empty() ? "\"" : ", \"";
        list += name;
        list += '"';
    }
    return list;
}

}  // namespace

CsvReader::CsvReader(std::string_view utf8_text, std::string file_name, size_t first_line)
    : text_(utf8_text), file_name_(std::move(file_name)), line_(first_line) {
    if (text_.starts_with("\xEF\xBB\xBF"))
        pos_ = 3;
}

core::Result<std::optional<CsvRow>> CsvReader::next() {
    CsvRow row;
    row.fields.reserve(last_field_count_);
    if (!TRY(next(row)))
        return std::optional<CsvRow>();
    return std::optional<CsvRow>(std::move(row));
}

core::Result<bool> CsvReader::next(CsvRow& row) {
    if (error_)
        return *error_;
    while (pos_ < text_.size() && is_line_end(text_[pos_]))
        skip_line_end();
    if (pos_ >= text_.size())
        return false;
    row.line = line_;
    size_t count = 0;
    bool more = true;
    while (more) {
        if (count == row.fields.size())
            row.fields.emplace_back();
        more = TRY(read_field(row.fields[count++]));
    }
    row.fields.resize(count);
    last_field_count_ = count;
    return true;
}

// Reads the field at pos_ and what ends it; true when a comma says the row goes on.
core::Result<bool> CsvReader::read_field(std::string& field) {
    if (pos_ < text_.size() && text_[pos_] == '"')
        return read_quoted_field(field);
    size_t end = pos_;
    while (end < text_.size() && !kSpecial[static_cast<unsigned char>(text_[end])])
        ++end;
    field.assign(text_.data() + pos_, end - pos_);
    if (end < text_.size() && text_[end] == '"')
        return fail(end, line_,
                    "a quote inside an unquoted field; a field that contains quotes must be "
                    "enclosed in quotes, with each of its quotes doubled");
    pos_ = end;
    return end_field();
}

core::Result<bool> CsvReader::read_quoted_field(std::string& field) {
    const size_t open = pos_;
    const size_t open_line = line_;
    field.clear();
    size_t begin = pos_ + 1;
    while (true) {
        const void* found = std::memchr(text_.data() + begin, '"', text_.size() - begin);
        if (found == nullptr)
            return fail(open, open_line,
                        "this quoted field is never closed: the file ends before its closing "
                        "quote");
        size_t quote = static_cast<const char*>(found) - text_.data();
        field.append(text_.data() + begin, quote - begin);
        count_lines(begin, quote);
        if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
            field += '"';
            begin = quote + 2;
            continue;
        }
        pos_ = quote + 1;
        return end_field();
    }
}

core::Result<bool> CsvReader::end_field() {
    if (pos_ >= text_.size())
        return false;
    if (text_[pos_] == ',') {
        ++pos_;
        return true;
    }
    if (is_line_end(text_[pos_])) {
        skip_line_end();
        return false;
    }
    // Unquoted fields stop only at the bytes handled above, so only a quoted one gets here.
    return fail(pos_, line_,
                "text after the closing quote of a field; expected a comma or the end of the "
                "line (a quote inside a quoted field must be doubled)");
}

void CsvReader::skip_line_end() {
    if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n')
        ++pos_;
    ++pos_;
    ++line_;
}

// Keeps line_ right across line breaks inside a quoted field, text_[begin, end).
void CsvReader::count_lines(size_t begin, size_t end) {
    const char* p = text_.data() + begin;
    size_t size = end - begin;
    if (!std::memchr(p, '\n', size) && !std::memchr(p, '\r', size))
        return;
    for (size_t i = begin; i < end; ++i) {
        bool crlf = text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n';
        line_ += is_line_end(text_[i]) && !crlf;
    }
}

core::Error CsvReader::fail(size_t offset, size_t line, const std::string& message) {
    std::string where = file_name_ + ":" + std::to_string(line) + ":" +
                        std::to_string(column_of(text_, offset));
    error_ = core::Error::invalid_input(message, where);
    return *error_;
}

core::Result<std::vector<size_t>> require_columns(const CsvRow& header,
                                                  std::span<const std::string_view> names,
                                                  const std::string& file_name) {
    std::vector<size_t> indexes;
    std::vector<std::string_view> missing, repeated;
    for (std::string_view name : names) {
        std::optional<size_t> index;
        for (size_t i = 0; i < header.fields.size(); ++i) {
            if (trim_spaces(header.fields[i]) != name)
                continue;
            if (index) {
                repeated.push_back(name);
                break;
            }
            index = i;
        }
        if (index)
            indexes.push_back(*index);
        else
            missing.push_back(name);
    }
    if (missing.empty() && repeated.empty())
        return indexes;
    std::string message;
    if (!missing.empty())
        message = (missing.size() == 1 ? "missing column " : "missing columns ") +
                  quoted_list(missing);
    if (!repeated.empty())
        message += (message.empty() ? "" : "; ") + std::string("more than one column named ") +
                   quoted_list(repeated);
    std::vector<std::string_view> present(header.fields.begin(), header.fields.end());
    message += " (the header has " + quoted_list(present) + ")";
    std::string where = file_name + ":" + std::to_string(std::max<size_t>(header.line, 1));
    return core::Error::invalid_input(message, where);
}

core::Status check_field_count(const CsvRow& row, size_t header_fields,
                               const std::string& file_name) {
    if (row.fields.size() == header_fields)
        return {};
    return core::Error::invalid_input("row has " + std::to_string(row.fields.size()) +
                                          " fields, the header has " +
                                          std::to_string(header_fields),
                                      file_name + ":" + std::to_string(row.line));
}

size_t CsvReader::remaining_lines() const {
    return static_cast<size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                          text_.end(), '\n'));
}

namespace {

// Line ends as the reader counts them: LF, CRLF, and a lone CR.
size_t count_line_ends(std::string_view text) {
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++i)
        count += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    return count;
}

}  // namespace

std::vector<CsvSlice> split_rows(std::string_view text, size_t first_line, size_t parts) {
    std::vector<CsvSlice> slices;
    size_t start = 0;
    size_t line = first_line;
    size_t quotes = 0;  // Double quotes in text[0, scanned).
    size_t scanned = 0;
    for (size_t part = 1; part < parts; ++part) {
        size_t target = text.size() * part / parts;
        if (target <= scanned)
            continue;
        quotes += static_cast<size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(scanned),
                                                 text.begin() + static_cast<std::ptrdiff_t>(target),
                                                 '"'));
        scanned = target;
        // Walk on to the first line feed outside quotes.
        for (; scanned < text.size(); ++scanned) {
            if (text[scanned] == '"')
                ++quotes;
            else if (text[scanned] == '\n' && quotes % 2 == 0)
                break;
        }
        if (scanned >= text.size())
            break;
        ++scanned;  // The cut goes after the line feed.
        std::string_view slice = text.substr(start, scanned - start);
        slices.push_back({slice, line});
        line += count_line_ends(slice);
        start = scanned;
    }
    slices.push_back({text.substr(start), line});
    return slices;
}

}  // namespace rightstrack::ingest
