// Recognising UN documents: all 192 first-cycle UPR Working Group reports against the manifest,
// Slovenia's reports and addenda of three cycles, and made-up heads of a Treaty Body's
// concluding observations and of reports in French, Russian and Spanish.
#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "ingest/CsvReader.h"
#include "ingest/DocumentIdentity.h"
#include "ingest/PdfReader.h"
#include "ingest/TextLayout.h"
#include "model/StateRegistry.h"
#include "support/TestSupport.h"

namespace rightstrack::ingest {
namespace {

using rightstrack::testing::read_file;
using rightstrack::testing::shared_data;

std::optional<DocumentIdentity> identify_file(const std::filesystem::path& path) {
    auto pages = read_pdf_pages(read_file(path), path.string());
    if (!pages.ok())
        return std::nullopt;
    return identify_document(paragraphs_of(*pages));
}

struct ManifestRow {
    std::string file, state;
    int session = 0;
};

std::vector<ManifestRow> read_manifest(const std::filesystem::path& path) {
    std::string text = read_file(path);
    CsvReader reader(text, path.string());
    std::vector<ManifestRow> rows;
    auto header = reader.next();
    EXPECT_TRUE(header.ok() && header->has_value());
    while (true) {
        auto row = reader.next();
        if (!row.ok() || !row->has_value())
            break;
        const auto& fields = (*row)->fields;  // file, state_under_review, year, cycle, session
        rows.push_back({fields[0], fields[1], std::stoi(fields[4])});
    }
    return rows;
}

// One count per check of the 192-report test, and the files that failed it.
struct Check {
    explicit Check(const char* name) : name(name) {}

    const char* name;
    size_t passed = 0;
    std::vector<std::string> failed;

