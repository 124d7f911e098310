// What the command-line tests share: a database in a fresh temporary folder and the rightstrack
// commands run on it, with the binary's output captured. Each test makes its own; not shared.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "support/TestSupport.h"

namespace rightstrack::testing {

// `path` in single quotes for the shell that run_rightstrack() uses.
inline std::string quoted(const std::filesystem::path& path) {
    std::string out = "'";
    for (char c : path.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

class Workspace {
public:
    const std::filesystem::path& db() const { return db_; }
    std::filesystem::path folder() const { return dir_.path(); }

    // Writes `bytes` to a file of that name in the workspace and returns its path.
    std::filesystem::path file(const std::string& name, const std::string& bytes) const {
        auto path = dir_ / name;
        write_file(path, bytes);
        return path;
    }

    // Runs `rightstrack <arguments> --db <this database>`.
    CommandOutput run(const std::string& arguments) const {
        return run_rightstrack(arguments + " --db " + quoted(db_));
    }

    CommandOutput import(const std::filesystem::path& file, const std::string& flags = "") const {
        return run("import " + quoted(file) + (flags.empty() ? "" : " " + flags));
    }

    // The whole database as `export --format <format>` prints it; fails the test on an error.
    std::string exported(const std::string& format = "csv") const {
        auto result = run("export --format " + format);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return result.out;
    }

    nlohmann::json stats() const {
        auto result = run("stats --json");
        EXPECT_EQ(result.exit_code, 0) << result.err;
        return nlohmann::json::parse(result.out, nullptr, false);
    }

private:
    TempDir dir_;
    std::filesystem::path db_ = dir_ / "rightstrack.db";
};

}  // namespace rightstrack::testing
