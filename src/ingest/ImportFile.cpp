#include "ingest/ImportFile.h"

#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/DocxImport.h"
#include "ingest/ExchangeCsv.h"
#include "ingest/ExchangeJsonl.h"
#include "ingest/HtmlReader.h"
#include "ingest/PlainTextReader.h"
#include "ingest/TextDecoding.h"
#include "ingest/UnDocument.h"
#include "ingest/UprInfoCsv.h"

namespace rightstrack::ingest {
namespace {

// Rows read to decide whether a text is CSV.
constexpr size_t kCsvSampleRows = 5;

bool is_known_csv_header(const CsvRow& header) {
    return is_upr_info_header(header) || is_exchange_header(header);
}

// A text is taken for CSV when its first line is a header rightstrack knows, or when its first
// rows have the same number of fields, two or more: a table of unknown layout, which gets the
// CSV reader's error rather than being read as prose. A CSV that does not even parse is CSV if
// its first line holds a comma.
bool looks_like_csv(std::string_view utf8, const std::string& file_name) {
    CsvReader reader(utf8, file_name);
    size_t fields = 0;
    for (size_t row = 0; row < kCsvSampleRows; ++row) {
        auto next = reader.next();
        if (!next.ok())
            return utf8.substr(0, utf8.find('\n')).find(',') != std::string_view::npos;
        if (!next->has_value())
            break;
        const CsvRow& csv_row = **next;
        if (row == 0 && is_known_csv_header(csv_row))
            return true;
        if (csv_row.fields.size() < 2 || (fields != 0 && csv_row.fields.size() != fields))
            return false;
        fields = csv_row.fields.size();
    }
    return fields >= 2;
}

core::Result<model::ImportBatch> read_csv(std::string_view utf8, const std::string& file_name,
                                          const model::LabelCatalog& labels) {
    CsvReader reader(utf8, file_name);
    auto header = TRY(reader.next());
    if (!header)
        return core::Error::invalid_input("the file is empty", file_name);
    if (is_upr_info_header(*header))
        return read_upr_info_csv(reader, *header, labels);
    if (is_exchange_header(*header))
        return read_exchange_csv(reader, *header, labels);
    return core::Error::invalid_input(
        "unrecognised CSV layout: expected UPR Info's export (id, session, cycle, "
        "state_under_review, recommending_state, response, action_category, issues, text) "
        "or rightstrack's own export (id, document, mechanism, ...)",
        file_name + ":1");
}

// A UN document read from text: HTML or plain text (`what`).
core::Result<model::ImportBatch> read_un_text(const std::vector<Paragraph>& paragraphs,
                                              std::string_view utf8, const std::string& file_name,
                                              std::string_view what) {
    if (paragraphs.empty())
        return core::Error::invalid_input(
            "this " + std::string(what) + " file holds no text: nothing to import", file_name);
    return read_un_document(paragraphs, utf8, file_name);
}

}  // namespace

core::Result<model::ImportBatch> read_import_file(std::string bytes,
                                                  const std::string& file_name,
                                                  const model::LabelCatalog& labels) {
    if (looks_like_pdf(bytes))
        return read_un_pdf(bytes, file_name);
    if (looks_like_word_document(bytes, file_name))
        return read_word_document(bytes, file_name);
    auto decoded = TRY(decode_text(std::move(bytes), file_name));
    const std::string& utf8 = decoded.utf8;
    if (core::trim(utf8).empty())
        return core::Error::invalid_input("the file is empty", file_name);
    if (looks_like_html(utf8))
        return read_un_text(read_html(utf8), utf8, file_name, "HTML");
    bool jsonl = looks_like_jsonl(utf8);
    if (!jsonl && !looks_like_csv(utf8, file_name))
        return read_un_text(read_plain_text(utf8), utf8, file_name, "text");
    auto batch = jsonl ? TRY(read_exchange_jsonl(utf8, file_name, labels))
                       : TRY(read_csv(utf8, file_name, labels));
    batch.source = file_name;
    return batch;
}

}  // namespace rightstrack::ingest
