// Readers for the small clues that identify a UN document: dates written in the UN's languages,
// English ordinals, and the language of a text. DocumentIdentity puts them together. Pure
// functions: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::ingest {

// The first date in `text` as ISO 8601, "" if none: "16 June 2010", "20 JULY 2009", "1er juin
// 2010", "16 de junio de 2010", "16 июня 2010 года" all read as "2010-06-16" or the like.
std::string first_date(std::string_view text);

// The number that the English ordinal ending at words[end - 1] stands for: "eighth" 8,
// "thirty fourth" (folded from "thirty-fourth") 34, "one hundred and twenty eighth" 128, "8th" 8;
// nullopt if none ends there.
std::optional<int> ordinal_before(const std::vector<std::string_view>& words, size_t end);

// The words of folded text (core::fold_for_matching: lower case, one space between words).
std::vector<std::string_view> words_of(std::string_view folded);

// The State whose name starts folded text (core::fold_for_matching): the longest run of its
// first words, up to eight, that model::StateRegistry resolves; its alpha-3 code, or "".
std::string state_named_at_start(std::string_view folded);

// The UPR Working Group session that folded paragraphs name: "held its eighth session", "working
// group on the universal periodic review twentieth session", "... review session 8", in that
// order of trust; else the n of an "A/HRC/WG.6/<n>/..." symbol among them (folded to
// "a hrc wg 6 n"). The Council's own session ("human rights council fifteenth session") is not
// taken.
std::optional<int> upr_session_in(const std::vector<std::string>& folded);

// The session of the Treaty Body that adopted concluding observations, from folded paragraphs:
// "adopted by the committee at its 128th session", "... at its sixty sixth session", "приняты
// комитетом на его сто двадцать восьмои сессии" or "... 128 и сессии" (folded from "128-й"),
// "adoptees par le comite a sa 123e session", "aprobadas por el comite en su 123er periodo de
// sesiones", "... a sa quatre vingt dix neuvieme session" (French and Spanish ordinals: see
// romance_ordinal_before()).
std::optional<int> committee_session_in(const std::vector<std::string>& folded);

// The language of `text`: "en", "fr", "es", "ru", "ky", "ar", "zh", or "" when unclear.
// Cyrillic, Arabic and Han letters tell the script; Cyrillic text is Kyrgyz when at least one
// letter in a hundred is one Russian lacks (ң, ө, ү); for Latin letters the commonest stop words
// of English, French and Spanish decide.
std::string language_of(std::string_view text);

}  // namespace rightstrack::ingest
