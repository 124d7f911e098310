// Splits a query string into the tokens QueryParser reads: operators, parentheses, and leaves
// that are already small trees (a word, a prefix, a phrase, a field filter with its values).
// One token at a time, so that the first error in the query is the one reported. Not
// thread-safe: one lexer per parse.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "index/Query.h"

namespace rightstrack::index {

enum class TokenKind { Leaf, LeftParen, RightParen, And, Or, Not, Minus, End };

struct QueryToken {
    TokenKind kind = TokenKind::End;
    std::size_t begin = 0;  // Byte offsets in the query.
    std::size_t end = 0;
    Query leaf;             // Leaf only: a Term, Phrase, Filter or an Or of Filters.
    std::size_t terms = 0;  // Leaf only: its words or values, counted against the limit.
};

class QueryLexer {
public:
    // `query` must be valid UTF-8 and, like `fields` (lower-case names), outlive the lexer.
    QueryLexer(std::string_view query, const std::vector<std::string>& fields)
        : query_(query), fields_(fields) {}

    // The next token; End (at the query's size) once the query is used up.
    core::Result<QueryToken> next();

private:
    void skip_separators();
    bool minus_at(std::size_t at) const;
    core::Result<QueryToken> word();
    core::Result<QueryToken> phrase();
    core::Result<QueryToken> filter(const std::string& field, std::size_t begin);
    core::Result<Query> value_list(const std::string& field, std::size_t begin);
    core::Result<Query> filter_value(const std::string& field);
    core::Result<std::string> quoted_text();
    std::size_t bare_value_end(std::size_t at) const;
    bool is_known_field(const std::string& name) const;
    core::Error unknown_field(std::string_view name, std::size_t at) const;
    core::Error error(std::size_t at, std::string_view subject, std::string_view predicate) const;

    std::string_view query_;
    const std::vector<std::string>& fields_;
    std::size_t at_ = 0;
};

}  // namespace rightstrack::index
