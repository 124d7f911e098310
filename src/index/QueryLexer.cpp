#include "index/QueryLexer.h"

#include "core/Text.h"
#include "index/QueryCharacters.h"
#include "index/QueryErrors.h"
#include "index/QueryLimits.h"

namespace rightstrack::index {
namespace {

// How many known fields an unknown-field error lists.
constexpr std::size_t kFieldsShown = 6;

bool opens_phrase(char32_t c) {
    return !closing_quotes(c).empty();
}

// A word that can name a field: an ASCII letter, then ASCII letters, digits and underscores.
// Anything else before a ':' ("12:30", "пытки:") is text, not a filter.
bool looks_like_field(std::string_view word) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (word.empty() || !letter(word[0]))
        return false;
    for (char c : word)
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '_')
            return false;
    return true;
}

TokenKind keyword_kind(std::string_view word) {
    if (word == "AND")
        return TokenKind::And;
    if (word == "OR")
        return TokenKind::Or;
    if (word == "NOT")
        return TokenKind::Not;
    return TokenKind::Leaf;
}

// An operator, a parenthesis or the end.
QueryToken mark(TokenKind kind, std::size_t begin, std::size_t end) {
    QueryToken token;
    token.kind = kind;
    token.begin = begin;
    token.end = end;
    return token;
}

QueryToken leaf(Query query, std::size_t terms) {
    std::size_t begin = query.begin;
    std::size_t end = query.end;
    return {TokenKind::Leaf, begin, end, std::move(query), terms};
}

}  // namespace

core::Result<QueryToken> QueryLexer::next() {
    skip_separators();
    if (at_ == query_.size())
        return mark(TokenKind::End, at_, at_);
    CodePoint c = code_point_at(query_, at_);
    std::size_t begin = at_;
    if (c.value == U'(' || c.value == U')' || c.value == U'-') {
        at_ += 1;
        TokenKind kind = c.value == U'('   ? TokenKind::LeftParen
                         : c.value == U')' ? TokenKind::RightParen
                                           : TokenKind::Minus;
        return mark(kind, begin, at_);
    }
    if (c.value == U'*')
        return error(
            at_, "'*'",
            "must end a word of at least " + std::to_string(kMinPrefixLength) + " characters");
    if (opens_phrase(c.value))
        return phrase();
    return word();
}

// Moves past white space and punctuation to the start of the next token. A '-' starts one (NOT)
// only where minus_at() says so; elsewhere it is a dash between words.
void QueryLexer::skip_separators() {
    while (at_ < query_.size()) {
        CodePoint c = code_point_at(query_, at_);
        if (is_word_char(c.value) || opens_phrase(c.value) || c.value == U'(' || c.value == U')' ||
            c.value == U'*' || (c.value == U'-' && minus_at(at_)))
            return;
        at_ += c.length;
    }
}

// A '-' means NOT when it starts a word, a phrase or a group: not after a letter (so that
// "non-discrimination" stays one word and "non- discrimination" two) and not before a space.
bool QueryLexer::minus_at(std::size_t at) const {
    if (is_word_char(code_point_before(query_, at)) || at + 1 >= query_.size())
        return false;
    char32_t next = code_point_at(query_, at + 1).value;
    return is_word_char(next) || opens_phrase(next) || next == U'(';
}

core::Result<QueryToken> QueryLexer::word() {
    std::size_t begin = at_;
    std::size_t end = word_end(query_, begin);
    std::string_view text = query_.substr(begin, end - begin);
    at_ = end;
    if (end < query_.size() && query_[end] == '*') {
        std::size_t after = end + 1;
        bool ends_word =
            after == query_.size() ||
            (!is_word_char(code_point_at(query_, after).value) && query_[after] != '*');
        if (count_code_points(text) < kMinPrefixLength || !ends_word)
            return error(
                end, "'*'",
                "must end a word of at least " + std::to_string(kMinPrefixLength) + " characters");
        at_ = after;
        return leaf({Term{std::string(text), true}, begin, after}, 1);
    }
    if (end < query_.size() && query_[end] == ':' && looks_like_field(text)) {
        std::string name = core::ascii_lower(text);
        if (is_known_field(name))
            return filter(name, begin);
        // "torture: cases" is prose; "stat:KGZ" is a filter with a mistyped field.
        if (end + 1 < query_.size() && !is_space(code_point_at(query_, end + 1).value))
            return unknown_field(text, begin);
    }
    TokenKind keyword = keyword_kind(text);
    if (keyword != TokenKind::Leaf)
        return mark(keyword, begin, end);
    return leaf({Term{std::string(text), false}, begin, end}, 1);
}

core::Result<QueryToken> QueryLexer::phrase() {
    std::size_t begin = at_;
    std::string text = TRY(quoted_text());
    auto words = split_words(text);
    if (words.empty())
        return error(begin, "phrase", "has no words");
    std::size_t terms = words.size();
    return leaf({Phrase{std::move(words)}, begin, at_}, terms);
}

