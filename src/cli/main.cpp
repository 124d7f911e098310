// The rightstrack binary: parses the command line (the stable surface in DESIGN.md) and hands
// each subcommand its options. CLI11 is confined to this file to keep builds lean.

#include <CLI/CLI.hpp>

#include "cli/Commands.h"
#include "model/Institution.h"
#include "model/LabelSuggestion.h"
#include "model/User.h"

namespace {

using namespace rightstrack::cli;

void add_database_option(CLI::App& command, std::string& database) {
    command.add_option("--db", database, "SQLite database file")->capture_default_str();
}

// The `track` subcommands: each leaf is remembered with its path ("action update") so that
// run_track() can dispatch on it, and the options given are noted for partial updates.
class TrackCommands {
public:
    TrackCommands(CLI::App& app, TrackOptions& options) : options_(options) {
        track_ = app.add_subcommand("track",
                                    "Implementation tracking: institutions, users, "
                                    "clusters, actions, audit (acting as --as USER)");
        track_->require_subcommand(1);
        auto* init = leaf(track_, "init-admin",
                          "Create the first administrator (empty user "
                          "table only); the password is read from stdin");
        init->add_option("name", options_.name, "User name")->required();

        auto* institution = group("institution", "Institutions: add, update, list");
        for (const char* verb : {"add", "update"}) {
            auto* command = leaf(institution, verb, std::string(verb) + " an institution");
            command->add_option("code", options_.name, "Short code, e.g. MOJ")->required();
            command->add_option("--name", options_.institution_name, "Full name")->required();
            command
                ->add_option("--kind", options_.kind, rightstrack::model::institution_kinds_text())
                ->required(std::string(verb) == "update");
        }
        leaf(institution, "list", "List institutions");

        auto* user = group("user", "Users: add, list");
        auto* user_add = leaf(user, "add", "Add a user; the password is read from stdin");
        user_add->add_option("name", options_.name, "User name")->required();
        user_add->add_option("--role", options_.role, rightstrack::model::roles_text())->required();
        user_add->add_option("--institution", options_.institutions,
                             "Institution code, repeatable");
        leaf(user, "list", "List users");

        auto* cluster = group("cluster", "Clusters of recommendations: add, link, list");
        auto* cluster_add = leaf(cluster, "add", "Add a cluster");
        cluster_add->add_option("--title", options_.title, "Title")->required();
        cluster_add->add_option("--description", options_.description, "Description");
        cluster_add->add_option("--recommendation", options_.recommendations,
                                "Recommendation id, repeatable");
        auto* cluster_link = leaf(cluster, "link", "Add recommendations to a cluster");
        cluster_link->add_option("id", options_.id, "Cluster id")->required();
        cluster_link
            ->add_option("--recommendation", options_.recommendations,
                         "Recommendation id, repeatable")
            ->required();
        leaf(cluster, "list", "List clusters");

        auto* action = group("action",
                             "Actions of the plan: add, update, status, link, "
                             "publish, show, list");
        action_fields(leaf(action, "add", "Add an action (planned, unpublished)"), true);
        auto* update = leaf(action, "update", "Change the options given, nothing else");
        update->add_option("id", options_.id, "Action id")->required();
        action_fields(update, false);
        auto* status = leaf(action, "status", "Set an action's status (legal transitions only)");
        status->add_option("id", options_.id, "Action id")->required();
        status
            ->add_option("status", options_.status,
                         "planned, in_progress, completed, delayed or cancelled")
            ->required();
        auto* link = leaf(action, "link", "Link recommendations and clusters to an action");
        link->add_option("id", options_.id, "Action id")->required();
        link->add_option("--recommendation", options_.recommendations, "Recommendation id");
        link->add_option("--cluster", options_.clusters, "Cluster id");
        leaf(action, "publish", "Make an action public")
            ->add_option("id", options_.id, "Action id")
            ->required();
        leaf(action, "show", "Show an action")
            ->add_option("id", options_.id, "Action id")
            ->required();
        leaf(action, "list", "List the actions you may read");

        auto* report = group("report", "Progress reports: add, edit, submit, approve, return, "
                                       "publish, show, list");
        auto* report_add = leaf(report, "add", "Start a draft report on an action");
        report_add->add_option("action", options_.id, "Action id")->required();
        report_add->add_option("--from", options_.from, "Period start, YYYY-MM-DD")->required();
        report_add->add_option("--to", options_.to, "Period end, YYYY-MM-DD")->required();
        report_add->add_option("--narrative", options_.narrative, "What was done");
        auto* report_edit = leaf(report, "edit", "Change a draft or returned report");
        report_edit->add_option("id", options_.id, "Report id")->required();
        report_edit->add_option("--narrative", options_.narrative, "What was done");
        report_edit->add_option("--evidence", options_.evidence, "Evidence file, repeatable");
        for (const char* verb : {"submit", "approve", "publish", "show"})
            leaf(report, verb, std::string(verb) + " a report")
                ->add_option("id", options_.id, "Report id")
                ->required();
        auto* report_return = leaf(report, "return", "Return a submitted report with a comment");
        report_return->add_option("id", options_.id, "Report id")->required();
        report_return->add_option("--comment", options_.comment, "What to change")->required();
        leaf(report, "list", "List the reports you may read");

        auto* status_group =
            group("status", "A recommendation's implementation status: show, override");
        leaf(status_group, "show", "The status derived from the actions, and any override")
            ->add_option("recommendation", options_.recommendation, "Recommendation id")
            ->required();
        auto* override_ = leaf(status_group, "override", "Set the State's view, with a reason");
        override_->add_option("recommendation", options_.recommendation, "Recommendation id")
            ->required();
        override_->add_option("status", options_.status,
                              "not_started, partially_implemented or implemented")
            ->required();
        override_->add_option("--reason", options_.reason, "Why")->required();

        auto* assessment = group("assessment", "Independent assessments: add, list");
        auto* assess = leaf(assessment, "add", "Assess a recommendation's implementation");
        assess->add_option("recommendation", options_.recommendation, "Recommendation id")
            ->required();
        assess->add_option("status", options_.status,
                           "not_started, partially_implemented or implemented")
            ->required();
        assess->add_option("--narrative", options_.narrative, "The assessment");
        assess->add_option("--sources", options_.sources, "Evidence: documents, links");
        leaf(assessment, "list", "A recommendation's assessments")
            ->add_option("recommendation", options_.recommendation, "Recommendation id")
            ->required();

        indicator_commands();
        calendar_commands();

        auto* due = leaf(track_, "deadlines",
                         "Open actions and progress reports overdue or due within N days, and "
                         "calendar events coming");
        due->add_option("--within", options_.within, "Days ahead")->capture_default_str();
        due->add_option("--institution", options_.institution, "Only this institution's");
        due->add_option("--today", options_.today, "Count from this date (YYYY-MM-DD)");

        auto* audit = group("audit", "The audit log: list, verify");
        leaf(audit, "list", "List audit entries")
            ->add_option("--resource", options_.resource, "Only this resource, e.g. action:3");
        leaf(audit, "verify", "Check the audit log's hash chain (--as optional)")
            ->add_option("--head", options_.head,
                         "A head verify printed before: the log must still contain it");
    }

