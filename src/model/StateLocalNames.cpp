// The UN's official Russian, French and Spanish names of States, and Kyrgyz official names of
// the region's States, where they differ from ICU's locale data (ICU says "Киргизия" and
// "Молдова"; UN documents in Russian write "Кыргызстан" and "Республика Молдова"). UN documents
// in those languages and the national reports of CIS States use these forms, so the importers
// must recognise them.

#include "model/State.h"

namespace rightstrack::model {
namespace {

constexpr LocalStateName kLocalNames[] = {
    {"ARE", "ru", "Объединенные Арабские Эмираты"},
    {"BOL", "ru", "Боливия (Многонациональное Государство)"},
    {"CAF", "ru", "Центральноафриканская Республика"},
    {"CIV", "ru", "Кот-д'Ивуар"},
    {"COD", "ru", "Демократическая Республика Конго"},
    {"COG", "ru", "Конго"},
    {"CPV", "ru", "Кабо-Верде"},
    {"CZE", "ru", "Чешская Республика"},
    {"DOM", "ru", "Доминиканская Республика"},
    {"FSM", "ru", "Микронезия (Федеративные Штаты)"},
    {"GBR", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"},
    {"GNB", "ru", "Гвинея-Бисау"},
    {"IRN", "ru", "Иран (Исламская Республика)"},
    {"KAZ", "ru", "Республика Казахстан"},
    {"KAZ", "ky", "Казакстан Республикасы"},
    {"KGZ", "ru", "Кыргызстан"},
    {"KGZ", "ru", "Кыргызская Республика"},
    {"KGZ", "ky", "Кыргыз Республикасы"},
    {"KOR", "ru", "Республика Корея"},
    {"LAO", "ru", "Лаосская Народно-Демократическая Республика"},
    {"MDA", "ru", "Республика Молдова"},
    {"MKD", "ru", "Северная Македония"},
    {"NLD", "ru", "Нидерланды (Королевство)"},
    {"PRK", "ru", "Корейская Народно-Демократическая Республика"},
    {"PSE", "ru", "Государство Палестина"},
    {"RUS", "ru", "Российская Федерация"},
    {"RUS", "ky", "Россия Федерациясы"},
    {"SWZ", "ru", "Эсватини"},
    {"SYR", "ru", "Сирийская Арабская Республика"},
    {"TJK", "ru", "Республика Таджикистан"},
    {"TJK", "ky", "Тажикстан Республикасы"},
    {"TKM", "ru", "Туркменистан"},
    {"TUR", "ru", "Турция"},
    {"TZA", "ru", "Объединенная Республика Танзания"},
    {"USA", "ru", "Соединенные Штаты Америки"},
    {"UZB", "ru", "Республика Узбекистан"},
    {"UZB", "ky", "Өзбекстан Республикасы"},
    {"VAT", "ru", "Святейший Престол"},
    {"VEN", "ru", "Венесуэла (Боливарианская Республика)"},
    {"VEN", "ru", "Боливарианская Республика Венесуэла"},
    {"BOL", "ru", "Многонациональное Государство Боливия"},
    {"IRN", "ru", "Исламская Республика Иран"},
    {"VNM", "ru", "Вьетнам"},
    // The UN's French and Spanish names where ICU gives the short or common form ("Royaume-Uni",
    // "Congo-Kinshasa", "Corée du Sud", "Russie"): the forms UN documents in those languages
    // print after their recommendations.
    {"ARE", "fr", "Émirats arabes unis"},
    {"BOL", "fr", "Bolivie (État plurinational de)"},
    {"BOL", "fr", "État plurinational de Bolivie"},
    {"COD", "fr", "République démocratique du Congo"},
    {"CZE", "fr", "Tchéquie"},
    {"CZE", "fr", "République tchèque"},
    {"FSM", "fr", "Micronésie (États fédérés de)"},
    {"GBR", "fr", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"},
    {"IRN", "fr", "Iran (République islamique d’)"},
    {"IRN", "fr", "République islamique d’Iran"},
    {"KOR", "fr", "République de Corée"},
    {"LAO", "fr", "République démocratique populaire lao"},
    {"MDA", "fr", "République de Moldova"},
    {"MKD", "fr", "Macédoine du Nord"},
    {"PRK", "fr", "République populaire démocratique de Corée"},
    {"PSE", "fr", "État de Palestine"},
    {"RUS", "fr", "Fédération de Russie"},
    {"SYR", "fr", "République arabe syrienne"},
    {"TUR", "fr", "Türkiye"},
    {"TZA", "fr", "République-Unie de Tanzanie"},
    {"USA", "fr", "États-Unis d’Amérique"},
    {"VAT", "fr", "Saint-Siège"},
    {"VEN", "fr", "Venezuela (République bolivarienne du)"},
    {"VEN", "fr", "République bolivarienne du Venezuela"},
    {"VNM", "fr", "Viet Nam"},
    {"BOL", "es", "Bolivia (Estado Plurinacional de)"},
    {"BOL", "es", "Estado Plurinacional de Bolivia"},
    {"COD", "es", "República Democrática del Congo"},
    {"CZE", "es", "Chequia"},
    {"CZE", "es", "República Checa"},
    {"FSM", "es", "Micronesia (Estados Federados de)"},
    {"GBR", "es", "Reino Unido de Gran Bretaña e Irlanda del Norte"},
    {"IRN", "es", "Irán (República Islámica del)"},
    {"IRN", "es", "República Islámica del Irán"},
    {"KOR", "es", "República de Corea"},
    {"LAO", "es", "República Democrática Popular Lao"},
    {"MDA", "es", "República de Moldova"},
    {"MKD", "es", "Macedonia del Norte"},
    {"PRK", "es", "República Popular Democrática de Corea"},
    {"PSE", "es", "Estado de Palestina"},
    {"RUS", "es", "Federación de Rusia"},
    {"SYR", "es", "República Árabe Siria"},
    {"TUR", "es", "Türkiye"},
    {"TZA", "es", "República Unida de Tanzanía"},
    {"USA", "es", "Estados Unidos de América"},
    {"VAT", "es", "Santa Sede"},
    {"VEN", "es", "Venezuela (República Bolivariana de)"},
    {"VEN", "es", "República Bolivariana de Venezuela"},
    {"VNM", "es", "Viet Nam"},
};

}  // namespace

std::span<const LocalStateName> local_state_names() {
    return kLocalNames;
}

}  // namespace rightstrack::model
