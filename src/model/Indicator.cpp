#include "model/Indicator.h"

#include <array>
#include <utility>

namespace rightstrack::model {
namespace {

constexpr std::array<std::pair<Dimension, std::string_view>, 3> kDimensions = {{
    {Dimension::Sex, "sex"},
    {Dimension::Region, "region"},
    {Dimension::Age, "age"},
}};

}  // namespace

std::string_view dimension_code(Dimension dimension) {
    for (const auto& [value, code] : kDimensions)
        if (value == dimension)
            return code;
    return "sex";
}

std::optional<Dimension> parse_dimension(std::string_view text) {
    for (const auto& [value, code] : kDimensions)
        if (code == text)
            return value;
    return std::nullopt;
}

}  // namespace rightstrack::model
