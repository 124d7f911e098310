#include "index/TermDictionary.h"

namespace rightstrack::index {

TermId TermDictionary::intern(std::string_view term) {
    if (auto found = ids_.find(term); found != ids_.end())
        return found->second;
    auto id = static_cast<TermId>(terms_.size());
    auto [entry, inserted] = ids_.emplace(std::string(term), id);
    sorted_.emplace(entry->first, id);
    terms_.push_back(&entry->first);
    return id;
}

std::optional<TermId> TermDictionary::find(std::string_view term) const {
    if (auto found = ids_.find(term); found != ids_.end())
        return found->second;
    return std::nullopt;
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
    // Per term: its string (with its heap buffer when longer than the small-string buffer), a
    // hash node, a tree node, and a pointer; node sizes as libstdc++ lays them out.
    std::size_t bytes = sizeof(*this) + ids_.bucket_count() * sizeof(void*) +
                        terms_.capacity() * sizeof(const std::string*);
    for (const std::string* term : terms_)
        bytes += 16 + sizeof(std::string) + sizeof(TermId) + 8  // hash node
                 + 32 + sizeof(std::string_view) + sizeof(TermId) + 4  // tree node
                 + (term->size() > 15 ? term->capacity() + 1 : 0);
    return bytes;
}

}  // namespace rightstrack::index