    void record(bool ok, const std::string& file, const std::string& found) {
        if (ok)
            ++passed;
        else
            failed.push_back(file + " (" + found + ")");
    }
};

TEST(DocumentIdentity, IdentifiesEveryFirstCycleReport) {
    auto folder = shared_data("un-reports/upr-wg-cycle1");
    RIGHTSTRACK_REQUIRE_DATA(folder);
    std::vector<ManifestRow> manifest = read_manifest(folder / "manifest.csv");
    ASSERT_EQ(manifest.size(), 192u);
    std::vector<std::optional<DocumentIdentity>> identities(manifest.size());
    auto identify_share = [&](size_t first) {
        for (size_t i = first; i < manifest.size(); i += 2)
            identities[i] = identify_file(folder / manifest[i].file);
    };
    std::thread other(identify_share, 1);
    identify_share(0);
    other.join();

    Check symbol("symbol A/HRC/"), mechanism("mechanism UPR"), kind("kind upr_wg_report"),
        state("state"), session("session"), language("language en"), date("date");
    for (size_t i = 0; i < manifest.size(); ++i) {
        const ManifestRow& row = manifest[i];
        ASSERT_TRUE(identities[i].has_value()) << row.file << " cannot be read";
        const DocumentIdentity& id = *identities[i];
        const model::StateInfo* expected = model::StateRegistry::instance().resolve(row.state);
        ASSERT_NE(expected, nullptr) << row.state;
        symbol.record(id.symbol.starts_with("A/HRC/"), row.file, id.symbol);
        mechanism.record(id.mechanism == "UPR", row.file, id.mechanism);
        kind.record(id.kind == "upr_wg_report", row.file, id.kind);
        state.record(id.state == expected->alpha3, row.file, id.state);
        session.record(id.session == row.session, row.file,
                       id.session ? std::to_string(*id.session) : "none");
        language.record(id.language == "en", row.file, id.language);
        date.record(id.date.size() == 10 && id.date.starts_with("20"), row.file, id.date);
    }
    for (const Check* check : {&symbol, &mechanism, &kind, &state, &session, &language, &date}) {
        std::cout << "[ identity ] " << check->name << ": " << check->passed << " of "
                  << manifest.size() << "\n";
        EXPECT_EQ(check->passed, manifest.size()) << check->name;
        for (const std::string& failure : check->failed)
            ADD_FAILURE() << check->name << ": " << failure;
    }
}

struct SloveniaDocument {
    const char* file;
    const char* symbol;
    const char* kind;
    std::optional<int> session;
    const char* date;  // nullptr where the file has not been seen.
};

class SloveniaDocuments : public ::testing::TestWithParam<SloveniaDocument> {};

TEST_P(SloveniaDocuments, AreIdentified) {
    const SloveniaDocument& expected = GetParam();
    auto path = shared_data(std::string("un-reports/slovenia/") + expected.file);
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::optional<DocumentIdentity> id = identify_file(path);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->symbol, expected.symbol);
    EXPECT_EQ(id->mechanism, "UPR");
    EXPECT_EQ(id->kind, expected.kind);
    EXPECT_EQ(id->state, "SVN");
    EXPECT_EQ(id->session, expected.session);
    if (expected.date) {
        EXPECT_EQ(id->date, expected.date);
    }
    EXPECT_EQ(id->language, "en");
}

// The addenda name no session: they answer a report, whose session they leave unsaid.
INSTANTIATE_TEST_SUITE_P(
    DocumentIdentity, SloveniaDocuments,
    ::testing::Values(
        SloveniaDocument{"cycle1/g1012049.pdf", "A/HRC/14/15", "upr_wg_report", 7, "2010-03-15"},
        SloveniaDocument{"cycle1/g1012465.pdf", "A/HRC/14/15/Add.1", "upr_wg_addendum",
                         std::nullopt, nullptr},
        SloveniaDocument{"cycle2/g1423930.pdf", "A/HRC/28/15", "upr_wg_report", 20, "2014-12-10"},
        SloveniaDocument{"cycle2/g1504261.pdf", "A/HRC/28/15/Add.1", "upr_wg_addendum",
                         std::nullopt, "2015-03-04"},
        SloveniaDocument{"cycle3/g1934994.pdf", "A/HRC/43/15", "upr_wg_report", 34, "2019-12-19"},
        SloveniaDocument{"cycle3/g2004192.pdf", "A/HRC/43/15/Add.1", "upr_wg_addendum",
                         std::nullopt, "2020-02-19"}),
    [](const auto& info) {
        std::string name = info.param.file;
        return name.substr(name.find('/') + 1, name.find('.') - name.find('/') - 1);
    });

TEST(DocumentIdentity, IdentifiesOtherUprDocumentsWithoutAKind) {
    auto path = shared_data("un-reports/slovenia/cycle2/g1413493.pdf");
    RIGHTSTRACK_REQUIRE_DATA(path);
    std::optional<DocumentIdentity> id = identify_file(path);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(id->symbol, "A/HRC/WG.6/20/SVN/1");  // The national report.
    EXPECT_EQ(id->mechanism, "UPR");
    EXPECT_EQ(id->kind, "");
    EXPECT_EQ(id->state, "SVN");
    EXPECT_EQ(id->session, 20);
}

std::vector<Paragraph> paragraphs_from(const std::vector<std::string>& texts) {
    std::vector<Paragraph> paragraphs;
    for (const std::string& text : texts)
        paragraphs.push_back({text, 1, false});
    return paragraphs;
}

TEST(DocumentIdentity, IdentifiesTreatyBodyConcludingObservations) {
    DocumentIdentity id = identify_document(paragraphs_from(
        {"United Nations CCPR/C/KGZ/CO/3",
         "International Covenant on Civil and Political Rights Distr.: General 23 April 2014",
         "Original: English", "Human Rights Committee",
         "Concluding observations on the second periodic report of Kyrgyzstan*",
         "1. The Committee considered the second periodic report submitted by Kyrgyzstan at its "
         "3044th and 3045th meetings, held on 11 and 12 March 2014. It welcomes the report and "
         "the information that was presented in it, and the replies of the delegation of the "
         "State party."}));
    EXPECT_EQ(id.symbol, "CCPR/C/KGZ/CO/3");
    EXPECT_EQ(id.mechanism, "CCPR");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "KGZ");
    EXPECT_EQ(id.session, std::nullopt);
    EXPECT_EQ(id.date, "2014-04-23");
    EXPECT_EQ(id.language, "en");

    id = identify_document(paragraphs_from({"E/C.12/KGZ/CO/2-3 Distr.: General 7 July 2015"}));
    EXPECT_EQ(id.mechanism, "CESCR");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "KGZ");
}