    // Whether a track command was given; if so, fills in its path and the options given.
    bool parsed() {
        for (auto& [command, path] : leaves_) {
            if (!*command)
                continue;
            options_.command = path;
            for (const auto* option : command->get_options())
                if (option->count() > 0 && !option->get_lnames().empty())
                    options_.given.insert(option->get_lnames().front());
            return true;
        }
        return false;
    }

private:
    CLI::App* group(const char* name, const std::string& description) {
        auto* command = track_->add_subcommand(name, description);
        command->require_subcommand(1);
        return command;
    }

    CLI::App* leaf(CLI::App* parent, const std::string& name, const std::string& description) {
        auto* command = parent->add_subcommand(name, description);
        std::string path = parent == track_ ? name : parent->get_name() + " " + name;
        leaves_.emplace_back(command, path);
        add_database_option(*command, options_.database);
        command->add_option("--as", options_.as, "Act as this user");
        command->add_flag("--json", options_.json, "Print JSON");
        return command;
    }

    void indicator_commands() {
        auto* indicator = group("indicator", "Indicators of actions: add, measure, list");
        auto* add = leaf(indicator, "add", "Define an indicator of an action");
        add->add_option("action", options_.id, "Action id")->required();
        add->add_option("--name", options_.indicator_name, "What is measured")->required();
        add->add_option("--unit", options_.unit, "Unit, e.g. percent or cases")->required();
        add->add_option("--baseline", options_.baseline, "Value at the start, in the unit");
        add->add_option("--target", options_.target, "Value aimed at, in the unit");
        add->add_option("--disaggregation", options_.disaggregation,
                        "Dimensions measurements may be broken down by: sex,region,age");
        auto* measure = leaf(indicator, "measure", "Record a dated measurement");
        measure->add_option("id", options_.id, "Indicator id")->required();
        measure->add_option("value", options_.value, "The value")->required();
        measure->add_option("--unit", options_.unit, "Its unit (the indicator's)")->required();
        measure->add_option("--date", options_.date, "When it held, YYYY-MM-DD")->required();
        measure->add_option("--source", options_.source, "Where it comes from")->required();
        measure->add_option("--for", options_.groups, "The group it is for, e.g. sex=female");
        leaf(indicator, "list", "An action's indicators with their measurements")
            ->add_option("action", options_.id, "Action id")
            ->required();
    }

