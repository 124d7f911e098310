#include "ingest/DocumentIdentity.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/Folding.h"
#include "core/Text.h"
#include "ingest/DocumentSymbol.h"
#include "ingest/IdentityClues.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

// How far into the document the clues are looked for: the head of the first page holds the
// symbol and date, the introduction (a page or three further) the session.
constexpr int kOpeningPages = 4;
// Enough text to tell the language.
constexpr size_t kLanguageSample = 30000;

// The Working Group's title, folded, in English, French, Spanish and Russian.
constexpr std::array<std::string_view, 4> kWorkingGroup = {
    "working group on the universal periodic review",
    "groupe de travail sur lexamen periodique universel",
    "grupo de trabajo sobre el examen periodico universal",
    "рабочеи группы по универсальному периодическому обзору"};
constexpr std::array<std::string_view, 4> kPeriodicReview = {
    "universal periodic review", "examen periodique universel", "examen periodico universal",
    "периодическ"};

struct Series {
    std::string_view prefix;
    std::string_view mechanism;
};
constexpr std::array<Series, 9> kTreatyBodies = {{{"CCPR/", "CCPR"},
                                                  {"E/C.12/", "CESCR"},
                                                  {"CEDAW/", "CEDAW"},
                                                  {"CRC/", "CRC"},
                                                  {"CAT/", "CAT"},
                                                  {"CERD/", "CERD"},
                                                  {"CRPD/", "CRPD"},
                                                  {"CMW/", "CMW"},
                                                  {"CED/", "CED"}}};

// The document's opening: the head of its first page (running text, not footnotes), and the
// folded text of its first pages' paragraphs.
struct Opening {
    std::vector<const Paragraph*> head;
    std::vector<std::string> head_folded;  // Each of `head` folded.
    std::string folded_head;  // The head's paragraphs folded and joined: a title may span two.
    std::vector<std::string> folded;
};

Opening opening_of(const std::vector<Paragraph>& paragraphs) {
    Opening opening;
    if (paragraphs.empty())
        return opening;
    int first_page = paragraphs.front().page;
    for (const Paragraph& paragraph : paragraphs) {
        if (paragraph.page >= first_page + kOpeningPages)
            break;
        opening.folded.push_back(core::fold_for_matching(paragraph.text));
        if (paragraph.page == first_page && !paragraph.footnote) {
            opening.head.push_back(&paragraph);
            opening.head_folded.push_back(opening.folded.back());
            opening.folded_head += opening.folded.back();
            opening.folded_head += ' ';
        }
    }
    return opening;
}

using core::contains_any;

std::string first_symbol(const Opening& opening) {
    for (const Paragraph* paragraph : opening.head) {
        std::string symbol = document_symbol_in(paragraph->text);
        if (!symbol.empty())
            return symbol;
    }
    return {};
}

bool is_number(std::string_view text) { return core::parse_int(text).has_value(); }

// "A/HRC/15/2" is a report; "A/HRC/15/2/Add.1" its addendum.
bool is_report_symbol(const std::vector<std::string_view>& parts) {
    return parts.size() == 4 && is_number(parts[2]) && is_number(parts[3]);
}

bool is_addendum_symbol(const std::vector<std::string_view>& parts) {
    return parts.size() == 5 && is_number(parts[2]) && is_number(parts[3]) &&
           parts[4].starts_with("Add.");
}

// Whether the Working Group introduces its report: "The Working Group on the Universal Periodic
// Review ... held its eighth session". Two first-cycle reports lack the title on their first
// page (one misspells it), never this.
bool introduces_report(const Opening& opening) {
    return std::any_of(opening.folded.begin(), opening.folded.end(), [](const std::string& text) {
        return contains_any(text, kWorkingGroup) && text.find("held its") != text.npos;
    });
}

// "CCPR/C/KGZ/CO/3", "E/C.12/KGZ/CO/2-3", "CRC/C/OPSC/KGZ/CO/1", or "CCPR/CO/69/KGZ" of the
// early 2000s; not an addendum ("CCPR/C/KGZ/CO/2/Add.1" is the State's follow-up reply) nor a
// corrigendum.
bool is_concluding_observations_symbol(const std::string& symbol) {
    std::vector<std::string_view> parts = core::split(symbol, "/");
    auto co = std::find(parts.begin(), parts.end(), "CO");
    if (co == parts.end())
        return false;
    return std::none_of(co, parts.end(), [](std::string_view part) {
        return part.starts_with("Add.") || part.starts_with("Corr.");
    });
}

// The titles of concluding observations, folded ("Concluding observations of the Committee on
// the Rights of the Child: Kyrgyzstan"); a State's reply to them is "information received from
// ... on follow-up to the concluding observations", which these do not start.
constexpr std::string_view kConcludingObservationsTitles[] = {
    "concluding observations", "заключительные замечания", "observations finales",
    "observaciones finales"};

bool titled_concluding_observations(const Opening& opening) {
    return std::any_of(
        opening.head_folded.begin(), opening.head_folded.end(),
        [](const std::string& folded) { return is_concluding_observations_title(folded); });
}

