#include "ingest/UnDocument.h"

#include "core/Hash.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/PdfReader.h"
#include "ingest/TextLayout.h"
#include "ingest/WgReport.h"

namespace rightstrack::ingest {

bool looks_like_pdf(std::string_view bytes) {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {

std::string describe_kind(const std::string& kind) {
    if (kind == "upr_wg_addendum")
        return "an addendum to a UPR Working Group report";
    if (kind == "concluding_observations")
        return "Treaty Body concluding observations";
    return "a document of unknown layout";
}

core::Result<model::ImportBatch> parse_by_kind(const std::vector<Paragraph>& paragraphs,
                                               const DocumentIdentity& identity,
                                               const std::string& file_name) {
    if (identity.kind == "upr_wg_report")
        return parse_wg_report(paragraphs, identity, file_name);
    if (identity.symbol.empty() && identity.mechanism.empty())
        return core::Error::invalid_input(
            "this does not look like a UN document: no UN document symbol (such as A/HRC/15/2 "
            "or CCPR/C/KGZ/CO/3) and no UN mechanism named at its start",
            file_name);
    std::string what = describe_kind(identity.kind);
    if (!identity.symbol.empty())
        what += " (" + identity.symbol + ")";
    return core::Error::invalid_input(
        what + ": rightstrack reads UPR Working Group reports; other UN documents are not "
               "supported yet",
        file_name);
}

}  // namespace

core::Result<model::ImportBatch> read_un_document(const std::vector<Paragraph>& paragraphs,
                                                  std::string_view file_bytes,
                                                  const std::string& file_name) {
    auto batch = TRY(parse_by_kind(paragraphs, identify_document(paragraphs), file_name));
    auto sha256 = core::sha256_hex(file_bytes);
    for (auto& document : batch.documents)
        document.sha256 = sha256;
    batch.source = file_name;
    return batch;
}

core::Result<model::ImportBatch> read_un_pdf(std::string_view bytes, const std::string& file_name) {
    auto pages = TRY(read_pdf_pages(bytes, file_name));
    return read_un_document(paragraphs_of(pages), bytes, file_name);
}

}  // namespace rightstrack::ingest
