#include "ingest/HtmlReader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/Text.h"
#include "ingest/HtmlEntities.h"

namespace rightstrack::ingest {
namespace {

// Elements that start and end a paragraph.
constexpr std::array<std::string_view, 44> kBlocks = {
    "address", "article", "aside", "blockquote", "body",    "caption", "center",   "dd",
    "details", "dialog",  "dir",   "div",        "dl",      "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",  "h1",         "h2",      "h3",      "h4",       "h5",
    "h6",      "header",  "html",  "legend",     "li",      "main",    "menu",     "nav",
    "ol",      "option",  "p",     "pre",        "section", "summary", "table",    "tbody",
    "td",      "th",      "tr",    "ul"};

// Elements whose content is not text of the page. <head> is left open-ended instead: its text
// stops at </head>, at <body>, or at the first block, as a browser ends it.
constexpr std::array<std::string_view, 5> kSkipped = {"script", "style", "noscript", "template",
                                                      "title"};

bool is_one_of(std::string_view name, const auto& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_html_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct Tag {
    std::string name;  // Lower case.
    bool closing = false;
    size_t end = 0;  // Just past the ">".
};

class HtmlScanner {
public:
    explicit HtmlScanner(std::string_view html) : html_(html) {}

    TextLines scan() {
        while (pos_ < html_.size()) {
            char c = html_[pos_];
            if (c == '<' && markup())
                continue;
            if (c == '&' && !in_head_ && decode_reference(html_, pos_, current_text()))
                continue;
            text(c);
            ++pos_;
        }
        block_break();
        TextLines lines;
        lines.pages.push_back(std::move(lines_));
        return lines;
    }

private:
    // Handles the markup that starts at `pos_`; false if "<" starts none there.
    bool markup() {
        std::string_view rest = html_.substr(pos_);
        if (rest.starts_with("<!--")) {
            size_t end = html_.find("-->", pos_ + 4);
            pos_ = end == std::string_view::npos ? html_.size() : end + 3;
            return true;
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) {
            pos_ = end_of_tag(pos_ + 2);
            return true;
        }
        std::optional<Tag> tag = tag_at(pos_);
        if (!tag)
            return false;
        pos_ = tag->end;
        element(*tag);
        return true;
    }

    std::optional<Tag> tag_at(size_t at) const {
        Tag tag;
        size_t i = at + 1;
        tag.closing = i < html_.size() && html_[i] == '/';
        if (tag.closing)
            ++i;
        if (i >= html_.size() || !is_letter(html_[i]))
            return std::nullopt;
        size_t start = i;
        while (i < html_.size() && (is_letter(html_[i]) || (html_[i] >= '0' && html_[i] <= '9') ||
                                    html_[i] == '-' || html_[i] == ':'))
            ++i;
        tag.name = core::ascii_lower(html_.substr(start, i - start));
        tag.end = end_of_tag(i);
        return tag;
    }

    // Just past the ">" that ends a tag whose attributes start at `from`. Quoted values may hold
    // ">"; a quote left open makes the first ">" the end after all.
    size_t end_of_tag(size_t from) const {
        char quote = 0;
        for (size_t i = from; i < html_.size(); ++i) {
            char c = html_[i];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        size_t plain = html_.find('>', from);
        return plain == std::string_view::npos ? html_.size() : plain + 1;
    }

    void element(const Tag& tag) {
        const std::string& name = tag.name;
        if (name == "head") {
            in_head_ = !tag.closing;
        } else if (!tag.closing && is_one_of(name, kSkipped)) {
            skip_content_of(name);
        } else if (name == "br") {
            line_break();
        } else if (name == "hr") {
            // A rule, as a text draws it: word processors set one above the footnotes.
            block_break();
            lines_.emplace_back("___");
            block_break();
        } else if (is_one_of(name, kBlocks)) {
            in_head_ = false;
            block_break();
            if (name == "pre")
                pre_depth_ = tag.closing ? std::max(0, pre_depth_ - 1) : pre_depth_ + 1;
        }
    }

    // Moves past "</name>", or to the end when it never comes.
    void skip_content_of(const std::string& name) {
        std::string closing = "</" + name;
        for (size_t at = html_.find("</", pos_); at != std::string_view::npos;
             at = html_.find("</", at + 2)) {
            if (core::ascii_lower(html_.substr(at, closing.size())) == closing) {
                pos_ = end_of_tag(at + closing.size());
                return;
            }
        }
        pos_ = html_.size();
    }

    std::string& current_text() {
        if (space_ && !current_.empty())
            current_ += ' ';
        space_ = false;
        return current_;
    }

    void text(char c) {
        if (in_head_)
            return;
        if (pre_depth_ > 0 && (c == '\n' || c == '\r')) {
            if (c == '\n' || html_.substr(pos_ + 1, 1) != "\n")
                line_break();
            return;
        }
        if (is_html_space(c)) {
            space_ = true;
            return;
        }
        current_text() += c;
    }

    void line_break() {
        lines_.push_back(std::move(current_));
        current_.clear();
        space_ = false;
    }

    void block_break() {
        if (!current_.empty())
            line_break();
        space_ = false;
        if (!lines_.empty() && !lines_.back().empty())
            lines_.emplace_back();
    }

    std::string_view html_;
    size_t pos_ = 0;
    std::vector<std::string> lines_;
    std::string current_;
    bool space_ = false;  // White space seen since the last character.
    bool in_head_ = false;
    int pre_depth_ = 0;
};

}  // namespace

bool looks_like_html(std::string_view utf8) {
    std::string start = core::ascii_lower(core::trim(utf8.substr(0, 1024)));
    if (start.starts_with("<!doctype html") || start.starts_with("<html"))
        return true;
    for (std::string_view tag : {"<html", "<body"}) {
        for (size_t at = start.find(tag); at != std::string::npos; at = start.find(tag, at + 1)) {
            size_t after = at + tag.size();
            if (after < start.size() && (start[after] == '>' || is_html_space(start[after])))
                return true;
        }
    }
    return false;
}

TextLines html_lines(std::string_view html) {
    return HtmlScanner(html).scan();
}

std::vector<Paragraph> read_html(std::string_view html) {
    return paragraphs_of_lines(html_lines(html));
}

}  // namespace rightstrack::ingest