TEST(DocumentIdentity, ReadsTheSessionThatAdoptedConcludingObservations) {
    auto session_of = [](const char* footnote) {
        std::vector<Paragraph> paragraphs = paragraphs_from(
            {"United Nations CRC/C/KGZ/CO/5-6", "Distr.: General 22 February 2024",
             "1. The Committee considered the report at its 2760th and 2761st meetings."});
        paragraphs.push_back({footnote, 1, true});
        return identify_document(paragraphs).session;
    };
    EXPECT_EQ(session_of("* Adopted by the Committee at its 128th session (2–27 March 2020)."),
              128);
    EXPECT_EQ(session_of("* Adopted by the Committee at its ninety-fifth session (15 January–2 "
                         "February 2024)."),
              95);
    EXPECT_EQ(session_of("* Adopted by the Committee at its one hundred and twenty-eighth "
                         "session (2–27 March 2020)."),
              128);
    EXPECT_EQ(session_of("* Adopted by the Committee at its hundredth session."), 100);
    EXPECT_EQ(session_of("* Приняты Комитетом на его 128-й сессии (2–27 марта 2020 года)."), 128);
    EXPECT_EQ(session_of("* Приняты Комитетом на его сто двадцать восьмой сессии."), 128);
    EXPECT_EQ(session_of("* Принято Комитетом на его шестьдесят третьей сессии."), 63);
    EXPECT_EQ(session_of("* Adoptées par le Comité à sa 123e session (2-27 juillet 2018)."), 123);
    EXPECT_EQ(session_of("* Adoptées par le Comité à sa quatre-vingt-dix-neuvième session."), 99);
    EXPECT_EQ(session_of("* Adoptées par le Comité à sa cent vingt-troisième session."), 123);
    EXPECT_EQ(session_of("* Adoptées par le Comité à sa soixante et onzième session."), 71);
    EXPECT_EQ(session_of("* Adoptées par le Comité à sa quatre-vingtième session."), 80);
    EXPECT_EQ(session_of("* Aprobadas por el Comité en su 68º período de sesiones."), 68);
    EXPECT_EQ(session_of("* Aprobadas por el Comité en su sexagésimo tercer período de sesiones."),
              63);
    EXPECT_EQ(session_of("* Aprobadas por el Comité en su centésimo vigésimo tercer período de "
                         "sesiones (2 a 28 de julio de 2018)."),
              123);
    // A meeting ("sesión") is no session ("período de sesiones").
    EXPECT_EQ(session_of("* Aprobadas por el Comité en su 3670a sesión."), std::nullopt);
    EXPECT_EQ(session_of("* Note by the secretariat."), std::nullopt);

    DocumentIdentity id = identify_document(paragraphs_from(
        {"United Nations CRC/C/KGZ/CO/5-6", "Distr.: General 22 February 2024"}));
    EXPECT_EQ(id.mechanism, "CRC");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "KGZ");
    EXPECT_EQ(id.date, "2024-02-22");
}

TEST(DocumentIdentity, IdentifiesConcludingObservationsInFrenchAndSpanish) {
    std::vector<Paragraph> french = paragraphs_from(
        {"Nations Unies CRC/C/BEN/CO/5", "Convention relative aux droits de l’enfant",
         "Distr. générale 30 août 2018", "Original : français", "Comité des droits de l’enfant",
         "Observations finales concernant le cinquième rapport périodique du Bénin*",
         "1. Le Comité a examiné le cinquième rapport périodique du Bénin à ses 2310e et 2311e "
         "séances, les 3 et 4 juillet 2018, et a adopté les présentes observations finales à sa "
         "2340e séance, le 27 juillet 2018. Il se félicite du dialogue avec la délégation."});
    french.push_back({"* Adoptées par le Comité à sa 123e session (2–28 juillet 2018).", 1, true});
    DocumentIdentity id = identify_document(french);
    EXPECT_EQ(id.symbol, "CRC/C/BEN/CO/5");
    EXPECT_EQ(id.mechanism, "CRC");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "BEN");
    EXPECT_EQ(id.session, 123);
    EXPECT_EQ(id.date, "2018-08-30");
    EXPECT_EQ(id.language, "fr");

    std::vector<Paragraph> spanish = paragraphs_from(
        {"Naciones Unidas CCPR/C/MEX/CO/6", "Pacto Internacional de Derechos Civiles y Políticos",
         "Distr. general 4 de diciembre de 2019", "Original: español", "Comité de Derechos Humanos",
         "Observaciones finales sobre el sexto informe periódico de México*",
         "1. El Comité examinó el sexto informe periódico de México en sus sesiones 3650a y "
         "3651a, celebradas los 15 y 16 de octubre de 2019, y aprobó en su 3670a sesión las "
         "presentes observaciones finales. El Comité agradece al Estado parte la información "
         "presentada por la delegación."});
    spanish.push_back(
        {"* Aprobadas por el Comité en su 123er período de sesiones (2 a 28 de "
         "julio de 2018).",
         1, true});
    id = identify_document(spanish);
    EXPECT_EQ(id.symbol, "CCPR/C/MEX/CO/6");
    EXPECT_EQ(id.mechanism, "CCPR");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "MEX");
    EXPECT_EQ(id.session, 123);
    EXPECT_EQ(id.date, "2019-12-04");
    EXPECT_EQ(id.language, "es");
}

