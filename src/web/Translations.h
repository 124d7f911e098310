// The interface's words in English, Russian and Kyrgyz, read from src/web/i18n/<language>.txt
// (compiled into the binary, as migrations are): one `key = text` per line, `#` comments, and
// `{name}` placeholders filled in by the page. A translator edits those files only. English is
// complete by definition; a key another language lacks falls back to English (the catalogue test
// keeps that from happening). Read-only after construction, so thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/Result.h"

namespace rightstrack::web {

inline constexpr std::string_view kLanguages[] = {"en", "ru", "ky"};

using TextTable = std::map<std::string, std::string, std::less<>>;

// Parses one translation file; `file` names it in errors, with the line.
core::Result<TextTable> parse_translations(std::string_view text, std::string_view file);

class Translator {
public:
    Translator(std::string language, const TextTable& texts, const TextTable& english)
        : language_(std::move(language)), texts_(&texts), english_(&english) {}

    const std::string& language() const { return language_; }
    // The text of `key`, or the key itself when no language has it (a bug the tests catch).
    std::string_view operator()(std::string_view key) const;
    // The same with each `{name}` replaced by its value (values are not escaped here).
    std::string operator()(std::string_view key,
                           const std::vector<std::pair<std::string, std::string>>& values) const;

private:
    std::string language_;
    const TextTable* texts_;
    const TextTable* english_;
};

class Catalog {
public:
    // The translations compiled into the binary; a malformed file is an error naming its line.
    static core::Result<Catalog> embedded();

    // `language` must be one of kLanguages.
    Translator translator(std::string_view language) const;
    const TextTable& texts(std::string_view language) const;

private:
    std::map<std::string, TextTable, std::less<>> languages_;
};

// A supported language code for `wanted` ("ru", "ru-RU", "KY"), or empty.
std::string supported_language(std::string_view wanted);
// The first supported language of an Accept-Language header, by its q weights; "en" otherwise.
std::string language_from_accept(std::string_view header);

}  // namespace rightstrack::web
