// The syntax tree of a search query as QueryParser builds it: words, phrases and field filters
// combined by AND, OR and NOT. Words are raw, as the user typed them: the evaluator runs them
// through the field's analyzer (folding, stemming). Every node keeps the byte offsets where it was
// written, so that errors and highlighting can point back at the query. Plain value types.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace rightstrack::index {

struct Query;

// One word ("torture", "non-discrimination", "женщин"); with `prefix`, every word that starts
// with it ("tortur*").
struct Term {
    std::string word;
    bool prefix = false;
};

// Words that must follow each other ("freedom of expression"). One word in quotes stays a
// phrase: quotes ask for the word as written.
struct Phrase {
    std::vector<std::string> words;
};

// field:value, the value exactly as written (unquoted, escapes resolved); the field name in
// lower case, one of the fields the parser was given.
struct Filter {
    std::string field;
    std::string value;
};

// Two or more children, none of them an And: a normalised tree is flat.
struct And {
    std::vector<Query> children;
};

// Two or more children, none of them an Or.
struct Or {
    std::vector<Query> children;
};

// Every document except those its operand matches, wherever it stands: a query of NOT alone
// ("NOT torture", "-torture") matches all documents but those. Its operand is never a Not.
struct Not {
    explicit Not(Query operand);
    Not(const Not& other);
    Not(Not&&) noexcept = default;
    Not& operator=(const Not& other);
    Not& operator=(Not&&) noexcept = default;
    ~Not();

    const Query& operand() const { return *operand_; }

private:
    std::unique_ptr<Query> operand_;  // Null only once moved from; a pointer because Query nests.
};

struct Query {
    std::variant<Term, Phrase, Filter, And, Or, Not> node;
    // Byte offsets in the query string of what this node was written as: a group in
    // parentheses spans its parentheses, a filter its "field:value", and each value of
    // "field:(a OR b)" only itself, the Or around them the whole.
    std::size_t begin = 0;
    std::size_t end = 0;

    template <typename T>
    const T* as() const {
        return std::get_if<T>(&node);
    }
    template <typename T>
    bool is() const {
        return std::holds_alternative<T>(node);
    }
};

// The canonical form tests compare: `torture`, `tortur*`, `"freedom of expression"`,
// `response:noted`, `issues:"Women's rights"`, `(and a b)`, `(or a b)`, `(not a)`.
std::string to_string(const Query& query);

// Builders that keep a tree normalised: children of the same kind are merged into their parent,
// a single child stands for itself, and NOT of a NOT is its operand. The result spans from the
// first child's begin to the last child's end.
Query make_and(std::vector<Query> children);
Query make_or(std::vector<Query> children);
// NOT written at `begin`; the result spans from there to the operand's end.
Query make_not(Query operand, std::size_t begin);

}  // namespace rightstrack::index
