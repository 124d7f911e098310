// `rightstrack stats [--json]`: counts by State under review, cycle, response and mechanism.

#include <cstdio>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "report/StatsReport.h"
#include "store/Store.h"

namespace rightstrack::cli {

int run_stats(const StatsOptions& options) {
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto stats = (*store)->statistics();
    if (!stats.ok())
        return report_error(stats.error());
    std::string text = options.json ? report::stats_json(*stats) : report::stats_text(*stats);
    std::fputs(text.c_str(), stdout);
    return 0;
}

}  // namespace rightstrack::cli
