#include "index/QueryParser.h"

#include <optional>

#include "core/Text.h"
#include "index/QueryErrors.h"
#include "index/QueryLexer.h"

namespace rightstrack::index {
namespace {

// An operator that has been read and still waits for its right-hand side.
struct Operator {
    TokenKind kind;
    std::size_t begin;
};

const char* operator_name(TokenKind kind) {
    switch (kind) {
    case TokenKind::And: return "AND";
    case TokenKind::Or: return "OR";
    case TokenKind::Not: return "NOT";
    case TokenKind::Minus: return "'-'";
    case TokenKind::LeftParen: return "'('";
    case TokenKind::RightParen: return "')'";
    default: return "token";
    }
}

bool starts_operand(TokenKind kind) {
    return kind == TokenKind::Leaf || kind == TokenKind::LeftParen || kind == TokenKind::Not ||
           kind == TokenKind::Minus;
}

// One parse of one query: recursive descent with one token of lookahead. Each level of
// parentheses or NOT costs a few stack frames and the depth limit bounds the levels, so no query
// can exhaust the stack; tokens are read one at a time, so an error comes as soon as it is met.
class Parse {
public:
    Parse(std::string_view query, const std::vector<std::string>& fields, const QueryLimits& limits)
        : query_(query), lexer_(query, fields), limits_(limits) {}

    core::Result<Query> run() {
        TRY(advance());
        if (token_.kind == TokenKind::End)
            return query_error("empty query", 1);
        Query query = TRY(parse_or(0));
        if (token_.kind == TokenKind::RightParen)
            return error(token_.begin, "')'", "has no matching '('");
        return query;
    }

private:
    core::Status advance() {
        token_ = TRY(lexer_.next());
        return {};
    }

    core::Result<Query> parse_or(std::size_t depth) {
        std::vector<Query> children;
        children.push_back(TRY(parse_and(depth, std::nullopt)));
        while (token_.kind == TokenKind::Or) {
            Operator op{token_.kind, token_.begin};
            TRY(advance());
            children.push_back(TRY(parse_and(depth, op)));
        }
        return make_or(std::move(children));
    }

    core::Result<Query> parse_and(std::size_t depth, std::optional<Operator> pending) {
        std::vector<Query> children;
        children.push_back(TRY(parse_unary(depth, pending)));
        while (true) {
            if (token_.kind == TokenKind::And) {
                Operator op{token_.kind, token_.begin};
                TRY(advance());
                children.push_back(TRY(parse_unary(depth, op)));
            } else if (starts_operand(token_.kind)) {
                children.push_back(TRY(parse_unary(depth, std::nullopt)));
            } else {
                break;
            }
        }
        return make_and(std::move(children));
    }

    core::Result<Query> parse_unary(std::size_t depth, std::optional<Operator> pending) {
        if (token_.kind != TokenKind::Not && token_.kind != TokenKind::Minus)
            return parse_primary(depth, pending);
        Operator op{token_.kind, token_.begin};
        TRY(deeper(depth, op));
        TRY(advance());
        Query operand = TRY(parse_unary(depth + 1, op));
        return make_not(std::move(operand), op.begin);
    }

    core::Result<Query> parse_primary(std::size_t depth, std::optional<Operator> pending) {
        if (token_.kind == TokenKind::LeftParen)
            return parse_group(depth);
        if (token_.kind != TokenKind::Leaf)
            return missing_operand(pending);
        terms_ += token_.terms;
        if (terms_ > limits_.max_terms)
            return error(token_.begin, "term",
                         "goes over the limit of " + std::to_string(limits_.max_terms) + " terms");
        Query leaf = std::move(token_.leaf);
        TRY(advance());
        return leaf;
    }

    core::Result<Query> parse_group(std::size_t depth) {
        Operator open{token_.kind, token_.begin};
        TRY(deeper(depth, open));
        TRY(advance());
        if (token_.kind == TokenKind::RightParen)
            return error(open.begin, "parentheses", "hold nothing");
        if (token_.kind != TokenKind::End) {
            Query inner = TRY(parse_or(depth + 1));
            if (token_.kind == TokenKind::RightParen) {
                inner.begin = open.begin;
                inner.end = token_.end;
                TRY(advance());
                return inner;
            }
        }
        return error(open.begin, "'('", "is never closed");
    }

    core::Status deeper(std::size_t depth, Operator op) const {
        if (depth + 1 > limits_.max_depth)
            return error(
                op.begin, operator_name(op.kind),
                "nests deeper than the limit of " + std::to_string(limits_.max_depth) + " levels");
        return {};
    }

    // The current token cannot start an operand: say what is missing where.
    core::Error missing_operand(std::optional<Operator> pending) const {
        if (pending)
            return error(pending->begin, operator_name(pending->kind),
                         "needs something on its right");
        if (token_.kind == TokenKind::RightParen)
            return error(token_.begin, "')'", "has no matching '('");
        if (token_.kind == TokenKind::End)
            return query_error("empty query", 1);
        return error(token_.begin, operator_name(token_.kind), "needs something on its left");
    }

    core::Error error(std::size_t at, std::string_view subject, std::string_view predicate) const {
        return query_error_at(query_, at, subject, predicate);
    }

    std::string_view query_;
    QueryLexer lexer_;
    const QueryLimits& limits_;
    QueryToken token_;
    std::size_t terms_ = 0;
};

}  // namespace

QueryParser::QueryParser(std::vector<std::string> fields, QueryLimits limits)
    : fields_(std::move(fields)), limits_(limits) {
    for (auto& field : fields_) field = core::ascii_lower(field);
}

core::Result<Query> QueryParser::parse(std::string_view query) const {
    if (query.size() > limits_.max_bytes) {
        std::size_t column = column_of(query, limits_.max_bytes);
        return query_error("query is " + std::to_string(query.size()) +
                               " bytes long, more than the limit of " +
                               std::to_string(limits_.max_bytes) + " bytes (reached at column " +
                               std::to_string(column) + ")",
                           column);
    }
    std::size_t invalid = core::find_invalid_utf8(query);
    if (invalid != std::string_view::npos)
        return query_error_at(query, invalid, "invalid UTF-8", "");
    return Parse(query, fields_, limits_).run();
}

}  // namespace rightstrack::index
