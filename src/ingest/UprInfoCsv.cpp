#include "ingest/UprInfoCsv.h"

#include <algorithm>
#include <thread>
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
    size_t line = 0;
    std::string source_id;
    int session = 0;
    int cycle = 0;
    std::string state_under_review;
    std::string recommending_state;
    model::Response response = model::Response::Pending;
    std::optional<int> action_category;
    std::vector<model::LabelRef> issues;
    std::string text;
    std::string symbol;    // Of the review's document.
    std::string first_id;  // Id of the first recommendation with this text in this review.
};

// Rows of one review with the same text, and the same response, category and issues, are one
// recommendation. The recommendation id of the text's first occurrence identifies the text (it
// is a digest of the review and the text), so one digest of the text serves both purposes.
core::Digest128 group_digest(const std::string& first_id, const UprInfoRow& row) {
    core::DigestBuilder digest;
    digest.add(first_id).add(static_cast<int64_t>(row.response));
    digest.add(row.action_category.value_or(0));
    for (const auto& issue : row.issues)
        digest.add(issue.code);
    return digest.digest();
}

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
    for (auto part : core::split(cell, "|")) {
        std::string name(core::trim(part));
        if (name.empty())
            continue;
        if (!labels.contains(model::kIssues, name))
            return core::Error::invalid_input("unknown issue '" + name +
                                              "' (load it with `rightstrack taxonomy load`)");
        issues.push_back({std::string(model::kIssues), std::move(name)});
    }
    model::normalise_labels(issues);
    return issues;
}

// Resolves State names and issue cells, remembering each distinct cell: an export of 30,000
// rows has a few hundred distinct names and a few thousand distinct issue lists.
class CellLookups {
public:
    explicit CellLookups(const model::LabelCatalog& labels) : labels_(labels) {}

    core::Result<std::string> state(std::string_view name, std::string_view column) {
        name = core::trim(name);
        auto found = states_.find(std::string(name));
        if (found != states_.end())
            return found->second;
        const auto* state = model::StateRegistry::instance().resolve(name);
        if (!state)
            return core::Error::invalid_input("unknown State name '" + std::string(name) +
                                              "' in column " + std::string(column));
        return states_.emplace(std::string(name), std::string(state->alpha3)).first->second;
    }

    core::Result<std::vector<model::LabelRef>> issues(std::string_view cell) {
        auto found = issues_.find(std::string(cell));
        if (found != issues_.end())
            return found->second;
        auto parsed = TRY(parse_issues(cell, labels_));
        return issues_.emplace(std::string(cell), std::move(parsed)).first->second;
    }

private:
    const model::LabelCatalog& labels_;
    std::unordered_map<std::string, std::string> states_;
    std::unordered_map<std::string, std::vector<model::LabelRef>> issues_;
};

core::Result<UprInfoRow> parse_row(const CsvRow& row, const std::vector<size_t>& columns,
                                   CellLookups& lookups) {
    auto cell = [&](Column column) -> std::string_view { return row.fields[columns[column]]; };
    UprInfoRow parsed;
    parsed.source_id = core::trim(cell(kIdColumn));
    parsed.session = TRY(parse_bounded(cell(kSessionColumn), "session", 1, 999));
    parsed.cycle = TRY(parse_bounded(cell(kCycleColumn), "cycle", 1, 9));
    parsed.state_under_review = TRY(lookups.state(cell(kSurColumn), "state_under_review"));
    parsed.recommending_state =
        TRY(lookups.state(cell(kRecommendingStateColumn), "recommending_state"));
    auto response = model::parse_response(core::trim(cell(kResponseColumn)));
    if (!response)
        return core::Error::invalid_input("unknown response '" +
                                          std::string(cell(kResponseColumn)) +
                                          "' (expected Accepted, Noted or Supported)");
    parsed.response = *response;
    std::string_view category = cell(kActionCategoryColumn);
    if (!core::trim(category).empty())
        parsed.action_category = TRY(parse_bounded(category, "action_category", 1, 5));
    parsed.issues = TRY(lookups.issues(cell(kIssuesColumn)));
    parsed.text = core::collapse_whitespace(cell(kTextColumn));
    if (parsed.text.empty())
        return core::Error::invalid_input("the recommendation text is empty");
    parsed.line = row.line;
    parsed.symbol = model::upr_review_reference(parsed.session, parsed.state_under_review);
    parsed.first_id = model::make_recommendation_id(parsed.symbol, "", parsed.text, 0);
    return parsed;
}