    void calendar_commands() {
        auto* calendar = group("calendar", "UPR calendar events: add, list, remove");
        auto* add = leaf(calendar, "add", "Add an event");
        add->add_option("--kind", options_.event_kind,
                        "submission_deadline, review, adoption, mid_term_report or other")
            ->required();
        add->add_option("--date", options_.date, "YYYY-MM-DD")->required();
        add->add_option("--title", options_.title, "Title")->required();
        add->add_option("--state", options_.state, "State under review, e.g. KGZ");
        add->add_option("--cycle", options_.cycle, "UPR cycle, e.g. 4");
        auto* list = leaf(calendar, "list", "List events by date");
        list->add_option("--within", options_.within, "Only those within N days");
        list->add_option("--today", options_.today, "Count from this date (YYYY-MM-DD)");
        leaf(calendar, "remove", "Remove an event")
            ->add_option("id", options_.id, "Event id")
            ->required();
    }

    void action_fields(CLI::App* command, bool adding) {
        command->add_option("--title", options_.title, "Title")->required(adding);
        command->add_option("--lead", options_.lead, "Lead institution code")->required(adding);
        command->add_option("--support", options_.supporting, "Supporting institution, repeatable");
        command->add_option("--description", options_.description, "Description");
        command->add_option("--start", options_.start, "Start date, YYYY-MM-DD");
        command->add_option("--due", options_.due, "Due date, YYYY-MM-DD");
        command->add_option("--budget", options_.budget, "Budget in whole units of --currency");
        command->add_option("--currency", options_.currency, "ISO 4217 code, e.g. KGS");
        command->add_option("--sdg", options_.sdgs, "SDG target, e.g. 5.2, repeatable");
        command->add_option("--report-every", options_.report_every,
                            "Progress reports due every N days (0: none)");
        if (!adding)
            return;
        command->add_option("--recommendation", options_.recommendations, "Recommendation id");
        command->add_option("--cluster", options_.clusters, "Cluster id");
    }

    TrackOptions& options_;
    CLI::App* track_;
    std::vector<std::pair<CLI::App*, std::string>> leaves_;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"rightstrack — track the human rights recommendations a State receives"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("rightstrack 0.1.0"));

    ImportOptions import;
    auto* import_command = app.add_subcommand(
        "import",
        "Import files: UN documents (UPR Working Group reports and addenda, Treaty Body "
        "concluding observations; PDF, DOCX, HTML or text), OHCHR matrices (DOCX), UPR Info CSV "
        "exports, rightstrack CSV and JSONL exports");
    import_command->add_option("files", import.files, "Files to import")->required();
    add_database_option(*import_command, import.database);
    import_command->add_flag("--dry-run", import.dry_run,
                             "Check and count, store nothing; with --json, print the records too");
    import_command->add_flag("--json", import.json, "Print the results as JSON");

