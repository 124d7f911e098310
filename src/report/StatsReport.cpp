#include "report/StatsReport.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "model/StateRegistry.h"

namespace rightstrack::report {
namespace {

std::string state_label(const std::string& code) {
    const auto* state = model::StateRegistry::instance().find_by_code(code);
    return state ? code + "  " + std::string(state->name) : code;
}

std::string table(const std::string& title, const store::Counts& counts, bool states = false) {
    std::string out = title + "\n";
    size_t width = 0;
    std::vector<std::string> labels;
    for (const auto& [key, count] : counts) {
        labels.push_back(key.empty() ? "(unknown)" : states ? state_label(key) : key);
        width = std::max(width, labels.back().size());
    }
    for (size_t i = 0; i < counts.size(); ++i) {
        std::string count = std::to_string(counts[i].second);
        out += "  " + labels[i] + std::string(width - labels[i].size() + 2, ' ');
        out += std::string(count.size() < 7 ? 7 - count.size() : 0, ' ') + count + "\n";
    }
    return out;
}

nlohmann::ordered_json counts_json(const store::Counts& counts) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (const auto& [key, count] : counts)
        json[key] = count;
    return json;
}

}  // namespace

std::string stats_text(const store::Statistics& stats) {
    std::string out = "Documents:        " + std::to_string(stats.documents) + "\n";
    out += "Recommendations:  " + std::to_string(stats.recommendations) + "\n";
    if (stats.recommendations == 0)
        return out + "\nThe database is empty: import files with `rightstrack import FILE`.\n";
    out += "\n" + table("By mechanism", stats.by_mechanism);
    out += "\n" + table("By cycle", stats.by_cycle);
    out += "\n" + table("By response", stats.by_response);
    out += "\n" + table("By State under review", stats.by_state_under_review, true);
    return out;
}

std::string stats_json(const store::Statistics& stats) {
    nlohmann::ordered_json json;
    json["documents"] = stats.documents;
    json["recommendations"] = stats.recommendations;
    json["by_mechanism"] = counts_json(stats.by_mechanism);
    json["by_cycle"] = counts_json(stats.by_cycle);
    json["by_response"] = counts_json(stats.by_response);
    json["by_state_under_review"] = counts_json(stats.by_state_under_review);
    return json.dump(2) + "\n";
}

}  // namespace rightstrack::report
