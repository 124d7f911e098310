// The search query language: from what a user types to a Query tree, or an error that names the
// problem and its column. Grammar, loosest binding first:
//     query   = or
//     or      = and { "OR" and }
//     and     = unary { ["AND"] unary }          adjacent terms are ANDed
//     unary   = ("NOT" | "-") unary | primary    "-" only right before a word, quote or "("
//     primary = "(" or ")" | word ["*"] | phrase | field ":" value
//     phrase  = '"' text '"'                     also “…”, „…“, «…»; "\" escapes a character
//     value   = bare | phrase-quoted text | "(" value { "OR" value } ")"
// AND, OR and NOT are keywords in capitals only. A field must be one of those the parser was
// given (matched ignoring case); a word like a field name followed by ':' and a value is an
// error when the field is unknown, while "word: text" with a space is just prose. Work is
// bounded by QueryLimits. Thread-safe: parse() is const.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "index/Query.h"
#include "index/QueryLimits.h"

namespace rightstrack::index {

class QueryParser {
public:
    // `fields`: the filter fields the index has (export column names: "state_under_review",
    // "response", "issues", ...), in the order an error should list them.
    explicit QueryParser(std::vector<std::string> fields, QueryLimits limits = {});

    // The normalised tree of `query`, or an invalid-input error located "query:1:COLUMN"
    // (see QueryErrors.h to show it with a caret).
    core::Result<Query> parse(std::string_view query) const;

    const std::vector<std::string>& fields() const { return fields_; }

private:
    std::vector<std::string> fields_;
    QueryLimits limits_;
};

}  // namespace rightstrack::index
