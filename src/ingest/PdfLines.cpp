#include "ingest/PdfLines.h"

#include <algorithm>
#include <optional>

namespace rightstrack::ingest {
namespace {

// Words on one baseline: their bottoms agree to within this share of the taller one's height.
constexpr double kBaselineTolerance = 0.25;
// A horizontal gap wider than this many row heights ends a line. Justified text stretches the
// space between words past a row height, and a tab after a paragraph number is no wider, so
// only far wider gaps (between the blocks of a letterhead, table cells) cut a row.
constexpr double kCutGap = 3.0;

double height_of(const PageWord& word) { return word.y1 - word.y0; }

// Words on one baseline; `top` and `bottom` come from the regular words, not raised ones.
struct Row {
    std::vector<PageWord> words;
    double top = 0, bottom = 0;
    double height() const { return bottom - top; }
};

struct Segment {
    std::string text;
    double x0 = 0, x1 = 0, top = 0, bottom = 0;
};

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// The row's box from its typical word, so that one tall glyph (a symbol, a larger bracket) does
// not make the line look like a heading or widen the gap to the next line.
void settle_box(Row& row) {
    std::vector<double> tops, bottoms;
    for (const PageWord& word : row.words) {
        tops.push_back(word.y0);
        bottoms.push_back(word.y1);
    }
    row.top = median(std::move(tops));
    row.bottom = median(std::move(bottoms));
}

std::vector<Row> group_rows(std::vector<PageWord> words) {
    std::sort(words.begin(), words.end(), [](const PageWord& a, const PageWord& b) {
        return a.y1 != b.y1 ? a.y1 < b.y1 : a.x0 < b.x0;
    });
    std::vector<Row> rows;
    double baseline = 0;
    for (PageWord& word : words) {
        if (!rows.empty()) {
            Row& row = rows.back();
            double tolerance = kBaselineTolerance * std::max(row.height(), height_of(word));
            if (word.y1 - baseline <= tolerance) {
                row.top = std::min(row.top, word.y0);
                row.bottom = std::max(row.bottom, word.y1);
                row.words.push_back(std::move(word));
                continue;
            }
        }
        baseline = word.y1;
        rows.push_back(Row{{}, word.y0, word.y1});
        rows.back().words.push_back(std::move(word));
    }
    for (Row& row : rows)
        settle_box(row);
    return rows;
}

// A row of smaller words, or a lone footnote mark, whose bottom lies inside the next row's box is
// raised text on that row (footnote marks, superscripts), which would otherwise become a line of
// its own between two lines of a paragraph.
bool is_raised_into(const Row& row, const Row& next) {
    bool smaller = row.height() < 0.8 * next.height();
    bool mark = row.words.size() <= 2 &&
                std::all_of(row.words.begin(), row.words.end(),
                            [](const PageWord& word) { return word.text.size() <= 4; });
    return (smaller || mark) && row.bottom > next.top + 0.1 * next.height() &&
           row.bottom < next.bottom;
}

std::vector<Row> merge_raised(std::vector<Row> rows) {
    std::vector<Row> merged;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i + 1 < rows.size() && is_raised_into(rows[i], rows[i + 1])) {
            auto& next = rows[i + 1].words;
            next.insert(next.end(), rows[i].words.begin(), rows[i].words.end());
            continue;
        }
        merged.push_back(std::move(rows[i]));
    }
    return merged;
}

// Cuts a row where a gap is wider than kCutGap row heights (separate blocks on one baseline:
// the heading of a letter, table cells) and at the gutter of a two-column page, unless the row
// runs across it with no more than a space there (a title over both columns).
std::vector<Segment> cut_row(const Row& row, std::optional<double> gutter) {
    std::vector<Segment> segments;
    const PageWord* previous = nullptr;
    for (const PageWord& word : row.words) {
        double gap = previous ? word.x0 - previous->x1 : 0;
        bool at_gutter = previous && gutter && previous->x1 <= *gutter && word.x0 >= *gutter &&
                         gap > row.height();
        if (!previous || at_gutter || gap > kCutGap * row.height()) {
            segments.push_back(Segment{word.text, word.x0, word.x1, row.top, row.bottom});
        } else {
            Segment& segment = segments.back();
            if (previous->space_after || gap > 0.15 * row.height())
                segment.text += ' ';
            segment.text += word.text;
            segment.x1 = std::max(segment.x1, word.x1);
        }
        previous = &word;
    }
    return segments;
}

