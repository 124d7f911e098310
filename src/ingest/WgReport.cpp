#include "ingest/WgReport.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "core/Folding.h"
#include "core/Text.h"
#include "ingest/LineText.h"
#include "ingest/RecommendingStates.h"
#include "ingest/RomanSubItems.h"
#include "ingest/StateLists.h"
#include "ingest/WgReportCitations.h"
#include "ingest/WgReportFootnotes.h"
#include "ingest/WgReportLanguages.h"
#include "ingest/WgReportPhrasing.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

// "76.12. text", "76.12 text", "76.12." alone (its text follows in the next paragraph), and
// "76.12.Text" where the PDF lost the space after the number.
const std::regex kItemNumber(R"(^(\d{1,3})\.(\d{1,3})(?:\.\s*(?=[A-Z(\s]|$)|\s+|$)([\s\S]*)$)");
// "69. text": a numbered paragraph of the report, or in early reports an item "1. text".
const std::regex kParagraphNumber(R"(^(\d{1,3})\.(?:\s+|$)([\s\S]*)$)");
// "73 Take appropriate measures": an early report's item whose number lost its point.
const std::regex kNumberWithoutPoint(R"(^(\d{1,3})\s+([A-Z][\s\S]*)$)");

using core::contains;

// Whether a report may use the wordings of WgReportLanguages: any report not known to be in
// English. Those are matched on folded text, which English reports need not pay for on every
// paragraph.
bool may_be_translated(const DocumentIdentity& identity) {
    return identity.language != "en";
}

// How sure a paragraph is to head the recommendations: 2 for the usual "Conclusions and/or
// recommendations", 1 for the "Conclusions and recommendations" of a few reports, 0 for neither
// (including table-of-contents lines, which end in dot leaders and page numbers).
int heading_strength(const std::string& text, bool translated) {
    std::string l = core::ascii_lower(text);
    if (l.size() >= 80 || contains(l, ".."))
        return 0;
    if (contains(l, "conclusions and/or recommendations") ||
        (translated && is_translated_recommendations_heading(core::fold_for_matching(text))))
        return 2;
    return contains(l, "conclusions and recommendations") ? 1 : 0;
}

// Where the list of recommendations ends: the closing sentence every report has, or the
// annexes.
bool ends_recommendations(const std::string& text, bool translated) {
    std::string l = core::ascii_lower(text);
    if (contains(l, "reflect the position") || contains(l, "composition of the delegation") ||
        l.starts_with("annex"))
        return true;
    return translated && ends_translated_recommendations(core::fold_for_matching(text));
}

// The response a section's opening sentence gives its recommendations, if it introduces some.
std::optional<model::Response> section_response(const std::string& text, bool translated) {
    if (translated)
        if (auto response = translated_section_response(core::fold_for_matching(text),
                                                        core::trim(text).ends_with(":")))
            return response;
    std::string l = core::ascii_lower(text);
    // "The recommendations noted in the report in paragraphs ..." says where they are, not how
    // the State responded.
    for (const char* where :
         {"noted in the present report", "noted in the report", "noted in paragraph"})
        for (size_t at = l.find(where); at != std::string::npos; at = l.find(where, at))
            l.replace(at, 5, "found");
    if (!contains(l, "recommend"))
        return std::nullopt;
    if (contains(l, "did not enjoy") || contains(l, "do not enjoy") ||
        contains(l, "not accepted") || contains(l, "cannot accept") || contains(l, "takes note") ||
        contains(l, "took note") || contains(l, "rejected") || contains(l, "noted"))
        return model::Response::Noted;
    if (contains(l, "will be examined") || contains(l, "will examine") ||
        contains(l, "will provide responses") || contains(l, "will be considered"))
        return model::Response::Pending;
    if (contains(l, "enjoy the support") || contains(l, "enjoy its support") ||
        contains(l, "enjoys the support") || contains(l, "accepted") || contains(l, "supports"))
        return model::Response::Supported;
    // "In the course of the discussion, the following recommendations were made to X:" lists
    // recommendations whose responses come later, in the addendum.
    if (core::trim(text).ends_with(":") || contains(l, "following recommendations") ||
        contains(l, "recommendations were made") || contains(l, "recommended that") ||
        contains(l, "listed below"))
        return model::Response::Pending;
    return std::nullopt;
}

