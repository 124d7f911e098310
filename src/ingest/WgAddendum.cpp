#include "ingest/WgAddendum.h"

#include <map>
#include <optional>

#include "core/Text.h"
#include "ingest/RecommendationNumbers.h"
#include "ingest/WgAddendumPhrasing.h"
#include "model/StateRegistry.h"

namespace rightstrack::ingest {
namespace {

inline constexpr std::string_view kImporter = "upr-wg-addendum";

// How much a position counts: a list in a sentence, a table cell or a heading over a bare list
// outweighs a leading number's commentary.
enum class Weight { Commentary = 1, Stated = 2 };

struct Position {
    model::Response response;
    Weight weight;
    int page;
};

// The positions found, by paragraph of the report, in order of first mention.
class Positions {
public:
    void add(const std::vector<std::string>& paragraphs, model::Response response, Weight weight,
             int page) {
        for (const auto& paragraph : paragraphs) {
            auto [it, inserted] = by_paragraph_.try_emplace(paragraph,
                                                            Position{response, weight, page});
            if (inserted) {
                order_.push_back(paragraph);
                continue;
            }
            auto& known = it->second;
            bool heavier = weight > known.weight;
            bool partial = weight == known.weight &&
                           response == model::Response::PartiallySupported;
            if (heavier || partial)
                known = Position{response, weight, page};
        }
    }

    std::vector<model::ResponseStatement> statements(const std::string& report,
                                                     const std::string& source) const {
        std::vector<model::ResponseStatement> out;
        for (const auto& paragraph : order_) {
            const auto& p = by_paragraph_.at(paragraph);
            out.push_back({report, paragraph, p.response, source,
                           p.page > 0 ? std::optional<int>(p.page) : std::nullopt});
        }
        return out;
    }

private:
    std::map<std::string, Position> by_paragraph_;
    std::vector<std::string> order_;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The addendum's own paragraph number ("3. The Government ...") is not a recommendation's.
std::string_view without_own_number(std::string_view text) {
    size_t i = 0;
    while (i < text.size() && is_digit(text[i]))
        ++i;
    if (i == 0 || i > 3 || i + 1 >= text.size() || text[i] != '.' || text[i + 1] != ' ')
        return text;
    return core::trim(text.substr(i + 2));
}

// Abbreviations after which a full stop does not end a sentence.
bool ends_with_abbreviation(std::string_view before) {
    auto space = before.find_last_of(" (");
    auto word = core::ascii_lower(space == std::string_view::npos ? before
                                                                  : before.substr(space + 1));
    for (std::string_view a : {"rec", "recs", "para", "paras", "no", "nos", "art", "e.g", "i.e",
                               "mr", "ms", "dr", "st", "vol", "cf"})
        if (word == a)
            return true;
    return false;
}

// Sentences as [begin, end) byte ranges: a full stop, colon or semicolon followed by a space
// ends one, except after an abbreviation or inside parentheses ("120.6 (supported: the
// adoption of a law)" names the part supported). The colon and semicolon stay with their
// sentence.
std::vector<std::pair<size_t, size_t>> sentences(std::string_view text) {
    std::vector<std::pair<size_t, size_t>> out;
    size_t begin = 0;
    int depth = 0;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        char c = text[i];
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        if ((c != '.' && c != ':' && c != ';') || text[i + 1] != ' ' || depth > 0)
            continue;
        if (c == '.' && ends_with_abbreviation(text.substr(begin, i - begin)))
            continue;
        out.emplace_back(begin, i + 1);
        begin = i + 2;
    }
    if (begin < text.size())
        out.emplace_back(begin, text.size());
    return out;
}

// A heading: short, without a sentence's final stop ("I. Accepted recommendations").
bool is_heading(std::string_view text) {
    auto t = core::trim(text);
    return !t.empty() && t.size() <= 160 && t.back() != '.' && t.back() != ':' &&
           t.back() != ';' && t.back() != ',';
}

// True when only words that introduce numbers come before `at`: "Rec. ", "Recommendations ",
// "Recommendation No. ".
bool only_introduction_before(std::string_view text, size_t at) {
    auto before = core::ascii_lower(core::trim(text.substr(0, at)));
    for (std::string_view w : {"recommendations", "recommendation", "recs.", "rec.", "nos.",
                               "no.", "para.", "paras.", "paragraphs", "paragraph", ":", ","})
        for (auto pos = before.find(w); pos != std::string::npos; pos = before.find(w))
            before.erase(pos, w.size());
    return core::trim(before).empty();
}

class AddendumReader {
public:
    void read(const Paragraph& paragraph) {
        auto text = without_own_number(paragraph.text);
        auto lists = recommendation_number_lists(text);
        if (is_heading(text) && lists.empty()) {
            context_ = stated_position(text);
            return;
        }
        const NumberList* lead = nullptr;
        if (!lists.empty() && only_introduction_before(text, lists.front().begin))
            lead = &lists.front();
        if (lead)
            read_led(text, *lead, paragraph.page);
        read_sentences(text, lists, lead, paragraph.page);
    }

