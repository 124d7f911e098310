// What the `track` subcommands share: the handler table from a subcommand path ("action
// update") to the function that runs it, and the helpers the handlers use. Handlers return
// JSON, which run_track() prints as such or as text.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/Commands.h"
#include "core/Result.h"
#include "track/Context.h"
#include "track/TrackJson.h"

namespace rightstrack::cli {

using Handler = std::function<core::Result<nlohmann::json>(const TrackOptions&, track::Context&)>;
using HandlerTable = std::map<std::string, Handler>;

// The first line of standard input, without echo when it is a terminal.
std::string read_password();

// The --as user; a usage error when it is missing.
core::Result<std::string> require_actor(const TrackOptions& options);

template <typename T>
nlohmann::json json_list(const std::vector<T>& items) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& item : items) list.push_back(track::to_json(item));
    return list;
}

// Institutions, users, clusters, actions and the audit log.
void add_plan_handlers(HandlerTable& table);
// Progress reports, implementation status, assessments and deadlines.
void add_progress_handlers(HandlerTable& table);
// Indicators and their measurements, and the UPR calendar.
void add_measure_handlers(HandlerTable& table);

}  // namespace rightstrack::cli