model::Document review_document(const UprInfoRow& row) {
    model::Document document;
    document.symbol = row.symbol;
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
        const std::string& symbol = row.symbol;
        auto [document, inserted] = documents_.try_emplace(symbol, batch_.documents.size());
        if (inserted)
            batch_.documents.push_back(review_document(row));
        else if (batch_.documents[document->second].cycle != row.cycle)
            return core::Error::invalid_input("session " + std::to_string(row.session) +
                                              " of " + row.state_under_review +
                                              " is given two different cycles");
        auto [group, is_new] = groups_.try_emplace(group_digest(row.first_id, row),
                                                   batch_.recommendations.size());
        if (is_new) {
            int occurrence = occurrences_[row.first_id]++;
            std::string id = occurrence == 0
                                 ? row.first_id
                                 : model::make_recommendation_id(symbol, "", row.text, occurrence);
            batch_.recommendations.push_back(new_recommendation(std::move(id), row));
        }
        add_state(batch_.recommendations[group->second], row);
        return {};
    }

    model::ImportBatch finish() {
        batch_.format = kUprInfoImporter;
        return std::move(batch_);
    }

private:
    static model::Recommendation new_recommendation(std::string id, UprInfoRow& row) {
        model::Recommendation r;
        r.id = std::move(id);
        r.document = row.symbol;
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
    std::unordered_map<std::string, int> occurrences_;  // By the first occurrence's id.
};

// The rows of one slice of the file, parsed and checked, up to the first error in it.
struct ParsedSlice {
    std::vector<UprInfoRow> rows;
    std::optional<core::Error> error;
};

ParsedSlice parse_slice(const CsvSlice& slice, const CsvRow& header,
                        const std::vector<size_t>& columns, const model::LabelCatalog& labels,
                        const std::string& file_name) {
    ParsedSlice parsed;
    CsvReader reader(slice.text, file_name, slice.first_line);
    CellLookups lookups(labels);
    parsed.rows.reserve(reader.remaining_lines() + 1);
    CsvRow row;
    auto read = [&]() -> core::Status {
        while (TRY(reader.next(row))) {
            TRY(check_field_count(row, header.fields.size(), file_name));
            auto one = parse_row(row, columns, lookups);
            if (!one.ok())
                return one.release_error().located(file_name + ":" + std::to_string(row.line));
            parsed.rows.push_back(one.release_value());
        }
        return {};
    }();
    if (!read.ok())
        parsed.error = read.release_error();
    return parsed;
}

// Parsing a row (decoding, State names, digests of the text) is most of an import's reading
// time and needs nothing from other rows, so large files are cut into slices parsed on all
// cores; merging the rows, which is cheap, then runs in file order.
std::vector<ParsedSlice> parse_in_parallel(const CsvReader& reader, const CsvRow& header,
                                           const std::vector<size_t>& columns,
                                           const model::LabelCatalog& labels) {
    constexpr size_t kBytesPerThread = 1 << 20;  // Below this a thread costs more than it saves.
    std::string_view text = reader.remaining_text();
    size_t cores = std::max(1u, std::thread::hardware_concurrency());
    size_t parts = std::clamp<size_t>(text.size() / kBytesPerThread, 1, std::min<size_t>(cores, 8));
    auto slices = split_rows(text, reader.line(), parts);
    std::vector<ParsedSlice> parsed(slices.size());
    std::vector<std::thread> workers;
    for (size_t i = 1; i < slices.size(); ++i)
        workers.emplace_back([&, i] {
            parsed[i] = parse_slice(slices[i], header, columns, labels, reader.file_name());
        });
    parsed[0] = parse_slice(slices[0], header, columns, labels, reader.file_name());
    for (auto& worker : workers)
        worker.join();
    return parsed;
}

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
    auto slices = parse_in_parallel(reader, header, columns, labels);
    size_t rows = 0;
    for (const auto& slice : slices)
        rows += slice.rows.size();
    Merger merger(rows);
    for (auto& slice : slices) {
        for (auto& row : slice.rows) {
            size_t line = row.line;
            auto added = merger.add(std::move(row));
            if (!added.ok())
                return added.release_error().located(reader.file_name() + ":" +
                                                     std::to_string(line));
        }
        if (slice.error)
            return *slice.error;
    }
    return merger.finish();
}

}  // namespace rightstrack::ingest
