#include "ingest/WgReportLanguages.h"

#include <initializer_list>

#include "core/Text.h"

namespace rightstrack::ingest {
namespace {

struct Wordings {
    std::string_view recommendations;  // The word every section sentence has.
    std::initializer_list<std::string_view> noted;
    std::initializer_list<std::string_view> pending;
    std::initializer_list<std::string_view> supported;
};

// Folded: no accents ("examinees"), "й" as "и".
const Wordings kRussian{"рекомендаци",
                        {"не пользуют", "к сведению", "отклонен"},
                        {"будут рассмотрены", "представит ответы", "рассмотрит"},
                        {"пользуются", "поддерж"}};
const Wordings kFrench{"recommandation",
                       {"n ont pas recueilli", "ne beneficient pas", "n ont pas l appui",
                        "pris note", "prend note", "rejet"},
                       {"seront examinees", "examinera", "repondra", "fournira des reponses"},
                       {"appui", "beneficient", "soutien", "accepte"}};
const Wordings kSpanish{"recomendacion",
                        {"no contaron con", "no cuentan con", "tomo nota", "toma nota",
                         "rechaz"},
                        {"seran examinadas", "examinara", "respondera", "dara respuesta"},
                        {"cuentan con el apoyo", "contaron con el apoyo", "apoya", "acepta"}};

using core::contains;
using core::contains_any;

constexpr std::string_view kClosingSentences[] = {
    "отражают позицию", "состав делегации", "refletent la position",
    "composition de la delegation", "reflejan la posicion", "composicion de la delegacion"};

}  // namespace

bool is_translated_recommendations_heading(std::string_view folded) {
    return contains(folded, "выводы и или рекомендации") ||
           contains(folded, "conclusions et ou recommandations") ||
           contains(folded, "conclusiones y o recomendaciones");
}

bool ends_translated_recommendations(std::string_view folded) {
    return contains_any(folded, kClosingSentences) ||
           folded.starts_with("приложение") || folded.starts_with("annexe") ||
           folded.starts_with("anexo");
}

std::optional<model::Response> translated_section_response(std::string_view folded,
                                                           bool ends_with_colon) {
    for (const Wordings* language : {&kRussian, &kFrench, &kSpanish}) {
        if (!contains(folded, language->recommendations))
            continue;
        if (contains_any(folded, language->noted))
            return model::Response::Noted;
        if (contains_any(folded, language->pending))
            return model::Response::Pending;
        if (contains_any(folded, language->supported))
            return model::Response::Supported;
        if (ends_with_colon)
            return model::Response::Pending;
    }
    return std::nullopt;
}

}  // namespace rightstrack::ingest
