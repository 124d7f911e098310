#include "ingest/OhchrMatrix.h"

#include <unordered_map>

#include "core/Text.h"
#include "ingest/OhchrMatrixCells.h"
#include "ingest/OhchrMatrixLayouts.h"

namespace rightstrack::ingest {
namespace {

constexpr const char* kExpectedTitle = "a title such as 'UPR of China (3rd Cycle – 31st session)'";

size_t non_empty_cells(const DocxRow& row) {
    size_t count = 0;
    for (const DocxCell& cell : row.cells) count += core::trim(cell.text()).empty() ? 0 : 1;
    return count;
}

// "Thematic list of recommendations Page 3 of 52" -> "Thematic list of recommendations".
std::string without_page_number(std::string text) {
    for (size_t at = text.find("Page "); at != std::string::npos; at = text.find("Page ", at + 1))
        if (at + 5 < text.size() && text[at + 5] >= '0' && text[at + 5] <= '9')
            return std::string(core::trim(text.substr(0, at)));
    return text;
}

// The title as a reader sees it: the page header's parts (tabs and breaks between them) without
// the page number ("UPR of China (...)\tThematic list of recommendations\tPage 3 of 52").
std::string title_text(std::string_view header) {
    std::vector<std::string> parts;
    for (std::string_view line : core::split(header, "\n"))
        for (std::string_view part : core::split(line, "\t")) {
            std::string clean = without_page_number(core::collapse_whitespace(part));
            if (!clean.empty())
                parts.push_back(std::move(clean));
        }
    return core::join(parts, " ");
}

std::string paragraph_prefix(const MatrixRecommendation& recommendation) {
    return recommendation.paragraph.empty() ? std::string()
                                            : "paragraph " + recommendation.paragraph + ": ";
}

// Walks the blocks in order, keeping the current layout and theme heading, and collects the
// recommendations, merging the appearances of one paragraph.
class MatrixParser {
public:
    explicit MatrixParser(const std::string& file_name) : file_name_(file_name) {}

    core::Status add(const DocxBlock& block) {
        if (const auto* paragraph = std::get_if<DocxParagraph>(&block)) {
            add_paragraph(*paragraph);
            return {};
        }
        ++table_number_;
        const DocxTable& table = std::get<DocxTable>(block);
        for (size_t i = 0; i < table.rows.size(); ++i) TRY(add_row(table.rows[i], i + 1));
        return {};
    }

    core::Result<MatrixDocument> finish() {
        if (!layout_)
            return unknown_layout();
        if (document_.state_under_review.empty())
            return fail(title_problem_.empty() ? "does not name the State under review (expected " +
                                                     std::string(kExpectedTitle) + ")"
                                               : title_problem_);
        if (document_.recommendations.empty())
            return fail("has the table header of an OHCHR matrix but no recommendations");
        return std::move(document_);
    }

private:
    void add_paragraph(const DocxParagraph& paragraph) {
        if (auto heading = theme_heading(paragraph.text)) {
            section_ = *heading;
            return;
        }
        if (!document_.state_under_review.empty())
            return;
        auto title = parse_title(paragraph.text);
        if (!title)
            return;
        const std::string code = resolve_state_name(title->state_name);
        if (code.empty()) {
            title_problem_ = "names '" + title->state_name + "' as the State under review, " +
                             "which is not a State rightstrack knows";
            return;
        }
        document_.state_under_review = code;
        document_.title = title_text(paragraph.text);
        document_.cycle = title->cycle;
        document_.session = title->session;
    }

    core::Status add_row(const DocxRow& row, size_t row_number) {
        if (auto layout = recognise_layout(row)) {
            layout_ = layout;
            return {};
        }
        if (first_row_.empty())
            first_row_ = describe_row(row);
        if (!layout_) {
            if (looks_like_header(row))
                return unknown_layout(describe_row(row));
            return {};  // A table before the matrix, such as a cover table.
        }
        if (is_heading(row)) {
            std::string text = core::collapse_whitespace(row.cells.front().text());
            section_ = theme_heading(text).value_or(text);
            return {};
        }
        auto added = add_recommendation(row);
        if (!added.ok())
            return fail("table " + std::to_string(table_number_) + ", row " +
                        std::to_string(row_number) + ": " + added.error().message());
        return {};
    }

    // A theme heading is one cell of text across the table ("Theme: A12 ...").
    bool is_heading(const DocxRow& row) const {
        if (non_empty_cells(row) != 1 || core::trim(row.cells.front().text()).empty())
            return false;
        return row.cells.size() == 1 || row.cells.front().grid_span > 1 ||
               theme_heading(row.cells.front().text()).has_value();
    }

