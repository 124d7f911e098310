// What the index tests share: a trivial tokenizer standing in for the real analyzer (lower-case
// ASCII, words are runs of letters; bytes of multi-byte UTF-8 count as letters), and a builder
// for documents.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/SearchIndex.h"

namespace rightstrack::index::testing {

inline std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    auto is_letter = [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    std::uint32_t position = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t begin = i;
        std::string term;
        for (; i < text.size() && is_letter(text[i]); ++i)
            term += (text[i] >= 'A' && text[i] <= 'Z') ? char(text[i] - 'A' + 'a') : text[i];
        tokens.push_back({std::move(term), position++, static_cast<std::uint32_t>(begin),
                          static_cast<std::uint32_t>(i)});
    }
    return tokens;
}

inline IndexDocument make_document(std::string id, std::string_view text,
                                   std::string_view labels = {},
                                   std::vector<FacetValue> facets = {}, std::int64_t date = 0,
                                   std::string order = {}) {
    IndexDocument document;
    document.id = std::move(id);
    document.fields[field_index(Field::Text)] = tokenize(text);
    document.fields[field_index(Field::Labels)] = tokenize(labels);
    document.facets = std::move(facets);
    document.date = date;
    document.order = std::move(order);
    return document;
}

inline std::vector<std::string> external_ids(const SearchIndex& index, const DocSet& docs) {
    std::vector<std::string> ids;
    for (DocId doc : to_vector(docs))
        ids.push_back(index.documents().external_id(doc));
    return ids;
}

}  // namespace rightstrack::index::testing
