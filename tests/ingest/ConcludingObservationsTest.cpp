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

// Every recommendation's paragraph and text, in order.
using Texts = std::vector<std::pair<std::string, std::string>>;
Texts texts_of(const model::ImportBatch& batch) {
    Texts texts;
    for (const auto& r : batch.recommendations) texts.emplace_back(r.paragraph, r.text);
    return texts;
}

TEST(ConcludingObservations, ReadsConcludingObservationsInFrench) {
    // Page furniture (GE number, barcode, the symbol heading page 2), "a)" items, typographic
    // apostrophes and the no-break spaces before ":" and ";" of French typography.
    auto batch = imported("ccpr-ben-co-2-fr.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "CCPR/C/BEN/CO/2");
    EXPECT_EQ(d.mechanism.code, "CCPR");
    EXPECT_EQ(d.state, "BEN");
    EXPECT_EQ(d.session, 123);  // "Adoptées par le Comité à sa 123e session".
    EXPECT_EQ(d.date, "2018-08-23");
    EXPECT_EQ(d.language, "fr");
    EXPECT_EQ(d.title, "Observations finales concernant le deuxième rapport périodique du Bénin");

    EXPECT_EQ(
        texts_of(batch),
        (Texts{{"5 (a)",
                "L’État partie devrait : a) Faire mieux connaître le Pacte aux juges, aux "
                "procureurs et aux avocats."},
               {"5 (b)",
                "L’État partie devrait : b) Mettre en place une procédure permettant de "
                "donner pleinement effet aux constatations du Comité."},
               {"5 (c)",
                "L’État partie devrait : c) Veiller à ce que les victimes obtiennent une "
                "réparation effective."},
               // The concern before it is left out; "par. 8" ends no sentence.
               {"6",
                "Rappelant ses recommandations précédentes (CCPR/C/BEN/CO/1, par. 8), le Comité "
                "recommande à l’État partie de doter la Commission des ressources financières "
                "et humaines nécessaires à son fonctionnement indépendant, conformément aux "
                "Principes de Paris."},
               // 7 is a concern only ("etc." inside it ends no sentence).
               {"8",
                "L'État partie devrait adopter une législation complète contre la "
                "discrimination, qui interdise la discrimination fondée sur tous les motifs "
                "visés par le Pacte. Il devrait également enquêter sur tous les actes de "
                "violence commis contre des personnes en raison de leur orientation sexuelle ou "
                "de leur identité de genre."},
               {"10 (a)",
                "Le Comité engage vivement l’État partie à : a) Veiller à ce que tous les "
                "cas de mariage précoce ou forcé fassent rapidement l’objet d’une enquête, "
                "à ce que les auteurs soient poursuivis et, s’ils sont reconnus coupables, "
                "dûment sanctionnés."},
               // Sub-items i), ii) stay in their item.
               {"10 (b)",
                "Le Comité engage vivement l’État partie à : b) Offrir aux victimes un "
                "accès à des foyers d’accueil, à une aide juridictionnelle et à un soutien "
                "psychologique, notamment : i) Dans les zones rurales ; ii) Par un "
                "personnel formé à l’accueil des victimes."},
               {"10 (c)",
                "Le Comité engage vivement l’État partie à : c) Mener des campagnes de "
                "sensibilisation sur le caractère criminel des mariages forcés."},
               {"11",
                "L’État partie devrait veiller à ce que toutes les allégations de torture "
                "fassent l’objet d’enquêtes promptes et impartiales menées par un organe "
                "indépendant, à ce que les auteurs soient poursuivis et à ce que les victimes "
                "obtiennent une réparation intégrale."},
               {"12",
                "Le Comité exhorte l’État partie à réduire la surpopulation carcérale, "
                "notamment en recourant davantage aux peines de substitution à "
                "l’emprisonnement."},
               // Dissemination stays; the follow-up request (14) and the next report (15) do not.
               {"13",
                "L’État partie devrait diffuser largement le texte du Pacte, de son deuxième "
                "rapport périodique et des présentes observations finales auprès des autorités "
                "judiciaires, législatives et administratives, de la société civile et du "
                "grand public."}}));
    // "article 75, paragraphe 1" names a rule, not paragraph 1.
    EXPECT_EQ(labelled(batch, "follow_up"), (Strings{"5 (b)", "10 (a)", "12"}));
    EXPECT_EQ(labelled(batch, "urgent"), Strings{});
    const model::Recommendation& r = at(batch, "10 (c)");
    EXPECT_EQ(r.language, "fr");
    EXPECT_EQ(r.provenance.page, 2);
    EXPECT_EQ(r.provenance.source_ref, "subject:Violence à l’égard des femmes");
    EXPECT_EQ(at(batch, "13").provenance.source_ref, "subject:Diffusion et suivi");
}

TEST(ConcludingObservations, ReadsConcludingObservationsInSpanish) {
    // Items inside their paragraph ("que: a) ...; b) ...; y c) ..."), "6." alone before its
    // text, a reference to a general comment after the items, "Asimismo, debe".
    auto batch = imported("cescr-mex-co-5-6-es.txt");
    ASSERT_EQ(batch.documents.size(), 1u);
    const model::Document& d = batch.documents[0];
    EXPECT_EQ(d.symbol, "E/C.12/MEX/CO/5-6");
    EXPECT_EQ(d.mechanism.code, "CESCR");
    EXPECT_EQ(d.state, "MEX");
    // "en su 63er período de sesiones", not the 32nd meeting ("32a sesión") that adopted them.
    EXPECT_EQ(d.session, 63);
    EXPECT_EQ(d.date, "2018-04-17");
    EXPECT_EQ(d.language, "es");
    EXPECT_EQ(d.title,
              "Observaciones finales sobre los informes periódicos quinto y sexto "
              "combinados de México");

    EXPECT_EQ(
        texts_of(batch),
        (Texts{{"4 (a)",
                "El Comité recomienda al Estado parte que: a) Adopte las medidas necesarias "
                "para garantizar la plena justiciabilidad de todos los derechos reconocidos "
                "en el Pacto."},
               {"4 (b)",
                "El Comité recomienda al Estado parte que: b) Imparta capacitación sobre la "
                "justiciabilidad de los derechos económicos, sociales y culturales a jueces, "
                "abogados y funcionarios públicos."},
               {"4 (c)",
                "El Comité recomienda al Estado parte que: c) Dé a conocer esos derechos a "
                "la población, en particular a las mujeres de las zonas rurales."},
               {"5",
                "El Comité insta al Estado parte a que refuerce la independencia de los órganos "
                "de lucha contra la corrupción y vele por que las personas que denuncien casos "
                "de corrupción gocen de una protección efectiva."},
               {"7 (a)",
                "El Comité recomienda que el Estado parte: a) Adopte un plan para reducir "
                "la economía informal y facilitar la transición de los trabajadores a la "
                "economía formal."},
               {"7 (b)",
                "El Comité recomienda que el Estado parte: b) Vele por que los trabajadores "
                "de la economía informal tengan acceso a la seguridad social."},
               {"7 (c)",
                "El Comité recomienda que el Estado parte: c) Aumente el número de "
                "inspectores del trabajo. El Comité señala a la atención del Estado parte su "
                "observación general núm. 23 (2016), sobre el derecho a condiciones de "
                "trabajo equitativas y satisfactorias."},
               {"8",
                "El Estado parte debe asignar recursos suficientes al sector de la salud y "
                "mejorar el acceso a la atención obstétrica de urgencia en las zonas rurales. "
                "Asimismo, debe adoptar una estrategia integral de salud mental."},
               // "párr. 28" ends no sentence.
               {"9",
                "Reiterando su recomendación anterior (E/C.12/MEX/CO/4, párr. 28), el Comité "
                "exhorta al Estado parte a que garantice la consulta previa, libre e informada "
                "de los pueblos indígenas en la adopción de toda decisión que pueda "
                "afectarles."},
               {"10",
                "El Comité alienta al Estado parte a que tenga plenamente en cuenta sus "
                "obligaciones dimanantes del Pacto en la aplicación de la Agenda 2030 para el "
                "Desarrollo Sostenible."},
               {"11",
                "El Comité pide al Estado parte que dé amplia difusión a las presentes "
                "observaciones finales en todos los niveles de la sociedad, en particular entre "
                "los funcionarios públicos y las autoridades judiciales."}}));
    EXPECT_EQ(labelled(batch, "follow_up"), (Strings{"4 (b)", "7 (a)", "8"}));
    EXPECT_EQ(labelled(batch, "urgent"), Strings{});
    EXPECT_EQ(at(batch, "8").provenance.page, 2);
    EXPECT_EQ(at(batch, "8").language, "es");
    EXPECT_EQ(at(batch, "10").provenance.source_ref, "subject:Otras recomendaciones");
}

TEST(ConcludingObservations, ReadsSpanishItemsInParenthesesAndTheRulesFollowUp) {
    DocumentIdentity identity = ccpr_identity();
    identity.symbol = "CCPR/C/MEX/CO/6";
    identity.state = "MEX";
    identity.language = "es";
    auto batch = parse_concluding_observations(
        paragraphs({"C. Principales motivos de preocupación y recomendaciones", "Tortura",
                    "12. Preocupan al Comité las denuncias de tortura (arts. 7 y 10).",
                    "13. El Estado parte debe:", "(a) Investigar todas las denuncias de tortura;",
                    "(b) Reparar a las víctimas; y", "(c) Formar a los agentes del orden.",
                    "14. De conformidad con el artículo 75, párrafo 1, del reglamento del Comité, "
                    "se pide al Estado parte que facilite, a más tardar el 27 de julio de 2020, "
                    "información sobre la aplicación de las recomendaciones formuladas en los "
                    "párrafos 13 (a) y (c) supra."}),
        identity, "co.txt");
    ASSERT_TRUE(batch.ok()) << batch.error().describe();
    EXPECT_EQ(texts_of(*batch),
              (Texts{{"13 (a)",
                      "El Estado parte debe: (a) Investigar todas las denuncias de "
                      "tortura."},
                     {"13 (b)", "El Estado parte debe: (b) Reparar a las víctimas."},
                     {"13 (c)", "El Estado parte debe: (c) Formar a los agentes del orden."}}));
    EXPECT_EQ(labelled(*batch, "follow_up"), (Strings{"13 (a)", "13 (c)"}));
    EXPECT_EQ(at(*batch, "13 (a)").language, "es");
    EXPECT_EQ(at(*batch, "13 (a)").provenance.source_ref, "subject:Tortura");
}

TEST(ConcludingObservations, RefusesFrenchConcludingObservationsWithoutRecommendations) {
    DocumentIdentity identity = ccpr_identity();
    identity.symbol = "CCPR/C/BEN/CO/2";
    identity.state = "BEN";
    identity.language = "fr";
    auto batch = parse_concluding_observations(
        paragraphs({"C. Principaux sujets de préoccupation et recommandations",
                    "4. Le Comité est préoccupé par la pénurie de personnel médical.",
                    "5. Le Comité prend note des informations fournies par l’État partie."}),
        identity, "co-fr.txt");
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(batch.error().where(), "co-fr.txt");
    EXPECT_NE(batch.error().message().find("no recommendations found"), std::string::npos)
        << batch.error().message();
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

TEST(ConcludingObservationsPhrasing, ReadsFrenchAndSpanishParagraphReferences) {
    using Refs = std::vector<ParagraphRef>;
    EXPECT_EQ(paragraph_references("aux paragraphes 12 a), 23 et 35 ci-dessus"),
              (Refs{{12, "a"}, {23, ""}, {35, ""}}));
    EXPECT_EQ(paragraph_references("en los párrafos 12, 23 b) y 35 supra"),
              (Refs{{12, ""}, {23, "b"}, {35, ""}}));
    EXPECT_EQ(paragraph_references("l’enregistrement des naissances (par. 18) et la violence "
                                   "(par. 20 et 21)"),
              (Refs{{18, ""}, {20, ""}, {21, ""}}));
    EXPECT_EQ(paragraph_references("la violencia (párr. 20), la salud (párrs. 31 y 32)"),
              (Refs{{20, ""}, {31, ""}, {32, ""}}));
    // A rule's or an article's paragraph, or another document's, is not this document's.
    EXPECT_EQ(paragraph_references("Conformément à l’article 75, paragraphe 1, du règlement "
                                   "intérieur du Comité"),
              Refs{});
    EXPECT_EQ(paragraph_references("De conformidad con el artículo 75, párrafo 1, del reglamento"),
              Refs{});
    EXPECT_EQ(paragraph_references("Conformément au paragraphe 1 de l’article 75 du règlement"),
              Refs{});
    EXPECT_EQ(paragraph_references("(CCPR/C/BEN/CO/1, par. 8)"), Refs{});
    EXPECT_EQ(paragraph_references("(art. 1, párr. 2)"), Refs{});
}

TEST(ConcludingObservationsPhrasing, FindsWhereAFrenchOrSpanishRecommendationStarts) {
    auto start_of = [](const std::string& text) {
        size_t start = recommendation_start(text);
        return start == std::string::npos ? std::string("-") : text.substr(start);
    };
    EXPECT_EQ(start_of("Le Comité est préoccupé par les informations faisant état de torture "
                       "(art. 7, par. 2). Il devrait enquêter sur ces faits."),
              "Il devrait enquêter sur ces faits.");
    EXPECT_EQ(start_of("Le Comité note les mesures prises. L’État partie devrait : "),
              "L’État partie devrait : ");
    for (const char* recommending :
         {"Le Comité recommande à l’État partie de former les juges.",
          "Le Comité recommande que l’État partie forme les juges.",
          "Le Comité engage l’État partie à former les juges.",
          "Le Comité exhorte l’État partie à former les juges.",
          "Le Comité invite instamment l'État partie à former les juges.",
          "Le Comité encourage l’État partie à former les juges.",
          "Le Comité prie l’État partie de former les juges.",
          "L’État partie est invité à former les juges.",
          "L’État partie est instamment prié de former les juges.",
          "Le Comité demande instamment à l’État partie de former les juges.",
          "L’État partie devrait également former les juges.",
          "El Estado parte debe formar a los jueces.",
          "El Estado parte debería formar a los jueces.",
          "El Comité recomienda al Estado parte que forme a los jueces.",
          "El Comité recomienda que el Estado parte forme a los jueces.",
          "El Comité insta encarecidamente al Estado parte a que forme a los jueces.",
          "El Comité exhorta al Estado parte a que forme a los jueces.",
          "El Comité alienta al Estado parte a que forme a los jueces.",
          "El Comité invita al Estado parte a formar a los jueces.",
          "El Comité pide al Estado parte que forme a los jueces.",
          "El Estado parte también debe formar a los jueces.",
          "Se insta al Estado parte a que forme a los jueces."})
        EXPECT_EQ(start_of(recommending), recommending);
    // Concerns: the State party is not asked, "recommandation" is not "recommande", and a verb
    // inside a word ("instalaciones") is none.
    for (const char* concern :
         {"Le Comité prend note des informations que l’État partie a demandées.",
          "Le Comité prend note de la demande de l’État partie.",
          "Le Comité note que l’État partie s’engage à réformer la justice.",
          "Le Comité regrette que l’État partie n’ait pas adopté la loi, alors qu’il doit le "
          "faire.",
          "Le Comité regrette que les recommandations précédentes n’aient pas été appliquées.",
          "Al Comité le preocupa el estado de las instalaciones del Estado parte.",
          "Al Comité le preocupa que no se haya aplicado su recomendación anterior."})
        EXPECT_EQ(start_of(concern), "-") << concern;
    // "par.", "art.", "no", "párr.", "núm." and "etc." end no sentence.
    EXPECT_EQ(start_of("Le Comité note la loi no. 2018-16, etc. Des lacunes subsistent. L’État "
                       "partie devrait la modifier."),
              "L’État partie devrait la modifier.");
    EXPECT_EQ(start_of("Véase la observación general núm. 23. El Estado parte debe aplicarla."),
              "El Estado parte debe aplicarla.");
}

TEST(ConcludingObservationsPhrasing, TellsFrenchAndSpanishProceduralParagraphs) {
    EXPECT_EQ(paragraph_role("Conformément à l’article 75, paragraphe 1, du règlement intérieur du "
                             "Comité, l’État partie est invité à fournir, d’ici au 27 juillet "
                             "2020, des renseignements sur la suite donnée aux recommandations "
                             "formulées aux paragraphes 12, 23 et 35 ci-dessus."),
              ParagraphRole::FollowUp);
    EXPECT_EQ(paragraph_role("Le Comité prie l’État partie de lui communiquer par écrit, dans un "
                             "délai de deux ans, des informations sur les mesures prises pour "
                             "appliquer les recommandations figurant aux paragraphes 12 a) et 23 "
                             "b) ci-dessus."),
              ParagraphRole::FollowUp);
    EXPECT_EQ(paragraph_role("De conformidad con el artículo 75, párrafo 1, del reglamento del "
                             "Comité, se pide al Estado parte que facilite, a más tardar el 27 de "
                             "julio de 2020, información sobre la aplicación de las "
                             "recomendaciones formuladas en los párrafos 12, 23 y 35 supra."),
              ParagraphRole::FollowUp);
    EXPECT_EQ(paragraph_role("Le Comité appelle l’attention de l’État partie sur les "
                             "recommandations figurant aux paragraphes 8 et 12 ci-dessus, au "
                             "sujet desquelles des mesures urgentes doivent être prises."),
              ParagraphRole::Urgent);
    EXPECT_EQ(paragraph_role("Le Comité demande à l’État partie de soumettre son prochain rapport "
                             "périodique d’ici au 27 juillet 2024."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("El Comité pide al Estado parte que presente su séptimo informe "
                             "periódico a más tardar el 31 de marzo de 2023."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("Le Comité recommande à l’État partie de soumettre ses sixième et "
                             "septième rapports périodiques en un seul document d’ici au 1er "
                             "octobre 2023."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("El Comité invita al Estado parte a que presente sus informes "
                             "periódicos sexto y séptimo combinados a más tardar en 2025."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("El Comité invita al Estado parte a que actualice su documento "
                             "básico común."),
              ParagraphRole::NextReport);
    EXPECT_EQ(paragraph_role("El Comité recomienda al Estado parte que recopile datos y los "
                             "incluya en su próximo informe periódico."),
              ParagraphRole::Substantive);
}

TEST(ConcludingObservationsPhrasing, EndsAFrenchOrSpanishItemWithAFullStop) {
    // The readers have made the no-break space before ";" a plain one.
    EXPECT_EQ(item_sentence("Adopter une loi ; et"), "Adopter une loi.");
    EXPECT_EQ(item_sentence("Adoptar una ley; y"), "Adoptar una ley.");
    EXPECT_EQ(item_sentence("Adoptar una ley; e"), "Adoptar una ley.");
    EXPECT_EQ(item_sentence("Garantizar la vitamina e"), "Garantizar la vitamina e.");
}

}  // namespace
}  // namespace rightstrack::ingest
