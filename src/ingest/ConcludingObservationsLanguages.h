// How Treaty Bodies word their concluding observations in French and Spanish, beside the English
// and Russian of ConcludingObservationsPhrasing: the recommending sentences ("L'État partie
// devrait", "Le Comité engage l'État partie à", "El Estado parte debe", "insta al Estado parte a
// que") and the words that tell the follow-up request, the urgent measures and the next report.
// They take text lower-cased with its accents and apostrophes straightened ("l'état partie").
// Pure functions: thread-safe.
#pragma once

#include <array>
#include <string_view>

namespace rightstrack::ingest {

// Whether a sentence recommends in French or Spanish: the State party's "devrait", "doit",
// "debe" ("debería"), "Il devrait", "Asimismo, debe", "recommande", "recomienda", "exhorte",
// "exhorta", the passive "l'état partie est invité (encouragé, prié) à", or a verb that asks the
// State party ("engage", "invite", "encourage", "prie", "demande", "appelle"; "insta", "alienta",
// "invita", "pide", "solicita", "anima") with "l'état partie" / "al estado parte" right after it.
bool recommends_in_french_or_spanish(std::string_view lower);

// The words of the procedural paragraphs in French and Spanish, lower case with accents.
inline constexpr auto kTranslatedUrgent =
    std::to_array<std::string_view>({"mesures d'urgence", "mesures urgentes", "medidas urgentes"});
inline constexpr auto kTranslatedRecommendation =
    std::to_array<std::string_view>({"recommandation", "recomendaci"});
inline constexpr auto kTranslatedFollowUp = std::to_array<std::string_view>(
    {"suivi", "article 75", "ci-dessus", "d'ici", "délai", "deux ans", "un an", "mois",
     "seguimiento", "artículo 75", "supra", "a más tardar", "plazo de", "dos años", "un año",
     "meses"});
inline constexpr auto kTranslatedInformation =
    std::to_array<std::string_view>({"renseignements", "information", "fournir", "communiquer",
                                     "informaci", "proporcione", "facilite"});
inline constexpr auto kTranslatedReportingProcedure = std::to_array<std::string_view>(
    {"document de base commun", "liste de points", "procédure simplifiée", "directives harmonisées",
     "documento básico común", "lista de cuestiones", "procedimiento simplificado",
     "directrices armonizadas"});

// The verb and object that ask for the next periodic report within a few words: "soumettre son
// prochain rapport périodique", "soumettre ses sixième et septième rapports périodiques",
// "presente su séptimo informe periódico".
struct ReportRequest {
    std::string_view verb;
    std::string_view report;
};
inline constexpr auto kTranslatedReportRequests =
    std::to_array<ReportRequest>({{"soumettre son", "périodique"},
                                  {"soumettre ses", "périodiques"},
                                  {"présenter son", "périodique"},
                                  {"présenter ses", "périodiques"},
                                  {"presente su", "periódico"},
                                  {"presentar su", "periódico"}});

}  // namespace rightstrack::ingest
