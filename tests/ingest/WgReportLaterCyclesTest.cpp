// Working Group reports and addenda of the later cycles, on texts of our own in their layout
// (none is in ../shared/data): a fourth-cycle report as pdftotext writes it, as a web page and
// as a Word document, which must give the same records; a third-cycle report's three sections
// with thematic sub-headings; the report's French, Spanish and Russian editions; and addenda that
// list positions in sentences, in bare "Supported: ..." lists, in French, Spanish and Russian.
#include <gtest/gtest.h>

#include <regex>
#include <tuple>

#include "ingest/ImportFile.h"
#include "ingest/PlainTextReader.h"
#include "ingest/WgReport.h"
#include "support/DocxFiles.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::docx_of;
using rightstrack::testing::read_file;
using rightstrack::testing::test_data;
using rightstrack::testing::word_paragraph;
using Lines = std::vector<std::string>;

model::ImportBatch import_ok(const std::string& bytes, const std::string& name) {
    auto batch = read_import_file(bytes, name, model::LabelCatalog());
    EXPECT_TRUE(batch.ok()) << name << ": " << batch.error().describe();
    return batch.ok() ? batch.release_value() : model::ImportBatch{};
}

// Each recommendation as "paragraph | States | response | text".
Lines records(const model::ImportBatch& batch) {
    Lines out;
    for (const auto& r : batch.recommendations) {
        std::string states;
        for (const auto& state : r.recommending_states)
            states += (states.empty() ? "" : " ") + state;
        out.push_back(r.paragraph + " | " + states + " | " +
                      std::string(model::response_code(r.response)) + " | " + r.text);
    }
    return out;
}

// Each position of an addendum as "paragraph response".
Lines positions(const model::ImportBatch& batch) {
    Lines out;
    for (const auto& s : batch.responses)
        out.push_back(s.paragraph + " " + std::string(model::response_code(s.response)));
    return out;
}

// The fourth-cycle report of tests/data/un-text/report-cycle4.*: one section that all
// recommendations will be examined in, items numbered "120.1" without a final point grouped
// under thematic sub-headings, each State in brackets of its own with the long names the UN
// writes ("Iran (Islamic Republic of)") broken across lines, a page break and its footnote
// inside an item, a footnote mark after a number with a point in it.
const Lines kCycle4Records = {
    "120.1 | VEN PSE | pending | Ratify the Optional Protocol to the International Covenant on "
    "Economic, Social and Cultural Rights",
    "120.2 | COD BOL | pending | Consider ratifying the International Convention on the "
    "Protection of the Rights of All Migrant Workers and Members of Their Families",
    "120.3 | GBR | pending | Ratify the Rome Statute of the International Criminal Court and "
    "align its national legislation fully with it",
    "120.4 | TUR | pending | Establish an independent mechanism to investigate allegations of "
    "torture and ill-treatment in places of detention, in line with the Istanbul Protocol",
    "120.5 | IRN | pending | Allocate at least 3.5 million tugriks a year to the national "
    "preventive mechanism",
    "120.6 | CZE MKD | pending | Adopt a comprehensive anti-discrimination law that prohibits "
    "discrimination on all grounds, including sexual orientation and gender identity",
    "120.7 | CIV TZA VAT | pending | Strengthen measures to prevent violence against women and "
    "girls, including domestic violence",
};

TEST(WgReportLaterCycles, ReadsAFourthCycleReportAsPdftotextWritesIt) {
    auto batch = import_ok(read_file(test_data("un-text/report-cycle4.txt")), "report.txt");
    EXPECT_EQ(records(batch), kCycle4Records);
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/55/12");
    EXPECT_EQ(batch.documents[0].state, "MNG");
    EXPECT_EQ(batch.documents[0].session, 44);
    EXPECT_EQ(batch.documents[0].cycle, 4);
}

TEST(WgReportLaterCycles, TheSameReportAsAWebPageGivesTheSameRecords) {
    auto batch = import_ok(read_file(test_data("un-text/report-cycle4.html")), "report.html");
    EXPECT_EQ(records(batch), kCycle4Records);
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/55/12");
}