// The sentences of a paragraph: split after a "." that white space and a capital letter follow.
std::vector<std::string> sentences_of(const std::string& text) {
    std::vector<std::string> sentences;
    size_t start = 0;
    for (size_t dot = text.find(". "); dot != std::string::npos; dot = text.find(". ", dot + 1)) {
        if (dot + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[dot + 2]))) {
            sentences.push_back(text.substr(start, dot + 1 - start));
            start = dot + 2;
        }
    }
    sentences.push_back(text.substr(start));
    return sentences;
}

// Whether a paragraph ends a sentence, rather than being cut by the layout mid-sentence.
bool ends_sentence(const std::string& text) {
    auto end = core::trim(text);
    return !end.empty() && (end.back() == '.' || end.back() == ':' || end.back() == ';');
}

// Whether an item is the State's comment on recommendations it cites by paragraph: "With
// regard to the recommendation(s) ... in paragraph(s) 26 (a) ...", "Regarding the
// recommendation to ... (Germany), included in paragraph 51 (e), X stated ...".
bool comments_on_cited(const std::string& text) {
    std::string lower = core::ascii_lower(core::trim(text));
    bool lead = false;
    for (std::string_view opening : {"with regard to ", "with regards to ", "regarding ",
                                     "as regards ", "concerning ", "in relation to "})
        lead = lead || lower.starts_with(opening);
    size_t cited = lower.find("paragraph");
    return lead && cited != std::string::npos &&
           lower.substr(0, cited).find("recommendation") != std::string::npos &&
           !paragraph_citations(text).empty();
}

// Whether an item ends with a parenthesis, as one that ends with its States does: "... (Chile);".
bool ends_with_parenthesis(const std::string& text) {
    size_t last = text.find_last_not_of(" ;.,*0123456789");
    return last != std::string::npos && text[last] == ')';
}

// "Ensure ... (Canada): The Dominican Republic does not accept this recommendation, since ...":
// a sentence after a colon right after the item's last State list is the State's reply, not
// more of the recommendation. The reply opens a sentence of its own (a capital, then small
// letters: not an acronym that a recommendation's object may start with) and names no State
// in parentheses.
std::string without_reply(const std::string& text) {
    auto groups = state_groups(text);
    if (groups.empty())
        return text;
    size_t colon = groups.back().close + 1;
    if (colon >= text.size() || text[colon] != ':')
        return text;
    std::string_view reply = core::trim(std::string_view(text).substr(colon + 1));
    bool sentence = reply.size() > 2 && std::isupper(static_cast<unsigned char>(reply[0])) &&
                    std::islower(static_cast<unsigned char>(reply[1]));
    return sentence ? text.substr(0, colon) : text;
}

// "Right to life, liberty and security of person": a thematic sub-heading that later reports set
// between items to group them: a short line opening with a capital that ends no sentence and
// names no State.
bool is_subheading(std::string_view text) {
    auto line = core::trim(text);
    return !line.empty() && line.size() <= 160 && !ends_sentence(std::string(line)) &&
           line.back() != ',' && u_isupper(first_code_point(line)) &&
           line.find('(') == std::string_view::npos;
}

// Whether `text` is a sub-heading right after an item that ended its sentence with its States:
// it heads the items after it and is never more of the item before.
bool heads_next_items(const std::string& text, const std::string& item_before) {
    return is_subheading(text) && ends_sentence(item_before) && ends_with_parenthesis(item_before);
}

// An item without the sub-heading that a layout joining lines ran into it after its States
// ("... (Türkiye); Right to life, liberty and security of person").
std::string without_subheading(const std::string& text) {
    auto groups = state_groups(text);
    if (groups.empty())
        return text;
    size_t end = text.find_first_not_of(' ', groups.back().close + 1);
    if (end == std::string::npos || (text[end] != ';' && text[end] != '.'))
        return text;
    return is_subheading(std::string_view(text).substr(end + 1)) ? text.substr(0, end + 1) : text;
}

// What the layout leaves between two items when it breaks one after its States ("(Spain); and"
// then "65.101 ..." gives "And"; a lone ")"): no word but a conjunction. Never a recommendation.
bool is_leftover(const std::string& text) {
    static const std::set<std::string, std::less<>> conjunctions = {"and", "or", "et", "ou",
                                                                    "y",   "o",  "и",  "или"};
    std::string word;
    const std::string lower = lower_case(text) + ' ';
    for (char c : lower) {
        // Letters and digits, those of other scripts (UTF-8 bytes) too, make words.
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
            continue;
        }
        if (!word.empty() && !conjunctions.contains(word))
            return false;
        word.clear();
    }
    return true;
}

