// The text analysis of one field language: a text becomes the terms it is indexed under.
// Words are found by ICU's word rules (WordSegmenter), folded for case and diacritics
// (WordFolding), and stemmed where the language has a Snowball stemmer (Stemmer: English and
// Russian); every other language, Kyrgyz included, is folded only. Queries must go through the
// same analyzer as the field they search, or their terms will not meet.
//
// Each analyzer caches the term of every distinct word it has seen, which makes analysis of
// real text mostly hash lookups, and remembers every distinct folded word with its term, for
// prefix queries. Not thread-safe, although analyze() is const: it updates both and uses the
// ICU iterator and the stemmer. Give each thread its own copy.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "index/Stemmer.h"
#include "index/TermCache.h"
#include "index/Token.h"
#include "index/WordSegmenter.h"

namespace rightstrack::index {

class Analyzer {
public:
    // The analyzer for a BCP 47 language tag ("en", "en-GB", "ru", "ky"); any language without a
    // stemmer, or an empty or unknown tag, gets folding without stemming.
    static Analyzer for_language(std::string_view bcp47);

    // The primary language subtag ("en") and whether its words are stemmed.
    const std::string& language() const { return language_; }
    bool stems() const { return stemmer_.has_value(); }

    // The words of `utf8` with positions from 0 and byte offsets into `utf8`. Words are what ICU
    // calls words with letters or digits: "non-discrimination" is two ("non", "discrimination"),
    // "State's" one ("state"), "76.12" and "2030" one each, kept as they are. Invalid UTF-8
    // separates words and is never a word. Texts are analysed up to their first 2 GiB.
    std::vector<Token> analyze(std::string_view utf8) const;
    // The same, appended to `out` (which is not cleared) so that a caller can reuse one buffer.
    void analyze(std::string_view utf8, std::vector<Token>& out) const;

    // The term one word is indexed under, as analyze() gives it for that word in a text. `word`
    // is taken whole, without segmenting it: split a text with analyze() and use this for
    // single words only.
    std::string analyze_term(std::string_view word) const;

    // The folded, unstemmed form of a word.
    std::string fold(std::string_view word) const;

    // What a prefix query matches: the terms of the words seen so far (in every text analysed)
    // whose folded form starts with fold(prefix), the first `cap` such words alphabetically.
    // Words, not terms, because a stem is a truncated word that what a user types need not be
    // a prefix of: "discriminat*" is a prefix of "discrimination", not of its stem "discrimin".
    // So "torturing*" also finds "torture", which shares the term: the price of stemming.
    struct PrefixTerms {
        std::vector<std::string> terms;  // Each once, in the order their words come.
        bool capped = false;             // More words had the prefix than `cap`.
    };
    PrefixTerms terms_of_prefix(std::string_view prefix, std::size_t cap) const;

private:
    // Distinct words are few in real text (tens of thousands); a text of nothing but distinct
    // words empties the cache when it reaches this size instead of growing without bound.
    static constexpr size_t kMaxCachedWords = 1 << 18;

    explicit Analyzer(std::string language, std::optional<Stemmer> stemmer);
    const WordAnalysis& analysis(std::string_view word) const;

    std::string language_;
    mutable std::optional<Stemmer> stemmer_;
    mutable WordSegmenter segmenter_;
    mutable TermCache cache_;
    // Every folded word seen, with its term; unlike the cache, never emptied.
    mutable std::map<std::string, std::string, std::less<>> words_;
};

}  // namespace rightstrack::index
