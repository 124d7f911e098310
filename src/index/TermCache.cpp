#include "index/TermCache.h"

#include <cassert>
#include <utility>

namespace rightstrack::index {

const WordAnalysis* TermCache::find(std::string_view word) const {
    auto id = words_.find(word);
    return id ? &analyses_[*id] : nullptr;
}

const WordAnalysis& TermCache::insert(std::string_view word, WordAnalysis analysis) {
    bool added;
    [[maybe_unused]] auto id = words_.intern(word, added);
    assert(added && id == analyses_.size());
    analyses_.push_back(std::move(analysis));
    return analyses_.back();
}

void TermCache::clear() {
    words_.clear();
    analyses_.clear();
}

}  // namespace rightstrack::index
