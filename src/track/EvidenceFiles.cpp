#include "track/EvidenceFiles.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "core/Files.h"
#include "core/Hash.h"

namespace rightstrack::track {
namespace {

// Unique among the processes and threads that may stage the same bytes at once.
std::string temporary_suffix() {
    static std::atomic<int64_t> counter{0};
    return ".pending-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

}  // namespace

EvidenceFiles::~EvidenceFiles() {
    std::error_code ignored;
    for (const auto& file : staged_) std::filesystem::remove(file.temporary, ignored);
}

core::Result<model::Evidence> EvidenceFiles::stage(const std::string& file_name,
                                                   const std::string& bytes) {
    if (folder_.empty())
        return core::Error::internal("no folder for evidence files was configured");
    std::string name = std::filesystem::path(file_name).filename().string();
    if (name.empty())
        return core::Error::invalid_input("an evidence file needs a name");
    model::Evidence evidence{name, core::sha256_hex(bytes), static_cast<int64_t>(bytes.size())};
    std::error_code error;
    std::filesystem::create_directories(folder_, error);
    if (error)
        return core::Error::io("cannot create folder: " + error.message(), folder_);
    auto final = (std::filesystem::path(folder_) / evidence.sha256).string();
    if (std::filesystem::exists(final))
        return evidence;
    Staged file{final + temporary_suffix(), final};
    TRY(core::write_file_atomically(file.temporary, [&](std::ostream& out) -> core::Status {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return {};
    }));
    staged_.push_back(std::move(file));
    return evidence;
}

core::Status EvidenceFiles::keep() {
    for (auto& file : staged_) {
        std::error_code error;
        std::filesystem::rename(file.temporary, file.final, error);
        if (error)
            return core::Error::io("cannot keep evidence file: " + error.message(), file.final);
        file.temporary.clear();
    }
    staged_.clear();
    return {};
}

}  // namespace rightstrack::track
