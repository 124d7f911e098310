// Joins the body lines of a document, in reading order, into paragraphs by their layout: the
// working half of TextLayout (see paragraphs_of() for the rules). A ParagraphBuilder is used once,
// by one thread; LayoutMetrics is immutable after construction.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "ingest/Hyphenation.h"
#include "ingest/PdfReader.h"
#include "ingest/TextLayout.h"

namespace rightstrack::ingest {

// A document's usual layout, learnt from its lines. Line heights come from the boxes of the
// glyphs, which depend on the font's metrics as much as on its size, so the usual distance
// between baselines is learnt for each line height apart.
class LayoutMetrics {
public:
    explicit LayoutMetrics(const std::vector<PageText>& pages);

    // The commonest line height: the body text's.
    double body_height() const { return body_height_; }
    // The usual distance between the baselines of two lines `height` high.
    double line_pitch(double height) const;
    // Where the body text starts on a page, so that indents compare across facing pages with
    // mirrored margins.
    double left_margin(int page) const;

private:
    double body_height_ = 10;
    double body_pitch_ = 12;
    std::map<long, double> pitch_;  // By height class.
    double margin_[2] = {0, 0};     // Of even and odd pages.
};

class ParagraphBuilder {
public:
    ParagraphBuilder(const LayoutMetrics& metrics, const Vocabulary& vocabulary)
        : metrics_(metrics), vocabulary_(vocabulary) {}

    void add(const TextLine& line);
    // Ends a page whose text could have run down to `foot`. Its footnotes wait for the paragraph
    // open at the end of the page, which may run on.
    void end_page(std::vector<Paragraph> footnotes, double foot);
    std::vector<Paragraph> finish();

private:
    // One visual line: the pieces of one baseline together, x measured from the page's margin.
    struct Visual {
        int page = 0;
        double x = 0, bottom = 0, height = 0, right = 0;
    };
    struct Open {
        std::string text;
        int page = 0;
        Visual last;
        double left = 0, right = 0;  // Extent of the paragraph's lines.
        int lines = 1;               // Visual lines.
        bool number_only = false;    // Holds only a paragraph number so far.
        bool hanging = false;        // Lines after the first are indented.
        double pitch = 0;  // Least distance between the baselines of its lines; 0 if unknown.
    };

    Visual visual_of(const TextLine& line) const;
    bool continues(const Visual& line, const std::string& text) const;
    bool ends_before_break(const Visual& line) const;
    double expected_pitch(double height) const;
    bool last_line_is_short() const;
    void extend(const Visual& line, const std::string& text);
    void close();
    void flush_footnotes();

    const LayoutMetrics& metrics_;
    const Vocabulary& vocabulary_;
    std::optional<Open> open_;
    std::vector<Paragraph> paragraphs_;
    std::vector<Paragraph> waiting_;
    double space_left_ = 0;  // Below the open paragraph at the end of the last page.
};

}  // namespace rightstrack::ingest
