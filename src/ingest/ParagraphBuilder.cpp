#include "ingest/ParagraphBuilder.h"

#include <algorithm>
#include <cmath>

#include "core/Text.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

// A gap between baselines this much wider than the usual line spacing separates paragraphs.
constexpr double kParagraphGap = 1.25;
// Lines whose heights differ by more than this share are set in different fonts: a heading and
// the text under it.
constexpr double kFontChange = 0.25;
// An indent of this many line heights (about an em) marks a paragraph's first line.
constexpr double kIndent = 0.8;
// A line filling less than this share of its paragraph's width is the paragraph's last line.
constexpr double kShortLine = 0.8;
// A page whose text stops this many lines short of the foot ended its paragraph there.
constexpr double kPageLeftShort = 8;
// Pieces whose bottoms are this close, in line heights, are on one baseline.
constexpr double kSameBaseline = 0.3;

double bottom_of(const TextLine& line) { return line.y + line.height; }

// Line heights are compared in half-point steps.
long height_class(double height) { return std::lround(height * 2); }

// The most frequent of `values` once rounded to `step`; `fallback` when there are none.
double mode_of(const std::vector<double>& values, double step, double fallback) {
    std::map<long, size_t> counts;
    for (double value : values)
        ++counts[std::lround(value / step)];
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? fallback : static_cast<double>(best->first) * step;
}

// A list of numbers broken across lines ("... 122.14-16," then "122.19-20, 122.23-24, ..."):
// the number that starts the line continues the list rather than opening a paragraph, since
// what follows it is the list's next comma or dash, not text.
bool continues_number_list(std::string_view open, std::string_view line, size_t number) {
    auto before = core::trim(open);
    if (!(before.ends_with(",") || before.ends_with("-") || before.ends_with("\u2013")))
        return false;
    auto after = core::trim(line.substr(number));
    return after.starts_with(",") || after.starts_with("-") || after.starts_with("\u2013");
}

}  // namespace

LayoutMetrics::LayoutMetrics(const std::vector<PageText>& pages) {
    std::vector<double> heights;
    std::map<long, std::vector<double>> pitches;
    for (const PageText& page : pages) {
        for (size_t i = 0; i < page.lines.size(); ++i) {
            const TextLine& line = page.lines[i];
            heights.push_back(line.height);
            if (i == 0 || height_class(page.lines[i - 1].height) != height_class(line.height))
                continue;
            double pitch = bottom_of(line) - bottom_of(page.lines[i - 1]);
            if (pitch > 0.5 * line.height && pitch < 3 * line.height)
                pitches[height_class(line.height)].push_back(pitch);
        }
    }
    body_height_ = mode_of(heights, 0.1, body_height_);
    for (const auto& [height, values] : pitches) {
        if (values.size() >= 4)
            pitch_[height] = mode_of(values, 0.1, 0);
    }
    auto body = pitch_.find(height_class(body_height_));
    body_pitch_ = body == pitch_.end() ? 1.2 * body_height_ : body->second;
    // Facing pages mirror their margins: odd pages share one, even pages the other.
    std::vector<double> starts[2];
    for (const PageText& page : pages) {
        for (const TextLine& line : page.lines) {
            if (height_class(line.height) == height_class(body_height_))
                starts[page.number % 2].push_back(line.x);
        }
    }
    for (int parity : {0, 1})
        margin_[parity] = mode_of(starts[parity], 1, mode_of(starts[1 - parity], 1, 0));
}

double LayoutMetrics::line_pitch(double height) const {
    auto found = pitch_.find(height_class(height));
    return found != pitch_.end() ? found->second : body_pitch_ * height / body_height_;
}

double LayoutMetrics::left_margin(int page) const { return margin_[page % 2]; }

ParagraphBuilder::Visual ParagraphBuilder::visual_of(const TextLine& line) const {
    double margin = metrics_.left_margin(line.page);
    return {line.page, line.x - margin, bottom_of(line), line.height, line.x + line.width - margin};
}

void ParagraphBuilder::add(const TextLine& line) {
    Visual visual = visual_of(line);
    if (open_ && continues(visual, line.text)) {
        extend(visual, line.text);
        return;
    }
    close();
    open_ = Open{line.text, line.page, visual, visual.x, visual.right};
    open_->number_only = is_lone_paragraph_number(line.text);
}

