#include "ingest/ConcludingObservations.h"

#include <algorithm>
#include <map>

#include "core/Folding.h"
#include "core/Text.h"
#include "ingest/ConcludingObservationsLayout.h"
#include "ingest/ConcludingObservationsPhrasing.h"
#include "model/StateRegistry.h"
#include "model/Taxonomy.h"

namespace rightstrack::ingest {
namespace {

// A recommendation with the paragraph and item it came from, for the follow-up labels.
struct Found {
    model::Recommendation recommendation;
    int number = 0;
    std::string item;
};

class Collector {
public:
    explicit Collector(const DocumentIdentity& identity) : identity_(identity) {}

    void take(const CoParagraph& paragraph) {
        size_t start = recommendation_start(paragraph.text);
        std::string lead = start == std::string::npos ? "" : paragraph.text.substr(start);
        if (paragraph.items.empty()) {
            if (!lead.empty())
                add(paragraph, "", lead, paragraph.page);
            return;
        }
        std::string after = paragraph.after_items;
        size_t after_start = recommendation_start(after);
        bool after_recommends = after_start != std::string::npos;
        if (!lead.empty()) {  // Else the items list concerns, not recommendations.
            for (size_t i = 0; i < paragraph.items.size(); ++i) {
                const CoItem& item = paragraph.items[i];
                std::string text = item.text;
                if (i + 1 == paragraph.items.size() && !after.empty() && !after_recommends) {
                    text = item_sentence(text) + " " + after;
                    after.clear();
                }
                add(paragraph, item.label, lead + " " + item.marker + " " + item_sentence(text),
                    item.page);
            }
        }
        if (after_recommends)
            add(paragraph, "", after.substr(after_start), paragraph.page);
    }

    std::vector<Found>& found() { return found_; }

private:
    void add(const CoParagraph& paragraph, const std::string& item, std::string text, int page) {
        model::Recommendation r;
        r.document = identity_.symbol;
        r.paragraph = std::to_string(paragraph.number);
        if (!item.empty())
            r.paragraph += " (" + item + ")";
        r.text = core::collapse_whitespace(text);
        r.language = identity_.language.empty() ? "en" : identity_.language;
        r.response = model::Response::Pending;
        r.provenance.page = page;
        r.provenance.importer = kConcludingObservationsImporter;
        r.provenance.importer_version = kConcludingObservationsImporterVersion;
        if (!paragraph.subject.empty())
            r.provenance.source_ref = "subject:" + paragraph.subject;
        found_.push_back({std::move(r), paragraph.number, item});
    }