struct Section {
    int number = 0;
    model::Response response = model::Response::Pending;
    int last_item = 0;
    // The section's opening sentence cited paragraphs of the dialogue instead of listing its
    // recommendations: what follows explains the State's position and lists none.
    bool cited = false;
    // The opening sentence, with the unnumbered paragraphs the layout cut from it ("... in
    // paragraphs 28 (b)," / "(c) and (d); 32 ..."), until an item or the next section starts.
    std::string opening;
    bool opening_read = false;
    // The opening sentence, cut by the layout before it said how the State responded, may still
    // introduce recommendations: decided once its continuation is read.
    bool undecided = false;
};

Section opened_section(int number, model::Response response) {
    Section section;
    section.number = number;
    section.response = response;
    return section;
}

class Collector {
public:
    Collector(const DocumentIdentity& identity, const DialogueParagraphs& dialogue,
              std::set<int> footnotes)
        : identity_(identity),
          dialogue_(dialogue),
          footnotes_(std::move(footnotes)),
          subjects_(subjects_for(identity.state)),
          translated_(may_be_translated(identity)) {}

    // Returns false once the recommendations have ended.
    bool take(const Paragraph& paragraph) {
        if (paragraph.footnote)
            return true;  // Footnotes are not part of the recommendation their page cuts.
        const std::string& text = paragraph.text;
        if (ends_recommendations(text, translated_))
            return false;
        if (size_t cut = embedded_item(text); cut != std::string::npos) {
            Paragraph first = paragraph, second = paragraph;
            first.text = std::string(core::trim(std::string_view(text).substr(0, cut)));
            second.text = text.substr(cut);
            return take(first) && take(second);
        }
        std::smatch match;
        if (section_ && section_->undecided && std::regex_match(text, match, kParagraphNumber))
            section_.reset();  // The opening introduced no recommendations after all.
        if (opens_unnumbered_section(text)) {
            flush();
            unnumbered_ = text;
            return true;
        }
        // "139.1 ..." after an opening without its "139.": the items name their section.
        if (unnumbered_ && std::regex_match(text, match, kItemNumber) && std::stoi(match[2]) == 1 &&
            (!section_ || std::stoi(match[1]) != section_->number)) {
            open_section(std::stoi(match[1]), *unnumbered_, paragraph.page);
            unnumbered_.reset();
        }
        if (std::regex_match(text, match, kItemNumber) && section_ &&
            std::stoi(match[1]) == section_->number) {
            start_item(match[1].str() + "." + match[2].str(), std::stoi(match[2]), match[3],
                       paragraph.page);
            return true;
        }
        // "85.75." between 86.74 and 86.76: a misprinted section number, read as the next item.
        if (std::regex_match(text, match, kItemNumber) && section_ && section_->last_item > 0 &&
            std::stoi(match[2]) == section_->last_item + 1) {
            start_item(std::stoi(match[2]), match[3], paragraph.page);
            return true;
        }
        if (std::regex_match(text, match, kParagraphNumber)) {
            int number = std::stoi(match[1]);
            if (section_ && section_->number < number && !next_item(number)) {
                open_section(number, match[2], paragraph.page);
                return true;
            }
            if (section_ && next_item(number)) {
                start_item(number, match[2], paragraph.page);
                return true;
            }
            if (!section_) {
                open_section(number, match[2], paragraph.page);
                return true;
            }
        }
        // Only the very next number, as a sentence's line may start with another ("2030 Agenda").
        if (section_ && section_->last_item > 0 &&
            std::regex_match(text, match, kNumberWithoutPoint) &&
            std::stoi(match[1]) == section_->last_item + 1) {
            start_item(std::stoi(match[1]), match[2], paragraph.page);
            return true;
        }
        // The State's comment on the item, and the rest of it after a page break.
        if (pending_ && (pending_->commented || comments_on_item(text))) {
            pending_->commented = true;
            return true;
        }
        if (pending_ && heads_next_items(text, pending_->text))
            return true;
        if (pending_)
            pending_->text += " " + text;  // The item's text after a lone "76.3." number.
        else if (section_ && !section_->opening_read)
            continue_opening(text);
        return true;
    }

