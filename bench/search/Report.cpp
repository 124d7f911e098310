#include "Report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rightstrack::bench {

namespace {

std::string format(const char* pattern, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string with_thousands(size_t n) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

}  // namespace

LatencySummary summarise(std::vector<double> ms) {
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double p) {
        const auto at = static_cast<size_t>(std::ceil(p * static_cast<double>(ms.size())));
        return ms[std::clamp<size_t>(at, 1, ms.size()) - 1];
    };
    return {rank(0.50), rank(0.90), rank(0.99), ms.back()};
}

void print_report(std::ostream& out, const std::vector<EngineRun>& runs, size_t docs,
                  size_t queries) {
    out << "search benchmark: " << with_thousands(docs) << " documents, "
        << with_thousands(queries)
        << " queries, one thread; latency includes the total, top 20 and every facet count\n\n";
    out << "| engine | ranking | build | memory | p50 | p90 | p99 | max |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const auto& run : runs) {
        const auto s = summarise(run.latencies_ms);
        out << "| " << run.name << " | " << run.ranking << " | "
            << format("%.1f s", run.build_seconds) << " | "
            << (run.resident_bytes
                    ? format("%.0f MB", static_cast<double>(*run.resident_bytes) / 1048576.0)
                    : std::string("?"))
            << " | " << format("%.2f ms", s.p50) << " | " << format("%.2f ms", s.p90) << " | "
            << format("%.2f ms", s.p99) << " | " << format("%.1f ms", s.max) << " |\n";
    }
    out << "\n";
    for (const auto& fast : runs) {
        for (const auto& slow : runs) {
            if (&fast == &slow || fast.name == "reference" || slow.name == "reference")
                continue;
            const auto f = summarise(fast.latencies_ms);
            const auto s = summarise(slow.latencies_ms);
            if (f.p50 > s.p50)
                continue;
            out << fast.name << " is " << format("%.1f", s.p50 / f.p50) << "x faster than "
                << slow.name << " at p50, " << format("%.1f", s.p99 / f.p99) << "x at p99\n";
        }
    }
}

core::Status write_latency_svg(const std::filesystem::path& path,
                               const std::vector<EngineRun>& runs, size_t docs) {
    constexpr double kWidth = 720, kHeight = 420, kLeft = 60, kRight = 20, kTop = 40,
                     kBottom = 50;
    const char* colours[] = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02"};
    double low = 1e9, high = 0;
    for (const auto& run : runs)
        for (double ms : run.latencies_ms) {
            low = std::min(low, std::max(ms, 1e-3));
            high = std::max(high, ms);
        }
    if (high <= 0)
        return core::Error::internal("no latencies to plot");
    const double first_decade = std::floor(std::log10(low));
    const double last_decade = std::ceil(std::log10(high));
    auto x_of = [&](double ms) {
        const double t = (std::log10(std::max(ms, 1e-3)) - first_decade) /
                         std::max(1.0, last_decade - first_decade);
        return kLeft + t * (kWidth - kLeft - kRight);
    };
    auto y_of = [&](double fraction) { return kHeight - kBottom - fraction * (kHeight - kTop - kBottom); };

    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                      format("%.0f", kWidth) + "\" height=\"" + format("%.0f", kHeight) +
                      "\" font-family=\"sans-serif\" font-size=\"12\">\n"
                      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    svg += "<text x=\"" + format("%.0f", kWidth / 2) +
           "\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">Search latency, " +
           with_thousands(docs) + " documents (cumulative share of queries)</text>\n";
    for (double decade = first_decade; decade <= last_decade; ++decade) {
        const double x = x_of(std::pow(10.0, decade));
        svg += "<line x1=\"" + format("%.1f", x) + "\" y1=\"" + format("%.1f", y_of(0)) +
               "\" x2=\"" + format("%.1f", x) + "\" y2=\"" + format("%.1f", y_of(1)) +
               "\" stroke=\"#ddd\"/>\n<text x=\"" + format("%.1f", x) + "\" y=\"" +
               format("%.1f", y_of(0) + 16) + "\" text-anchor=\"middle\">" +
               format("%g ms", std::pow(10.0, decade)) + "</text>\n";
    }
    for (double fraction : {0.0, 0.5, 0.9, 0.99, 1.0}) {
        svg += "<line x1=\"" + format("%.1f", kLeft) + "\" y1=\"" +
               format("%.1f", y_of(fraction)) + "\" x2=\"" + format("%.1f", kWidth - kRight) +
               "\" y2=\"" + format("%.1f", y_of(fraction)) + "\" stroke=\"#eee\"/>\n<text x=\"" +
               format("%.1f", kLeft - 6) + "\" y=\"" + format("%.1f", y_of(fraction) + 4) +
               "\" text-anchor=\"end\">" + format("%g", fraction) + "</text>\n";
    }
    svg += "<text x=\"" + format("%.0f", kWidth / 2) + "\" y=\"" + format("%.0f", kHeight - 10) +
           "\" text-anchor=\"middle\">latency per query (log scale)</text>\n";
    for (size_t i = 0; i < runs.size(); ++i) {
        std::vector<double> ms = runs[i].latencies_ms;
        std::sort(ms.begin(), ms.end());
        const char* colour = colours[i % std::size(colours)];
        std::string points;
        for (size_t k = 0; k < ms.size(); ++k)
            points += format("%.1f,", x_of(ms[k])) +
                      format("%.1f ", y_of(static_cast<double>(k + 1) / static_cast<double>(ms.size())));
        svg += "<polyline fill=\"none\" stroke=\"" + std::string(colour) +
               "\" stroke-width=\"2\" points=\"" + points + "\"/>\n";
        const auto s = summarise(runs[i].latencies_ms);
        svg += "<text x=\"" + format("%.0f", kLeft + 10) + "\" y=\"" +
               format("%.0f", kTop + 16 + 16 * static_cast<double>(i)) + "\" fill=\"" + colour +
               "\">" + runs[i].name + format(": p50 %.2f ms", s.p50) +
               format(", p99 %.2f ms", s.p99) + "</text>\n";
    }
    svg += "</svg>\n";
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    FILE* file = std::fopen(path.c_str(), "w");
    if (!file || std::fwrite(svg.data(), 1, svg.size(), file) != svg.size() || std::fclose(file))
        return core::Error::io("cannot write the plot", path.string());
    return {};
}

}  // namespace rightstrack::bench
