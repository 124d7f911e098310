#include "index/Field.h"

namespace rightstrack::index {

std::string_view field_name(Field field) {
    switch (field) {
    case Field::Text: return "text";
    case Field::Labels: return "labels";
    }
    return "?";
}

std::optional<Field> parse_field(std::string_view name) {
    for (Field field : kFields)
        if (field_name(field) == name)
            return field;
    return std::nullopt;
}

}  // namespace rightstrack::index