    ExportOptions exporting;
    auto* export_command = app.add_subcommand("export", "Export every recommendation");
    export_command->add_option("--format", exporting.format, "csv or jsonl")->required();
    export_command->add_option("--out", exporting.out, "Output file (default: standard output)");
    add_database_option(*export_command, exporting.database);

    SearchOptions search;
    auto* search_command = app.add_subcommand(
        "search", "Search recommendations: words, \"phrases\", AND/OR/NOT, prefix*, field:value");
    auto* query_option =
        search_command->add_option("query", search.query, "The query (empty: everything)");
    auto* similar_option = search_command->add_option(
        "--similar", search.similar,
        "A recommendation's id: those most like it, instead of a query (score: cosine "
        "similarity from 0 to 1)");
    search_command->add_option("--filter", search.filters,
                               "FIELD=VALUE, repeatable: values of one field are alternatives");
    search_command->add_flag("--facets", search.facets, "Count every facet");
    search_command->add_option("--facet-limit", search.facet_limit,
                               "Values each facet lists, most frequent first (0: all; 100 unless "
                               "given)");
    search_command->add_option("--limit", search.limit, "Hits to show")->capture_default_str();
    search_command->add_option("--offset", search.offset, "Hits to skip first (the next page)");
    auto* sort_option =
        search_command->add_option("--sort", search.sort, "relevance, newest, oldest or document")
            ->capture_default_str();
    similar_option->excludes(query_option)->excludes(sort_option);
    add_database_option(*search_command, search.database);
    search_command->add_flag("--json", search.json, "Print JSON");

    ServeOptions serve;
    auto* serve_command = app.add_subcommand(
        "serve", "Serve the portal (/search), sign-in and the JSON API until SIGINT or SIGTERM");
    add_database_option(*serve_command, serve.database);
    serve_command->add_option("--port", serve.port, "TCP port")
        ->capture_default_str()
        ->check(CLI::Range(1, 65535));
    serve_command->add_option("--bind", serve.bind, "Address to listen on")->capture_default_str();
    serve_command->add_flag("--secure-cookies", serve.secure_cookies,
                            "Mark session cookies Secure (served behind TLS)");

    StatsOptions stats;
    auto* stats_command =
        app.add_subcommand("stats", "Counts by State, cycle, response, mechanism");
    add_database_option(*stats_command, stats.database);
    stats_command->add_flag("--json", stats.json, "Print JSON");

    auto* taxonomy_command = app.add_subcommand("taxonomy", "Load or show a taxonomy");
    taxonomy_command->require_subcommand(1);
    TaxonomyLoadOptions load;
    auto* load_command = taxonomy_command->add_subcommand(
        "load", "Load labels from CSV (code, parent, name_<lang>) or SDG YAML files");
    load_command
        ->add_option("taxonomy", load.taxonomy,
                     "Taxonomy code: issues, themes, affected_persons, sdgs, or a new one")
        ->required();
    load_command->add_option("files", load.files, "Label files")->required();
    load_command->add_option("--language", load.language, "Language of YAML files");
    load_command->add_option("--name", load.name, "Display name of a new taxonomy");
    add_database_option(*load_command, load.database);
    TaxonomyShowOptions show;
    auto* show_command = taxonomy_command->add_subcommand("show", "List a taxonomy's labels");
    show_command->add_option("taxonomy", show.taxonomy, "Taxonomy code")->required();
    show_command->add_flag("--json", show.json, "Print JSON");
    add_database_option(*show_command, show.database);

