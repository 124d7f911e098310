#include "index/TermDictionary.h"

namespace rightstrack::index {

TermId TermDictionary::intern(std::string_view term) {
    bool added;
    return ids_.intern(term, added);
}

std::optional<TermId> TermDictionary::find(std::string_view term) const {
    return ids_.find(term);
}

std::size_t TermDictionary::memory_bytes() const {
    return ids_.memory_bytes();
}

}  // namespace rightstrack::index
