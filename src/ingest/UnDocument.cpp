#include "ingest/UnDocument.h"

#include "core/Hash.h"
#include "ingest/ConcludingObservations.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/PdfReader.h"
#include "ingest/TextLayout.h"
#include "ingest/WgAddendum.h"
#include "ingest/WgReport.h"

namespace rightstrack::ingest {

bool looks_like_pdf(std::string_view bytes) {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {

// What a document rightstrack does not import is, for the UPR's other documents, from the
// pattern of its symbol: the three documents a review is based on
// ("A/HRC/WG.6/20/SVN/1" the national report, ".../2" the UN compilation, ".../3" the summary of
// stakeholders' submissions), the Council's decision adopting the outcome ("A/HRC/DEC/28/111").
std::string describe(const DocumentIdentity& identity) {
    const auto& symbol = identity.symbol;
    std::string what = "a document of unknown layout";
    if (symbol.starts_with("A/HRC/WG.6/") && symbol.ends_with("/1"))
        what = "a national report to the UPR, which holds no recommendations";
    else if (symbol.starts_with("A/HRC/WG.6/") && symbol.ends_with("/2"))
        what = "a UN compilation for the UPR, which cites recommendations but makes none";
    else if (symbol.starts_with("A/HRC/WG.6/") && symbol.ends_with("/3"))
        what = "a summary of stakeholders' submissions to the UPR, which makes no recommendations";
    else if (symbol.starts_with("A/HRC/DEC/"))
        what = "a Human Rights Council decision, which holds no recommendations";
    return symbol.empty() ? what : what + " (" + symbol + ")";
}

core::Result<model::ImportBatch> parse_by_kind(const std::vector<Paragraph>& paragraphs,
                                               const DocumentIdentity& identity,
                                               const std::string& file_name) {
    if (identity.kind == "upr_wg_report")
        return parse_wg_report(paragraphs, identity, file_name);
    if (identity.kind == "upr_wg_addendum")
        return parse_wg_addendum(paragraphs, identity, file_name);
    if (identity.kind == "concluding_observations")
        return parse_concluding_observations(paragraphs, identity, file_name);
    if (identity.symbol.empty() && identity.mechanism.empty())
        return core::Error::invalid_input(
            "this does not look like a UN document: no UN document symbol (such as A/HRC/15/2 "
            "or CCPR/C/KGZ/CO/3) and no UN mechanism named at its start",
            file_name);
    return core::Error::invalid_input(
        describe(identity) + ": rightstrack reads UPR Working Group reports, their addenda and "
                             "Treaty Body concluding observations; other UN documents are not "
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
