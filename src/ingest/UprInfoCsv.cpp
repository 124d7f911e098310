#include "ingest/UprInfoCsv.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/Hash.h"
#include "core/Text.h"
#include "model/StateRegistry.h"
#include "model/Taxonomy.h"

namespace rightstrack::ingest {
namespace {

enum Column { kIdColumn, kSessionColumn, kCycleColumn, kSurColumn, kRecommendingStateColumn,
              kResponseColumn, kActionCategoryColumn, kIssuesColumn, kTextColumn, kColumnCount };

constexpr std::array<std::string_view, kColumnCount> kRequired = {
    "id", "session", "cycle", "state_under_review", "recommending_state", "response",
    "action_category", "issues", "text"};

// One CSV row, checked and resolved.
struct UprInfoRow {
    std::string source_id;
    int session = 0;
    int cycle = 0;
    std::string state_under_review;
    std::string recommending_state;
    model::Response response = model::Response::Pending;
    std::optional<int> action_category;
    std::vector<model::LabelRef> issues;
    std::string text;
};

// Rows of one review with the same text have the same text digest...
core::Digest128 text_digest(const std::string& symbol, const UprInfoRow& row) {
    return core::DigestBuilder().add(symbol).add(row.text).digest();
}

// ...and are one recommendation if UPR Info also says the same of them: response, category and
// issues. At 128 bits, digests do not collide in practice and keep the merge tables small.
core::Digest128 group_digest(const core::Digest128& text, const UprInfoRow& row) {
    core::DigestBuilder digest;
    digest.add(static_cast<int64_t>(text.high)).add(static_cast<int64_t>(text.low));
    digest.add(static_cast<int64_t>(row.response)).add(row.action_category.value_or(0));
    for (const auto& issue : row.issues)
        digest.add(issue.code);
    return digest.digest();
}

class StateNameCache {
public:
    core::Result<std::string> resolve(std::string_view name, std::string_view column) {
        auto found = cache_.find(std::string(name));
        if (found != cache_.end())
            return found->second;
        const auto* state = model::StateRegistry::instance().resolve(name);
        if (!state)
            return core::Error::invalid_input("unknown State name '" + std::string(name) +
                                              "' in column " + std::string(column));
        return cache_.emplace(std::string(name), std::string(state->alpha3)).first->second;
    }

private:
    std::unordered_map<std::string, std::string> cache_;
};

core::Result<int> parse_bounded(std::string_view text, std::string_view column, int low,
                                int high) {
    auto value = core::parse_int(core::trim(text));
    if (!value || *value < low || *value > high)
        return core::Error::invalid_input(std::string(column) + " must be a whole number from " +
                                          std::to_string(low) + " to " + std::to_string(high) +
                                          ", not '" + std::string(text) + "'");
    return *value;
}

core::Result<std::vector<model::LabelRef>> parse_issues(std::string_view cell,
                                                        const model::LabelCatalog& labels) {
    std::vector<model::LabelRef> issues;
    if (core::trim(cell).empty())
        return issues;
    for (auto part : core::split(cell, "|")) {
        std::string name(core::trim(part));
        if (name.empty())
            continue;
        if (!labels.contains(model::kIssues, name))
            return core::Error::invalid_input("unknown issue '" + name +
                                              "' (load it with `rightstrack taxonomy load`)");
        issues.push_back({std::string(model::kIssues), std::move(name)});
    }
    std::sort(issues.begin(), issues.end());
    issues.erase(std::unique(issues.begin(), issues.end()), issues.end());
    return issues;
}

core::Result<UprInfoRow> parse_row(const CsvRow& row, const std::vector<size_t>& columns,
                                   StateNameCache& states, const model::LabelCatalog& labels) {
    auto cell = [&](Column column) -> std::string_view { return row.fields[columns[column]]; };
    UprInfoRow parsed;
    parsed.source_id = core::trim(cell(kIdColumn));
    parsed.session = TRY(parse_bounded(cell(kSessionColumn), "session", 1, 999));
    parsed.cycle = TRY(parse_bounded(cell(kCycleColumn), "cycle", 1, 9));
    parsed.state_under_review = TRY(states.resolve(core::trim(cell(kSurColumn)),
                                                   "state_under_review"));
    parsed.recommending_state = TRY(states.resolve(core::trim(cell(kRecommendingStateColumn)),
                                                   "recommending_state"));
    auto response = model::parse_response(core::trim(cell(kResponseColumn)));
    if (!response)
        return core::Error::invalid_input("unknown response '" + std::string(cell(kResponseColumn)) +
                                          "' (expected Accepted, Noted or Supported)");
    parsed.response = *response;
    if (!core::trim(cell(kActionCategoryColumn)).empty())
        parsed.action_category = TRY(parse_bounded(cell(kActionCategoryColumn), "action_category", 1, 5));
    parsed.issues = TRY(parse_issues(cell(kIssuesColumn), labels));
    parsed.text = core::collapse_whitespace(cell(kTextColumn));
    if (parsed.text.empty())
        return core::Error::invalid_input("the recommendation text is empty");
    return parsed;
}

model::Document review_document(const UprInfoRow& row) {
    model::Document document;
    document.symbol = model::upr_review_reference(row.session, row.state_under_review);
    document.state = row.state_under_review;
    document.session = row.session;
    document.cycle = row.cycle;
    document.language = "en";
    const auto* state = model::StateRegistry::instance().find_by_code(row.state_under_review);
    document.title = "Universal Periodic Review of " + std::string(state->name) +
                     ", Working Group session " + std::to_string(row.session);
    return document;
}

// Collects rows into documents and merged recommendations, in the order they first appear.
class Merger {
public:
    explicit Merger(size_t expected_rows) {
        batch_.recommendations.reserve(expected_rows);
        groups_.reserve(expected_rows);
        occurrences_.reserve(expected_rows);
    }

