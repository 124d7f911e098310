// The analysis of each distinct word an Analyzer has seen, keyed by the word's raw bytes: real
// text repeats a small vocabulary, so after a warm-up nearly every word is one lookup here
// instead of ICU normalisation and stemming. Open addressing over a power-of-two table with
// the hash kept beside each slot, because this lookup is the analyzer's innermost loop.
// Not thread-safe; references it returns are valid until the next insert() or clear().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::index {

struct WordAnalysis {
    std::string word;    // As it stands in the text.
    std::string folded;  // Case and diacritics folded.
    std::string term;    // Folded and stemmed: what it is indexed under.
};

class TermCache {
public:
    const WordAnalysis* find(std::string_view word) const;
    // Adds an analysis of a word that find() did not have.
    const WordAnalysis& insert(WordAnalysis analysis);
    size_t size() const { return entries_.size(); }
    void clear();

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t entry = 0;  // Index in entries_ plus one; 0 for an empty slot.
    };
    void grow();

    std::vector<WordAnalysis> entries_;
    std::vector<Slot> slots_;
};

}  // namespace rightstrack::index
