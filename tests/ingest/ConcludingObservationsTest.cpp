// The Treaty Body concluding observations parser on documents written for these tests in the
// layouts of four Committees (tests/data/concluding-observations): CCPR's "The State party
// should:", CESCR's "The Committee recommends that the State party:" with items inside their
// paragraph, CRC's Roman and lettered sections with urgent measures, and CEDAW's in Russian;
// then the follow-up labels, and refusals.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/Text.h"
#include "ingest/ConcludingObservations.h"
#include "ingest/ConcludingObservationsPhrasing.h"
#include "ingest/PlainTextReader.h"
#include "ingest/UnDocument.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

std::string fixture_text(const std::string& name) {
    return testing::read_file(std::filesystem::path(RIGHTSTRACK_SOURCE_DIR) / "tests" / "data" /
                              "concluding-observations" / name);
}

core::Result<model::ImportBatch> import_fixture(const std::string& name) {
    std::string text = fixture_text(name);
    return read_un_document(read_plain_text(text), text, name);
}

model::ImportBatch imported(const std::string& name) {
    auto batch = import_fixture(name);
    EXPECT_TRUE(batch.ok()) << batch.error().describe();
    return batch.ok() ? batch.release_value() : model::ImportBatch{};
}

using Strings = std::vector<std::string>;

Strings paragraphs_of(const model::ImportBatch& batch) {
    Strings paragraphs;
    for (const auto& r : batch.recommendations) paragraphs.push_back(r.paragraph);
    return paragraphs;
}

// The paragraphs that carry priorities:<code>, in order.
Strings labelled(const model::ImportBatch& batch, std::string_view code) {
    Strings paragraphs;
    for (const auto& r : batch.recommendations) {
        for (const auto& label : r.labels) {
            if (label.taxonomy == "priorities" && label.code == code)
                paragraphs.push_back(r.paragraph);
        }
    }
    return paragraphs;
}

const model::Recommendation& at(const model::ImportBatch& batch, const std::string& paragraph) {
    for (const auto& r : batch.recommendations) {
        if (r.paragraph == paragraph)
            return r;
    }
    static const model::Recommendation none;
    ADD_FAILURE() << "no recommendation " << paragraph;
    return none;
}

