// Joins the wrapped lines of a paragraph, deciding for each hyphen at a line end whether it
// belongs to the word ("self-determination", "decision-making") or only broke it ("recom-"
// "mendation"), from what the document itself writes. A Vocabulary is built by one thread, then
// read-only: append_line() may be called from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace rightstrack::ingest {

// The words of a document, lower-cased, with their inner hyphens and also the parts of hyphenated
// words apart, and whether the document is hyphenated automatically.
class Vocabulary {
public:
    // Adds the lines in reading order. The halves of a word broken at a line end are left out of
    // the words, since they would vouch for themselves.
    void add_line(std::string_view line);
    // Decides, once all lines are in, whether the document is hyphenated: many lines end with a
    // hyphen (3% or more), or of three or more broken words at least 40% are written whole
    // elsewhere in it. UN documents are not: their line-end hyphens join compounds.
    void settle();

    bool knows(const std::string& word) const { return words_.contains(word); }
    bool hyphenated() const { return hyphenated_; }
    // Whether the document is long enough to tell (300 lines, some ten pages) and is not
    // hyphenated: then a hyphen at a line end is the word's own, whatever its halves. Across
    // the 192 first-cycle UPR reports, every line-end hyphen between two halves the document
    // did not otherwise write ("decision-" "making", "far-" "reaching") was a compound's.
    bool plain() const { return plain_; }

private:
    std::unordered_set<std::string> words_;
    std::vector<std::pair<std::string, std::string>> breaks_;  // Lower-cased halves.
    std::string broken_head_;  // The first half of the word broken at the last line's end.
    size_t lines_ = 0;
    bool hyphenated_ = false;
    bool plain_ = false;
};

// Appends the next line of a paragraph to `text`. A soft hyphen at the end always joins the word
// halves. A hyphen that ends a word is kept, without a space, when the next line starts with a
// capital ("Non-" "Governmental") or a digit, or when the first half already holds a hyphen
// ("mother-to-"); else as the document writes the word when it writes it only one way
// ("report" or "co-operation"); else when the first half is a common prefix ("self-", "non-",
// "co-", "anti-", "ex-", "re-", ...). Past that, a hyphenated document drops it, a plain one
// keeps it; another keeps it when either half is a word of the document ("decision-" "making"),
// and drops it between two fragments ("recom-" "mendation"). A hyphen before "and" or "or" is
// suspended ("small-" "and medium-sized"): it stays, and so does the space. Lines are otherwise
// joined with one space, except after a slash or a number range's dash ("2008-" "2010").
void append_line(std::string& text, std::string_view next, const Vocabulary& vocabulary);

}  // namespace rightstrack::ingest
