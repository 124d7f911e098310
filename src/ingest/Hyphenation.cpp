#include "ingest/Hyphenation.h"

#include <unicode/uchar.h>

#include <array>

#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

// Prefixes that keep their hyphen ("self-determination", "co-operation", "re-examine"), unless
// the document itself writes the word joined: then "re-" "port" is "report".
const std::array<std::string_view, 24> kHyphenPrefixes = {
    "self",  "non",  "co",    "anti",    "ex",  "pre",   "post",   "multi",
    "cross", "semi", "quasi", "ultra",   "mid", "well",  "re",     "inter",
    "intra", "sub",  "super", "counter", "pro", "socio", "pseudo", "extra"};

// Lines enough to tell that a document is not hyphenated (see Vocabulary::plain()).
constexpr size_t kPlainLines = 300;

// "small-" "and medium-sized": a hyphen whose word is completed later in the sentence.
bool is_suspended(std::string_view next) {
    return next.starts_with("and ") || next.starts_with("or ");
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

size_t length_of(std::string_view text) {
    size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0)
        != 0x80;
    return count;
}

// The word before the hyphen at `hyphen` that ends `text`, with any hyphens inside it.
std::string_view word_before(std::string_view text, size_t hyphen) {
    size_t start = hyphen;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '(' && text[start - 1] != '"')
        --start;
    return text.substr(start, hyphen - start);
}

// The word at the start of `text`, with the hyphens inside it ("self-determination").
std::string_view hyphenated_word(std::string_view text) {
    std::string_view word = leading_word(text);
    size_t end = word.size();
    while (!word.empty() && end + 1 < text.size() && text[end] == '-') {
        std::string_view more = leading_word(text.substr(end + 1));
        if (more.empty())
            break;
        end += 1 + more.size();
        word = text.substr(0, end);
    }
    return word;
}

std::vector<std::string_view> parts_of(std::string_view word) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    for (size_t hyphen = word.find('-'); hyphen != word.npos; hyphen = word.find('-', start)) {
        parts.push_back(word.substr(start, hyphen - start));
        start = hyphen + 1;
    }
    if (start > 0)
        parts.push_back(word.substr(start));
    return parts;
}

bool is_prefix(const std::string& word) {
    for (std::string_view prefix : kHyphenPrefixes) {
        if (word == prefix)
            return true;
    }
    return false;
}

bool is_known_word(const std::string& word, const Vocabulary& vocabulary) {
    return length_of(word) >= 3 && vocabulary.knows(word);
}

bool keeps_hyphen(std::string_view head, std::string_view tail, const Vocabulary& vocabulary) {
    if (tail.empty() || u_isupper(first_code_point(tail)) || head.find('-') != head.npos)
        return true;
    std::string first = lower_case(head), second = lower_case(tail);
    bool knows_hyphenated = vocabulary.knows(first + "-" + second);
    bool knows_joined = vocabulary.knows(first + second);
    if (knows_hyphenated != knows_joined)
        return knows_hyphenated;
    if (is_prefix(first))
        return true;
    if (vocabulary.hyphenated())
        return false;
    if (vocabulary.plain())
        return true;
    return is_known_word(first, vocabulary) || is_known_word(second, vocabulary);
}

// "2008-" followed by "2010", "2017–" by "2021": a range broken after its dash.
bool ends_with_number_dash(std::string_view text, std::string_view next) {
    if (next.empty() || !is_ascii_digit(next.front()))
        return false;
    for (std::string_view dash : {"-", "\xE2\x80\x93"}) {
        if (text.ends_with(dash) && text.size() > dash.size() &&
            is_ascii_digit(text[text.size() - dash.size() - 1]))
            return true;
    }
    return false;
}

}  // namespace

void Vocabulary::add_line(std::string_view line) {
    ++lines_;
    size_t hyphen = word_hyphen_length(line);
    size_t broken_end = line.size() - hyphen;
    size_t start = 0;
    if (!broken_head_.empty()) {
        std::string_view tail = leading_word(line);
        if (!tail.empty() && u_islower(first_code_point(tail)))
            breaks_.emplace_back(std::move(broken_head_), lower_case(tail));
        start = hyphenated_word(line).size();
        broken_head_.clear();
    }
    while (start < line.size()) {
        std::string_view word = hyphenated_word(line.substr(start));
        size_t end = start + word.size();
        if (word.empty()) {
            next_code_point(line, end);
        } else if (hyphen > 0 && end == broken_end) {
            broken_head_ = lower_case(word);
        } else {
            words_.insert(lower_case(word));
            for (std::string_view part : parts_of(word))
                words_.insert(lower_case(part));
        }
        start = end;
    }
}

void Vocabulary::settle() {
    size_t whole = 0;
    for (const auto& [head, tail] : breaks_)
        whole += knows(head + tail) && !knows(head + "-" + tail);
    bool frequent = breaks_.size() * 100 >= 3 * lines_ && breaks_.size() >= 3;
    hyphenated_ = frequent || (breaks_.size() >= 3 && whole * 10 >= 4 * breaks_.size());
    plain_ = !hyphenated_ && lines_ >= kPlainLines;
}

void append_line(std::string& text, std::string_view next, const Vocabulary& vocabulary) {
    if (next.empty())
        return;
    if (text.ends_with(kSoftHyphenUtf8)) {
        text.resize(text.size() - kSoftHyphenUtf8.size());
        text += next;
        return;
    }
    if (size_t hyphen = word_hyphen_length(text)) {
        std::string_view head = word_before(text, text.size() - hyphen);
        if (is_suspended(next))
            text += ' ';
        else if (!keeps_hyphen(head, leading_word(next), vocabulary))
            text.resize(text.size() - hyphen);
        text += next;
        return;
    }
    if (!text.empty() && !ends_with_number_dash(text, next) && !text.ends_with('/'))
        text += ' ';
    text += next;
}

}  // namespace rightstrack::ingest
