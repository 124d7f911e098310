#include "ingest/PlainTextReader.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "ingest/FurnitureLines.h"
#include "ingest/Hyphenation.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\v") == std::string_view::npos;
}

void add_page(TextLines& lines, std::string_view page) {
    std::vector<std::string>& out = lines.pages.emplace_back();
    size_t start = 0;
    while (start <= page.size()) {
        size_t end = page.find_first_of("\r\n", start);
        if (end == std::string_view::npos) {
            if (start < page.size())
                out.emplace_back(page.substr(start));
            break;
        }
        out.emplace_back(page.substr(start, end - start));
        start = end + (page.substr(end, 2) == "\r\n" ? 2 : 1);
    }
}

std::vector<TextPage> cleaned_pages(const TextLines& lines) {
    std::vector<TextPage> pages;
    int number = 0;
    for (const auto& page : lines.pages) {
        ++number;
        TextPage& cleaned = pages.emplace_back();
        cleaned.number = lines.pagination == Pagination::Known ? number : 0;
        for (const std::string& line : page) cleaned.lines.push_back(clean_line_text(line));
    }
    return pages;
}

Vocabulary vocabulary_of(const std::vector<TextPage>& pages) {
    Vocabulary vocabulary;
    for (const TextPage& page : pages) {
        for (const std::string& line : page.lines) {
            if (!line.empty() && !is_rule(line))
                vocabulary.add_line(line);
        }
    }
    vocabulary.settle();
    return vocabulary;
}

// Joins the lines of a text, fed in order, into paragraphs. Used once, by one thread.
class TextParagraphs {
public:
    explicit TextParagraphs(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {}

    void line(const std::string& text, int page) {
        if (open_ && joins(text)) {
            if (open_->number_only)
                open_->text += ' ' + text;
            else
                append_line(open_->text, text, vocabulary_);
            open_->number_only = false;
        } else {
            close();
            open_ = Open{text, page, is_lone_paragraph_number(text)};
        }
        break_ = Break::None;
    }

    void blank() {
        if (break_ == Break::None)
            break_ = Break::Blank;
    }

    void page_break() { break_ = Break::Page; }

    // Footnotes wait for the paragraph that is open, which may run on to the next page. The end
    // of a footnote carried over from the page before has no mark: it joins that footnote.
    void footnote_line(const std::string& text, int page) {
        bool starts = starts_footnote(text) && !mark_only_;
        if (!starts && footnotes_.empty() && last_footnote_) {
            Paragraph& carried = paragraphs_[*last_footnote_];
            append_line(carried.text, text, vocabulary_);
            carried.text = finished_paragraph_text(std::move(carried.text));
        } else if (starts || footnotes_.empty()) {
            footnotes_.push_back({text, page, true});
        } else {
            append_line(footnotes_.back().text, text, vocabulary_);
        }
        mark_only_ = text.find(' ') == std::string::npos && starts_footnote(text);
        if (!open_)
            flush_footnotes();
    }

    void end_footnotes() { mark_only_ = false; }

    std::vector<Paragraph> finish() {
        close();
        flush_footnotes();
        return std::move(paragraphs_);
    }

private:
    enum class Break { None, Blank, Page };
    struct Open {
        std::string text;
        int page = 0;
        bool number_only = false;  // Holds only a paragraph number so far.
    };

    bool joins(const std::string& text) const {
        if (open_->number_only)
            return true;
        if (paragraph_number_length(text) > 0)
            return false;
        switch (break_) {
        case Break::None: return true;
        case Break::Page: return !ends_sentence(open_->text);
        case Break::Blank:
            // A blank line that a layout put inside a sentence: the sentence goes on in lower case.
            return u_islower(first_code_point(text)) && !ends_sentence(open_->text);
        }
        return false;
    }

    void close() {
        if (!open_)
            return;
        paragraphs_.push_back({finished_paragraph_text(std::move(open_->text)), open_->page});
        open_.reset();
        flush_footnotes();
    }

    void flush_footnotes() {
        for (Paragraph& footnote : footnotes_) {
            footnote.text = finished_paragraph_text(std::move(footnote.text));
            last_footnote_ = paragraphs_.size();
            paragraphs_.push_back(std::move(footnote));
        }
        footnotes_.clear();
    }

    const Vocabulary& vocabulary_;
    std::optional<Open> open_;
    Break break_ = Break::None;
    std::vector<Paragraph> paragraphs_;
    std::vector<Paragraph> footnotes_;
    bool mark_only_ = false;               // The last footnote line was only a mark ("*").
    std::optional<size_t> last_footnote_;  // In paragraphs_.
};

}  // namespace

TextLines lines_of_text(std::string_view utf8) {
    TextLines lines;
    lines.pagination =
        utf8.find('\f') == std::string_view::npos ? Pagination::Unknown : Pagination::Known;
    size_t start = 0;
    while (start <= utf8.size()) {
        size_t end = std::min(utf8.find('\f', start), utf8.size());
        std::string_view page = utf8.substr(start, end - start);
        // pdftotext ends the last page with a form feed too: nothing follows it.
        if (end < utf8.size() || !is_blank(page) || lines.pages.empty())
            add_page(lines, page);
        start = end + 1;
    }
    return lines;
}

std::vector<Paragraph> paragraphs_of_lines(const TextLines& lines) {
    std::vector<TextPage> pages = cleaned_pages(lines);
    remove_text_furniture(pages, lines.pagination);
    Vocabulary vocabulary = vocabulary_of(pages);
    TextParagraphs paragraphs(vocabulary);
    for (size_t p = 0; p < pages.size(); ++p) {
        const TextPage& page = pages[p];
        std::vector<bool> footnotes = footnote_lines(page, lines.pagination);
        bool in_footnotes = false;
        for (size_t i = 0; i < page.lines.size(); ++i) {
            const std::string& line = page.lines[i];
            if (footnotes[i]) {
                paragraphs.footnote_line(line, page.number);
                in_footnotes = true;
                continue;
            }
            if (in_footnotes) {
                // Body text after footnotes goes on as after a page break.
                paragraphs.end_footnotes();
                paragraphs.page_break();
                in_footnotes = false;
            }
            if (line.empty() || is_rule(line))
                paragraphs.blank();
            else
                paragraphs.line(line, page.number);
        }
        paragraphs.end_footnotes();
        if (p + 1 < pages.size())
            paragraphs.page_break();
    }
    return paragraphs.finish();
}

std::vector<Paragraph> read_plain_text(std::string_view utf8) {
    return paragraphs_of_lines(lines_of_text(utf8));
}

}  // namespace rightstrack::ingest
