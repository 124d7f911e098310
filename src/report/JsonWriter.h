// Compact JSON written straight into a string, for answers written so often that building an
// nlohmann tree first costs more than it is worth: the search API spent about a seventh of its
// time allocating and walking that tree. Commas and quotes are the writer's; the caller says
// only what comes: a key, a value, an object or array opening or closing. Strings are escaped as
// JSON requires; bytes that are not UTF-8 become U+FFFD, so that the answer always parses.
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::report {

class JsonWriter {
public:
    // `capacity`: the bytes the text will about take, reserved at once.
    explicit JsonWriter(std::size_t capacity = 0) { out_.reserve(capacity); }

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }
    // The next member's name: its value follows.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
    JsonWriter& value(bool truth);
    template <std::integral Number>
    requires(!std::same_as<Number, bool>) JsonWriter& value(Number number) {
        if constexpr (std::signed_integral<Number>)
            return integer(number);
        else
            return unsigned_integer(number);
    }
    // Shortest form that reads back the same, always with a point or an exponent (1.0, not 1);
    // null for infinities and NaN, which JSON cannot spell.
    JsonWriter& value(double number);

    // The text written so far; the writer is empty after.
    std::string take();

private:
    JsonWriter& open(char bracket);
    JsonWriter& close(char bracket);
    JsonWriter& integer(std::int64_t number);
    JsonWriter& unsigned_integer(std::uint64_t number);
    // A comma before every member of an open array or object but the first; none after a key.
    void separate();
    void quoted(std::string_view text);

    std::string out_;
    std::vector<bool> has_members_;  // Per open array or object.
    bool after_key_ = false;
};

}  // namespace rightstrack::report
