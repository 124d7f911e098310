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

}  // namespace

core::Result<model::ImportBatch> read_un_pdf(std::string_view bytes, const std::string& file_name) {
    auto pages = TRY(read_pdf_pages(bytes, file_name));
    auto paragraphs = paragraphs_of(pages);
    auto identity = identify_document(paragraphs);
    if (identity.kind == "upr_wg_report") {
        auto batch = TRY(parse_wg_report(paragraphs, identity, file_name));
        for (auto& document : batch.documents)
            document.sha256 = core::sha256_hex(bytes);
        return batch;
    }
    std::string what = describe_kind(identity.kind);
    if (!identity.symbol.empty())
        what += " (" + identity.symbol + ")";
    return core::Error::invalid_input(what + ": rightstrack reads UPR Working Group reports "
                                             "from PDF; other UN documents are not supported yet",
                                      file_name);
}

}  // namespace rightstrack::ingest
