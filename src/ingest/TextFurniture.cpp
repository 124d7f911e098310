#include "ingest/TextFurniture.h"

#include <unicode/uchar.h>

#include <map>
#include <set>
#include <utility>

#include "ingest/DocumentSymbol.h"
#include "ingest/FurnitureLines.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

// How many lines at the top and at the foot of a page may be a running header or footer.
constexpr size_t kBandLines = 3;

enum class Band { Top, Bottom, None };

// The band of each line of a page: its first and last kBandLines non-blank lines.
std::vector<Band> bands_of(const TextPage& page) {
    std::vector<Band> bands(page.lines.size(), Band::None);
    size_t seen = 0;
    for (size_t i = 0; i < page.lines.size() && seen < kBandLines; ++i) {
        if (!page.lines[i].empty()) {
            bands[i] = Band::Top;
            ++seen;
        }
    }
    seen = 0;
    for (size_t i = page.lines.size(); i-- > 0 && seen < kBandLines;) {
        if (!page.lines[i].empty()) {
            bands[i] = Band::Bottom;
            ++seen;
        }
    }
    return bands;
}

using Placement = std::pair<Band, std::string>;  // A band and a line's signature there.

// The lines that repeat in the same band on enough pages to be running headers or footers.
std::set<Placement> repeated_lines(const std::vector<TextPage>& pages) {
    std::map<Placement, std::set<int>> found;
    for (const TextPage& page : pages) {
        std::vector<Band> bands = bands_of(page);
        for (size_t i = 0; i < page.lines.size(); ++i) {
            if (bands[i] != Band::None)
                found[{bands[i], furniture_signature(page.lines[i])}].insert(page.number);
        }
    }
    std::set<Placement> repeated;
    size_t threshold = repeat_threshold(pages.size());
    for (const auto& [placement, on_pages] : found) {
        if (on_pages.size() >= threshold)
            repeated.insert(placement);
    }
    return repeated;
}

std::string first_symbol(const std::vector<TextPage>& pages) {
    for (const TextPage& page : pages) {
        for (const std::string& line : page.lines) {
            std::string symbol = document_symbol_in(line);
            if (!symbol.empty())
                return symbol;
        }
    }
    return {};
}

bool is_marked_furniture(const std::string& line, const std::string& symbol) {
    if (is_page_number(line) && !is_lone_paragraph_number(line))
        return true;
    if (is_job_number(line) || is_barcode(line))
        return true;
    return !symbol.empty() && is_symbol_line(line) && document_symbol_in(line) == symbol;
}

// The blank-separated block of lines that starts at `start` ends before the returned index.
size_t block_end(const std::vector<std::string>& lines, size_t start) {
    size_t end = start;
    while (end < lines.size() && !lines[end].empty() && !is_rule(lines[end])) ++end;
    return end;
}

size_t next_non_blank(const std::vector<std::string>& lines, size_t from) {
    while (from < lines.size() && lines[from].empty()) ++from;
    return from;
}

// Marks the footnote blocks that follow the rule at `rule`: each starts with a mark.
void mark_after_rule(const std::vector<std::string>& lines, size_t rule, std::vector<bool>& flags) {
    for (size_t start = next_non_blank(lines, rule + 1);
         start < lines.size() && starts_footnote(lines[start]);
         start = next_non_blank(lines, block_end(lines, start))) {
        for (size_t i = start; i < block_end(lines, start); ++i) flags[i] = true;
    }
}

// Blank lines at least this many set the footnotes of a page apart from its body text.
constexpr size_t kFootnoteGap = 2;

// Where footnotes start inside the block [start, end), or `end`: at a line that starts with a
// mark and a word that is not in lower case ("169 of the Convention" goes on a sentence), after
// a line that ends a sentence or an item (";").
size_t footnote_inside(const std::vector<std::string>& lines, size_t start, size_t end) {
    for (size_t i = start + 1; i < end; ++i) {
        const std::string& line = lines[i];
        size_t space = line.find(' ');
        bool lower = space != std::string::npos &&
                     u_islower(first_code_point(std::string_view(line).substr(space + 1)));
        const std::string& above = lines[i - 1];
        if (starts_footnote(line) && !lower && (ends_sentence(above) || above.ends_with(';')))
            return i;
    }
    return end;
}

size_t blank_lines_before(const std::vector<std::string>& lines, size_t start) {
    size_t count = 0;
    while (start > count && lines[start - count - 1].empty()) ++count;
    return count;
}

