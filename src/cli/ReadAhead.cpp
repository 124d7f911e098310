#include "cli/ReadAhead.h"

#include <algorithm>
#include <chrono>

#include "core/Files.h"
#include "ingest/ImportFile.h"

namespace rightstrack::cli {
namespace {

ReadFile read_file(const std::string& file, const model::LabelCatalog& labels) {
    auto started = std::chrono::steady_clock::now();
    auto bytes = core::read_whole_file(file);
    auto batch = bytes.ok() ? ingest::read_import_file(bytes.release_value(), file, labels)
                            : core::Result<model::ImportBatch>(bytes.release_error());
    auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return {std::move(batch), seconds};
}

}  // namespace

ReadAhead::ReadAhead(const std::vector<std::string>& files, const model::LabelCatalog& labels,
                     size_t window)
    : files_(files), labels_(labels), window_(std::max<size_t>(window, 1)) {}

void ReadAhead::start_until(size_t end) {
    end = std::min(end, files_.size());
    while (reads_.size() < end) {
        const std::string& file = files_[reads_.size()];
        reads_.push_back(std::async(std::launch::async,
                                    [&file, this] { return read_file(file, labels_); }));
    }
}

ReadFile ReadAhead::take(size_t index) {
    start_until(index + window_);
    return reads_[index].get();
}

}  // namespace rightstrack::cli