    model::ImportBatch finish() {
        flush();
        without_cited_twice();
        model::ImportBatch batch;
        batch.format = kWgReportImporter;
        batch.recommendations = std::move(items_);
        return batch;
    }

private:
    // "The recommendations listed below enjoy the support of Colombia. Colombia has submitted
    // its views on recommendations noted in paragraphs 30 (e), ...": a recommendation cited by
    // its paragraph that the list also gives, the same words from the same State, is the
    // listed one.
    void without_cited_twice() {
        auto key = [](const model::Recommendation& r) {
            std::string k = core::fold_for_matching(r.text);
            for (const auto& state : r.recommending_states) k += '\x1f' + state;
            return k;
        };
        std::set<size_t> cited(cited_items_.begin(), cited_items_.end());
        std::set<std::string> listed;
        for (size_t i = 0; i < items_.size(); ++i)
            if (!cited.contains(i))
                listed.insert(key(items_[i]));
        std::vector<model::Recommendation> kept;
        for (size_t i = 0; i < items_.size(); ++i)
            if (!cited.contains(i) || !listed.contains(key(items_[i])))
                kept.push_back(std::move(items_[i]));
        items_ = std::move(kept);
    }

    // "The following recommendations have been noted by X:" without its paragraph number, as a
    // Word file numbering its paragraphs itself or a web page's list gives it: a sentence
    // introducing recommendations, ending in a colon (and a sub-heading a layout joining lines
    // ran into it), where no item goes on (none is open, or the open one ended its sentence with
    // its States). Its items, "139.1" and on, say which section it opens.
    bool opens_unnumbered_section(const std::string& text) const {
        size_t colon = text.rfind(':');
        if (colon == std::string::npos || std::regex_match(text, kParagraphNumber) ||
            std::regex_match(text, kItemNumber))
            return false;
        auto after = core::trim(std::string_view(text).substr(colon + 1));
        if (!after.empty() && !is_subheading(after))
            return false;
        if (pending_ && !(ends_sentence(pending_->text) && ends_with_parenthesis(pending_->text)))
            return false;
        const std::array<std::string_view, 4> recommendations = {
            "recommendations", "recommandations", "recomendaciones", "рекомендации"};
        return core::contains_any(core::ascii_lower(text), recommendations) &&
               section_response(text, translated_).has_value();
    }

    // "San Marino is not in a position to accept the recommendation above, since ...": a
    // paragraph that opens with the State under review's name after an item that ended its
    // sentence and named its States is the State's comment on the item, not more of it.
    bool comments_on_item(const std::string& text) const {
        const auto& registry = model::StateRegistry::instance();
        bool named = std::any_of(subjects_.begin(), subjects_.end(), [&](const std::string& s) {
            const auto* state = registry.resolve(s);
            return state != nullptr && state->alpha3 == identity_.state && text.size() > s.size() &&
                   text.starts_with(s) && text[s.size()] == ' ';
        });
        if (!named || !ends_sentence(pending_->text))
            return false;
        auto segments = attribute_segments(pending_->text);
        return std::any_of(segments.begin(), segments.end(),
                           [](const AttributedText& a) { return !a.states.empty(); });
    }

    // Where a later item of the section starts inside `text`, after the ";" or "." that ends the
    // one before: a layout that missed a line break runs "(Chile); 85.75 Introduce ..." into one
    // paragraph. npos when there is none.
    size_t embedded_item(const std::string& text) const {
        if (!section_)
            return std::string::npos;
        static const std::regex kEmbedded(R"([;.]\s+(\d{1,3})\.(\d{1,3})(?:\.\s*|\s+)[A-Z])");
        std::smatch match;
        int after = section_->last_item;
        if (std::regex_match(text, match, kItemNumber) && std::stoi(match[1]) == section_->number)
            after = std::max(after, std::stoi(match[2]));
        for (auto it = std::sregex_iterator(text.begin(), text.end(), kEmbedded);
             it != std::sregex_iterator(); ++it)
            if (std::stoi((*it)[1]) == section_->number && std::stoi((*it)[2]) > after)
                return static_cast<size_t>(it->position(1));
        return std::string::npos;
    }

    // Whether paragraph number `number` continues the section's items: the next number, or one
    // a little further on when the layout lost the numbers between ("4 Encourage ..." printed
    // without its point), as long as it cannot be the next paragraph: below the section's own
    // number, or once the items have passed it.
    bool next_item(int number) const {
        int last = section_->last_item;
        return number == last + 1 || (last > 0 && number > last && number <= last + 3 &&
                                      (number < section_->number || last > section_->number));
    }

