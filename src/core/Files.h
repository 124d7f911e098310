// Whole-file reads and atomic writes. An atomic write goes to a temporary file beside the
// target and is renamed over it, so that readers never see half a file.
#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "core/Result.h"

namespace rightstrack::core {

Result<std::string> read_whole_file(const std::string& path);

// Calls `write` with a stream to a temporary file, then renames it to `path` if `write` and
// the flush succeeded; otherwise removes the temporary file and leaves `path` as it was.
Status write_file_atomically(const std::string& path,
                             const std::function<Status(std::ostream&)>& write);

}  // namespace rightstrack::core