    auto* classify_command =
        app.add_subcommand("classify", "Suggest labels: train, evaluate, suggest");
    classify_command->require_subcommand(1);
    ClassifyEvalOptions evaluation;
    auto* eval_command = classify_command->add_subcommand(
        "eval",
        "Train on one labelled export (UPR Info's format) and score the suggestions on "
        "another: micro and macro F1 for issues, accuracy for the action category");
    eval_command->add_option("--train", evaluation.train, "Labelled CSV to learn from")->required();
    eval_command->add_option("--test", evaluation.test, "Labelled CSV to judge on")->required();
    eval_command->add_flag("--json", evaluation.json, "Print JSON");
    ClassifyTrainOptions training;
    auto* train_command = classify_command->add_subcommand(
        "train",
        "Learn from the confirmed labels in the store; the models are saved beside the "
        "database as its next version");
    add_database_option(*train_command, training.database);
    ClassifySuggestOptions suggesting;
    auto* suggest_command = classify_command->add_subcommand(
        "suggest",
        "Suggest issues and the action category, with the latest models, for every "
        "recommendation without confirmed labels of that kind; stored apart for review");
    suggest_command->add_option("--limit", suggesting.limit,
                                "Recommendations to suggest for, in export order (0: all)");
    suggest_command->add_flag("--json", suggesting.json, "Print JSON");
    add_database_option(*suggest_command, suggesting.database);
    ClassifyReviewOptions reviewing;
    auto* review_command = classify_command->add_subcommand(
        "review",
        "Accept, reject or correct suggestions, all of them or none; accepted and "
        "corrected labels are confirmed, rejected ones never suggested again");
    review_command->add_option("--accept", reviewing.accept, "Suggestion ids: ID,ID,...");
    review_command->add_option("--reject", reviewing.reject, "Suggestion ids: ID,ID,...");
    review_command->add_option("--correct", reviewing.correct,
                               "ID=LABEL: the suggestion replaced by another label");
    review_command->add_flag("--json", reviewing.json, "Print JSON");
    add_database_option(*review_command, reviewing.database);
    ClassifySuggestionsOptions listing;
    auto* suggestions_command =
        classify_command->add_subcommand("suggestions", "List the stored label suggestions");
    suggestions_command->add_option("--state", listing.state,
                                    rightstrack::model::suggestion_states_text());
    suggestions_command->add_option("--recommendation", listing.recommendation,
                                    "Only this recommendation's (its id)");
    suggestions_command->add_option("--limit", listing.limit, "At most this many (0: all)");
    suggestions_command->add_flag("--json", listing.json, "Print JSON");
    add_database_option(*suggestions_command, listing.database);
    ClassifyRepeatsOptions repeats;
    auto* repeats_command = classify_command->add_subcommand(
        "repeats",
        "The recommendations most like this one that the same State under review "
        "received in earlier cycles (score: cosine similarity from 0 to 1)");
    auto* repeats_id = repeats_command->add_option("id", repeats.id, "A recommendation's id");
    auto* repeats_state =
        repeats_command->add_option("--state", repeats.state,
                                    "Instead of an id: every recommendation this State (ISO code) "
                                    "received in --cycle");
    auto* repeats_cycle =
        repeats_command->add_option("--cycle", repeats.cycle, "The cycle of --state's review");
    repeats_id->excludes(repeats_state)->excludes(repeats_cycle);
    repeats_state->needs(repeats_cycle);
    repeats_cycle->needs(repeats_state);
    repeats_command->add_option("--limit", repeats.limit, "Repeats to show")->capture_default_str();
    repeats_command
        ->add_option("--min-score", repeats.min_score,
                     "Leave out repeats less similar than this (0 to 1)")
        ->capture_default_str();
    repeats_command->add_flag("--json", repeats.json, "Print JSON");
    add_database_option(*repeats_command, repeats.database);

    TrackOptions track;
    TrackCommands track_commands(app, track);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error) == 0 ? 0 : 2;
    }
    if (*import_command)
        return run_import(import);
    if (*export_command)
        return run_export(exporting);
    if (*stats_command)
        return run_stats(stats);
    if (*serve_command)
        return run_serve(serve);
    if (*search_command)
        return run_search(search);
    if (*load_command)
        return run_taxonomy_load(load);
    if (*show_command)
        return run_taxonomy_show(show);
    if (*eval_command)
        return run_classify_eval(evaluation);
    if (*train_command)
        return run_classify_train(training);
    if (*suggest_command)
        return run_classify_suggest(suggesting);
    if (*review_command)
        return run_classify_review(reviewing);
    if (*suggestions_command)
        return run_classify_suggestions(listing);
    if (*repeats_command)
        return run_classify_repeats(repeats);
    if (track_commands.parsed())
        return run_track(track);
    return 2;
}