// The text's paragraphs as a Word document's, each item's number in a run of its own and a tab
// after it as the UN's Word files set them, the symbol in the page header too. With
// `automatic_numbers`, the report's own paragraph numbers ("120.") are Word's list numbering,
// which is no text of the paragraph.
std::string cycle4_docx(bool automatic_numbers = false) {
    static const std::regex kNumber(R"(^(\d+\.\d+|\d+\.) ([\s\S]*)$)");
    std::string body;
    for (const auto& p : read_plain_text(read_file(test_data("un-text/report-cycle4.txt")))) {
        if (p.footnote)
            continue;
        std::smatch number;
        if (!std::regex_match(p.text, number, kNumber)) {
            body += word_paragraph(p.text);
            continue;
        }
        if (automatic_numbers && number[1].str().ends_with(".")) {
            body += word_paragraph(number[2].str());
            continue;
        }
        body += "<w:p><w:r><w:t>" + number[1].str() + "</w:t></w:r><w:r><w:tab/></w:r>" +
                "<w:r><w:t xml:space=\"preserve\">" + number[2].str() + "</w:t></w:r></w:p>";
    }
    return docx_of(body, "A/HRC/55/12");
}

TEST(WgReportLaterCycles, TheSameReportAsAWordDocumentGivesTheSameRecords) {
    auto batch = import_ok(cycle4_docx(), "report.docx");
    EXPECT_EQ(records(batch), kCycle4Records);
    ASSERT_EQ(batch.documents.size(), 1u);
    EXPECT_EQ(batch.documents[0].symbol, "A/HRC/55/12");
}

TEST(WgReportLaterCycles, AWordDocumentThatNumbersItsParagraphsItselfGivesTheSameRecords) {
    auto batch = import_ok(cycle4_docx(true), "report.docx");
    EXPECT_EQ(records(batch), kCycle4Records);
}

// The same report's French, Spanish and Russian editions: the UN's names of States in those
// languages ("République bolivarienne du Venezuela", "Reino Unido de Gran Bretaña e Irlanda del
// Norte", "Боливарианская Республика Венесуэла"), French spacing before ";" and ":", and the
// Working Group's session read from "a tenu sa quarante-quatrième session", "celebró su
// cuadragésimo cuarto período de sesiones" and "провела свою сорок четвертую сессию".
TEST(WgReportLaterCycles, ReadsTheReportsFrenchSpanishAndRussianEditions) {
    for (const auto& [file, language, first] :
         {std::tuple{"report-cycle4-fr.txt", "fr",
                     "Ratifier le Protocole facultatif se rapportant au Pacte international relatif "
                     "aux droits économiques, sociaux et culturels"},
          std::tuple{"report-cycle4-es.txt", "es",
                     "Ratificar el Protocolo Facultativo del Pacto Internacional de Derechos "
                     "Económicos, Sociales y Culturales"},
          std::tuple{"report-cycle4-ru.txt", "ru",
                     "Ратифицировать Факультативный протокол к Международному пакту об "
                     "экономических, социальных и культурных правах"}}) {
        auto batch = import_ok(read_file(test_data(std::string("un-text/") + file)), file);
        ASSERT_EQ(batch.recommendations.size(), 3u) << file;
        EXPECT_EQ(batch.recommendations[0].text, first);
        EXPECT_EQ(batch.recommendations[0].recommending_states, (Lines{"VEN", "PSE"})) << file;
        EXPECT_EQ(batch.recommendations[1].recommending_states, (Lines{"FRA"})) << file;
        EXPECT_EQ(batch.recommendations[2].recommending_states, (Lines{"GBR"})) << file;
        EXPECT_EQ(batch.recommendations[2].language, language);
        ASSERT_EQ(batch.documents.size(), 1u);
        EXPECT_EQ(batch.documents[0].session, 44) << file;
        EXPECT_EQ(batch.documents[0].cycle, 4) << file;
    }
}

DocumentIdentity third_cycle_report() {
    DocumentIdentity identity;
    identity.symbol = "A/HRC/40/10";
    identity.mechanism = "UPR";
    identity.kind = "upr_wg_report";
    identity.state = "MNG";
    identity.session = 31;
    identity.language = "en";
    return identity;
}

std::vector<Paragraph> paragraphs(const Lines& texts) {
    std::vector<Paragraph> out;
    for (const auto& text : texts) out.push_back({text, 20});
    return out;
}