    const DocumentIdentity& identity_;
    std::vector<Found> found_;
};

// Gives `code` to every recommendation of the paragraphs `refs` name; an item the paragraph
// does not have (a slip of the Committee's, or items the layout did not separate) names the
// whole paragraph.
core::Status label_paragraphs(std::vector<Found>& found, const std::vector<ParagraphRef>& refs,
                              std::string_view code, const std::string& file_name) {
    for (const ParagraphRef& ref : refs) {
        auto matches = [&](const Found& f, bool any_item) {
            return f.number == ref.number && (any_item || ref.item.empty() || f.item == ref.item);
        };
        bool item_found = std::any_of(found.begin(), found.end(),
                                      [&](const Found& f) { return matches(f, false); });
        bool paragraph_found = std::any_of(found.begin(), found.end(),
                                           [&](const Found& f) { return matches(f, true); });
        if (!paragraph_found)
            return core::Error::invalid_input(
                "paragraph " + std::to_string(ref.number) + ", which the Committee names for " +
                    (code == model::kUrgentLabel ? "urgent measures" : "follow-up") +
                    ", holds no recommendation rightstrack could read",
                file_name);
        for (Found& f : found) {
            if (matches(f, !item_found))
                f.recommendation.labels.push_back(
                    {std::string(model::kPriorities), std::string(code)});
        }
    }
    return {};
}

std::string title_of(const std::vector<Paragraph>& paragraphs, const DocumentIdentity& identity) {
    for (const Paragraph& paragraph : paragraphs) {
        if (paragraph.page != paragraphs.front().page)
            break;
        std::string folded = core::fold_for_matching(paragraph.text);
        if (!paragraph.footnote && is_concluding_observations_title(folded)) {
            std::string_view title = core::trim(paragraph.text);
            while (!title.empty() && (title.back() == '*' || title.back() == ' '))
                title.remove_suffix(1);
            return core::collapse_whitespace(title);
        }
    }
    const auto* state = model::StateRegistry::instance().find_by_code(identity.state);
    return "Concluding observations of the " +
           std::string(model::treaty_body_name(identity.mechanism).value_or(identity.mechanism)) +
           " on " + std::string(state ? state->name : identity.state);
}

model::Document document_of(const std::vector<Paragraph>& paragraphs,
                            const DocumentIdentity& identity, const model::Mechanism& mechanism) {
    model::Document d;
    d.symbol = identity.symbol;
    d.mechanism = mechanism;
    d.state = identity.state;
    d.session = identity.session;
    d.date = identity.date;
    d.language = identity.language;
    d.title = title_of(paragraphs, identity);
    return d;
}

void assign_ids(std::vector<Found>& found) {
    std::map<std::string, int> occurrences;  // By paragraph and text.
    for (Found& f : found) {
        model::Recommendation& r = f.recommendation;
        int occurrence = occurrences[r.paragraph + '\x1f' + r.text]++;
        r.id = model::make_recommendation_id(r.document, r.paragraph, r.text, occurrence);
        model::normalise_labels(r.labels);
    }
}

}  // namespace

core::Result<model::ImportBatch> parse_concluding_observations(
    const std::vector<Paragraph>& paragraphs, const DocumentIdentity& identity,
    const std::string& file_name) {
    if (identity.symbol.empty() || identity.state.empty())
        return core::Error::invalid_input(
            "concluding observations whose symbol or State party could not be found", file_name);
    auto mechanism = model::Mechanism::parse(identity.mechanism);
    if (!mechanism || mechanism->kind != model::MechanismKind::TreatyBody)
        return core::Error::invalid_input(
            "concluding observations (" + identity.symbol + ") of no Treaty Body rightstrack knows",
            file_name);
    CoLayout layout = co_layout(paragraphs);
    Collector collector(identity);
    std::vector<ParagraphRef> follow_up, urgent;
    for (const CoParagraph& paragraph : layout.paragraphs) {
        std::string whole = paragraph.text + " " + paragraph.after_items;
        switch (paragraph_role(whole)) {
        case ParagraphRole::FollowUp: {
            auto refs = paragraph_references(whole);
            follow_up.insert(follow_up.end(), refs.begin(), refs.end());
            break;
        }
        case ParagraphRole::Urgent: {
            auto refs = paragraph_references(whole);
            urgent.insert(urgent.end(), refs.begin(), refs.end());
            break;
        }
        case ParagraphRole::NextReport: break;
        case ParagraphRole::Substantive:
            if (paragraph.in_recommendations_part || !layout.has_recommendations_part)
                collector.take(paragraph);
            break;
        }
    }
    std::vector<Found>& found = collector.found();
    if (found.empty())
        return core::Error::invalid_input(
            "no recommendations found in the concluding observations " + identity.symbol +
                ": no numbered paragraph says \"The State party should\", \"The Committee "
                "recommends\" or the like",
            file_name);
    TRY(label_paragraphs(found, follow_up, model::kFollowUpLabel, file_name));
    TRY(label_paragraphs(found, urgent, model::kUrgentLabel, file_name));
    assign_ids(found);
    model::ImportBatch batch;
    batch.format = kConcludingObservationsImporter;
    batch.source = file_name;
    batch.documents.push_back(document_of(paragraphs, identity, *mechanism));
    for (Found& f : found) batch.recommendations.push_back(std::move(f.recommendation));
    return batch;
}

}  // namespace rightstrack::ingest
