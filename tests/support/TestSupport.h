// Helpers shared by the test binaries: locating the real data in ../shared/data, temporary
// folders that clean up after themselves, and running the rightstrack binary.
#pragma once

#include <filesystem>
#include <string>

namespace rightstrack::testing {

// Path of a file under ../shared/data, or empty when the data is not present.
std::filesystem::path shared_data(const std::string& relative);

// Path of a fixture of our own under tests/data in the source tree.
std::filesystem::path test_data(const std::string& relative);

// Skips the current test, printing why, when `path` is empty or missing.
#define RIGHTSTRACK_REQUIRE_DATA(path)                                                  \
    do {                                                                                \
        if ((path).empty() || !std::filesystem::exists(path))                           \
            GTEST_SKIP() << "shared data not found (" << #path << "): skipping";        \
    } while (0)

// A fresh directory under the system temporary folder, removed when this goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

struct CommandOutput {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built rightstrack binary with `arguments` (already shell-quoted by the caller).
CommandOutput run_rightstrack(const std::string& arguments);
// The same with `input` on its standard input (a password, say).
CommandOutput run_rightstrack(const std::string& arguments, const std::string& input);

}  // namespace rightstrack::testing
