#include "report/JsonWriter.h"

#include <charconv>
#include <cmath>

#include "core/Text.h"

namespace rightstrack::report {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Appends well-formed UTF-8 `text` escaped: quotes, backslashes and control characters; the
// rest as it is.
void append_escaped(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::size_t plain = 0;  // Start of the run not yet appended.
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text, plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    out.append(text, plain);
}

template <typename Integer>
void append_digits(std::string& out, Integer number) {
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, number).ptr);
}

}  // namespace

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    quoted(name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    separate();
    quoted(text);
    return *this;
}

JsonWriter& JsonWriter::value(bool truth) {
    separate();
    out_ += truth ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    separate();
    if (!std::isfinite(number)) {
        out_ += "null";
        return *this;
    }
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    const std::string_view written(digits, end - digits);
    out_ += written;
    if (written.find_first_of(".e") == std::string_view::npos)
        out_ += ".0";  // Read back as a number with a fraction, as it was.
    return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
    separate();
    append_digits(out_, number);
    return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t number) {
    separate();
    append_digits(out_, number);
    return *this;
}

std::string JsonWriter::take() {
    std::string written = std::move(out_);
    out_.clear();
    has_members_.clear();
    after_key_ = false;
    return written;
}

JsonWriter& JsonWriter::open(char bracket) {
    separate();
    out_ += bracket;
    has_members_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    out_ += bracket;
    has_members_.pop_back();
    return *this;
}

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_members_.empty())
        return;
    if (has_members_.back())
        out_ += ',';
    has_members_.back() = true;
}

void JsonWriter::quoted(std::string_view text) {
    out_ += '"';
    while (!text.empty()) {
        const std::size_t bad = core::find_invalid_utf8(text);
        append_escaped(out_, text.substr(0, bad));
        if (bad == std::string_view::npos)
            break;
        out_ += kReplacement;
        text.remove_prefix(bad + 1);
    }
    out_ += '"';
}

}  // namespace rightstrack::report
