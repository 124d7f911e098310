// The text a learner sees: a recommendation's words as the English analyzer gives them (folded
// and stemmed, so "ratify" and "ratification" meet), joined by spaces, which is the input
// fastText expects. Not thread-safe (it holds an Analyzer and its cache); one per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/Analyzer.h"

namespace rightstrack::classify {

class TrainingText {
public:
    TrainingText();

    // "Ratify the Optional Protocol;" -> "ratifi the option protocol".
    std::string normalise(std::string_view text) const;

    // The first `count` words, folded but not stemmed ("continue and strengthen"): the
    // leading verb rule keys on the words as written, since stems merge verbs with nouns. A
    // clause before the verb ("In line with its Constitution, continue ...") is passed over up
    // to its comma, since the category follows the verb (UPR Info's methodology).
    std::vector<std::string> leading_words(std::string_view text, size_t count) const;

private:
    // The first of tokens_ after an opening clause ("In line with X, continue": "continue").
    size_t first_word_of_action(std::string_view text) const;

    index::Analyzer analyzer_;
    mutable std::vector<index::Token> tokens_;
};

}  // namespace rightstrack::classify
