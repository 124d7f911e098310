// `rightstrack track ...`: implementation tracking from the command line. Opens the tracking
// store, runs one service operation as the user named by --as (the services check what that
// user may do) and prints the result as text or JSON. Passwords are read from standard input.

#include <cstdio>

#include "cli/Terminal.h"
#include "cli/TrackHandlers.h"
#include "store/TrackingStore.h"

namespace rightstrack::cli {
namespace {

using nlohmann::json;

const HandlerTable& handlers() {
    static const HandlerTable table = [] {
        HandlerTable all;
        add_plan_handlers(all);
        add_progress_handlers(all);
        add_measure_handlers(all);
        return all;
    }();
    return table;
}

// One line per object: its identifying fields, then the rest as compact JSON.
std::string text_line(const json& item) {
    std::string line;
    for (const char* key : {"sequence", "id", "code", "name", "status", "date", "title"})
        if (item.contains(key) && !item[key].is_null())
            line +=
                (item[key].is_string() ? item[key].get<std::string>() : item[key].dump()) + "\t";
    return line + item.dump() + "\n";
}

}  // namespace

int run_track(const TrackOptions& options) {
    auto handler = handlers().find(options.command);
    if (handler == handlers().end())
        return report_error(core::Error::usage("unknown command: track " + options.command));
    auto store = store::open_sqlite_tracking_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    // Evidence files live beside the database, as the classifier's models do.
    track::Context context{**store, track::utc_now, options.database + ".evidence"};
    auto result = handler->second(options, context);
    if (!result.ok())
        return report_error(result.error());
    if (options.json) {
        std::fputs((result->dump(2) + "\n").c_str(), stdout);
        return 0;
    }
    if (result->contains("overdue")) {  // Deadlines: one line per item, its list first.
        for (const auto& [list, items] : result->items())
            for (const auto& item : items)
                std::fputs((list + "\t" + text_line(item)).c_str(), stdout);
        return 0;
    }
    if (result->is_array())
        for (const auto& item : *result) std::fputs(text_line(item).c_str(), stdout);
    else
        std::fputs(text_line(*result).c_str(), stdout);
    return 0;
}

}  // namespace rightstrack::cli