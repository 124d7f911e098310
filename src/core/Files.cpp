#include "core/Files.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rightstrack::core {

Result<std::string> read_whole_file(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return Error::io("is a folder, not a file", path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::io(std::string("cannot open: ") + std::strerror(errno), path);
    std::string bytes;
    in.seekg(0, std::ios::end);
    auto size = in.tellg();
    if (size > 0) {
        bytes.resize(static_cast<size_t>(size));
        in.seekg(0);
        in.read(bytes.data(), size);
    }
    if (!in && !in.eof())
        return Error::io("read failed", path);
    return bytes;
}

Status write_file_atomically(const std::string& path,
                             const std::function<Status(std::ostream&)>& write) {
    std::string temporary = path + ".tmp-" + std::to_string(::getpid());
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out)
        return Error::io(std::string("cannot create: ") + std::strerror(errno), temporary);
    auto written = write(out);
    out.flush();
    bool good = written.ok() && out.good();
    out.close();
    if (!good) {
        std::filesystem::remove(temporary);
        return written.ok() ? Error::io("write failed (disk full?)", path) : written;
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary);
        return Error::io("cannot rename into place: " + error.message(), path);
    }
    return {};
}

}  // namespace rightstrack::core