    struct Item {
        std::string paragraph;
        std::string text;
        int page = 0;
        model::Response response;
        bool commented = false;  // The State's comment on it has started (see comments_on_item()).
    };

    void open_section(int number, const std::string& text, int page) {
        flush();
        // A layout that missed a line break leaves the first item inside the opening sentence:
        // "...will be examined by X. 1. To ratify ...".
        static const std::regex kFirstItem(R"((.*?[.:])\s+1\.\s+([A-Z][\s\S]*)$)");
        std::smatch first_item;
        bool split = std::regex_match(text, first_item, kFirstItem);
        auto response = section_response(split ? first_item[1].str() : text, translated_);
        if (!response && !split && !ends_sentence(text)) {
            section_ = opened_section(number, model::Response::Pending);
            section_->opening = text;
            section_->undecided = true;
            return;
        }
        if (!response) {
            section_.reset();  // A paragraph that introduces no recommendations.
            return;
        }
        section_ = opened_section(number, *response);
        section_->opening = split ? first_item[1].str() : text;
        if (split) {
            start_item(1, first_item[2], page);
        }
    }

    void continue_opening(const std::string& text) {
        section_->opening += " " + text;
        if (!section_->undecided)
            return;
        if (auto response = section_response(section_->opening, translated_)) {
            section_->response = *response;
            section_->undecided = false;
        }
    }

    // "The recommendations noted in the report in paragraphs 27 (b), 31 ... did not enjoy the
    // support of X": the cited recommendations, with the State that made them.
    // The response is the one of the sentence that cites: "Colombia has submitted its views on
    // the recommendations in paragraphs ..." gives none (they stay pending).
    void take_citations() {
        section_->opening_read = true;
        for (const auto& sentence : sentences_of(section_->opening))
            take_citations(
                sentence,
                section_response(sentence, translated_).value_or(model::Response::Pending));
    }

    void take_citations(const std::string& sentence, model::Response response) {
        for (const auto& citation : paragraph_citations(sentence)) {
            for (auto& cited : dialogue_.resolve(citation)) {
                // "... takes note of the recommendations in paragraphs 35 (b), 38 (b) and offers
                // the following comments: ... 38 (b) ...": a recommendation cited again is the
                // one already taken.
                if (!cited_.insert(cited.reference + '\x1f' + cited.text).second) {
                    section_->cited = true;
                    continue;
                }
                std::vector<std::string> states;
                if (!cited.state.empty())
                    states.push_back(cited.state);
                for (auto& text : roman_subitems(cited.text, subjects_)) {
                    cited_items_.push_back(items_.size());
                    items_.push_back(recommendation(gerund_as_imperative(std::move(text)), states,
                                                    cited.reference, cited.page, response));
                }
                section_->cited = true;
            }
        }
    }

    // Item `item` of the current section, numbered "section.item".
    void start_item(int item, const std::string& text, int page) {
        start_item(std::to_string(section_->number) + "." + std::to_string(item), item, text, page);
    }

    void start_item(std::string paragraph, int item, const std::string& text, int page) {
        flush();
        pending_ = Item{std::move(paragraph), text, page, section_->response};
        section_->last_item = item;
    }

    void flush() {
        if (section_ && !section_->opening_read && !section_->undecided)
            take_citations();
        if (!pending_)
            return;
        // "Regarding the recommendation to enact X (Germany), included in paragraph 51 (e),
        // Mauritius stated that ...": an item that comments on recommendations it cites by
        // paragraph gives those recommendations, read from the dialogue, not its own words.
        if (section_ && comments_on_cited(pending_->text)) {
            take_citations(pending_->text, pending_->response);
            if (section_->cited) {
                pending_.reset();
                return;
            }
        }
        // In a section that cited its recommendations by paragraph, items that name no State, or
        // cite paragraphs again and do not end with a State ("With regard to the recommendations
        // in paragraphs 26 (e) (Czech Republic), 29 (Latvia), X indicated that ..."), give the
        // State's reasons, not recommendations.
        pending_->text =
            without_subheading(without_reply(without_spaced_marks(pending_->text, footnotes_)));
        auto segments = attribute_segments(pending_->text);
        bool reasons = section_ && section_->cited && !ends_with_parenthesis(pending_->text) &&
                       !paragraph_citations(pending_->text).empty();
        for (auto& segment : segments) {
            if (section_ && section_->cited && (reasons || segment.states.empty()))
                continue;
            if (segment.states.empty() && is_leftover(segment.text))
                continue;
            for (const auto& part : split_recommends(segment.text))
                for (auto& text : roman_subitems(part, subjects_))
                    items_.push_back(recommendation(std::move(text), segment.states,
                                                    pending_->paragraph, pending_->page,
                                                    pending_->response));
        }
        pending_.reset();
    }

