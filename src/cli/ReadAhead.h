// Reads and parses the files of an import ahead of the writer, on the other cores: reading (PDF
// text above all) is most of an import's time, while writes stay one file at a time, each in its
// own transaction. Used from one thread; the reads run on their own threads and share only the
// read-only label catalog.
#pragma once

#include <future>
#include <string>
#include <vector>

#include "core/Result.h"
#include "model/ImportBatch.h"
#include "model/LabelCatalog.h"

namespace rightstrack::cli {

struct ReadFile {
    core::Result<model::ImportBatch> batch;
    double seconds = 0;  // Time to read and parse the file.
};

class ReadAhead {
public:
    // Keeps up to `window` files read ahead of the one being written.
    ReadAhead(const std::vector<std::string>& files, const model::LabelCatalog& labels,
              size_t window);

    // The file at `index`, waiting for it if need be; files must be taken in order.
    ReadFile take(size_t index);

private:
    void start_until(size_t end);

    const std::vector<std::string>& files_;
    const model::LabelCatalog& labels_;
    size_t window_;
    std::vector<std::future<ReadFile>> reads_;
};

}  // namespace rightstrack::cli
