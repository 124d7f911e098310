#include "ingest/PageFurniture.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "ingest/FurnitureLines.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

bool in_margin_band(const TextLine& line, double page_height) {
    return line.y < kMarginBand * page_height ||
           line.y + line.height > (1 - kMarginBand) * page_height;
}

struct Placed {
    size_t page;
    double y, height;
};

bool same_place(const Placed& a, const Placed& b) {
    double tolerance = 0.5 * std::max(a.height, b.height) + 1;
    return std::abs(a.y - b.y) <= tolerance &&
           std::abs(a.height - b.height) <= 0.2 * std::max(a.height, b.height);
}

// Lines in the margin bands, by signature, with where they are printed.
using Occurrences = std::unordered_map<std::string, std::vector<Placed>>;

Occurrences margin_lines(const std::vector<PageText>& pages) {
    Occurrences occurrences;
    for (size_t p = 0; p < pages.size(); ++p) {
        for (const TextLine& line : pages[p].lines) {
            if (in_margin_band(line, pages[p].height))
                occurrences[furniture_signature(line.text)].push_back({p, line.y, line.height});
        }
    }
    return occurrences;
}

bool is_repeated(const std::vector<Placed>& places, const Placed& place, size_t threshold) {
    std::set<size_t> pages;
    for (const Placed& other : places) {
        if (same_place(place, other))
            pages.insert(other.page);
    }
    return pages.size() >= threshold;
}

bool is_furniture(const TextLine& line, size_t page, const PageText& on,
                  const Occurrences& occurrences, size_t threshold) {
    if (!in_margin_band(line, on.height))
        return false;
    if (is_page_number(line.text) || is_job_number(line.text) || is_barcode(line.text))
        return true;
    const auto& places = occurrences.at(furniture_signature(line.text));
    return is_repeated(places, {page, line.y, line.height}, threshold);
}

// Cleans the text of every line and drops the lines left empty (a barcode's glyphs) and rules.
std::vector<PageText> cleaned(const std::vector<PageText>& pages) {
    std::vector<PageText> result;
    result.reserve(pages.size());
    double lowest = 0;
    for (const PageText& page : pages) {
        PageText copy{page.number, {}, page.width, page.height};
        for (const TextLine& line : page.lines) {
            TextLine clean = line;
            clean.text = clean_line_text(line.text);
            clean.page = page.number;
            lowest = std::max(lowest, line.y + line.height);
            if (!clean.text.empty() && !is_rule(clean.text))
                copy.lines.push_back(std::move(clean));
        }
        result.push_back(std::move(copy));
    }
    // Text made up in memory may come without a page size: its lowest line then marks the foot.
    for (PageText& page : result) {
        if (page.height <= 0)
            page.height = lowest;
    }
    return result;
}

}  // namespace

std::vector<PageText> without_furniture(const std::vector<PageText>& pages) {
    std::vector<PageText> result = cleaned(pages);
    Occurrences occurrences = margin_lines(result);
    size_t threshold = repeat_threshold(result.size());
    for (size_t p = 0; p < result.size(); ++p) {
        auto& lines = result[p].lines;
        std::vector<TextLine> kept;
        for (TextLine& line : lines) {
            if (!is_furniture(line, p, result[p], occurrences, threshold))
                kept.push_back(std::move(line));
        }
        lines = std::move(kept);
    }
    return result;
}

size_t footnote_start(const PageText& page, double body_height, double body_pitch) {
    const auto& lines = page.lines;
    size_t start = lines.size();
    bool all_small = true;
    double pitch = body_pitch;  // The least within the block; footnotes are set tighter.
    for (size_t k = lines.size(); k-- > 0;) {
        const TextLine& line = lines[k];
        if (line.y < 0.5 * page.height)
            break;
        if (k + 1 < lines.size())
            pitch = std::min(pitch, lines[k + 1].y + lines[k + 1].height - line.y - line.height);
        all_small = all_small && line.height <= 0.92 * body_height;
        bool tight = pitch < 0.95 * body_pitch;
        bool small_block = all_small && (tight || k + 1 == lines.size());
        double gap = k == 0 ? line.y : line.y - (lines[k - 1].y + lines[k - 1].height);
        // A footnote carried over from the page before has no mark, only the separator's wide
        // gap below body text.
        bool marked = starts_with_footnote_mark(line.text) && gap > 0.8 * line.height;
        bool below_body =
            k > 0 && std::abs(lines[k - 1].height - body_height) <= 0.05 * body_height;
        bool carried_over = below_body && gap > 1.5 * line.height;
        if (marked && (starts_with_asterisk(line.text) || small_block || tight))
            start = k;
        else if (carried_over && small_block)
            start = k;
    }
    return start;
}

}  // namespace rightstrack::ingest