// The footnotes that share a block with the text above them: pdftotext -layout leaves no blank
// line where the gap above a footnote was narrow. The whole block is the end of a footnote
// carried over from the page before when it has no paragraph number, and footnotes follow it
// (in it or below) and it is set apart by a wide gap or starts in lower case, or none follow and
// it is both.
void mark_inside(const std::vector<std::string>& lines, size_t start, size_t end,
                 bool footnotes_below, std::vector<bool>& flags) {
    size_t inside = footnote_inside(lines, start, end);
    bool followed = inside < end || footnotes_below;
    bool apart = blank_lines_before(lines, start) >= kFootnoteGap;
    bool lower = u_islower(first_code_point(lines[start]));
    bool carried_over =
        paragraph_number_length(lines[start]) == 0 && (followed ? apart || lower : apart && lower);
    for (size_t i = carried_over ? start : inside; i < end; ++i) flags[i] = true;
}

// Marks the blocks at the foot of a page that each start with a footnote mark, then the
// footnotes at the end of the block above them (see mark_inside()). Body text comes first: a
// page that is one block is text even when a line of it starts with a number.
void mark_foot(const std::vector<std::string>& lines, std::vector<bool>& flags) {
    size_t first = next_non_blank(lines, 0);
    size_t end = lines.size();
    bool marked = false;
    while (true) {
        while (end > 0 && lines[end - 1].empty()) --end;
        size_t start = end;
        while (start > 0 && !lines[start - 1].empty() && !is_rule(lines[start - 1])) --start;
        if (start == end || start <= first)
            return;
        if (!starts_footnote(lines[start])) {
            mark_inside(lines, start, end, marked, flags);
            return;
        }
        for (size_t i = start; i < end; ++i) flags[i] = true;
        marked = true;
        end = start;
    }
}

// A footnote's mark as pdftotext -layout sets it, raised onto a line of its own: "2", "*".
bool is_raised_mark(std::string_view line) {
    return line == "*" || (!line.empty() && line.size() <= 3 &&
                           line.find_first_not_of("0123456789") == std::string_view::npos);
}

// Joins a raised mark with the footnote text right below it, which would otherwise lose its mark
// and the mark be taken for a page number. (A page number ends its page, or a blank line or the
// running header follows it.)
void join_raised_marks(std::vector<std::string>& lines, const std::string& symbol) {
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string& next = lines[i + 1];
        if (!is_raised_mark(lines[i]) || next.empty() || is_marked_furniture(next, symbol) ||
            paragraph_number_length(next) > 0 || starts_with_footnote_mark(next))
            continue;
        lines[i] += ' ' + next;
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        // A footnote starts a block of its own, whatever gap pdftotext left above it.
        if (i > 0 && !lines[i - 1].empty())
            lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i++), std::string());
    }
}

}  // namespace

bool starts_footnote(const std::string& line) {
    return starts_with_footnote_mark(line) && paragraph_number_length(line) == 0;
}

void remove_text_furniture(std::vector<TextPage>& pages, Pagination pagination) {
    std::string symbol = first_symbol(pages);
    std::set<Placement> repeated;
    if (pagination == Pagination::Known)
        repeated = repeated_lines(pages);
    bool symbol_seen = false;
    for (TextPage& page : pages) {
        if (pagination == Pagination::Known)  // pdftotext's output, which sets marks so.
            join_raised_marks(page.lines, symbol);
        std::vector<Band> bands = bands_of(page);
        std::vector<std::string> kept;
        for (size_t i = 0; i < page.lines.size(); ++i) {
            std::string& line = page.lines[i];
            // The document's symbol where it first appears is the head of its first page, which
            // names the document: DocumentIdentity reads it there.
            bool head = !symbol_seen && !symbol.empty() && document_symbol_in(line) == symbol;
            symbol_seen = symbol_seen || head;
            bool furniture = !line.empty() && !head &&
                             (is_marked_furniture(line, symbol) ||
                              (bands[i] != Band::None &&
                               repeated.contains({bands[i], furniture_signature(line)})));
            if (!furniture)
                kept.push_back(std::move(line));
        }
        page.lines = std::move(kept);
    }
}

std::vector<bool> footnote_lines(const TextPage& page, Pagination pagination) {
    const std::vector<std::string>& lines = page.lines;
    std::vector<bool> flags(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (is_rule(lines[i]))
            mark_after_rule(lines, i, flags);
    }
    if (pagination == Pagination::Known)
        mark_foot(lines, flags);
    return flags;
}

}  // namespace rightstrack::ingest
