// Recognises what a UN document is from its own text: its symbol, the mechanism and kind of
// document, the State concerned, the UPR Working Group or Treaty Body session, its date and its
// language. Reads the paragraphs that TextLayout makes. Pure function: thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Paragraph.h"

namespace rightstrack::ingest {

struct DocumentIdentity {
    std::string symbol;     // "A/HRC/15/2", "A/HRC/28/15/Add.1", "CCPR/C/KGZ/CO/3"; "" if none.
    std::string mechanism;  // "UPR", or a Treaty Body ("CCPR", "CESCR", "CEDAW", "CRC", "CAT",
                            // "CERD", "CRPD", "CMW", "CED"); "" if unknown.
    std::string kind;       // "upr_wg_report", "upr_wg_addendum", "concluding_observations", "".
    std::string state;      // ISO 3166 alpha-3 of the State concerned; "" if unknown.
    std::optional<int> session;  // The UPR Working Group session, or the Treaty Body's.
    std::string date;      // ISO 8601 "2010-06-16", from the head of the first page; "" if none.
    std::string language;  // "en", "fr", "es", "ru", "ky", "ar" or "zh"; "" if unclear.
};

// - The symbol is the first UN document symbol on the first page: the head of the page names it
//   before any footnote cites another. A trailing "*" (a reissue) is dropped.
// - "A/HRC/..." documents that name the Working Group on the Universal Periodic Review (in
//   English, French, Spanish or Russian), or carry a "WG.6" symbol, or name the universal periodic
//   review, are UPR documents; with the Working Group's title and a symbol "A/HRC/<n>/<n>" they
//   are its report, with ".../Add.<n>" its addendum. A Treaty Body is known by the symbol's
//   series ("E/C.12" is CESCR); a symbol with "CO" is concluding observations, unless it is an
//   addendum or corrigendum to them ("CCPR/C/KGZ/CO/2/Add.1" is the State's follow-up reply).
// - The State is the name that follows the Working Group's title ("Report of the Working Group on
//   the Universal Periodic Review* Kyrgyzstan"), else the code in a symbol ("CCPR/C/KGZ/CO/3",
//   "A/HRC/WG.6/8/KGZ/1"), else the name after "review of" ("The review of Kyrgyzstan was held").
// - The session, for UPR documents: "held its eighth session" (or "34th"), "Working Group on the
//   Universal Periodic Review Twentieth session" or "... Review session 20", or else the n of an
//   "A/HRC/WG.6/<n>/..." symbol that the document cites (reports say they were "previously
//   issued under" one). The Human Rights Council's own session in the head ("Fifteenth session")
//   is not taken. Addenda name none. Ordinals are read in English only.
// - The session, for concluding observations: the one their footnote says adopted them,
//   "Adopted by the Committee at its 128th session (2-27 March 2020)" (English or Russian
//   ordinals or numerals; see committee_session_in()).
// - The date is the first date in the head of the first page ("16 June 2010", "20 JULY 2009",
//   "16 juin 2010", "16 de junio de 2010", "16 июня 2010 года").
// - The language comes from the script (Cyrillic, Arabic, Han; Kyrgyz by its own letters) and,
//   for Latin text, from the commonest stop words of English, French and Spanish.
DocumentIdentity identify_document(const std::vector<Paragraph>& paragraphs);

// Whether `folded` (core::fold_for_matching) starts with the title of concluding observations:
// "concluding observations", "observations finales", "observaciones finales", "заключительные
// замечания".
bool is_concluding_observations_title(std::string_view folded);

}  // namespace rightstrack::ingest