    const Positions& positions() const { return positions_; }

private:
    // A paragraph led by the numbers it answers.
    void read_led(std::string_view text, const NumberList& lead, int page) {
        auto body = core::trim(text.substr(lead.end));
        while (!body.empty() && (body.front() == ':' || body.front() == '.' ||
                                 body.front() == ')' || body.front() == '-'))
            body = core::trim(body.substr(1));
        if (body.empty()) {
            if (context_)
                positions_.add(lead.paragraphs, *context_, Weight::Stated, page);
            return;
        }
        if (auto cell = position_cell(body)) {
            positions_.add(lead.paragraphs, *cell, Weight::Stated, page);
            return;
        }
        auto first = sentences(body).front();
        auto sentence = body.substr(first.first, first.second - first.first);
        if (core::ascii_lower(sentence).find("recommend") == std::string::npos)
            return;
        if (auto position = stated_position(sentence))
            positions_.add(lead.paragraphs, *position, Weight::Commentary, page);
    }

    // Sentences that state a position and list numbers; those that end with ":" and list none
    // state the position of the bare lists below them, and of the lists that open the sentence
    // right after them ("X supports the following recommendations: 120.1, 120.3-120.5.",
    // "Partially supported: 120.6 (supported: ...)"), whatever that sentence goes on to say.
    void read_sentences(std::string_view text, const std::vector<NumberList>& lists,
                        const NumberList* lead, int page) {
        std::optional<model::Response> colon;  // Stated by the sentence before, ending in ":".
        for (auto [begin, end] : sentences(text)) {
            auto sentence = text.substr(begin, end - begin);
            std::vector<const NumberList*> inside;
            for (const auto& list : lists)
                if (&list != lead && list.begin >= begin && list.end <= end)
                    inside.push_back(&list);
            bool led = !inside.empty() &&
                       only_introduction_before(sentence, inside.front()->begin - begin);
            auto position = colon && led ? colon : stated_position(sentence);
            colon.reset();
            if (!position)
                continue;
            if (inside.empty() && core::trim(sentence).ends_with(":"))
                context_ = colon = position;
            for (const auto* list : inside)
                positions_.add(list->paragraphs, *position, Weight::Stated, page);
        }
    }

    std::optional<model::Response> context_;
    Positions positions_;
};

model::Document addendum_document(const DocumentIdentity& identity) {
    model::Document d;
    d.symbol = identity.symbol;
    d.state = identity.state;
    d.session = identity.session;
    if (identity.session)
        d.cycle = model::upr_cycle_of_session(*identity.session);
    d.date = identity.date;
    d.language = identity.language;
    const auto* state = model::StateRegistry::instance().find_by_code(identity.state);
    d.title = "Report of the Working Group on the Universal Periodic Review: " +
              std::string(state ? state->name : identity.state) +
              ". Addendum: views on conclusions and/or recommendations, voluntary commitments "
              "and replies presented by the State under review";
    return d;
}

}  // namespace

core::Result<model::ImportBatch> parse_wg_addendum(const std::vector<Paragraph>& paragraphs,
                                                   const DocumentIdentity& identity,
                                                   const std::string& file_name) {
    auto report = model::report_of_addendum(identity.symbol);
    if (identity.state.empty() || report == identity.symbol)
        return core::Error::invalid_input(
            "an addendum to a UPR Working Group report whose symbol (\"" + identity.symbol +
                "\") or State under review could not be found",
            file_name);
    AddendumReader reader;
    for (const auto& paragraph : paragraphs)
        if (!paragraph.footnote)
            reader.read(paragraph);
    model::ImportBatch batch;
    batch.format = std::string(kImporter);
    batch.source = file_name;
    batch.documents.push_back(addendum_document(identity));
    batch.responses = reader.positions().statements(report, identity.symbol);
    if (batch.responses.empty())
        return core::Error::invalid_input(
            identity.symbol + ": no position on any recommendation found (expected sentences "
                              "such as \"X accepts recommendations 1-5\" or a heading such as "
                              "\"Supported recommendations\" over lists of numbers)",
            file_name);
    return batch;
}

}  // namespace rightstrack::ingest
