// The analysis of each distinct word an Analyzer has seen, keyed by the word's raw bytes: real
// text repeats a small vocabulary, so after a warm-up nearly every word is one lookup here
// instead of ICU normalisation and stemming. Not thread-safe; references it returns are valid
// until the next insert() or clear().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/StringIds.h"

namespace rightstrack::index {

struct WordAnalysis {
    std::string folded;  // Case and diacritics folded.
    std::string term;    // Folded and stemmed: what it is indexed under.
};

class TermCache {
public:
    const WordAnalysis* find(std::string_view word) const;
    // Adds the analysis of a word that find() did not have.
    const WordAnalysis& insert(std::string_view word, WordAnalysis analysis);
    std::size_t size() const { return analyses_.size(); }
    void clear();

private:
    core::StringIds words_;
    std::vector<WordAnalysis> analyses_;  // By the word's id.
};

}  // namespace rightstrack::index
