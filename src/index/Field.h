// The text fields a document is indexed under, and how much a match in each weighs in BM25F.
// A small closed set: the recommendation's own text, and the names of its labels (issues,
// themes, ...), which say what it is about in fewer words and so count for more per word.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace rightstrack::index {

enum class Field : std::uint8_t { Text, Labels };

inline constexpr std::size_t kFieldCount = 2;
inline constexpr std::array<Field, kFieldCount> kFields = {Field::Text, Field::Labels};

constexpr std::size_t field_index(Field field) { return static_cast<std::size_t>(field); }

// "text", "labels": the names a query's field:word form would use.
std::string_view field_name(Field field);
std::optional<Field> parse_field(std::string_view name);

// BM25F weights: a term's frequency in a field is multiplied by the field's weight before the
// frequencies of all fields are summed and saturated.
struct FieldWeights {
    std::array<double, kFieldCount> weight = {1.0, 2.0};
    double operator[](Field field) const { return weight[field_index(field)]; }
};

}  // namespace rightstrack::index
