// `rightstrack taxonomy load|show`: taxonomies are data, loaded from CSV or SDG YAML files.

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>

#include "cli/Commands.h"
#include "cli/Terminal.h"
#include "core/Files.h"
#include "ingest/TaxonomyFile.h"
#include "store/Store.h"

namespace rightstrack::cli {
namespace {

bool is_yaml(const std::string& file) {
    auto extension = std::filesystem::path(file).extension();
    return extension == ".yml" || extension == ".yaml";
}

// "…/sdg/ru/global_targets.yml" -> "ru": open-sdg keeps one folder per language.
std::string language_from_folder(const std::string& file) {
    std::string folder = std::filesystem::path(file).parent_path().filename().string();
    bool looks_like_code = folder.size() >= 2 && folder.size() <= 3 &&
                           std::all_of(folder.begin(), folder.end(), ::islower);
    return looks_like_code ? folder : std::string();
}

core::Result<std::vector<model::Label>> read_labels(const std::string& file,
                                                    const std::string& language) {
    auto bytes = TRY(core::read_whole_file(file));
    if (!is_yaml(file))
        return ingest::read_taxonomy_csv(bytes, file);
    std::string chosen = language.empty() ? language_from_folder(file) : language;
    if (chosen.empty())
        return core::Error::usage("cannot tell the language of " + file + ": pass --language");
    return ingest::read_sdg_yaml(bytes, file, chosen);
}

std::string english_name(const model::Label& label) {
    for (const auto& name : label.names)
        if (name.language == "en")
            return name.text;
    return label.names.empty() ? std::string() : label.names.front().text;
}

}  // namespace

int run_taxonomy_load(const TaxonomyLoadOptions& options) {
    model::Taxonomy taxonomy{options.taxonomy, options.name.empty() ? options.taxonomy
                                                                    : options.name, {}};
    for (const auto& file : options.files) {
        auto labels = read_labels(file, options.language);
        if (!labels.ok())
            return report_error(labels.error());
        ingest::merge_labels(taxonomy.labels, labels.release_value());
    }
    if (is_yaml(options.files.front()))
        ingest::sort_labels_by_code(taxonomy.labels);
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    if (options.name.empty()) {
        auto existing = (*store)->taxonomy(options.taxonomy);
        if (existing.ok())
            taxonomy.name = existing->name;
    }
    auto saved = (*store)->save_taxonomy(taxonomy);
    if (!saved.ok())
        return report_error(saved.error());
    std::printf("taxonomy %s: %zu labels loaded\n", taxonomy.code.c_str(),
                taxonomy.labels.size());
    return 0;
}

int run_taxonomy_show(const TaxonomyShowOptions& options) {
    auto store = store::open_sqlite_store(options.database);
    if (!store.ok())
        return report_error(store.error());
    auto taxonomy = (*store)->taxonomy(options.taxonomy);
    if (!taxonomy.ok())
        return report_error(taxonomy.error());
    if (!options.json) {
        std::printf("%s — %s (%zu labels)\n", taxonomy->code.c_str(), taxonomy->name.c_str(),
                    taxonomy->labels.size());
        for (const auto& label : taxonomy->labels)
            std::printf("  %-12s %s\n", label.code.c_str(), english_name(label).c_str());
        return 0;
    }
    nlohmann::ordered_json json{{"code", taxonomy->code}, {"name", taxonomy->name}};
    json["labels"] = nlohmann::ordered_json::array();
    for (const auto& label : taxonomy->labels) {
        nlohmann::ordered_json names = nlohmann::ordered_json::object();
        for (const auto& name : label.names)
            names[name.language] = name.text;
        json["labels"].push_back({{"code", label.code}, {"parent", label.parent}, {"names", names}});
    }
    std::printf("%s\n", json.dump(2).c_str());
    return 0;
}

}  // namespace rightstrack::cli