// At `at_` stands the ':' after the name of a known field that starts at `begin`.
core::Result<QueryToken> QueryLexer::filter(const std::string& field, std::size_t begin) {
    ++at_;
    std::string subject = "field '" + field + "'";
    if (at_ == query_.size() || is_space(code_point_at(query_, at_).value) || query_[at_] == ')')
        return error(begin, subject, "needs a value after ':'");
    if (query_[at_] == '(') {
        Query values = TRY(value_list(field, begin));
        std::size_t terms = values.is<Or>() ? values.as<Or>()->children.size() : 1;
        values.begin = begin;
        return leaf(std::move(values), terms);
    }
    Query value = TRY(filter_value(field));
    value.begin = begin;
    return leaf(std::move(value), 1);
}

// field:(a OR b OR "c d"): values separated by OR only, since one field's values are
// alternatives; at `at_` stands the '('.
core::Result<Query> QueryLexer::value_list(const std::string& field, std::size_t begin) {
    std::size_t open = at_++;
    std::vector<Query> values;
    std::size_t last_or = std::string_view::npos;  // The OR still waiting for its value.
    while (true) {
        while (at_ < query_.size() && is_space(code_point_at(query_, at_).value))
            at_ += code_point_at(query_, at_).length;
        if (at_ == query_.size())
            return error(open, "'('", "is never closed");
        if (query_[at_] == ')') {
            if (values.empty())
                return error(open, "parentheses", "hold nothing");
            if (last_or != std::string_view::npos)
                return error(last_or, "OR", "needs something on its right");
            ++at_;
            break;
        }
        std::size_t bare_end = bare_value_end(at_);
        bool is_or = query_.substr(at_, bare_end - at_) == "OR";
        if (values.empty() || last_or != std::string_view::npos) {
            if (is_or)
                return values.empty() ? error(at_, "OR", "needs something on its left")
                                      : error(last_or, "OR", "needs something on its right");
            if (query_[at_] == '(')
                return error(at_, "'('", "cannot stand inside the values of field '" + field + "'");
            values.push_back(TRY(filter_value(field)));
            last_or = std::string_view::npos;
        } else if (is_or) {
            last_or = at_;
            at_ = bare_end;
        } else {
            return error(at_, "expected OR or ')'", "in the values of field '" + field + "'");
        }
    }
    Query result = make_or(std::move(values));
    result.begin = begin;
    result.end = at_;
    return result;
}

// A value at `at_`: quoted (escapes resolved, white space trimmed) or bare, up to white space or
// a parenthesis.
core::Result<Query> QueryLexer::filter_value(const std::string& field) {
    std::size_t begin = at_;
    std::string value;
    if (opens_phrase(code_point_at(query_, at_).value)) {
        value = std::string(core::trim(TRY(quoted_text())));
        if (value.empty())
            return error(begin, "empty value", "for field '" + field + "'");
    } else {
        at_ = bare_value_end(at_);
        value = std::string(query_.substr(begin, at_ - begin));
    }
    return Query{Filter{field, std::move(value)}, begin, at_};
}

std::size_t QueryLexer::bare_value_end(std::size_t at) const {
    while (at < query_.size()) {
        CodePoint c = code_point_at(query_, at);
        if (is_space(c.value) || c.value == U'(' || c.value == U')')
            break;
        at += c.length;
    }
    return at;
}

// The text between the quotation mark at `at_` and its closing mark, after which `at_` then
// stands. A backslash takes the next character as it is ("\"" is a quotation mark).
core::Result<std::string> QueryLexer::quoted_text() {
    std::size_t open = at_;
    CodePoint opening = code_point_at(query_, at_);
    std::u32string_view closers = closing_quotes(opening.value);
    std::string text;
    std::size_t at = at_ + opening.length;
    while (at < query_.size()) {
        CodePoint c = code_point_at(query_, at);
        if (c.value == U'\\' && at + 1 < query_.size()) {
            std::size_t length = code_point_at(query_, at + 1).length;
            text.append(query_.substr(at + 1, length));
            at += 1 + length;
            continue;
        }
        if (closers.find(c.value) != std::u32string_view::npos) {
            at_ = at + c.length;
            return text;
        }
        text.append(query_.substr(at, c.length));
        at += c.length;
    }
    return error(open, "unclosed quote opened", "");
}

bool QueryLexer::is_known_field(const std::string& name) const {
    for (const auto& field : fields_)
        if (field == name)
            return true;
    return false;
}

// Lists the fields that start like the mistyped one first ("stat" → state_under_review), then
// the others in the order the index gave them.
core::Error QueryLexer::unknown_field(std::string_view name, std::size_t at) const {
    std::string lower = core::ascii_lower(name);
    std::vector<std::string> shown;
    for (int pass = 0; pass < 2; ++pass)
        for (const auto& field : fields_) {
            bool alike = field.compare(0, 2, lower, 0, 2) == 0;
            if (shown.size() < kFieldsShown && alike == (pass == 0))
                shown.push_back(field);
        }
    std::string known = shown.empty() ? "none" : core::join(shown, ", ");
    if (fields_.size() > shown.size())
        known += ", ...";
    return error(at, "unknown field '" + std::string(name) + "'", "(known: " + known + ")");
}

core::Error QueryLexer::error(std::size_t at, std::string_view subject,
                              std::string_view predicate) const {
    return query_error_at(query_, at, subject, predicate);
}

}  // namespace rightstrack::index