    core::Status add_recommendation(const DocxRow& row) {
        const DocxCell* cell = cell_at(row, layout_->recommendation);
        if (cell == nullptr || core::trim(cell->text()).empty())
            return {};
        const DocxCell* labels_cell = cell_at(row, layout_->labels);
        LabelsCell labels = labels_cell ? parse_labels_cell(*labels_cell) : LabelsCell{};
        if (cell->vertical_merge_continue) {
            // The row continues the recommendation above with more of its labels.
            if (!document_.recommendations.empty())
                merge_labels(document_.recommendations.back(), labels);
            return {};
        }
        MatrixRecommendation recommendation = TRY(read_recommendation(row, *cell));
        if (recommendation.recommending_states.empty())
            return core::Error::invalid_input(paragraph_prefix(recommendation) +
                                              "the recommendation names no recommending State");
        recommendation.themes = std::move(labels.themes);
        recommendation.affected_persons = std::move(labels.affected_persons);
        recommendation.sdgs = std::move(labels.sdgs);
        add_or_merge(std::move(recommendation));
        return {};
    }

    core::Result<MatrixRecommendation> read_recommendation(const DocxRow& row,
                                                           const DocxCell& cell) const {
        bool has_states_column = layout_->recommending_states >= 0;
        RecommendationCell parsed = TRY(parse_recommendation_cell(
            cell, has_states_column ? StatesInText::AlsoInColumn : StatesInText::Named));
        MatrixRecommendation recommendation;
        recommendation.paragraph = std::move(parsed.paragraph);
        recommendation.text = std::move(parsed.text);
        recommendation.position_source = std::move(parsed.position_source);
        recommendation.recommending_states = std::move(parsed.states);
        recommendation.section_theme = section_;
        auto located = [&](const core::Error& error) {
            return core::Error::invalid_input(paragraph_prefix(recommendation) + error.message());
        };
        if (const DocxCell* states = cell_at(row, layout_->recommending_states)) {
            auto column = parse_states_cell(*states);
            if (!column.ok())
                return located(column.error());
            if (!column->empty())
                recommendation.recommending_states = column.release_value();
        }
        if (const DocxCell* position = cell_at(row, layout_->position)) {
            auto parsed_position = parse_position_cell(*position);
            if (!parsed_position.ok())
                return located(parsed_position.error());
            recommendation.position = parsed_position.release_value();
        }
        return recommendation;
    }

    static void merge_labels(MatrixRecommendation& into, const LabelsCell& labels) {
        append_unique(into.themes, labels.themes);
        append_unique(into.affected_persons, labels.affected_persons);
        append_unique(into.sdgs, labels.sdgs);
    }

    // A paragraph listed under several themes is one recommendation: the first appearance keeps
    // its place, heading and position; labels and States of later ones are added to it.
    void add_or_merge(MatrixRecommendation recommendation) {
        std::string key = recommendation.paragraph.empty() ? "text:" + recommendation.text
                                                           : recommendation.paragraph;
        auto [found, inserted] = by_key_.try_emplace(key, document_.recommendations.size());
        if (inserted) {
            document_.recommendations.push_back(std::move(recommendation));
            return;
        }
        MatrixRecommendation& first = document_.recommendations[found->second];
        merge_labels(first,
                     {recommendation.themes, recommendation.affected_persons, recommendation.sdgs});
        append_unique(first.recommending_states, recommendation.recommending_states);
        if (first.position.empty())
            first.position = recommendation.position;
        if (first.position_source.empty())
            first.position_source = recommendation.position_source;
    }

    core::Error unknown_layout(const std::string& header = {}) const {
        std::string what = !header.empty()       ? "the table header is '" + header + "'"
                           : !first_row_.empty() ? "the first table row is '" + first_row_ + "'"
                                                 : std::string("the document has no table");
        return fail("not an OHCHR matrix layout rightstrack knows: " + what);
    }

    core::Error fail(const std::string& message) const {
        return core::Error::invalid_input(message, file_name_);
    }

    const std::string& file_name_;
    MatrixDocument document_;
    std::optional<MatrixLayout> layout_;
    std::string section_;
    std::string first_row_;
    std::string title_problem_;
    size_t table_number_ = 0;
    std::unordered_map<std::string, size_t> by_key_;
};

}  // namespace

bool has_matrix_table(const std::vector<DocxBlock>& blocks) {
    for (const DocxBlock& block : blocks) {
        const auto* table = std::get_if<DocxTable>(&block);
        if (table == nullptr)
            continue;
        for (const DocxRow& row : table->rows)
            if (looks_like_header(row) || recognise_layout(row))
                return true;
    }
    return false;
}

core::Result<MatrixDocument> parse_ohchr_matrix(const std::vector<DocxBlock>& blocks,
                                                const std::string& file_name) {
    MatrixParser parser(file_name);
    for (const DocxBlock& block : blocks) TRY(parser.add(block));
    return parser.finish();
}

}  // namespace rightstrack::ingest
