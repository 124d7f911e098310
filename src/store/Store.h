// The storage interface: the single source of truth. SqliteStore implements it now; a
// PostgreSQL store will implement it later. Every write is one transaction: all of it or
// nothing. A Store belongs to one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/Result.h"
#include "model/Document.h"
#include "model/Implementation.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"
#include "model/LabelSuggestion.h"
#include "model/Recommendation.h"
#include "model/Taxonomy.h"

namespace rightstrack::store {

struct WriteSummary {
    int64_t documents_added = 0;
    int64_t added = 0;
    int64_t updated = 0;
    int64_t unchanged = 0;
    int64_t responses = 0;          // Response statements the batch brought (an addendum's).
    int64_t answered = 0;           // Stored recommendations whose response those changed.
    int64_t responses_waiting = 0;  // Statements that answer no recommendation stored yet.
};

using Counts = std::vector<std::pair<std::string, int64_t>>;

struct Statistics {
    int64_t documents = 0;
    int64_t recommendations = 0;
    Counts by_state_under_review;  // ISO alpha-3 -> count, by code
    Counts by_cycle;               // "1".."4", "" when unknown
    Counts by_response;
    Counts by_mechanism;
};

// Called during long writes with (done, total).
using ProgressFn = std::function<void(size_t, size_t)>;
using RecommendationVisitor =
    std::function<core::Status(const model::Recommendation&, const model::Document&)>;

// What changed in the store since a point of its change feed.
struct ChangeVisitor {
    // Each recommendation written since, with its document, as scan() gives them.
    RecommendationVisitor changed;
    // The id of each recommendation removed since.
    std::function<core::Status(const std::string& id)> removed;
};

enum class Commit { Yes, No };

// What save_suggestions() did.
struct SuggestionWrite {
    int64_t stored = 0;
    int64_t replaced = 0;  // Pending suggestions a newer one of the same kind took the place of.
    int64_t refused = 0;   // Labels people rejected or corrected before for that recommendation.
};

// Which suggestions to list; every field narrows.
struct SuggestionFilter {
    std::optional<model::SuggestionState> state;
    std::string recommendation;  // A public id; empty: all.
    std::size_t limit = 0;       // 0: no limit.
};

// What review_suggestions() did.
struct ReviewSummary {
    int64_t accepted = 0;
    int64_t rejected = 0;
    int64_t corrected = 0;
};

// What the public may see of how a recommendation is being implemented (the search facets):
// its status, a coordinator's override or else derived from its published actions, and the
// institutions that lead or support those of them not cancelled. Unpublished actions stay with
// the secretariat and the institutions concerned.
struct PublicImplementation {
    model::ImplementationStatus status = model::ImplementationStatus::NotStarted;
    std::vector<std::string> institutions;  // Codes, sorted, unique.
    bool operator==(const PublicImplementation&) const = default;
};
// By recommendation id: those with a published action or an override, no others.
using PublicImplementationMap = std::unordered_map<std::string, PublicImplementation>;

struct StoredRecommendation {
    model::Recommendation recommendation;
    model::Document document;
};

// Export: by State, cycle, session, document, paragraph and source order. Any: the order the
// store keeps them in, read in a few sequential passes: several times faster, for readers that
// do not care (the search index).
enum class ScanOrder { Export, Any };

class Store {
public:
    virtual ~Store() = default;

    // Writes a batch in one transaction. Recommendations whose id exists are updated if their
    // content differs and left alone otherwise. With Commit::No the transaction is rolled back,
    // which gives an exact preview for --dry-run.
    virtual core::Result<WriteSummary> write(const model::ImportBatch& batch, Commit commit,
                                             const ProgressFn& progress) = 0;

    // Visits every recommendation, in the order asked for.
    virtual core::Status scan(ScanOrder order, const RecommendationVisitor& visit) = 0;

    virtual core::Result<Statistics> statistics() = 0;

    // The change feed, for readers that keep a copy of the recommendations (the search index).
    // The change sequence grows with every committed write; every recommendation a write
    // changes (its text, States, labels, response, document...) or removes is stamped with the
    // write's sequence. Read it before a scan(): what is committed after it is then in
    // scan_changes(sequence), even if the scan saw it too.
    virtual core::Result<int64_t> change_sequence() = 0;
    // Visits, from one snapshot, the recommendations removed after `since` and then those
    // written after it (an id removed and written again is left written), and returns the
    // sequence the snapshot has: the `since` of the next call. One read when nothing changed.
    virtual core::Result<int64_t> scan_changes(int64_t since, const ChangeVisitor& visit) = 0;

    // The public view of implementation tracking, from one snapshot: the caller's read
    // transaction when it is inside scan_changes() (so that what it visits and this agree), its
    // own otherwise. Tracking writes that change it stamp the change feed.
    virtual core::Result<PublicImplementationMap> public_implementation() = 0;

    // Adds a taxonomy's labels, replacing the names and parents of labels that exist.
    virtual core::Status save_taxonomy(const model::Taxonomy& taxonomy) = 0;
    virtual core::Result<model::Taxonomy> taxonomy(const std::string& code) = 0;
    virtual core::Result<model::LabelCatalog> label_catalog() = 0;

    // One recommendation by its public id, with its document; NotFound naming the id.
    virtual core::Result<StoredRecommendation> recommendation(const std::string& id) = 0;

    // Label suggestions, kept apart from the confirmed labels (migration 0007). Stores them in
    // one transaction: a pending suggestion of the same recommendation and taxonomy is replaced
    // (the newer model's view), and a label people rejected or corrected for that
    // recommendation is never stored again. An unknown recommendation or label is an error
    // naming it, and nothing is stored.
    virtual core::Result<SuggestionWrite> save_suggestions(
        const std::vector<model::LabelSuggestion>& suggestions) = 0;
    // Oldest first, with the state and review of each; suggestions whose recommendation is no
    // longer stored are left out.
    virtual core::Result<std::vector<model::LabelSuggestion>> suggestions(
        const SuggestionFilter& filter) = 0;
    // Applies people's decisions in one transaction, all or none: an unknown id, a suggestion
    // already reviewed, one reviewed twice, or a correction to a label its taxonomy lacks is an
    // error naming it. Accepting or correcting confirms the label on the recommendation (its
    // labels, or its action category), stamped in the change feed like any write.
    virtual core::Result<ReviewSummary> review_suggestions(
        const std::vector<model::SuggestionReview>& reviews) = 0;
};

// Opens the SQLite store at `path`, creating it and its folder if needed, and migrates it.
core::Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path);

}  // namespace rightstrack::store
