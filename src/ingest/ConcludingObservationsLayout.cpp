#include "ingest/ConcludingObservationsLayout.h"

#include <unicode/uchar.h>

#include <optional>
#include <regex>

#include "core/Folding.h"
#include "core/Text.h"
#include "ingest/ConcludingObservationsPhrasing.h"
#include "ingest/LineText.h"

namespace rightstrack::ingest {
namespace {

// "12. text", or "12." alone when its text is the next paragraph.
const std::regex kNumbered(R"(^(\d{1,3})\.(?:\s+([\s\S]*))?$)");

// Headings are short: the longest real ones ("Right to liberty and security of person, and
// treatment of persons deprived of their liberty") have under a hundred characters.
constexpr size_t kMaxHeadingLength = 160;

size_t code_points(std::string_view text) {
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++count) next_code_point(text, i);
    return count;
}

bool could_be_heading(std::string_view text) {
    if (text.empty() || code_points(text) > kMaxHeadingLength)
        return false;
    return std::string_view(".;:,").find(text.back()) == std::string_view::npos;
}

// Length of a section's marker, "C. " or "III. ", at the start of `text`; 0 if none.
size_t section_marker_length(std::string_view text) {
    size_t i = text.find_first_not_of("IVX");
    if (i == 0 || i == std::string_view::npos) {
        i = 0;
        if (!u_isupper(next_code_point(text, i)))
            return 0;
    }
    if (i + 1 >= text.size() || text[i] != '.' || text[i + 1] != ' ')
        return 0;
    return i + 2;
}

bool is_recommendations_part(std::string_view heading) {
    std::string folded = core::fold_for_matching(heading);
    auto has = [&](std::string_view part) { return folded.find(part) != std::string::npos; };
    return (has("concern") && has("recommendation")) ||
           ((has("обеспокоен") || has("озабочен")) && has("рекомендац")) ||
           (has("preoccupation") && has("recommandation")) ||
           (has("preocupacion") && has("recomendacion"));
}

bool is_subject_heading(std::string_view text) {
    return could_be_heading(text) && u_isupper(first_code_point(text)) && !item_marker_at(text);
}

void append(std::string& text, std::string_view more) {
    if (!text.empty())
        text += ' ';
    text += more;
}

// Whether `text` before `at` ends with `mark` (":" or ";"), a conjunction after it allowed for
// the ";" that joins the last two items ("; and (c)").
bool follows_mark(std::string_view text, size_t at, char mark) {
    std::string_view before = core::trim(text.substr(0, at));
    if (mark == ';')
        before = without_final_conjunction(before);
    return before.ends_with(mark);
}

// Items written inside their paragraph: "(a)" after ":", each next letter after ";".
void split_inline_items(CoParagraph& paragraph) {
    const std::string& text = paragraph.text;
    std::vector<std::pair<size_t, ItemMarker>> markers;
    std::string expected = "a";
    for (size_t i = 1; i < text.size() && !expected.empty(); ++i) {
        if (text[i - 1] != ' ')
            continue;
        auto marker = item_marker_at(text, i);
        if (!marker || marker->label != expected ||
            !follows_mark(text, i, markers.empty() ? ':' : ';'))
            continue;
        markers.emplace_back(i, *marker);
        expected = next_item_label(expected);
    }
    if (markers.size() < 2)
        return;
    for (size_t k = 0; k < markers.size(); ++k) {
        auto [at, marker] = markers[k];
        size_t end = k + 1 < markers.size() ? markers[k + 1].first : text.size();
        std::string body(core::trim(
            std::string_view(text).substr(at + marker.length, end - at - marker.length)));
        std::string written(core::trim(std::string_view(text).substr(at, marker.length)));
        paragraph.items.push_back({marker.label, written, std::move(body), paragraph.page});
    }
    paragraph.text = std::string(core::trim(std::string_view(text).substr(0, markers[0].first)));
}

class LayoutReader {
public:
    void take(const Paragraph& paragraph) {
        if (paragraph.footnote)
            return;  // "* Adopted by the Committee at its ..." and the like.
        std::string_view text = core::trim(paragraph.text);
        if (text.empty())
            return;
        if (awaiting_text_) {
            awaiting_text_ = false;
            current().text = text;
            return;
        }
        std::smatch match;
        std::string owned(text);
        if (std::regex_match(owned, match, kNumbered) && std::stoi(match[1]) > last_number_) {
            start_paragraph(std::stoi(match[1]), match[2].str(), paragraph.page);
            return;
        }
        if (size_t marker = section_marker_length(text); marker && could_be_heading(text)) {
            take_section(text, text.substr(marker));
            return;
        }
        if (auto item = item_marker_at(text); item && open_) {
            take_item(*item, text, paragraph.page);
            return;
        }
        if (is_subject_heading(text)) {
            subject_ = text;
            open_ = false;
            return;
        }
        if (open_)
            append(current().items.empty() ? current().text : current().after_items, text);
    }

    CoLayout finish() {
        for (CoParagraph& paragraph : layout_.paragraphs) {
            if (paragraph.items.empty())
                split_inline_items(paragraph);
        }
        return std::move(layout_);
    }

private:
    CoParagraph& current() { return layout_.paragraphs.back(); }

    void start_paragraph(int number, std::string text, int page) {
        last_number_ = number;
        CoParagraph paragraph;
        paragraph.number = number;
        paragraph.page = page;
        paragraph.text = std::move(text);
        paragraph.in_recommendations_part = in_part_;
        paragraph.subject = subject_path();
        awaiting_text_ = paragraph.text.empty();
        layout_.paragraphs.push_back(std::move(paragraph));
        open_ = true;
    }

    void take_section(std::string_view heading, std::string_view title) {
        if (is_recommendations_part(heading)) {
            in_part_ = true;
            layout_.has_recommendations_part = true;
            section_.clear();
        } else {
            section_ = in_part_ ? std::string(title) : std::string();
        }
        subject_.clear();
        open_ = false;
    }

    // A letter in order starts an item; a Roman numeral inside an item is its sub-item.
    void take_item(const ItemMarker& item, std::string_view text, int page) {
        auto& items = current().items;
        std::string marker(core::trim(text.substr(0, item.length)));
        std::string_view body = text.substr(item.length);
        std::string expected = items.empty() ? "a" : next_item_label(items.back().label);
        bool later_letter = !items.empty() && item.label.size() == 1 &&
                            !is_roman_numeral(item.label) && item.label > items.back().label;
        if (item.label == expected || later_letter) {
            items.push_back({item.label, marker, std::string(body), page});
        } else if (is_roman_numeral(item.label) && !items.empty()) {
            append(items.back().text, text);
        } else {
            append(items.empty() ? current().text : current().after_items, text);
        }
    }

    std::string subject_path() const {
        if (section_.empty() || subject_.empty())
            return section_.empty() ? subject_ : section_;
        return section_ + " / " + subject_;
    }

    CoLayout layout_;
    int last_number_ = 0;
    bool open_ = false;  // Whether unnumbered text continues the last numbered paragraph.
    bool awaiting_text_ = false;
    bool in_part_ = false;
    std::string section_;  // A section inside the recommendations part ("A. General measures").
    std::string subject_;
};

}  // namespace

CoLayout co_layout(const std::vector<Paragraph>& paragraphs) {
    LayoutReader reader;
    for (const Paragraph& paragraph : paragraphs) reader.take(paragraph);
    return reader.finish();
}

}  // namespace rightstrack::ingest
