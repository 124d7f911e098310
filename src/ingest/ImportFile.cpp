#include "ingest/ImportFile.h"

#include "ingest/CsvReader.h"
#include "ingest/DocxImport.h"
#include "ingest/ExchangeCsv.h"
#include "ingest/ExchangeJsonl.h"
#include "ingest/TextDecoding.h"
#include "ingest/UnDocument.h"
#include "ingest/UprInfoCsv.h"

namespace rightstrack::ingest {
namespace {

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

}  // namespace

core::Result<model::ImportBatch> read_import_file(std::string bytes,
                                                  const std::string& file_name,
                                                  const model::LabelCatalog& labels) {
    if (looks_like_pdf(bytes))
        return read_un_pdf(bytes, file_name);
    if (looks_like_word_document(bytes, file_name))
        return read_word_document(bytes, file_name);
    auto decoded = TRY(decode_text(std::move(bytes), file_name));
    auto batch = looks_like_jsonl(decoded.utf8)
                     ? TRY(read_exchange_jsonl(decoded.utf8, file_name, labels))
                     : TRY(read_csv(decoded.utf8, file_name, labels));
    batch.source = file_name;
    return batch;
}

}  // namespace rightstrack::ingest
