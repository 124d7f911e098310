// The subcommands of the rightstrack binary. main.cpp parses the command line into these option
// structs; each command returns its exit code (0 success, 1 runtime failure, 2 usage error)
// after printing its own output and errors.
#pragma once

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
    std::size_t limit = 20;
    std::string sort = "relevance";
    std::string database = kDefaultDatabase;
    bool json = false;
};

// `serve`: the web server (API and, later, portal and back office) over the database.
struct ServeOptions {
    std::string database = kDefaultDatabase;
    std::string bind = "127.0.0.1";
    int port = 8080;
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

int run_import(const ImportOptions& options);
int run_export(const ExportOptions& options);
int run_stats(const StatsOptions& options);
int run_search(const SearchOptions& options);
int run_serve(const ServeOptions& options);
int run_taxonomy_load(const TaxonomyLoadOptions& options);
int run_taxonomy_show(const TaxonomyShowOptions& options);
int run_classify_eval(const ClassifyEvalOptions& options);
int run_classify_train(const ClassifyTrainOptions& options);

}  // namespace rightstrack::cli