TEST(WgReportLaterCycles, ReadsAThirdCycleReportsSectionsUnderTheirSubHeadings) {
    auto batch = parse_wg_report(
        paragraphs({
            "II. Conclusions and/or recommendations",
            "139. The following recommendations have been examined by Mongolia and enjoy its "
            "support:",
            "Scope of international obligations",
            "139.1 Ratify the Optional Protocol to the Convention on the Rights of Persons with "
            "Disabilities (Bolivarian Republic of Venezuela);",
            "139.2 Consider ratifying the Convention against Torture (Democratic Republic of the "
            "Congo) (State of Palestine);",
            "Rights of the child",
            "139.3 Prohibit corporal punishment of children in all settings (United Kingdom of "
            "Great Britain and Northern Ireland);",
            "140. The following recommendations will be examined by Mongolia, which will provide "
            "responses in due time, but no later than the fortieth session of the Human Rights "
            "Council:",
            "140.1 Abolish the death penalty in law (Australia);",
            "141. The following recommendations have been examined by Mongolia and have been "
            "noted:",
            "Equality and non-discrimination",
            "141.1 Recognize same-sex unions (Iceland) (Netherlands).",
            "142. All conclusions and/or recommendations contained in the present report "
            "reflect the position of the submitting State(s) and/or the State under review. "
            "They should not be construed as endorsed by the Working Group as a whole.",
        }),
        third_cycle_report(), "report.pdf");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(records(*batch),
              (Lines{"139.1 | VEN | supported | Ratify the Optional Protocol to the Convention "
                     "on the Rights of Persons with Disabilities",
                     "139.2 | COD PSE | supported | Consider ratifying the Convention against "
                     "Torture",
                     "139.3 | GBR | supported | Prohibit corporal punishment of children in all "
                     "settings",
                     "140.1 | AUS | pending | Abolish the death penalty in law",
                     "141.1 | ISL NLD | noted | Recognize same-sex unions"}));
}

TEST(WgReportLaterCycles, SectionsWhoseOpeningLostItsNumberAreNamedByTheirItems) {
    auto batch = parse_wg_report(
        paragraphs({
            "II. Conclusions and/or recommendations",
            "The following recommendations have been examined by Mongolia and enjoy its support:",
            "139.1 Ratify the Convention against Torture (Chile);",
            "139.2 Train judges (Spain).",
            "The following recommendations have been examined by Mongolia and have been noted:",
            "Rights of the child",
            "140.1 Prohibit corporal punishment of children in all settings (Sweden).",
            "All conclusions and/or recommendations contained in the present report reflect the "
            "position of the submitting State(s) and/or the State under review.",
        }),
        third_cycle_report(), "report.docx");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(records(*batch),
              (Lines{"139.1 | CHL | supported | Ratify the Convention against Torture",
                     "139.2 | ESP | supported | Train judges",
                     "140.1 | SWE | noted | Prohibit corporal punishment of children in all "
                     "settings"}));
}

TEST(WgReportLaterCycles, ASubHeadingRunIntoTheItemBeforeIsNotPartOfIt) {
    auto batch = parse_wg_report(
        paragraphs({
            "II. Conclusions and/or recommendations",
            "139. The following recommendations will be examined by Mongolia:",
            "139.1 Ratify the Convention against Torture (Chile); Rights of the child",
            "139.2 Prohibit corporal punishment of children (Sweden); and",
            "139.3 Train judges (Spain); Women and girls shall be protected.",
            "140. All conclusions and/or recommendations contained in the present report "
            "reflect the position of the submitting State(s) and/or the State under review.",
        }),
        third_cycle_report(), "report.pdf");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    // The heading goes; a sentence after the States stays what it was, a recommendation without
    // States, since a heading ends no sentence.
    EXPECT_EQ(records(*batch),
              (Lines{"139.1 | CHL | pending | Ratify the Convention against Torture",
                     "139.2 | SWE | pending | Prohibit corporal punishment of children",
                     "139.3 | ESP | pending | Train judges",
                     "139.3 |  | pending | Women and girls shall be protected"}));
}

// A recent addendum's head, in the language `original` names.
std::string addendum(const std::string& original, const std::string& body) {
    return "United Nations\n\nA/HRC/55/12/Add.1\nGeneral Assembly\n\nDistr.: General\n"
           "28 February 2024\n\nOriginal: " +
           original +
           "\n\nHuman Rights Council\nFifty-fifth session\n26 February\u20135 April 2024\n"
           "Agenda item 6\nUniversal periodic review\n\n" +
           body;
}

const Lines kPositions = {"120.1 supported",          "120.3 supported", "120.4 supported",
                          "120.5 supported",          "120.7 supported", "120.2 noted",
                          "120.6 partially_supported"};

TEST(WgReportLaterCycles, ReadsAnAddendumsListsAfterTheSentenceThatIntroducesThem) {
    auto batch = import_ok(
        addendum("English",
                 "Report of the Working Group on the Universal Periodic Review\nMongolia\n"
                 "Addendum\nViews on conclusions and/or recommendations, voluntary commitments "
                 "and replies\npresented by the State under review\n\n"
                 "1. Mongolia examined the 7 recommendations it received during its fourth "
                 "universal\nperiodic review, held on 10 November 2023.\n\n"
                 "2. Mongolia supports the following recommendations:\n"
                 "120.1, 120.3\u2013120.5 and 120.7.\n\n"
                 "3. Mongolia notes the following recommendation: 120.2.\n\n"
                 "4. Mongolia partially supports recommendation 120.6: it supports the adoption "
                 "of a\ncomprehensive anti-discrimination law and notes the rest of it.\n"),
        "addendum.txt");
    EXPECT_EQ(positions(batch), kPositions);
}

