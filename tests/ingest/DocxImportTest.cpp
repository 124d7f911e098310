// Importing Word documents: a matrix and a UPR Working Group report of our own made into DOCX
// files here, through read_import_file() as `rightstrack import` calls it; the batch a matrix
// gives (document, ids, responses, labels it defines); and the refusals. The real matrices are
// imported end to end in tests/cli/MatrixImportTest.cpp.
#include <gtest/gtest.h>

#include "ingest/DocxImport.h"
#include "ingest/ImportFile.h"
#include "ingest/OhchrMatrixImport.h"
#include "support/DocxFiles.h"

namespace rightstrack::ingest {
namespace {

using testing::docx_of;
using testing::word_paragraph;
using testing::word_table;
using Strings = std::vector<std::string>;

const Strings kThemesHeader = {"Recommendation", "Position", "Full list of themes",
                               "Assessment/comments on level of implementation"};
constexpr const char* kMatrixTitle =
    "UPR of Kyrgyzstan (3rd Cycle \u2013 35th session) Thematic list of recommendations";

std::string matrix_docx() {
    return docx_of(
        word_table({
            kThemesHeader,
            {"Theme: A12 Acceptance of international norms"},
            {"112.1. Ratify the Optional Protocol to the Convention against Torture (Norway);\n"
             "Source of position: A/HRC/44/9/Add.1 - Para. 3",
             "Supported",
             "A12 Acceptance of international norms\nS16 SDG 16 - peace, justice and strong "
             "institutions\nAffected persons:\n- general\n- Persons deprived of their liberty",
             ""},
            {"112.2. Consider ratifying the Convention on migrant workers (Mexico);\n"
             "Source of position: A/HRC/44/9/Add.1 - Para. 4",
             "Noted", "A12 Acceptance of international norms\nAffected persons:\n- migrants", ""},
            {"Theme: Discrimination against women"},
            {"112.9. Protect women from bride kidnapping (Sweden);\n"
             "Source of position: A/HRC/44/9 - Para. 112",
             "Supported",
             "Discrimination against women\nS05 SDG 5 - gender equality and women's "
             "empowerment\nAffected persons:\n- women\n- persons deprived of their liberty",
             ""},
        }),
        kMatrixTitle);
}

model::ImportBatch import_ok(const std::string& bytes, const std::string& name) {
    auto batch = read_import_file(bytes, name, model::LabelCatalog());
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    return batch.ok() ? batch.release_value() : model::ImportBatch{};
}

std::string import_error(const std::string& bytes, const std::string& name) {
    auto batch = read_import_file(bytes, name, model::LabelCatalog());
    EXPECT_FALSE(batch.ok()) << name << " gave " << (batch.ok() ? batch->recommendations.size() : 0)
                             << " recommendations";
    return batch.ok() ? std::string() : batch.error().describe();
}

const model::Taxonomy* find_taxonomy(const model::ImportBatch& batch, std::string_view code) {
    for (const auto& taxonomy : batch.taxonomies)
        if (taxonomy.code == code)
            return &taxonomy;
    return nullptr;
}

Strings label_codes(const model::Taxonomy& taxonomy) {
    Strings codes;
    for (const auto& label : taxonomy.labels) codes.push_back(label.code);
    return codes;
}

TEST(DocxImport, ImportsAMatrixUnderItsWorkingGroupReport) {
    std::string bytes = matrix_docx();
    auto batch = import_ok(bytes, "matrix.docx");
    EXPECT_EQ(batch.format, "ohchr-matrix");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& document = batch.documents[0];
    EXPECT_EQ(document.symbol, "A/HRC/44/9");  // Two of three positions cite its addendum.
    EXPECT_EQ(document.state, "KGZ");
    EXPECT_EQ(document.session, 35);
    EXPECT_EQ(document.cycle, 3);
    EXPECT_EQ(document.title, kMatrixTitle);
    EXPECT_EQ(document.language, "en");
    EXPECT_TRUE(document.sha256.empty()) << "the matrix is not the report's own file";
    ASSERT_EQ(batch.recommendations.size(), 3u);
    const model::Recommendation& first = batch.recommendations[0];
    EXPECT_EQ(first.document, "A/HRC/44/9");
    EXPECT_EQ(first.paragraph, "112.1");
    EXPECT_EQ(first.text, "Ratify the Optional Protocol to the Convention against Torture");
    EXPECT_EQ(first.recommending_states, (Strings{"NOR"}));
    EXPECT_EQ(first.response, model::Response::Supported);
    EXPECT_EQ(first.response_source, "A/HRC/44/9/Add.1");
    EXPECT_EQ(first.provenance.importer, "ohchr-matrix");
    EXPECT_EQ(first.provenance.importer_version, "1");
    EXPECT_EQ(first.provenance.source_ref, "theme: A12 Acceptance of international norms");
    EXPECT_EQ(first.labels, (std::vector<model::LabelRef>{
                                {"affected_persons", "general"},
                                {"affected_persons", "persons-deprived-of-their-liberty"},
                                {"sdgs", "16"},
                                {"themes", "A12"}}));
    EXPECT_EQ(batch.recommendations[1].response, model::Response::Noted);
    EXPECT_EQ(batch.recommendations[2].response_source, "A/HRC/44/9");
    // Labels written without a code are known by their name.
    EXPECT_EQ(
        batch.recommendations[2].labels,
        (std::vector<model::LabelRef>{{"affected_persons", "persons-deprived-of-their-liberty"},
                                      {"affected_persons", "women"},
                                      {"sdgs", "5"},
                                      {"themes", "discrimination-against-women"}}));
    // The same input gives the same ids; another report's symbol gives others.
    auto again = import_ok(bytes, "copy.docx");
    EXPECT_EQ(again.recommendations[0].id, first.id);
    EXPECT_NE(batch.recommendations[1].id, first.id);
}

TEST(DocxImport, AMatrixDefinesItsLabelsWithTheirNamesAsWritten) {
    auto batch = import_ok(matrix_docx(), "matrix.docx");
    const model::Taxonomy* themes = find_taxonomy(batch, "themes");
    const model::Taxonomy* persons = find_taxonomy(batch, "affected_persons");
    const model::Taxonomy* sdgs = find_taxonomy(batch, "sdgs");
    ASSERT_TRUE(themes && persons && sdgs);
    EXPECT_EQ(label_codes(*themes), (Strings{"A12", "discrimination-against-women"}));
    EXPECT_EQ(themes->labels[0].names,
              (std::vector<model::Translation>{{"en", "Acceptance of international norms"}}));
    // Spelt twice, "Persons deprived ..." and "persons deprived ...": one label, named as first
    // written.
    EXPECT_EQ(label_codes(*persons),
              (Strings{"general", "persons-deprived-of-their-liberty", "migrants", "women"}));
    EXPECT_EQ(persons->labels[1].names[0].text, "Persons deprived of their liberty");
    EXPECT_EQ(label_codes(*sdgs), (Strings{"16", "5"}));
}

// The layout with a States column numbers its rights instead ("2.1. ..."); SDG targets have
// their goal as parent; a row without a position is pending.
TEST(DocxImport, NumberedThemesAreKnownByTheirNameAndTargetsByTheirGoal) {
    MatrixDocument matrix;
    matrix.state_under_review = "EGY";
    matrix.cycle = 2;
    MatrixRecommendation row;
    row.paragraph = "166.6";
    row.text = "Ratify the Rome Statute of the ICC";
    row.recommending_states = {"CHL"};
    row.position_source = "A/HRC/28/16/Add.1";
    row.themes = {"2.1. Acceptance of international norms", "16. Right to an effective remedy"};
    row.sdgs = {"5.2"};
    matrix.recommendations = {row};
    auto batch = import_ohchr_matrix(matrix, "egypt.docx");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(batch->documents.at(0).symbol, "A/HRC/28/16");
    EXPECT_EQ(batch->documents.at(0).session, std::nullopt);
    EXPECT_EQ(batch->documents.at(0).cycle, 2);
    const auto& r = batch->recommendations.at(0);
    EXPECT_EQ(r.response, model::Response::Pending);
    EXPECT_EQ(r.labels,
              (std::vector<model::LabelRef>{{"sdgs", "5.2"},
                                            {"themes", "acceptance-of-international-norms"},
                                            {"themes", "right-to-an-effective-remedy"}}));
    const model::Taxonomy* themes = find_taxonomy(*batch, "themes");
    ASSERT_NE(themes, nullptr);
    EXPECT_EQ(themes->labels.at(0).names.at(0).text, "Acceptance of international norms");
    const model::Taxonomy* sdgs = find_taxonomy(*batch, "sdgs");
    ASSERT_NE(sdgs, nullptr);
    EXPECT_EQ(sdgs->labels.at(0).parent, "5");
}

TEST(DocxImport, LabelSlugsAreLowerCaseWordsJoinedByHyphens) {
    EXPECT_EQ(label_slug("Migrants & domestic workers"), "migrants-domestic-workers");
    EXPECT_EQ(label_slug("minorities/ racial, ethnic groups"), "minorities-racial-ethnic-groups");
    EXPECT_EQ(label_slug("  Lesbian, gay (LGBTI) "), "lesbian-gay-lgbti");
    EXPECT_EQ(label_slug("Дети"), "дети");
}

TEST(DocxImport, AMatrixWithoutSessionOrSourcesIsRefused) {
    std::string bytes = docx_of(
        word_table({kThemesHeader,
                    {"Theme: D23 Death penalty"},
                    {"5.1. Abolish the death penalty (Chile);", "Noted", "D23 Death penalty", ""}}),
        "UPR of Kyrgyzstan - Second Cycle Thematic list of recommendations");
    EXPECT_EQ(import_error(bytes, "matrix.docx"),
              "matrix.docx: the matrix names neither its Working Group session nor a report as "
              "the source of any position, so the review its recommendations come from cannot "
              "be told");
}

TEST(DocxImport, AMatrixWithoutSourcesBelongsToItsReview) {
    std::string bytes = docx_of(
        word_table({kThemesHeader,
                    {"Theme: D23 Death penalty"},
                    {"5.1. Abolish the death penalty (Chile);", "Noted", "D23 Death penalty", ""}}),
        "UPR of Kyrgyzstan (2nd Cycle \u2013 21st session)");
    auto batch = import_ok(bytes, "matrix.docx");
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "UPR/21/KGZ");
    EXPECT_EQ(batch.documents[0].cycle, 2);
    EXPECT_EQ(batch.recommendations.at(0).response_source, "");
}

// A report of our own in the layout of the UN's DOCX files: the symbol in the page header, the
// masthead in a table (with the symbol or, as on some, without), then the report's paragraphs.
std::string report_docx(const std::string& masthead_symbol = "A/HRC/15/2") {
    std::string body =
        word_table({{"United Nations", masthead_symbol},
                    {"General Assembly", "Distr.: General\n16 June 2010\nOriginal: English"}}) +
        word_paragraph("Human Rights Council") + word_paragraph("Fifteenth session") +
        word_paragraph("Report of the Working Group on the Universal Periodic Review*") +
        word_paragraph("Kyrgyzstan") + word_paragraph("Introduction") +
        word_paragraph(
            "1. The Working Group on the Universal Periodic Review held its eighth "
            "session from 3 to 14 May 2010. The review of Kyrgyzstan was held at the "
            "1st meeting, on 5 May 2010.") +
        word_paragraph("II. Conclusions and/or recommendations") +
        word_paragraph(
            "76. The recommendations formulated during the interactive dialogue and "
            "listed below have been examined by Kyrgyzstan and enjoy its support:") +
        word_paragraph("76.1. Adopt a law on the national preventive mechanism (Norway);") +
        word_paragraph("76.2. Guarantee the independence of the judiciary (Spain, Chile);") +
        word_paragraph("77. The recommendations below did not enjoy the support of Kyrgyzstan:") +
        word_paragraph("77.1. Abolish the death penalty (France).") +
        word_paragraph(
            "78. All conclusions and/or recommendations contained in the present "
            "report reflect the position of the submitting State(s) and/or the State "
            "under review thereon.");
    return docx_of(body, "A/HRC/15/2");
}

TEST(DocxImport, ImportsAUnReportInDocxAsItWouldAPdf) {
    auto batch = import_ok(report_docx(), "report.docx");
    EXPECT_EQ(batch.format, "upr-wg-report");
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/15/2");
    EXPECT_EQ(batch.documents[0].state, "KGZ");
    EXPECT_EQ(batch.documents[0].session, 8);
    EXPECT_EQ(batch.documents[0].date, "2010-06-16");
    ASSERT_EQ(batch.recommendations.size(), 3u);
    EXPECT_EQ(batch.recommendations[1].paragraph, "76.2");
    EXPECT_EQ(batch.recommendations[1].text, "Guarantee the independence of the judiciary");
    EXPECT_EQ(batch.recommendations[1].recommending_states, (Strings{"ESP", "CHL"}));
    EXPECT_EQ(batch.recommendations[2].response, model::Response::Noted);
}

TEST(DocxImport, FindsTheSymbolInThePageHeaderWhenTheBodyLacksIt) {
    auto batch = import_ok(report_docx(""), "report.docx");
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/15/2");
    EXPECT_EQ(batch.recommendations.size(), 3u);
}

TEST(DocxImport, ParagraphsPutThePageHeadersFirstAndReadTablesInOrder) {
    std::vector<DocxBlock> blocks = {
        DocxParagraph{"A/HRC/15/2", "Header"},
        DocxParagraph{"Before\tthe\ntable", ""},
        DocxTable{{DocxRow{{DocxCell{{{"Cell 1", ""}, {"", ""}}}, DocxCell{{{"Cell 2", ""}}}}}}},
        DocxParagraph{"Soft\u00adhyphen and e\u0301", ""},
    };
    std::vector<std::string> texts;
    for (const Paragraph& paragraph : paragraphs_of_docx(blocks)) {
        texts.push_back(paragraph.text);
        EXPECT_EQ(paragraph.page, 0);
    }
    EXPECT_EQ(texts, (Strings{"A/HRC/15/2", "Before the table", "Cell 1", "Cell 2",
                              "Softhyphen and \u00e9"}));
}

TEST(DocxImport, RefusesADocxThatIsNotAZip) {
    EXPECT_EQ(import_error("id,session\n1,2\n", "matrix.docx"),
              "matrix.docx: is not a DOCX (not a zip archive)");
}

TEST(DocxImport, RefusesAZipWithoutAWordDocument) {
    EXPECT_EQ(import_error(testing::zip_of({{"notes.txt", "no Word here"}}), "notes.zip"),
              "notes.zip: is a zip archive but not a Word document (it has no "
              "word/document.xml)");
}

TEST(DocxImport, RefusesTablesOfUnknownLayoutWithoutUnDocumentText) {
    std::string bytes = docx_of(word_paragraph("Minutes of the meeting") +
                                word_table({{"Item", "Owner"}, {"Budget", "Finance"}}));
    EXPECT_EQ(import_error(bytes, "minutes.docx"),
              "minutes.docx: is a Word document rightstrack cannot read: not an OHCHR thematic "
              "matrix (its first table row is 'Item | Owner', not the header of an OHCHR "
              "matrix, such as 'Recommendation | Position | Full list of themes') and not a UN "
              "document (its text names no UN document symbol)");
}

TEST(DocxImport, RefusesAMatrixHeaderOfUnknownLayout) {
    std::string bytes = docx_of(
        word_table({{"Recommendation", "Ministry"}, {"1.1 Do (Chile)", "X"}}), kMatrixTitle);
    EXPECT_EQ(import_error(bytes, "matrix.docx"),
              "matrix.docx: not an OHCHR matrix layout rightstrack knows: the table header is "
              "'Recommendation | Ministry'");
}

TEST(DocxImport, RefusesAnOldBinaryWordDocument) {
    std::string bytes = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0');
    EXPECT_TRUE(
        import_error(bytes, "old.doc").starts_with("old.doc: is an old binary Word document"));
}

}  // namespace
}  // namespace rightstrack::ingest
