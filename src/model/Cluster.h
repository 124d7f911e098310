// A cluster: recommendations from different mechanisms and cycles that ask for the same thing,
// so that one action can answer them all. Plain value type; no I/O.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rightstrack::model {

struct Cluster {
    int64_t id = 0;  // Assigned by the store.
    std::string title;
    std::string description;
    std::vector<std::string> recommendations;  // Recommendation ids, sorted, unique.
    bool operator==(const Cluster&) const = default;
};

}  // namespace rightstrack::model
