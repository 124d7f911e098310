#include "support/TestSupport.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace rightstrack::testing {

std::filesystem::path shared_data(const std::string& relative) {
    std::filesystem::path path = std::filesystem::path(RIGHTSTRACK_SHARED_DATA) / relative;
    if (!std::filesystem::exists(path))
        return {};
    return path;
}

std::filesystem::path test_data(const std::string& relative) {
    return std::filesystem::path(RIGHTSTRACK_SOURCE_DIR) / "tests" / "data" / relative;
}

TempDir::TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("rightstrack-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

CommandOutput run_rightstrack(const std::string& arguments) {
    return run_rightstrack(arguments, std::string());
}

CommandOutput run_rightstrack(const std::string& arguments, const std::string& input) {
    TempDir scratch;
    auto out_path = scratch / "stdout";
    auto err_path = scratch / "stderr";
    auto in_path = scratch / "stdin";
    write_file(in_path, input);
    std::string command = std::string(RIGHTSTRACK_BINARY) + " " + arguments + " >" +
                          out_path.string() + " 2>" + err_path.string() + " <" +
                          in_path.string();
    int status = std::system(command.c_str());
    CommandOutput result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}  // namespace rightstrack::testing