void ParagraphBuilder::end_page(std::vector<Paragraph> footnotes, double foot) {
    for (Paragraph& footnote : footnotes)
        waiting_.push_back(std::move(footnote));
    space_left_ = open_ ? foot - open_->last.bottom : 0;
}

std::vector<Paragraph> ParagraphBuilder::finish() {
    close();
    flush_footnotes();
    return std::move(paragraphs_);
}

bool ParagraphBuilder::continues(const Visual& line, const std::string& text) const {
    const Visual& above = open_->last;
    if (open_->number_only)
        return true;
    if (size_t number = paragraph_number_length(text))
        return continues_number_list(open_->text, text, number);
    if (line.page == above.page &&
        std::abs(line.bottom - above.bottom) <= kSameBaseline * line.height)
        return line.x >= above.right - 1;
    if (std::abs(line.height - above.height) > kFontChange * std::max(line.height, above.height))
        return false;
    if (open_->hanging && line.x < above.x - kIndent * line.height)
        return false;  // The first line of the next paragraph with a hanging indent.
    if (line.page != above.page || line.bottom < above.bottom - 0.5 * line.height)
        return !ends_before_break(line);
    if (line.bottom - above.bottom > kParagraphGap * expected_pitch(line.height))
        return false;
    if (open_->lines > 1 && line.x > above.x + kIndent * line.height)
        return false;  // A first-line indent.
    return !(ends_sentence(open_->text) && last_line_is_short());
}

// At a page or column break, where gaps say nothing: a paragraph that stops mid-sentence runs on;
// one that ended a sentence on a short line, or before an indented line, has ended.
bool ParagraphBuilder::ends_before_break(const Visual& line) const {
    // A heading or title of a line or two, far above the foot of its page: a title page, a
    // chapter's end. (A longer paragraph can be pushed to the next page mid-sentence.)
    bool next_page = line.page != open_->last.page;
    if (next_page && open_->lines <= 2 &&
        space_left_ > kPageLeftShort * expected_pitch(line.height))
        return true;
    if (!ends_sentence(open_->text))
        return false;
    if (open_->lines < 2 || last_line_is_short())
        return true;
    return line.x > open_->left + kIndent * line.height;
}

// The paragraph's own line spacing once it has two lines, else the document's.
double ParagraphBuilder::expected_pitch(double height) const {
    return open_->pitch > 0 ? open_->pitch : metrics_.line_pitch(height);
}

bool ParagraphBuilder::last_line_is_short() const {
    const Open& open = *open_;
    return open.lines >= 2 && open.last.right - open.left < kShortLine * (open.right - open.left);
}

void ParagraphBuilder::extend(const Visual& line, const std::string& text) {
    Open& open = *open_;
    Visual& last = open.last;
    if (line.page == last.page &&
        std::abs(line.bottom - last.bottom) <= kSameBaseline * line.height) {
        open.text += ' ';
        open.text += text;
        last.right = std::max(last.right, line.right);
    } else if (open.number_only) {
        // The text of a number set on a line of its own: together they are the first line.
        open.text += ' ';
        open.text += text;
        last = line;
    } else {
        if (line.page == last.page && line.bottom > last.bottom) {
            double pitch = line.bottom - last.bottom;
            open.pitch = open.pitch > 0 ? std::min(open.pitch, pitch) : pitch;
        }
        if (open.lines == 1)
            open.hanging = line.x > last.x + kIndent * line.height;
        append_line(open.text, text, vocabulary_);
        last = line;
        ++open.lines;
    }
    open.left = std::min(open.left, line.x);
    open.right = std::max(open.right, last.right);
    open.number_only = false;
}

void ParagraphBuilder::close() {
    if (!open_)
        return;
    paragraphs_.push_back({finished_paragraph_text(std::move(open_->text)), open_->page, false});
    open_.reset();
    flush_footnotes();
}

void ParagraphBuilder::flush_footnotes() {
    for (Paragraph& footnote : waiting_)
        paragraphs_.push_back(std::move(footnote));
    waiting_.clear();
}

}  // namespace rightstrack::ingest
