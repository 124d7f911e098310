// Files of src/web compiled into the binary by cmake/EmbedWebFiles.cmake, so that the server
// never depends on files beside it: the translations (i18n/*.txt) and the static assets
// (static/*), each under its path relative to src/web ("i18n/en.txt", "static/site.css").
#pragma once

#include <optional>
#include <string_view>

namespace rightstrack::web {

std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace rightstrack::web
