// The labels a store knows, by taxonomy, so that importers can refuse an unknown label with the
// line it is on instead of failing later in the database. Immutable once built.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/StringHash.h"

namespace rightstrack::model {

class LabelCatalog {
public:
    void add_taxonomy(std::string taxonomy) { labels_[std::move(taxonomy)]; }
    void add(std::string taxonomy, std::string code) {
        labels_[std::move(taxonomy)].insert(std::move(code));
    }
    // The taxonomies' codes, sorted.
    std::vector<std::string> taxonomies() const {
        std::vector<std::string> codes;
        for (const auto& entry : labels_) codes.push_back(entry.first);
        std::sort(codes.begin(), codes.end());
        return codes;
    }
    bool has_taxonomy(std::string_view taxonomy) const {
        return labels_.find(taxonomy) != labels_.end();
    }
    bool contains(std::string_view taxonomy, std::string_view code) const {
        auto found = labels_.find(taxonomy);
        return found != labels_.end() && found->second.find(code) != found->second.end();
    }

private:
    using Codes = std::unordered_set<std::string, core::StringHash, std::equal_to<>>;
    std::unordered_map<std::string, Codes, core::StringHash, std::equal_to<>> labels_;
};

}  // namespace rightstrack::model