TEST(DocumentIdentity, ReadsTheStateOfFrenchAndSpanishConcludingObservationsFromTheirTitle) {
    // Early series name no State in the symbol: the title does, in the document's language.
    DocumentIdentity id = identify_document(
        paragraphs_from({"NATIONS UNIES CRC/C/15/Add.106 Distr. GÉNÉRALE 24 août 1999",
                         "Observations finales concernant le rapport initial du Bénin",
                         "1. Le Comité a examiné le rapport initial du Bénin."}));
    EXPECT_EQ(id.mechanism, "CRC");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "BEN");
    EXPECT_EQ(id.date, "1999-08-24");
    id = identify_document(
        paragraphs_from({"NACIONES UNIDAS CRC/C/15/Add.112 Distr. GENERAL 10 de noviembre de 1999",
                         "Observaciones finales sobre el segundo informe periódico de México",
                         "1. El Comité examinó el segundo informe periódico de México."}));
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "MEX");
    EXPECT_EQ(id.date, "1999-11-10");
}

TEST(DocumentIdentity, TellsConcludingObservationsFromTheStatesReplyToThem) {
    DocumentIdentity id = identify_document(paragraphs_from(
        {"United Nations CCPR/C/KGZ/CO/2/Add.1", "Distr.: General 3 May 2016"}));
    EXPECT_EQ(id.mechanism, "CCPR");
    EXPECT_EQ(id.kind, "");
    EXPECT_EQ(id.state, "KGZ");
    id = identify_document(paragraphs_from({"CRC/C/OPSC/KGZ/CO/1 Distr.: General 9 June 2014"}));
    EXPECT_EQ(id.mechanism, "CRC");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "KGZ");
}

TEST(DocumentIdentity, KnowsTheConcludingObservationsOfEarlySeriesByTheirTitle) {
    // Until 2007 concluding observations were addenda of series that name no State.
    DocumentIdentity id = identify_document(paragraphs_from(
        {"UNITED NATIONS CRC/C/15/Add.244 Distr. GENERAL 3 November 2004",
         "COMMITTEE ON THE RIGHTS OF THE CHILD Thirty-seventh session",
         "CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 44 OF THE "
         "CONVENTION",
         "Concluding observations: Kyrgyzstan",
         "1. The Committee considered the second periodic report of Kyrgyzstan."}));
    EXPECT_EQ(id.symbol, "CRC/C/15/Add.244");
    EXPECT_EQ(id.mechanism, "CRC");
    EXPECT_EQ(id.kind, "concluding_observations");
    EXPECT_EQ(id.state, "KGZ");
    // Another addendum of the series, the State's reply, is not.
    id = identify_document(paragraphs_from(
        {"E/C.12/1/Add.49 Distr. GENERAL 1 September 2000",
         "Information received from Kyrgyzstan on the concluding observations"}));
    EXPECT_EQ(id.mechanism, "CESCR");
    EXPECT_EQ(id.kind, "");
}