    model::Recommendation recommendation(std::string text, const std::vector<std::string>& states,
                                         const std::string& paragraph, int page,
                                         model::Response response) {
        model::Recommendation r;
        r.document = identity_.symbol;
        r.paragraph = paragraph;
        r.text = imperative(std::move(text), subjects_);
        r.recommending_states = states;
        r.response = response;
        r.response_source = identity_.symbol;
        r.language = identity_.language.empty() ? "en" : identity_.language;
        r.provenance.page = page;
        r.provenance.importer = kWgReportImporter;
        r.provenance.importer_version = kWgReportImporterVersion;
        // The same text twice in one paragraph (a compound item repeating itself) stays two
        // recommendations with two ids.
        int occurrence = occurrences_[r.paragraph + '\x1f' + r.text]++;
        r.id = model::make_recommendation_id(identity_.symbol, r.paragraph, r.text, occurrence);
        return r;
    }

    const DocumentIdentity& identity_;
    const DialogueParagraphs& dialogue_;
    std::set<std::string> cited_;    // Reference and text of each cited recommendation taken.
    const std::set<int> footnotes_;  // The numbers of the report's footnotes.
    const std::vector<std::string> subjects_;
    const bool translated_;                   // See may_be_translated().
    std::map<std::string, int> occurrences_;  // By paragraph and text.
    std::optional<Section> section_;
    std::optional<std::string> unnumbered_;  // See opens_unnumbered_section().
    std::optional<Item> pending_;
    std::vector<model::Recommendation> items_;
    std::vector<size_t>
        cited_items_;  // Indices in items_ of the recommendations cited by paragraph.
};

// Index of the paragraph after the strongest (and, among equals, last) heading of the
// recommendations.
std::optional<size_t> section_start(const std::vector<Paragraph>& paragraphs, bool translated) {
    std::optional<size_t> start;
    int best = 0;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        int strength = heading_strength(paragraphs[i].text, translated);
        if (strength > 0 && strength >= best) {
            best = strength;
            start = i + 1;
        }
    }
    return start;
}

model::Document document_of(const DocumentIdentity& identity) {
    model::Document d;
    d.symbol = identity.symbol;
    d.state = identity.state;
    d.session = identity.session;
    d.date = identity.date;
    d.language = identity.language;
    const auto* state = model::StateRegistry::instance().find_by_code(identity.state);
    d.title = "Report of the Working Group on the Universal Periodic Review: " +
              std::string(state ? state->name : identity.state);
    if (identity.session)
        d.cycle = model::upr_cycle_of_session(*identity.session);
    return d;
}

}  // namespace

core::Result<model::ImportBatch> parse_wg_report(const std::vector<Paragraph>& paragraphs,
                                                 const DocumentIdentity& identity,
                                                 const std::string& file_name) {
    if (identity.symbol.empty() || identity.state.empty())
        return core::Error::invalid_input(
            "a UPR Working Group report whose symbol or State under review could not be found",
            file_name);
    auto start = section_start(paragraphs, may_be_translated(identity));
    if (!start)
        return core::Error::invalid_input(
            "no \"Conclusions and/or recommendations\" section: not a UPR Working Group report "
            "layout rightstrack knows",
            file_name);
    // Early reports cite some recommendations by their paragraph in the dialogue before.
    DialogueParagraphs dialogue(
        std::vector<Paragraph>(paragraphs.begin(), paragraphs.begin() + static_cast<long>(*start)));
    Collector collector(identity, dialogue, footnote_numbers(paragraphs));
    for (size_t i = *start; i < paragraphs.size() && collector.take(paragraphs[i]); ++i) {
    }
    auto batch = collector.finish();
    if (batch.recommendations.empty())
        return core::Error::invalid_input(
            "the \"Conclusions and/or recommendations\" section lists no recommendations "
            "rightstrack could read",
            file_name);
    batch.documents.push_back(document_of(identity));
    batch.source = file_name;
    return batch;
}

}  // namespace rightstrack::ingest