TEST(ConcludingObservations, ReadsTheHumanRightsCommitteesLayout) {
    auto batch = imported("ccpr-kgz-co-3.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "CCPR/C/KGZ/CO/3");
    EXPECT_EQ(d.mechanism.code, "CCPR");
    EXPECT_EQ(d.mechanism.kind, model::MechanismKind::TreatyBody);
    EXPECT_EQ(d.state, "KGZ");
    EXPECT_EQ(d.session, 128);
    EXPECT_EQ(d.cycle, std::nullopt);
    EXPECT_EQ(d.date, "2020-04-08");
    EXPECT_EQ(d.language, "en");
    EXPECT_EQ(d.title, "Concluding observations on the third periodic report of Kyrgyzstan");
    EXPECT_EQ(d.sha256.size(), 64u);
    EXPECT_EQ(batch.format, "treaty-body-co");

    EXPECT_EQ(paragraphs_of(batch), (Strings{"5 (a)", "5 (b)", "5 (c)", "6", "8", "10 (a)",
                                             "10 (b)", "10 (c)", "11", "13", "14"}));
    EXPECT_EQ(labelled(batch, "follow_up"), (Strings{"5 (b)", "10 (a)", "11"}));
    EXPECT_EQ(labelled(batch, "urgent"), Strings{});
    EXPECT_EQ(at(batch, "5 (a)").text,
              "The State party should: (a) Take all measures necessary to raise awareness of the "
              "Covenant among judges, prosecutors and lawyers.");
    EXPECT_EQ(at(batch, "5 (b)").text,
              "The State party should: (b) Establish a procedure that gives full effect to the "
              "Committee's Views, so that victims obtain an effective remedy.");
    EXPECT_EQ(at(batch, "5 (c)").text,
              "The State party should: (c) Ensure that the domestic courts apply the Covenant "
              "directly.");
    // The concern before "Recalling ..." is left out.
    EXPECT_EQ(at(batch, "6").text,
              "Recalling its previous recommendations (CCPR/C/KGZ/CO/2, para. 6), the Committee "
              "recommends that the State party bring the Law on the Ombudsman fully into line "
              "with the principles relating to the status of national institutions for the "
              "promotion and protection of human rights (the Paris Principles) and provide the "
              "Office with adequate financial resources.");
    EXPECT_EQ(at(batch, "8").text,
              "The State party should adopt comprehensive anti-discrimination legislation that "
              "prohibits discrimination on all the grounds covered by the Covenant, including "
              "sexual orientation and gender identity, and provides effective remedies to "
              "victims. It should also investigate all acts of violence against lesbian, gay, "
              "bisexual and transgender persons.");
    // Sub-items (i), (ii) stay in their item.
    EXPECT_EQ(at(batch, "10 (b)").text,
              "The State party should: (b) Provide victims with access to shelters, legal aid and "
              "psychological support throughout the country: (i) In rural areas in particular; "
              "(ii) With staff trained to deal with victims of gender-based violence.");
    EXPECT_EQ(at(batch, "11").text,
              "The State party should ensure that all allegations of torture are promptly and "
              "impartially investigated by an independent body, that perpetrators are prosecuted "
              "and that victims receive full reparation.");
    EXPECT_EQ(at(batch, "14").provenance.source_ref, "subject:Dissemination and follow-up");

    const model::Recommendation& r = at(batch, "10 (a)");
    EXPECT_EQ(r.document, "CCPR/C/KGZ/CO/3");
    EXPECT_EQ(r.language, "en");
    EXPECT_TRUE(r.recommending_states.empty());
    EXPECT_EQ(r.response, model::Response::Pending);
    EXPECT_EQ(r.response_source, "");
    EXPECT_EQ(r.provenance.page, 2);
    EXPECT_EQ(r.provenance.importer, "treaty-body-co");
    EXPECT_EQ(r.provenance.importer_version, "1");
    EXPECT_EQ(r.provenance.source_ref, "subject:Violence against women");
    EXPECT_EQ(r.id, model::make_recommendation_id(r.document, r.paragraph, r.text, 0));
    EXPECT_EQ(at(batch, "5 (a)").provenance.source_ref,
              "subject:Constitutional and legal framework within which the Covenant is "
              "implemented");
}

TEST(ConcludingObservations, ReadsItemsInsideTheirParagraphAndTextAfterThem) {
    auto batch = imported("cescr-kgz-co-2-3.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "E/C.12/KGZ/CO/2-3");
    EXPECT_EQ(d.mechanism.code, "CESCR");
    EXPECT_EQ(d.session, 66);  // "sixty-sixth", on a line of its own rather than a footnote.
    EXPECT_EQ(d.date, "2019-11-07");
    EXPECT_EQ(d.title,
              "Concluding observations on the combined second and third periodic reports of "
              "Kyrgyzstan");

    // The follow-up request (13) and the next report (14) are no recommendations; 12 asks for
    // information in the next report but is one.
    EXPECT_EQ(paragraphs_of(batch), (Strings{"4 (a)", "4 (b)", "4 (c)", "6", "7 (a)", "7 (b)",
                                             "7 (c)", "9", "10", "11", "12"}));
    EXPECT_EQ(labelled(batch, "follow_up"), (Strings{"4 (b)", "7 (a)", "7 (c)", "10"}));
    EXPECT_EQ(at(batch, "4 (b)").text,
              "The Committee recommends that the State party: (b) Provide training on the "
              "justiciability of economic, social and cultural rights to judges, lawyers and "
              "public officials.");
    EXPECT_EQ(at(batch, "4 (c)").text,
              "The Committee recommends that the State party: (c) Raise awareness of those rights "
              "among the population, especially among rural women. The Committee draws the "
              "attention of the State party to its general comment No. 9 (1998) on the domestic "
              "application of the Covenant.");
    // "6." alone, its text in the next paragraph.
    EXPECT_EQ(at(batch, "6").text,
              "The Committee urges the State party to strengthen the independence of the "
              "anti-corruption bodies and to ensure that persons who report corruption are "
              "effectively protected.");
    EXPECT_EQ(at(batch, "7 (a)").text,
              "The Committee recommends that the State party: (a) Adopt a plan to reduce the "
              "informal economy and to bring workers progressively into the formal economy.");
    EXPECT_EQ(at(batch, "7 (c)").text,
              "The Committee recommends that the State party: (c) Ensure that workers in the "
              "informal economy have access to social security. The Committee refers the State "
              "party to its general comment No. 23 (2016) on the right to just and favourable "
              "conditions of work.");
    EXPECT_EQ(at(batch, "10").text,
              "The Committee recommends that the State party allocate sufficient resources to the "
              "health sector, improve access to emergency obstetric care in rural areas and take "
              "measures to attract and retain medical staff in those areas. It also recommends "
              "that the State party adopt a comprehensive mental health strategy.");
    EXPECT_EQ(at(batch, "11").provenance.source_ref, "subject:Other recommendations");
}

TEST(ConcludingObservations, ReadsTheChildRightsCommitteesClustersAndUrgentMeasures) {
    auto batch = imported("crc-kgz-co-5-6.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "CRC/C/KGZ/CO/5-6");
    EXPECT_EQ(d.mechanism.code, "CRC");
    EXPECT_EQ(d.session, 95);
    EXPECT_EQ(d.date, "2024-02-22");
    EXPECT_EQ(d.language, "en");

    // (i) after (h) is a letter, not a numeral.
    EXPECT_EQ(paragraphs_of(batch),
              (Strings{"4", "5", "7 (a)", "7 (b)", "8", "10 (a)", "10 (b)", "10 (c)", "10 (d)",
                       "10 (e)", "10 (f)", "10 (g)", "10 (h)", "10 (i)", "12", "13", "14", "15"}));
    EXPECT_EQ(labelled(batch, "urgent"), (Strings{"8", "10 (a)", "10 (b)", "12", "13"}));
    EXPECT_EQ(labelled(batch, "follow_up"), Strings{});
    EXPECT_EQ(at(batch, "4").provenance.source_ref,
              "subject:General measures of implementation (arts. 4, 42 and 44 (6)) / "
              "Comprehensive policy and strategy");
    EXPECT_EQ(at(batch, "7 (a)").text,
              "The Committee urges the State party to: (a) Adopt comprehensive "
              "anti-discrimination legislation.");
    EXPECT_EQ(at(batch, "10 (i)").text,
              "The Committee recommends that the State party: (i) Monitor institutions "
              "regularly.");
    EXPECT_EQ(at(batch, "10 (i)").provenance.page, 2);
    EXPECT_EQ(at(batch, "12").text,
              "Taking note of target 4.5 of the Sustainable Development Goals, the Committee "
              "urges the State party to adopt a human rights-based approach to disability and to "
              "set up a comprehensive strategy for the inclusion of children with disabilities.");
    // The national mechanism for implementation, reporting and follow-up is a recommendation.
    EXPECT_EQ(at(batch, "15").text,
              "The Committee recommends that the State party strengthen its national mechanism "
              "for implementation, reporting and follow-up as a permanent government structure.");
}

TEST(ConcludingObservations, ReadsConcludingObservationsInRussian) {
    auto batch = imported("cedaw-kgz-co-5-ru.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "CEDAW/C/KGZ/CO/5");
    EXPECT_EQ(d.mechanism.code, "CEDAW");
    EXPECT_EQ(d.state, "KGZ");
    EXPECT_EQ(d.session, 77);  // "семьдесят седьмой".
    EXPECT_EQ(d.date, "2021-03-11");
    EXPECT_EQ(d.language, "ru");
    EXPECT_EQ(d.title, "Заключительные замечания по пятому периодическому докладу Кыргызстана");

    // The item typed with a Cyrillic "с)" is item c all the same.
    EXPECT_EQ(paragraphs_of(batch), (Strings{"4 (a)", "4 (b)", "4 (c)", "5", "6", "7"}));
    EXPECT_EQ(labelled(batch, "follow_up"), (Strings{"4 (b)", "5"}));
    EXPECT_EQ(at(batch, "4 (b)").text,
              "Комитет рекомендует государству-участнику: b) проводить обучение судей, прокуроров "
              "и сотрудников полиции по вопросам прав женщин.");
    EXPECT_EQ(at(batch, "5").text,
              "Комитет настоятельно призывает государство-участник обеспечить эффективное "
              "расследование всех случаев похищения невест и привлечение виновных к "
              "ответственности.");
    EXPECT_EQ(at(batch, "5").language, "ru");
    EXPECT_EQ(at(batch, "5").provenance.source_ref, "subject:Гендерное насилие в отношении женщин");
}

DocumentIdentity ccpr_identity() {
    DocumentIdentity identity;
    identity.symbol = "CCPR/C/KGZ/CO/3";
    identity.mechanism = "CCPR";
    identity.kind = "concluding_observations";
    identity.state = "KGZ";
    identity.language = "en";
    return identity;
}

std::vector<Paragraph> paragraphs(std::initializer_list<const char*> texts) {
    std::vector<Paragraph> out;
    for (const char* text : texts) out.push_back({text, 1});
    return out;
}

TEST(ConcludingObservations, RefusesADocumentWithoutRecommendations) {
    auto batch = parse_concluding_observations(
        paragraphs({"C. Principal matters of concern and recommendations", "Right to health",
                    "4. The Committee is concerned about the shortage of medical staff.",
                    "5. The Committee welcomes the new health strategy."}),
        ccpr_identity(), "co.txt");
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().where(), "co.txt");
    EXPECT_NE(batch.error().message().find("no recommendations found"), std::string::npos)
        << batch.error().message();
    EXPECT_NE(batch.error().message().find("CCPR/C/KGZ/CO/3"), std::string::npos);
}

TEST(ConcludingObservations, RefusesAFollowUpNamingAParagraphWithoutRecommendation) {
    auto batch = parse_concluding_observations(
        paragraphs({"C. Principal matters of concern and recommendations",
                    "4. The Committee is concerned about the shortage of medical staff.",
                    "5. The State party should train and retain medical staff.",
                    "6. In accordance with rule 75, paragraph 1, of the Committee's rules of "
                    "procedure, the State party is requested to provide, by 27 March 2022, "
                    "information on the implementation of the recommendations made by the "
                    "Committee in paragraphs 4 and 5 above."}),
        ccpr_identity(), "co.txt");
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().where(), "co.txt");
    EXPECT_NE(batch.error().message().find("paragraph 4"), std::string::npos)
        << batch.error().message();
}

TEST(ConcludingObservations, RefusesAnUnknownMechanismOrAMissingState) {
    DocumentIdentity identity = ccpr_identity();
    identity.state.clear();
    auto batch = parse_concluding_observations(
        paragraphs({"5. The State party should train medical staff."}), identity, "co.txt");
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().where(), "co.txt");
    identity = ccpr_identity();
    identity.mechanism = "UPR";
    batch = parse_concluding_observations(
        paragraphs({"5. The State party should train medical staff."}), identity, "co.txt");
    ASSERT_FALSE(batch.ok());
}

TEST(ConcludingObservations, AnItemTheParagraphLacksNamesTheWholeParagraph) {
    auto batch = parse_concluding_observations(
        paragraphs({"C. Principal matters of concern and recommendations",
                    "5. The State party should:", "(a) Train medical staff;", "(b) Build clinics.",
                    "6. The Committee requests the State party to provide, within two years, "
                    "information on the steps taken to implement the recommendations contained "
                    "in paragraph 5 (d) above."}),
        ccpr_identity(), "co.txt");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(labelled(*batch, "follow_up"), (Strings{"5 (a)", "5 (b)"}));
}

TEST(ConcludingObservationsPhrasing, ReadsParagraphReferences) {
    using Refs = std::vector<ParagraphRef>;
    EXPECT_EQ(paragraph_references("in paragraphs 14 (a), 26 (b) and 38 above"),
              (Refs{{14, "a"}, {26, "b"}, {38, ""}}));
    EXPECT_EQ(paragraph_references("paragraphs 12 (a) and (b), 22 and 30 above"),
              (Refs{{12, "a"}, {12, "b"}, {22, ""}, {30, ""}}));
    EXPECT_EQ(paragraph_references("paragraphs 15 (d) (on pensions) and 33 (a) (on health) above"),
              (Refs{{15, "d"}, {33, "a"}}));
    EXPECT_EQ(paragraph_references("birth registration (para. 18), violence (paras. 20 and 21)"),
              (Refs{{18, ""}, {20, ""}, {21, ""}}));
    EXPECT_EQ(paragraph_references("в пунктах 14 a), 26 b) и 38 выше"),
              (Refs{{14, "a"}, {26, "b"}, {38, ""}}));
    // Paragraphs of another document or of a rule are not this document's.
    EXPECT_EQ(paragraph_references("(CCPR/C/KGZ/CO/2, para. 8)"), Refs{});
    EXPECT_EQ(paragraph_references("In accordance with rule 75, paragraph 1, of the rules"),
              Refs{});
    EXPECT_EQ(paragraph_references("a report submitted in 2019 (paragraph 2019)"), Refs{});
}

TEST(ConcludingObservationsPhrasing, FindsWhereTheRecommendationStarts) {
    std::string text =
        "The Committee is concerned about reports of torture (arts. 2 and 7). The State party "
        "should investigate them.";
    EXPECT_EQ(text.substr(recommendation_start(text)), "The State party should investigate them.");
    EXPECT_EQ(recommendation_start("The Committee is concerned at the rate of para. 5 cases."),
              std::string::npos);
    EXPECT_EQ(recommendation_start("The Committee welcomes the recommendation of the Ombudsman."),
              std::string::npos);
    EXPECT_EQ(recommendation_start("Государству‑участнику следует: "), 0u);
}

TEST(ConcludingObservationsPhrasing, TellsProceduralParagraphs) {
    EXPECT_EQ(paragraph_role("The Committee requests the State party to submit its next periodic "
                             "report by 27 March 2026."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("The Committee urges the State party to submit its initial report "
                             "under the Optional Protocol, overdue since 2004."),
              ParagraphRole::Substantive);
    EXPECT_EQ(paragraph_role("The Committee recommends that the State party collect data and "
                             "include them in its next periodic report."),
              ParagraphRole::Substantive);
    EXPECT_EQ(paragraph_role("Recalling its previous recommendations (CCPR/C/KGZ/CO/2, para. 8), "
                             "the Committee recommends that the State party provide information "
                             "above all to victims."),
              ParagraphRole::Substantive);
}

TEST(ConcludingObservationsPhrasing, EndsAnItemWithAFullStop) {
    EXPECT_EQ(item_sentence("Adopt a law; and"), "Adopt a law.");
    EXPECT_EQ(item_sentence("Adopt a law;"), "Adopt a law.");
    EXPECT_EQ(item_sentence("принять закон; и"), "принять закон.");
    EXPECT_EQ(item_sentence("Adopt a law."), "Adopt a law.");
    EXPECT_EQ(item_sentence("Provide support:"), "Provide support:");
}

}  // namespace
}  // namespace rightstrack::ingest
