#include "index/Query.h"

#include <cassert>

namespace rightstrack::index {
namespace {

// A filter value as the parser would read it back: bare when it is one run of plain
// characters, otherwise quoted with '"' and '\' escaped.
std::string quoted_if_needed(const std::string& value) {
    bool plain = !value.empty();
    for (char c : value)
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '"' ||
            c == '\\')
            plain = false;
    if (plain)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

void append(std::string& out, const Query& query);

void append_list(std::string& out, const char* name, const std::vector<Query>& children) {
    out += '(';
    out += name;
    for (const auto& child : children) {
        out += ' ';
        append(out, child);
    }
    out += ')';
}

// Recursion is bounded by the parser's depth limit.
void append(std::string& out, const Query& query) {
    if (auto* term = query.as<Term>()) {
        out += term->word;
        if (term->prefix)
            out += '*';
    } else if (auto* phrase = query.as<Phrase>()) {
        out += '"';
        for (size_t i = 0; i < phrase->words.size(); ++i) out += (i ? " " : "") + phrase->words[i];
        out += '"';
    } else if (auto* filter = query.as<Filter>()) {
        out += filter->field + ':' + quoted_if_needed(filter->value);
    } else if (auto* all = query.as<And>()) {
        append_list(out, "and", all->children);
    } else if (auto* any = query.as<Or>()) {
        append_list(out, "or", any->children);
    } else if (auto* negation = query.as<Not>()) {
        out += "(not ";
        append(out, negation->operand());
        out += ')';
    }
}

// Moves `children` into one list, taking the children of those that are themselves a `Group`.
template <typename Group>
Query make_group(std::vector<Query> children) {
    assert(!children.empty());
    if (children.size() == 1)
        return std::move(children.front());
    size_t begin = children.front().begin;
    size_t end = children.back().end;
    Group group;
    for (auto& child : children) {
        if (auto* same = std::get_if<Group>(&child.node))
            for (auto& grandchild : same->children) group.children.push_back(std::move(grandchild));
        else
            group.children.push_back(std::move(child));
    }
    return {std::move(group), begin, end};
}

}  // namespace

Not::Not(Query operand) : operand_(std::make_unique<Query>(std::move(operand))) {}
Not::Not(const Not& other) : operand_(std::make_unique<Query>(*other.operand_)) {}
Not& Not::operator=(const Not& other) {
    if (this != &other)
        operand_ = std::make_unique<Query>(*other.operand_);
    return *this;
}
Not::~Not() = default;

std::string to_string(const Query& query) {
    std::string out;
    append(out, query);
    return out;
}

Query make_and(std::vector<Query> children) {
    return make_group<And>(std::move(children));
}

Query make_or(std::vector<Query> children) {
    return make_group<Or>(std::move(children));
}

Query make_not(Query operand, std::size_t begin) {
    size_t end = operand.end;
    if (auto* negation = operand.as<Not>()) {
        Query inner = negation->operand();
        return inner;
    }
    return {Not(std::move(operand)), begin, end};
}

}  // namespace rightstrack::index
