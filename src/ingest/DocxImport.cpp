#include "ingest/DocxImport.h"

#include "core/Text.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/LineText.h"
#include "ingest/OhchrMatrix.h"
#include "ingest/OhchrMatrixImport.h"
#include "ingest/OhchrMatrixLayouts.h"
#include "ingest/UnDocument.h"

namespace rightstrack::ingest {
namespace {

constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::string_view kEmptyZipMagic = "PK\x05\x06";
constexpr std::string_view kOle2Magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           core::ascii_lower(text.substr(text.size() - suffix.size())) == suffix;
}

void add_paragraph(const DocxParagraph& paragraph, std::vector<Paragraph>& paragraphs) {
    std::string text = paragraph.text;
    for (char& c : text)
        if (c == '\t' || c == '\n')
            c = ' ';
    text = finished_paragraph_text(clean_line_text(text));
    if (!core::trim(text).empty())
        paragraphs.push_back({std::move(text), 0, false});
}

const DocxTable* first_table(const std::vector<DocxBlock>& blocks) {
    for (const DocxBlock& block : blocks)
        if (const auto* table = std::get_if<DocxTable>(&block); table && !table->rows.empty())
            return table;
    return nullptr;
}

core::Error unknown_document(const std::vector<DocxBlock>& blocks, const std::string& file_name) {
    const DocxTable* table = first_table(blocks);
    std::string tables = table ? "its first table row is '" + describe_row(table->rows.front()) +
                                     "', not the header of an OHCHR matrix"
                               : "it has no table";
    return core::Error::invalid_input(
        "is a Word document rightstrack cannot read: not an OHCHR thematic matrix (" + tables +
            ", such as 'Recommendation | Position | Full list of themes') and not a UN document "
            "(its text names no UN document symbol)",
        file_name);
}

}  // namespace

bool looks_like_word_document(std::string_view bytes, std::string_view file_name) {
    return bytes.starts_with(kZipMagic) || bytes.starts_with(kEmptyZipMagic) ||
           bytes.starts_with(kOle2Magic) || ends_with_ignoring_case(file_name, ".docx");
}

std::vector<Paragraph> paragraphs_of_docx(const std::vector<DocxBlock>& blocks) {
    std::vector<Paragraph> paragraphs;
    for (const DocxBlock& block : blocks) {
        if (const auto* paragraph = std::get_if<DocxParagraph>(&block)) {
            add_paragraph(*paragraph, paragraphs);
            continue;
        }
        for (const DocxRow& row : std::get<DocxTable>(block).rows)
            for (const DocxCell& cell : row.cells)
                for (const DocxParagraph& paragraph : cell.paragraphs)
                    add_paragraph(paragraph, paragraphs);
    }
    return paragraphs;
}

core::Result<model::ImportBatch> read_word_document(std::string_view bytes,
                                                    const std::string& file_name) {
    auto blocks = TRY(read_docx(bytes, file_name));
    if (has_matrix_table(blocks)) {
        auto matrix = TRY(parse_ohchr_matrix(blocks, file_name));
        return import_ohchr_matrix(matrix, file_name);
    }
    auto paragraphs = paragraphs_of_docx(blocks);
    auto identity = identify_document(paragraphs);
    if (identity.symbol.empty() && identity.kind.empty())
        return unknown_document(blocks, file_name);
    return read_un_document(paragraphs, bytes, file_name);
}

}  // namespace rightstrack::ingest