// How a row lies about a candidate gutter at x.
struct RowSides {
    bool crossed = false;  // A word spans x.
    double left_end = 0;   // Right edge of the text left of x; 0 when there is none.
    double left_width = 0, right_width = 0;  // Extent of the text on each side.
};

RowSides sides_of(const Row& row, double x) {
    RowSides sides;
    double left_start = 0, right_start = 0, right_end = 0;
    for (const PageWord& word : row.words) {
        if (word.x1 <= x) {
            left_start = sides.left_end == 0 ? word.x0 : left_start;
            sides.left_end = word.x1;
        } else if (word.x0 >= x) {
            right_start = right_end == 0 ? word.x0 : right_start;
            right_end = word.x1;
        } else {
            sides.crossed = true;
        }
    }
    sides.left_width = sides.left_end - left_start;
    sides.right_width = right_end - right_start;
    return sides;
}

// Whether `x` is the gutter of a two-column page: most rows hold wide text on both sides of it
// and few cross it, and the left column's lines mostly run up to it (justified text). Width and
// justification tell columns apart from a contents page's page numbers or a narrow table.
bool is_gutter(const std::vector<Row>& rows, double x, double page_width) {
    size_t crossed = 0, full = 0;
    std::vector<double> left_widths, right_widths, left_ends;
    for (const Row& row : rows) {
        RowSides sides = sides_of(row, x);
        crossed += sides.crossed;
        if (sides.crossed || sides.left_width <= 0 || sides.right_width <= 0)
            continue;
        left_widths.push_back(sides.left_width);
        right_widths.push_back(sides.right_width);
        left_ends.push_back(sides.left_end);
    }
    size_t both = left_ends.size();
    if (both < 6 || both * 2 < rows.size() || crossed * 8 > both)
        return false;
    if (median(left_widths) < 0.25 * page_width || median(right_widths) < 0.25 * page_width)
        return false;
    double column_end = *std::max_element(left_ends.begin(), left_ends.end());
    for (double end : left_ends)
        full += end >= column_end - 0.03 * page_width;
    return full * 2 >= both;
}

std::optional<double> find_gutter(const std::vector<Row>& rows, double page_width) {
    for (double x = 0.35 * page_width; x <= 0.65 * page_width; x += 2) {
        if (is_gutter(rows, x, page_width))
            return x;
    }
    return std::nullopt;
}

TextLine to_line(Segment segment, int page) {
    TextLine line{std::move(segment.text), page, segment.x0, segment.top};
    line.height = segment.bottom - segment.top;
    line.width = segment.x1 - segment.x0;
    return line;
}

// Reads the page band by band: a row that crosses the gutter closes the band above it, whose
// left column is read before its right column.
std::vector<TextLine> read_columns(std::vector<std::vector<Segment>> rows, double gutter,
                                   int page) {
    std::vector<TextLine> lines, left, right;
    auto flush = [&] {
        for (auto* column : {&left, &right}) {
            for (TextLine& line : *column)
                lines.push_back(std::move(line));
            column->clear();
        }
    };
    for (auto& row : rows) {
        bool crosses = std::any_of(row.begin(), row.end(), [&](const Segment& s) {
            return s.x0 < gutter && s.x1 > gutter;
        });
        if (crosses)
            flush();
        for (Segment& segment : row) {
            auto& target = crosses ? lines : segment.x1 <= gutter ? left : right;
            target.push_back(to_line(std::move(segment), page));
        }
    }
    flush();
    return lines;
}

}  // namespace

std::vector<TextLine> lay_out_words(std::vector<PageWord> words, int page, double page_width) {
    std::vector<Row> rows = merge_raised(group_rows(std::move(words)));
    for (Row& row : rows) {
        std::sort(row.words.begin(), row.words.end(),
                  [](const PageWord& a, const PageWord& b) { return a.x0 < b.x0; });
    }
    std::optional<double> gutter = find_gutter(rows, page_width);
    std::vector<std::vector<Segment>> segments;
    for (const Row& row : rows)
        segments.push_back(cut_row(row, gutter));
    if (gutter)
        return read_columns(std::move(segments), *gutter, page);
    std::vector<TextLine> lines;
    for (auto& row : segments) {
        for (Segment& segment : row)
            lines.push_back(to_line(std::move(segment), page));
    }
    return lines;
}

}  // namespace rightstrack::ingest
