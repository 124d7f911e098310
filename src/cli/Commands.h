// The subcommands of the rightstrack binary. main.cpp parses the command line into these option
// structs; each command returns its exit code (0 success, 1 runtime failure, 2 usage error)
// after printing its own output and errors.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace rightstrack::cli {

inline constexpr const char* kDefaultDatabase = "var/rightstrack.db";

struct ImportOptions {
    std::vector<std::string> files;
    std::string database = kDefaultDatabase;
    bool dry_run = false;
    bool json = false;
};

struct ExportOptions {
    std::string format;
    std::string database = kDefaultDatabase;
    std::string out;  // Empty: standard output.
};

struct StatsOptions {
    std::string database = kDefaultDatabase;
    bool json = false;
};

struct TaxonomyLoadOptions {
    std::string taxonomy;
    std::vector<std::string> files;
    std::string language;  // For YAML files; guessed from the folder name (en/, ru/) if empty.
    std::string name;      // Display name of a new taxonomy.
    std::string database = kDefaultDatabase;
};

struct TaxonomyShowOptions {
    std::string taxonomy;
    std::string database = kDefaultDatabase;
    bool json = false;
};

struct SearchOptions {
    std::string query;
    std::string similar;               // --similar ID: recommendations like this one, no query.
    std::vector<std::string> filters;  // FIELD=VALUE
    bool facets = false;
    std::optional<std::size_t> facet_limit;  // Values per facet; 0: all; unset: the default.
    std::size_t limit = 20;
    std::size_t offset = 0;  // Hits to skip: the next page.
    std::string sort = "relevance";
    std::string database = kDefaultDatabase;
    bool json = false;
};

// `serve`: the web server (API and, later, portal and back office) over the database.
struct ServeOptions {
    std::string database = kDefaultDatabase;
    std::string bind = "127.0.0.1";
    int port = 8080;
    bool secure_cookies = false;  // Behind TLS: session cookies get Secure.
};

// `classify eval`: trains on one labelled file and judges the suggestions on another.
struct ClassifyEvalOptions {
    std::string train;
    std::string test;
    bool json = false;
};

// `classify train`: learns from the store's confirmed labels, saves the models beside it.
struct ClassifyTrainOptions {
    std::string database = kDefaultDatabase;
};

// `classify suggest`: the latest models suggest labels for what has none confirmed, stored apart.
struct ClassifySuggestOptions {
    std::string database = kDefaultDatabase;
    std::size_t limit = 0;  // Recommendations to suggest for; 0: all.
    bool json = false;
};

// `classify review`: accept, reject or correct suggestions, all in one transaction.
struct ClassifyReviewOptions {
    std::vector<std::string> accept;   // "ID,ID,..."
    std::vector<std::string> reject;   // "ID,ID,..."
    std::vector<std::string> correct;  // "ID=LABEL"
    std::string database = kDefaultDatabase;
    bool json = false;
};

// `classify suggestions`: lists the stored suggestions.
struct ClassifySuggestionsOptions {
    std::string state;  // pending, accepted, rejected or corrected; empty: all.
    std::string recommendation;
    std::size_t limit = 0;
    std::string database = kDefaultDatabase;
    bool json = false;
};

// `classify repeats`: what the same State under review was recommended alike in earlier cycles.
struct ClassifyRepeatsOptions {
    std::string id;     // One recommendation, or else a whole review:
    std::string state;  // the State under review (ISO alpha-3),
    int cycle = 0;      // in this cycle.
    std::size_t limit = 5;
    double min_score = 0;
    std::string database = kDefaultDatabase;
    bool json = false;
};

// `track ...`: implementation tracking, acting as the user named by --as. `command` is the
// subcommand path ("action update"); `given` holds the long names of the options given, so that
// an update changes only those.
struct TrackOptions {
    std::string command;
    std::string as;
    std::string database = kDefaultDatabase;
    bool json = false;
    std::string name;  // init-admin NAME, user add NAME, institution add CODE.
    int64_t id = 0;    // Cluster or action id.
    std::string status;
    std::string role;
    std::string institution_name;
    std::string kind = "ministry";
    std::string title;
    std::string description;
    std::string lead;
    std::string start;
    std::string due;
    int64_t budget = 0;  // Used when "budget" is given.
    std::string currency;
    std::string resource;
    std::string head;  // audit verify --head HASH.
    std::vector<std::string> institutions;
    std::vector<std::string> supporting;
    std::vector<std::string> recommendations;
    std::vector<int64_t> clusters;
    std::vector<std::string> sdgs;
    std::string recommendation;  // status show|override REC, assessment add|list REC.
    std::string from;            // Report period.
    std::string to;
    std::string narrative;
    std::string comment;                // Returning a report.
    std::string reason;                 // Overriding a status.
    std::string sources;                // An assessment's evidence.
    std::vector<std::string> evidence;  // Files attached to a report.
    int within = 30;                    // deadlines: days ahead.
    std::string today;                  // deadlines: instead of the clock's date.
    std::string institution;            // deadlines: one institution only.
    int64_t report_every = 0;           // action add|update: days between reports, 0 none.
    std::string indicator_name;         // indicator add --name.
    std::string unit;                   // indicator add|measure.
    double baseline = 0;                // Used when "baseline" is given.
    double target = 0;                  // Used when "target" is given.
    std::string disaggregation;         // indicator add: "sex,region".
    double value = 0;                   // indicator measure ID VALUE.
    std::string date;                   // indicator measure, calendar add.
    std::string source;                 // indicator measure.
    std::vector<std::string> groups;    // indicator measure --for sex=female.
    std::string event_kind;             // calendar add --kind.
    std::string state;                  // calendar add: ISO 3166 alpha-3.
    int cycle = 0;                      // calendar add: used when "cycle" is given.
    std::set<std::string> given;
};

int run_import(const ImportOptions& options);
int run_export(const ExportOptions& options);
int run_stats(const StatsOptions& options);
int run_search(const SearchOptions& options);
int run_serve(const ServeOptions& options);
int run_taxonomy_load(const TaxonomyLoadOptions& options);
int run_taxonomy_show(const TaxonomyShowOptions& options);
int run_classify_eval(const ClassifyEvalOptions& options);
int run_classify_train(const ClassifyTrainOptions& options);
int run_classify_suggest(const ClassifySuggestOptions& options);
int run_classify_review(const ClassifyReviewOptions& options);
int run_classify_suggestions(const ClassifySuggestionsOptions& options);
int run_classify_repeats(const ClassifyRepeatsOptions& options);
int run_track(const TrackOptions& options);

}  // namespace rightstrack::cli
