#include "web/Translations.h"

#include <algorithm>
#include <cctype>

#include "web/EmbeddedFiles.h"

namespace rightstrack::web {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool valid_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) ||
               std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '_';
    });
}

}  // namespace

core::Result<TextTable> parse_translations(std::string_view text, std::string_view file) {
    TextTable table;
    int number = 0;
    while (!text.empty()) {
        ++number;
        const std::size_t end = text.find('\n');
        std::string_view line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::string where = std::string(file) + ":" + std::to_string(number);
        const std::size_t equals = line.find('=');
        if (equals == std::string_view::npos)
            return core::Error::invalid_input("expected 'key = text'", where);
        const std::string_view key = trim(line.substr(0, equals));
        if (!valid_key(key))
            return core::Error::invalid_input(
                "key '" + std::string(key) + "' must be lower-case letters, digits, '.', '_'",
                where);
        if (!table.emplace(std::string(key), std::string(trim(line.substr(equals + 1)))).second)
            return core::Error::invalid_input("key '" + std::string(key) + "' given twice", where);
    }
    return table;
}

std::string_view Translator::operator()(std::string_view key) const {
    if (auto found = texts_->find(key); found != texts_->end())
        return found->second;
    if (auto found = english_->find(key); found != english_->end())
        return found->second;
    return key;
}

std::string Translator::operator()(
    std::string_view key, const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string out((*this)(key));
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (std::size_t at = out.find(placeholder); at != std::string::npos;
             at = out.find(placeholder, at + value.size()))
            out.replace(at, placeholder.size(), value);
    }
    return out;
}

core::Result<Catalog> Catalog::embedded() {
    Catalog catalog;
    for (std::string_view language : kLanguages) {
        const std::string path = "i18n/" + std::string(language) + ".txt";
        auto text = embedded_file(path);
        if (!text)
            return core::Error::internal("no translation file " + path + " in the binary");
        catalog.languages_.emplace(std::string(language),
                                   TRY(parse_translations(*text, "src/web/" + path)));
    }
    return catalog;
}

const TextTable& Catalog::texts(std::string_view language) const {
    auto found = languages_.find(language);
    return found == languages_.end() ? languages_.find("en")->second : found->second;
}

Translator Catalog::translator(std::string_view language) const {
    return Translator(supported_language(language).empty() ? "en" : std::string(language),
                      texts(language), texts("en"));
}

std::string supported_language(std::string_view wanted) {
    std::string primary;
    for (char c : wanted.substr(0, wanted.find_first_of("-_"))) {
        primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (std::string_view language : kLanguages)
        if (primary == language)
            return primary;
    return {};
}

std::string language_from_accept(std::string_view header) {
    std::string best = "en";
    double best_weight = 0;
    while (!header.empty()) {
        const std::size_t end = header.find(',');
        std::string_view item = trim(header.substr(0, end));
        header = end == std::string_view::npos ? std::string_view() : header.substr(end + 1);
        double weight = 1;
        if (const std::size_t semicolon = item.find(';'); semicolon != std::string_view::npos) {
            std::string_view parameter = trim(item.substr(semicolon + 1));
            if (parameter.starts_with("q="))
                weight = std::atof(std::string(parameter.substr(2)).c_str());
            item = trim(item.substr(0, semicolon));
        }
        std::string language = supported_language(item);
        if (!language.empty() && weight > best_weight) {
            best = language;
            best_weight = weight;
        }
    }
    return best;
}

}  // namespace rightstrack::web
