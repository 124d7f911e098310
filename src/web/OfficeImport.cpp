// The back office's import, /office/import: coordinators and administrators upload one or more
// files (reports, matrices, UPR Info's CSV, exchange CSV or JSON Lines), each read by ingest's
// read_import_file (the type found from the content, as `rightstrack import` does) and written
// in its own transaction: a bad file changes nothing and says where it is wrong, the good ones
// around it are imported. "Dry run" rolls every transaction back and shows what would change.
// Everyone else is refused (403) by track's import policy, before any file is read. Files are
// read from the request's memory, never written to disk, so there is nothing to clean up. The
// results come on one page once every file is done (no streaming of progress).
#include <chrono>

#include "ingest/ImportFile.h"
#include "track/ImportService.h"
#include "web/ApiError.h"
#include "web/Html.h"
#include "web/Routes.h"

namespace rightstrack::web {
namespace {

// Files one upload may carry; their bytes together are bounded by the server (Server.cpp).
constexpr std::size_t kMaxFiles = 100;

struct FileResult {
    std::string file;
    std::string format;
    store::WriteSummary summary;
    std::optional<core::Error> error;
    double seconds = 0;
};

// The name a browser sent, without any folder part: it names the file in messages only.
std::string base_name(const std::string& name) {
    const auto slash = name.find_last_of("/\\");
    std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
    return base.empty() ? "upload" : base;
}

// A refusal as a page with the status of its error (403 for the import policy).
Reply refused(const Visit& visit, const core::Error& error) {
    const int status = http_status(error);
    return error_page(visit, status,
                      status == 403   ? visit.t("office.import_forbidden")
                      : status == 500 ? visit.t("error.internal")
                                      : visit.t("error.not_found"));
}

std::string upload_form(const Visit& visit) {
    const auto& t = visit.t;
    return "<form method=\"post\" action=\"/office/import\" enctype=\"multipart/form-data\" "
           "class=\"stacked\">" +
           csrf_field(visit) + "<label for=\"files\">" + escape(t("office.files")) +
           "</label><input id=\"files\" name=\"files\" type=\"file\" multiple required>"
           "<p class=\"meta\">" +
           escape(t("office.files_help")) +
           "</p><p><input id=\"dry_run\" name=\"dry_run\" type=\"checkbox\" value=\"1\"> "
           "<label for=\"dry_run\" class=\"inline\">" +
           escape(t("office.dry_run")) + "</label></p><button type=\"submit\">" +
           escape(t("office.submit")) + "</button></form>\n";
}

std::string result_row(const Translator& t, const FileResult& result, bool dry_run) {
    std::string out = "<tr data-file=\"" + escape(result.file) + "\" data-status=\"" +
                      (result.error ? "failed"
                       : dry_run    ? "dry_run"
                                    : "imported") +
                      "\"><th scope=\"row\">" + escape(result.file) + "</th><td>" +
                      escape(result.format) + "</td>";
    if (result.error)
        return out + "<td colspan=\"4\" class=\"error\">" +
               escape(t("office.failed", {{"error", result.error->describe()}})) + "</td></tr>\n";
    const auto& s = result.summary;
    for (auto number : {s.added, s.updated, s.unchanged, s.documents_added})
        out += "<td class=\"number\">" + std::to_string(number) + "</td>";
    return out + "</tr>\n";
}

std::string results_table(const Translator& t, const std::vector<FileResult>& results,
                          bool dry_run) {
    std::string out = "<table class=\"data results\"><caption>" +
                      escape(t(dry_run ? "office.results_dry" : "office.results")) +
                      "</caption>\n<thead><tr>";
    for (const char* key : {"office.file", "office.format", "office.added", "office.updated",
                            "office.unchanged", "office.documents_added"})
        out += "<th scope=\"col\">" + escape(t(key)) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& result : results) out += result_row(t, result, dry_run);
    return out + "</tbody></table>\n";
}

// Reads and writes one file through the import service: all of it or nothing.
FileResult import_one(track::ImportService& service, const std::string& actor,
                      const UploadedFile& upload, const model::LabelCatalog& labels,
                      store::Commit commit) {
    const auto started = std::chrono::steady_clock::now();
    FileResult result{base_name(upload.file_name), {}, {}, {}, 0};
    auto summary = service.import(
        actor,
        [&]() -> core::Result<model::ImportBatch> {
            auto batch = TRY(ingest::read_import_file(upload.content, result.file, labels));
            result.format = batch.format;
            return batch;
        },
        commit);
    if (summary.ok())
        result.summary = *summary;
    else
        result.error = summary.release_error().located(result.file);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

// The page, or the form's answer; `post` imports the files the request carries.
Reply office_import(WebContext& context, Visit& visit, bool post) {
    const auto& t = visit.t;
    if (visit.user.empty())
        return Reply::redirect("/login?next=" + url_encode("/office/import"));
    auto tracking = context.tracking.lease();
    if (!tracking.ok())
        return refused(visit, tracking.error());
    // The store the files are written to: a connection of this request's own, so that a long
    // import holds no lock the searches need (they catch up with it through the change feed).
    auto records = store::open_sqlite_store(context.options.database);
    if (!records.ok())
        return refused(visit, records.error());
    track::ImportService service(track::Context{**tracking, track::utc_now, ""}, **records);
    if (auto allowed = service.authorise(visit.user); !allowed.ok())
        return refused(visit, allowed.error());
    const std::string title(t("office.import_title"));
    std::string main = "<h1>" + escape(title) + "</h1>\n";
    if (!post)
        return Reply::html(page(visit, title, main + upload_form(visit)));
    if (visit.request.files.empty() || visit.request.files.size() > kMaxFiles) {
        main += "<p class=\"notice\" role=\"alert\">" +
                escape(t("office.no_files", {{"max", std::to_string(kMaxFiles)}})) + "</p>\n";
        return Reply::html(page(visit, title, main + upload_form(visit)), 400);
    }
    auto labels = (*records)->label_catalog();
    if (!labels.ok())
        return refused(visit, labels.error());
    const bool dry_run = !visit.request.field("dry_run").empty();
    std::vector<FileResult> results;
    for (const auto& upload : visit.request.files)
        results.push_back(import_one(service, visit.user, upload, *labels,
                                     dry_run ? store::Commit::No : store::Commit::Yes));
    std::size_t failed = 0;
    for (const auto& result : results) failed += result.error ? 1 : 0;
    main += "<p role=\"status\">" +
            escape(t("office.summary", {{"files", std::to_string(results.size())},
                                        {"failed", std::to_string(failed)}})) +
            "</p>\n" + results_table(t, results, dry_run) + "<h2>" + escape(t("office.again")) +
            "</h2>\n" + upload_form(visit);
    return Reply::html(page(visit, title, main));
}

}  // namespace

std::vector<Route> office_import_routes(WebContext& context) {
    return {
        {"GET", "/office/import",
         [&context](Visit& visit) { return office_import(context, visit, false); }},
        {"POST", "/office/import",
         [&context](Visit& visit) { return office_import(context, visit, true); }},
    };
}

}  // namespace rightstrack::web
