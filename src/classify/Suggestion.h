// One suggested label with the model's confidence in it, from 0 to 1. Plain value type.
#pragma once

#include <string>

namespace rightstrack::classify {

struct Suggestion {
    std::string label;
    float confidence = 0;
};

}  // namespace rightstrack::classify
