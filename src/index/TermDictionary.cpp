#include "index/TermDictionary.h"

namespace rightstrack::index {

TermId TermDictionary::intern(std::string_view term) {
    bool added;
    TermId id = ids_.intern(term, added);
    if (added)
        sorted_.emplace(ids_.text(id), id);
    return id;
}

std::optional<TermId> TermDictionary::find(std::string_view term) const {
    return ids_.find(term);
}

PrefixTerms TermDictionary::with_prefix(std::string_view prefix, std::size_t cap) const {
    PrefixTerms out;
    for (auto it = sorted_.lower_bound(prefix); it != sorted_.end(); ++it) {
        if (!it->first.starts_with(prefix))
            break;
        if (out.terms.size() == cap) {
            out.capped = true;
            break;
        }
        out.terms.push_back(it->second);
    }
    return out;
}

std::size_t TermDictionary::memory_bytes() const {
    // A tree node per term as libstdc++ lays it out: colour, three pointers, key and value.
    constexpr std::size_t kTreeNode = 32 + sizeof(std::string_view) + sizeof(TermId) + 4;
    return sizeof(*this) - sizeof(ids_) + ids_.memory_bytes() + sorted_.size() * kTreeNode;
}

}  // namespace rightstrack::index
