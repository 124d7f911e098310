#include "ingest/TaxonomyFile.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <regex>

#include "core/Text.h"
#include "ingest/CsvReader.h"
#include "ingest/TextDecoding.h"
#include "model/Recommendation.h"

namespace rightstrack::ingest {
namespace {

struct CsvLayout {
    size_t code = 0;
    std::optional<size_t> parent;
    std::vector<std::pair<size_t, std::string>> names;  // column, language
};

core::Result<CsvLayout> csv_layout(const CsvRow& header, const std::string& file_name) {
    CsvLayout layout;
    std::optional<size_t> code;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        std::string_view name = core::trim(header.fields[i]);
        if (name == "code")
            code = i;
        else if (name == "parent")
            layout.parent = i;
        else if (name == "name")
            layout.names.emplace_back(i, "en");
        else if (name.starts_with("name_") && name.size() > 5)
            layout.names.emplace_back(i, std::string(name.substr(5)));
    }
    if (!code)
        return core::Error::invalid_input("missing column 'code'", file_name + ":1");
    if (layout.names.empty())
        return core::Error::invalid_input("no name column ('name' or 'name_<language>')",
                                          file_name + ":1");
    layout.code = *code;
    return layout;
}

model::Label label_from_row(const CsvRow& row, const CsvLayout& layout) {
    model::Label label;
    label.code = core::trim(row.fields[layout.code]);
    if (layout.parent)
        label.parent = core::trim(row.fields[*layout.parent]);
    for (const auto& [column, language] : layout.names) {
        std::string name = core::collapse_whitespace(row.fields[column]);
        if (!name.empty())
            label.names.push_back({language, std::move(name)});
    }
    return label;
}

// "1-2-1-title" -> {"1.2.1", "title"}; nullopt for keys of another shape.
std::optional<std::pair<std::string, std::string>> sdg_key(const std::string& key) {
    static const std::regex pattern(R"(^(\d{1,2})(?:-([0-9a-z]{1,2}))?(?:-([0-9a-z]{1,2}))?-(title|short)$)");
    std::smatch match;
    if (!std::regex_match(key, match, pattern))
        return std::nullopt;
    std::string code = match[1];
    for (int part = 2; part <= 3; ++part)
        if (match[part].matched)
            code += "." + match[part].str();
    return std::pair{code, match[4].str()};
}

std::string parent_code(const std::string& code) {
    auto dot = code.rfind('.');
    return dot == std::string::npos ? std::string() : code.substr(0, dot);
}

}  // namespace

core::Result<std::vector<model::Label>> read_taxonomy_csv(std::string_view bytes,
                                                          const std::string& file_name) {
    auto decoded = TRY(decode_text(std::string(bytes), file_name));
    CsvReader reader(decoded.utf8, file_name);
    auto header = TRY(reader.next());
    if (!header)
        return core::Error::invalid_input("the file is empty", file_name);
    auto layout = TRY(csv_layout(*header, file_name));
    std::vector<model::Label> labels;
    while (auto row = TRY(reader.next())) {
        TRY(check_field_count(*row, header->fields.size(), file_name));
        auto label = label_from_row(*row, layout);
        if (label.code.empty())
            return core::Error::invalid_input("empty code",
                                              file_name + ":" + std::to_string(row->line));
        labels.push_back(std::move(label));
    }
    return labels;
}

core::Result<std::vector<model::Label>> read_sdg_yaml(std::string_view bytes,
                                                      const std::string& file_name,
                                                      const std::string& language) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(bytes));
    } catch (const YAML::Exception& error) {
        return core::Error::invalid_input("not valid YAML: " + error.msg,
                                          file_name + ":" + std::to_string(error.mark.line + 1));
    }
    if (!root.IsMap())
        return core::Error::invalid_input("expected a mapping of keys such as '1-2-title'",
                                          file_name);
    std::map<std::string, std::map<std::string, std::string>> fields;  // code -> kind -> text
    for (const auto& entry : root) {
        auto key = sdg_key(entry.first.as<std::string>(""));
        if (!key || !entry.second.IsScalar())
            continue;
        fields[key->first][key->second] = core::collapse_whitespace(entry.second.as<std::string>());
    }
    if (fields.empty())
        return core::Error::invalid_input("no SDG goals, targets or indicators found", file_name);
    std::vector<model::Label> labels;
    for (auto& [code, kinds] : fields) {
        const std::string& name = kinds.count("short") ? kinds["short"] : kinds["title"];
        labels.push_back({code, parent_code(code), {{language, name}}});
    }
    sort_labels_by_code(labels);
    return labels;
}

void merge_labels(std::vector<model::Label>& labels, std::vector<model::Label> more) {
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < labels.size(); ++i)
        index[labels[i].code] = i;
    for (auto& label : more) {
        auto found = index.find(label.code);
        if (found == index.end()) {
            index[label.code] = labels.size();
            labels.push_back(std::move(label));
            continue;
        }
        auto& target = labels[found->second];
        if (target.parent.empty())
            target.parent = label.parent;
        for (auto& name : label.names) {
            auto same = std::find_if(target.names.begin(), target.names.end(),
                                     [&](const auto& n) { return n.language == name.language; });
            if (same == target.names.end())
                target.names.push_back(std::move(name));
            else
                same->text = std::move(name.text);
        }
    }
}

void sort_labels_by_code(std::vector<model::Label>& labels) {
    std::stable_sort(labels.begin(), labels.end(), [](const auto& a, const auto& b) {
        return model::paragraph_sort_key(a.code) < model::paragraph_sort_key(b.code);
    });
}

}  // namespace rightstrack::ingest
