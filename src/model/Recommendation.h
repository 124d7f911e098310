// A recommendation as the domain sees it: what was asked, by whom, of whom, the answer, the
// labels it carries, and where it came from. Plain value type; no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/Response.h"

namespace rightstrack::model {

struct Translation {
    std::string language;  // BCP 47 code: "en", "ru", "ky", ...
    std::string text;
    bool operator==(const Translation&) const = default;
};

struct LabelRef {
    std::string taxonomy;  // "issues", "themes", "affected_persons", "sdgs", ...
    std::string code;      // The label's code within that taxonomy.
    bool operator==(const LabelRef&) const = default;
    auto operator<=>(const LabelRef&) const = default;
};

// Where a recommendation came from, so that every figure can be traced to its source.
struct Provenance {
    std::optional<int> page;        // Page of the source document, when known.
    std::string importer;           // e.g. "upr-info-csv".
    std::string importer_version;   // e.g. "1".
    std::string source_ref;         // Importer-specific, e.g. UPR Info row ids "upr-info:1|7".
    bool operator==(const Provenance&) const = default;
};

struct Recommendation {
    std::string id;                              // Stable public id (see RecommendationId.h).
    std::string document;                        // Symbol of its Document.
    std::string paragraph;                       // "76.12", "23 (a)", or empty if unknown.
    std::string text;                            // In `language`, as in the source.
    std::string language = "en";
    std::vector<Translation> translations;       // Other languages.
    std::vector<std::string> recommending_states;  // ISO alpha-3, in source order.
    Response response = Response::Pending;
    std::string response_source;                 // Document or dataset that states the response.
    std::optional<int> action_category;          // UPR Info's 1-5 scale.
    std::vector<LabelRef> labels;                // Sorted, unique.
    Provenance provenance;

    bool operator==(const Recommendation&) const = default;
};

}  // namespace rightstrack::model

namespace rightstrack::model {

// A stable id from what identifies a recommendation in its source: the same input always gives
// the same id, so re-importing a file finds the recommendations it stored before. `text` is the
// text with white space collapsed; `occurrence` tells apart identical texts within one document
// (0 for the first). Ids are 13 characters of base32 (64 bits).
std::string make_recommendation_id(std::string_view document, std::string_view paragraph,
                                   std::string_view text, int occurrence);

// Puts labels in the order every recommendation keeps them: sorted, each once.
void normalise_labels(std::vector<LabelRef>& labels);

// True when `a` and `b`, from two sources, are one recommendation of their document: the same
// paragraph and a recommending State in common (a matrix may list together the States a report
// splits into items of their own), or no States on either side.
bool same_recommendation(const Recommendation& a, const Recommendation& b);

// Folds into `own` (the record read from the document itself) what `description` (a source that
// only describes the document, such as an OHCHR matrix) adds: its labels, and its response when
// `own` has none yet (pending). Text, States, paragraph and provenance stay the document's.
void merge_description(Recommendation& own, const Recommendation& description);

// A digest of every field, used to tell whether a re-imported recommendation changed.
std::string content_fingerprint(const Recommendation& recommendation);

// "76.12" -> "00000076.00000012", so that paragraphs sort in natural order as text.
std::string paragraph_sort_key(std::string_view paragraph);

}  // namespace rightstrack::model
