#include "ingest/TextLayout.h"

#include <algorithm>

#include "ingest/Hyphenation.h"
#include "ingest/LineText.h"
#include "ingest/PageFurniture.h"
#include "ingest/ParagraphBuilder.h"

namespace rightstrack::ingest {
namespace {

Vocabulary vocabulary_of(const std::vector<PageText>& pages) {
    Vocabulary vocabulary;
    for (const PageText& page : pages) {
        for (const TextLine& line : page.lines)
            vocabulary.add_line(line.text);
    }
    vocabulary.settle();
    return vocabulary;
}

// The footnotes of a page: each starts at a line that starts with a mark, unless the footnote
// so far is only a mark ("*" on a line of its own).
std::vector<Paragraph> footnotes_of(const std::vector<TextLine>& lines, size_t start,
                                    const Vocabulary& vocabulary) {
    std::vector<Paragraph> footnotes;
    bool mark_only = false;
    for (size_t i = start; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        if (footnotes.empty() || (starts_with_footnote_mark(line.text) && !mark_only)) {
            footnotes.push_back({line.text, line.page, true});
        } else {
            append_line(footnotes.back().text, line.text, vocabulary);
        }
        mark_only =
            line.text.find(' ') == std::string::npos && starts_with_footnote_mark(line.text);
    }
    for (Paragraph& footnote : footnotes)
        footnote.text = finished_paragraph_text(std::move(footnote.text));
    return footnotes;
}

// Where the text of a full page ends: the median foot of the pages' last lines.
double text_bottom(const std::vector<PageText>& pages) {
    std::vector<double> bottoms;
    for (const PageText& page : pages) {
        if (!page.lines.empty())
            bottoms.push_back(page.lines.back().y + page.lines.back().height);
    }
    if (bottoms.empty())
        return 0;
    std::nth_element(bottoms.begin(), bottoms.begin() + bottoms.size() / 2, bottoms.end());
    return bottoms[bottoms.size() / 2];
}

}  // namespace

std::vector<Paragraph> paragraphs_of(const std::vector<PageText>& pages) {
    std::vector<PageText> body = without_furniture(pages);
    LayoutMetrics metrics(body);
    Vocabulary vocabulary = vocabulary_of(body);
    ParagraphBuilder builder(metrics, vocabulary);
    double body_pitch = metrics.line_pitch(metrics.body_height());
    double full_page = text_bottom(body);
    for (const PageText& page : body) {
        size_t footnotes = footnote_start(page, metrics.body_height(), body_pitch);
        for (size_t i = 0; i < footnotes; ++i)
            builder.add(page.lines[i]);
        double foot = footnotes < page.lines.size() ? page.lines[footnotes].y : full_page;
        builder.end_page(footnotes_of(page.lines, footnotes, vocabulary), foot);
    }
    return builder.finish();
}

}  // namespace rightstrack::ingest