TEST(WgReportLaterCycles, ReadsAnAddendumsBareListsAndThePartSupported) {
    auto batch = import_ok(
        addendum("English",
                 "Report of the Working Group on the Universal Periodic Review\nMongolia\n"
                 "Addendum\nViews on conclusions and/or recommendations, voluntary commitments "
                 "and replies\npresented by the State under review\n\n"
                 "1. Mongolia examined the 7 recommendations it received during its fourth "
                 "universal\nperiodic review, held on 10 November 2023.\n\n"
                 "Supported: 120.1, 120.3-120.5, 120.7\n\nNoted: 120.2\n\n"
                 "Partially supported: 120.6 (supported: the adoption of a comprehensive\n"
                 "anti-discrimination law)\n"),
        "addendum.txt");
    EXPECT_EQ(positions(batch), kPositions);
}

TEST(WgReportLaterCycles, ReadsFrenchSpanishAndRussianAddenda) {
    auto french = import_ok(
        addendum("French",
                 "Rapport du Groupe de travail sur l\u2019Examen p\u00e9riodique universel\n"
                 "Mongolie\nAdditif\nObservations sur les conclusions et/ou recommandations, "
                 "engagements exprim\u00e9s et\nr\u00e9ponses de l\u2019\u00c9tat examin\u00e9\n\n"
                 "1. La Mongolie a examin\u00e9 les 7 recommandations re\u00e7ues lors de son "
                 "quatri\u00e8me examen\np\u00e9riodique universel.\n\n"
                 "2. La Mongolie accepte les recommandations 120.1, 120.3 \u00e0 120.5 et "
                 "120.7.\n\n3. La Mongolie prend note de la recommandation 120.2.\n\n"
                 "4. La Mongolie accepte partiellement la recommandation 120.6.\n"),
        "additif.txt");
    EXPECT_EQ(positions(french), kPositions);
    ASSERT_EQ(french.documents.size(), 1u);
    EXPECT_EQ(french.documents[0].language, "fr");

    auto spanish = import_ok(
        addendum("Spanish",
                 "Informe del Grupo de Trabajo sobre el Examen Peri\u00f3dico Universal\n"
                 "Mongolia\nAdici\u00f3n\nObservaciones sobre las conclusiones y/o "
                 "recomendaciones, compromisos voluntarios y\nrespuestas del Estado examinado\n\n"
                 "1. Mongolia examin\u00f3 las 7 recomendaciones recibidas durante su cuarto "
                 "examen peri\u00f3dico\nuniversal.\n\n"
                 "2. Mongolia apoya las recomendaciones 120.1, 120.3 a 120.5 y 120.7.\n\n"
                 "3. Mongolia toma nota de la recomendaci\u00f3n 120.2.\n\n"
                 "4. Mongolia apoya parcialmente la recomendaci\u00f3n 120.6.\n"),
        "adicion.txt");
    EXPECT_EQ(positions(spanish), kPositions);
    ASSERT_EQ(spanish.documents.size(), 1u);
    EXPECT_EQ(spanish.documents[0].language, "es");

    auto russian = import_ok(
        addendum("English",
                 "Доклад Рабочей группы по универсальному периодическому обзору\nМонголия\n"
                 "Добавление\nМнения по выводам и/или рекомендациям, добровольные "
                 "обязательства и ответы\nгосударства – объекта обзора\n\n"
                 "1. Монголия рассмотрела 7 рекомендаций, полученных в ходе четвертого\n"
                 "универсального периодического обзора.\n\n"
                 "2. Монголия поддерживает следующие рекомендации:\n120.1, 120.3\u2013120.5 и "
                 "120.7.\n\n3. Монголия принимает к сведению рекомендацию 120.2.\n\n"
                 "Частично поддерживается: 120.6 (поддерживается принятие закона)\n"),
        "dobavlenie.txt");
    EXPECT_EQ(positions(russian), kPositions);
    ASSERT_EQ(russian.documents.size(), 1u);
    EXPECT_EQ(russian.documents[0].language, "ru");
}

}  // namespace
}  // namespace rightstrack::ingest