    core::Status add(UprInfoRow row) {
        std::string symbol = model::upr_review_reference(row.session, row.state_under_review);
        auto [document, inserted] = documents_.try_emplace(symbol, batch_.documents.size());
        if (inserted)
            batch_.documents.push_back(review_document(row));
        else if (batch_.documents[document->second].cycle != row.cycle)
            return core::Error::invalid_input("session " + std::to_string(row.session) +
                                              " of " + row.state_under_review +
                                              " is given two different cycles");
        auto same_text = text_digest(symbol, row);
        auto [group, is_new] = groups_.try_emplace(group_digest(same_text, row),
                                                   batch_.recommendations.size());
        if (is_new) {
            int occurrence = occurrences_[same_text]++;
            batch_.recommendations.push_back(new_recommendation(symbol, occurrence, row));
        }
        add_state(batch_.recommendations[group->second], row);
        return {};
    }

    model::ImportBatch finish() {
        batch_.format = kUprInfoImporter;
        return std::move(batch_);
    }

private:
    static model::Recommendation new_recommendation(const std::string& symbol, int occurrence,
                                                    UprInfoRow& row) {
        model::Recommendation r;
        r.id = model::make_recommendation_id(symbol, "", row.text, occurrence);
        r.document = symbol;
        r.text = std::move(row.text);
        r.response = row.response;
        r.response_source = "UPR Info";
        r.action_category = row.action_category;
        r.labels = std::move(row.issues);
        r.provenance.importer = kUprInfoImporter;
        r.provenance.importer_version = kUprInfoImporterVersion;
        r.provenance.source_ref = "upr-info:";
        return r;
    }

    static void add_state(model::Recommendation& r, const UprInfoRow& row) {
        auto& states = r.recommending_states;
        if (std::find(states.begin(), states.end(), row.recommending_state) == states.end())
            states.push_back(row.recommending_state);
        auto& ref = r.provenance.source_ref;
        if (ref.back() != ':')
            ref += '|';
        ref += row.source_id;
    }

    model::ImportBatch batch_;
    std::unordered_map<std::string, size_t> documents_;
    std::unordered_map<core::Digest128, size_t, core::Digest128Hash> groups_;
    std::unordered_map<core::Digest128, int, core::Digest128Hash> occurrences_;
};

}  // namespace

bool is_upr_info_header(const CsvRow& header) {
    auto has = [&](std::string_view name) {
        return std::find(header.fields.begin(), header.fields.end(), name) != header.fields.end();
    };
    return has("recommending_state") && has("state_under_review") && !has("recommending_states");
}

core::Result<model::ImportBatch> read_upr_info_csv(CsvReader& reader, const CsvRow& header,
                                                   const model::LabelCatalog& labels) {
    auto columns = TRY(require_columns(header, kRequired, reader.file_name()));
    StateNameCache states;
    Merger merger(reader.remaining_lines());
    CsvRow row;
    while (TRY(reader.next(row))) {
        TRY(check_field_count(row, header.fields.size(), reader.file_name()));
        auto parsed = parse_row(row, columns, states, labels);
        auto added = parsed.ok() ? merger.add(parsed.release_value())
                                 : core::Status(parsed.release_error());
        if (!added.ok())
            return added.release_error().located(reader.file_name() + ":" +
                                                 std::to_string(row.line));
    }
    return merger.finish();
}

}  // namespace rightstrack::ingest