TEST(DocumentIdentity, ReadsAReportInRussian) {
    DocumentIdentity id = identify_document(paragraphs_from(
        {"Организация Объединенных Наций A/HRC/15/2",
         "Генеральная Ассамблея Distr.: General 16 июня 2010 года",
         "Совет по правам человека Пятнадцатая сессия",
         "Доклад Рабочей группы по универсальному периодическому обзору* Кыргызстан",
         "1. Рабочая группа по универсальному периодическому обзору, учрежденная в соответствии "
         "с резолюцией 5/1 Совета по правам человека, провела свою восьмую сессию 3-14 мая 2010 "
         "года. Обзор по Кыргызстану состоялся на первом заседании 3 мая 2010 года. Делегацию "
         "Кыргызстана возглавляла заместитель министра юстиции."}));
    EXPECT_EQ(id.symbol, "A/HRC/15/2");
    EXPECT_EQ(id.mechanism, "UPR");
    EXPECT_EQ(id.kind, "upr_wg_report");
    EXPECT_EQ(id.state, "KGZ");
    EXPECT_EQ(id.date, "2010-06-16");
    EXPECT_EQ(id.language, "ru");
}

TEST(DocumentIdentity, ReadsAReportInFrench) {
    DocumentIdentity id = identify_document(paragraphs_from(
        {"Nations Unies A/HRC/15/2", "Assemblée générale Distr. générale 16 juin 2010",
         "Conseil des droits de l’homme Quinzième session",
         "Rapport du Groupe de travail sur l’Examen périodique universel* Kirghizistan",
         "1. Le Groupe de travail sur l’Examen périodique universel, créé conformément à la "
         "résolution 5/1 du Conseil des droits de l’homme, a tenu sa huitième session du 3 au 14 "
         "mai 2010. L’examen concernant le Kirghizistan a eu lieu à la première séance, le 3 mai "
         "2010. La délégation du Kirghizistan était dirigée par la Vice-Ministre de la justice. "
         "Les documents et les questions sont disponibles dans les langues de travail."}));
    EXPECT_EQ(id.symbol, "A/HRC/15/2");
    EXPECT_EQ(id.mechanism, "UPR");
    EXPECT_EQ(id.kind, "upr_wg_report");
    EXPECT_EQ(id.date, "2010-06-16");
    EXPECT_EQ(id.language, "fr");
}

TEST(DocumentIdentity, TellsTheLanguageFromTheText) {
    EXPECT_EQ(
        identify_document(
            paragraphs_from(
                {"El Grupo de Trabajo sobre el Examen Periódico Universal celebró su octavo "
                 "período de sesiones del 3 al 14 de mayo de 2010. El examen de Kirguistán se "
                 "llevó a cabo en la primera sesión, y la delegación estuvo encabezada por la "
                 "Viceministra de Justicia, con los representantes de las instituciones del "
                 "Estado para la presentación del informe nacional."}))
            .language,
        "es");
    EXPECT_EQ(
        identify_document(
            paragraphs_from(
                {"Le Groupe de travail a examiné le rapport et les réponses de la délégation, "
                 "qui a présenté les mesures prises pour la mise en œuvre des recommandations "
                 "dans le pays et les progrès réalisés depuis l’examen précédent."}))
            .language,
        "fr");
    EXPECT_EQ(identify_document(paragraphs_from({"Доклад Рабочей группы по универсальному "
                                                 "периодическому обзору о ходе работы сессии "
                                                 "и о рекомендациях государств"}))
                  .language,
              "ru");
    // Kyrgyz: "The Working Group on the Universal Periodic Review examined the national report
    // of the Kyrgyz Republic and the recommendations of the States."
    EXPECT_EQ(identify_document(paragraphs_from({"Жалпы мезгилдүү карап чыгуу боюнча жумушчу топ "
                                                 "Кыргыз Республикасынын улуттук баяндамасын жана "
                                                 "мамлекеттердин сунуштарын карап чыкты"}))
                  .language,
              "ky");
}

TEST(DocumentIdentity, LeavesAnUnknownDocumentBlank) {
    DocumentIdentity id = identify_document(paragraphs_from({"A shopping list: milk, bread."}));
    EXPECT_EQ(id.symbol, "");
    EXPECT_EQ(id.mechanism, "");
    EXPECT_EQ(id.kind, "");
    EXPECT_EQ(id.state, "");
    EXPECT_EQ(id.session, std::nullopt);
    EXPECT_EQ(id.date, "");
    EXPECT_EQ(identify_document({}).symbol, "");
}

}  // namespace
}  // namespace rightstrack::ingest
