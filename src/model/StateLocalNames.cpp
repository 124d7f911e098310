// The UN's official Russian names of States, and Kyrgyz official names of the region's States,
// where they differ from ICU's locale data (ICU says "Киргизия" and "Молдова"; UN documents in
// Russian write "Кыргызстан" and "Республика Молдова"). Russian-language UN documents and the
// national reports of CIS States use these forms, so the importers must recognise them.

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
    {"VNM", "ru", "Вьетнам"},
};

}  // namespace

std::span<const LocalStateName> local_state_names() {
    return kLocalNames;
}

}  // namespace rightstrack::model
