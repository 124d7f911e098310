// `rightstrack export --format csv|jsonl [--out FILE]`: everything in the store, written
// atomically when going to a file.

#include <iostream>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/Files.h"
#include "report/Export.h"

namespace rightstrack::cli {

int run_export(const ExportOptions& options) {
    auto format = report::parse_export_format(options.format);
    if (!format)
        return report_error(core::Error::usage("unknown export format '" + options.format +
                                               "' (use csv or jsonl)"));
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    if (options.out.empty()) {
        std::ios::sync_with_stdio(false);
        auto written = report::export_recommendations(**store, *format, std::cout);
        std::cout.flush();
        return written.ok() ? 0 : report_error(written.error());
    }
    int64_t count = 0;
    auto saved = core::write_file_atomically(options.out, [&](std::ostream& out) -> core::Status {
        count = TRY(report::export_recommendations(**store, *format, out));
        return {};
    });
    if (!saved.ok())
        return report_error(saved.error());
    std::fprintf(stderr, "exported %lld recommendations to %s\n", static_cast<long long>(count),
                 options.out.c_str());
    return 0;
}

}  // namespace rightstrack::cli