// Until 2007 some Committees issued concluding observations as addenda of a series that names
// no State ("CRC/C/15/Add.244", "E/C.12/1/Add.49", "CCPR/C/79/Add.12"): their title tells them.
bool is_early_concluding_observations(const std::string& symbol, const Opening& opening) {
    return symbol.find("/Add.") != std::string::npos && symbol.find("/CO/") == std::string::npos &&
           titled_concluding_observations(opening);
}

void classify(DocumentIdentity& identity, const Opening& opening) {
    const std::string& symbol = identity.symbol;
    for (const Series& series : kTreatyBodies) {
        if (symbol.starts_with(series.prefix)) {
            identity.mechanism = series.mechanism;
            if (is_concluding_observations_symbol(symbol) ||
                is_early_concluding_observations(symbol, opening))
                identity.kind = "concluding_observations";
            return;
        }
    }
    if (!symbol.starts_with("A/HRC/"))
        return;
    bool titled = contains_any(opening.folded_head, kWorkingGroup);
    bool upr = titled || symbol.find("/WG.6/") != symbol.npos ||
               contains_any(opening.folded_head, kPeriodicReview);
    if (!upr)
        return;
    identity.mechanism = "UPR";
    std::vector<std::string_view> parts = core::split(symbol, "/");
    if (is_report_symbol(parts) && (titled || introduces_report(opening)))
        identity.kind = "upr_wg_report";
    else if (is_addendum_symbol(parts) && titled)
        identity.kind = "upr_wg_addendum";
}

std::string state_after_title(const Opening& opening) {
    const std::string& head = opening.folded_head;
    for (std::string_view title : kWorkingGroup) {
        for (size_t at = head.find(title); at != head.npos; at = head.find(title, at + 1)) {
            std::string state =
                state_named_at_start(std::string_view(head).substr(at + title.size()));
            if (!state.empty())
                return state;
        }
    }
    return {};
}

// The code inside a symbol: "CCPR/C/KGZ/CO/3", "A/HRC/WG.6/8/KGZ/1".
std::string state_in_symbol(const std::string& symbol) {
    std::vector<std::string_view> parts = core::split(symbol, "/");
    for (size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].size() != 3 || parts[i] == "HRC" || parts[i] == "DEC")
            continue;
        if (const model::StateInfo* state = model::StateRegistry::instance().find_by_code(parts[i]))
            return std::string(state->alpha3);
    }
    return {};
}

// The State a title of concluding observations names after the Committee: "Concluding
// observations of the Committee on the Rights of the Child: Kyrgyzstan".
std::string state_after_concluding_observations(const Opening& opening) {
    for (const std::string& folded : opening.head_folded) {
        for (std::string_view title : kConcludingObservationsTitles) {
            if (!folded.starts_with(title))
                continue;
            for (size_t at = folded.find(' ', title.size()); at != std::string::npos;
                 at = folded.find(' ', at + 1)) {
                std::string state = state_named_at_start(std::string_view(folded).substr(at + 1));
                if (!state.empty())
                    return state;
            }
        }
    }
    return {};
}

std::string state_after_review_of(const Opening& opening) {
    constexpr std::string_view kReviewOf = "review of ";
    for (const std::string& folded : opening.folded) {
        for (size_t at = folded.find(kReviewOf); at != folded.npos;
             at = folded.find(kReviewOf, at + 1)) {
            std::string state =
                state_named_at_start(std::string_view(folded).substr(at + kReviewOf.size()));
            if (!state.empty())
                return state;
        }
    }
    return {};
}

std::string language_of_document(const std::vector<Paragraph>& paragraphs) {
    std::string sample;
    for (const Paragraph& paragraph : paragraphs) {
        if (sample.size() >= kLanguageSample)
            break;
        if (!paragraph.footnote) {
            sample += paragraph.text;
            sample += ' ';
        }
    }
    return language_of(sample);
}

}  // namespace

bool is_concluding_observations_title(std::string_view folded) {
    for (std::string_view title : kConcludingObservationsTitles)
        if (folded.starts_with(title))
            return true;
    return false;
}

DocumentIdentity identify_document(const std::vector<Paragraph>& paragraphs) {
    Opening opening = opening_of(paragraphs);
    DocumentIdentity identity;
    identity.symbol = first_symbol(opening);
    classify(identity, opening);
    identity.state = state_after_title(opening);
    if (identity.state.empty())
        identity.state = state_in_symbol(identity.symbol);
    if (identity.state.empty())
        identity.state = state_after_review_of(opening);
    if (identity.state.empty() && identity.kind == "concluding_observations")
        identity.state = state_after_concluding_observations(opening);
    if (identity.mechanism == "UPR")
        identity.session = upr_session_in(opening.folded);
    else if (identity.kind == "concluding_observations")
        identity.session = committee_session_in(opening.folded);
    for (const Paragraph* paragraph : opening.head) {
        identity.date = first_date(paragraph->text);
        if (!identity.date.empty())
            break;
    }
    identity.language = language_of_document(paragraphs);
    return identity;
}

}  // namespace rightstrack::ingest
