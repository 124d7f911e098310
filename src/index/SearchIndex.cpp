#include "index/SearchIndex.h"

#include <algorithm>

#include "index/PhraseMatch.h"

namespace rightstrack::index {

PreparedDocument SearchIndex::prepare(const IndexDocument& document) {
    return {document.id, inverted_.intern(document.fields), facets_.intern(document.facets),
            document.date, document.order};
}

DocId SearchIndex::put(const PreparedDocument& document) {
    remove(document.id);
    DocId doc = documents_.add(document.id, document.date, document.order);
    inverted_.add(doc, document.fields);
    facets_.add(doc, document.facets);
    counts_.added(doc, inverted_, document.facets.values);
    return doc;
}

void SearchIndex::begin_bulk_load() {
    counts_ = {};
    inverted_.defer_bitmaps();
    facets_.defer_bitmaps();
}

void SearchIndex::end_bulk_load() {
    inverted_.flush();
    facets_.flush();
    cache_frequent_counts();
}

bool SearchIndex::remove(std::string_view id) {
    auto doc = documents_.remove(id);
    if (!doc)
        return false;
    facets_.remove(*doc);
    return true;
}

DocSet SearchIndex::docs_with_term(std::string_view term) const {
    auto id = inverted_.terms().find(term);
    if (!id)
        return DocSet();
    return within(inverted_.docs_with(*id), all_docs());
}

DocSet SearchIndex::docs_with_phrase(std::span<const std::string> terms) const {
    if (terms.empty())
        return DocSet();
    std::vector<TermId> ids;
    for (const std::string& term : terms) {
        auto id = inverted_.terms().find(term);
        if (!id)
            return DocSet();
        ids.push_back(*id);
    }
    return match_phrase(inverted_, ids, all_docs());
}

AnyTermMatch SearchIndex::docs_with_any(std::span<const std::string> terms) const {
    AnyTermMatch out;
    std::vector<const DocSet*> sets;
    for (const std::string& term : terms)
        if (auto id = inverted_.terms().find(term)) {
            out.terms.push_back(term);
            sets.push_back(&inverted_.docs_with(*id));
        }
    out.docs = within(union_of(sets), all_docs());
    return out;
}

core::Result<DocSet> SearchIndex::docs_with_value(std::string_view facet,
                                                  std::string_view value) const {
    auto id = facets_.find(facet);
    if (!id)
        return core::Error::invalid_input("unknown facet '" + std::string(facet) + "'");
    auto value_id = facets_.find_value(*id, value);
    if (!value_id)
        return DocSet();
    return facets_.docs_with(*value_id);
}

core::Result<FacetedResult> SearchIndex::count_facets(DocSet match,
                                                      std::span<const FacetSelection> selections,
                                                      CountMethod method,
                                                      std::span<const std::string> hint_terms,
                                                      std::size_t values_per_facet) const {
    const auto known = counts_.cached_for(known_terms(hint_terms), inverted_);
    return index::count_facets(facets_, std::move(match), all_docs(), selections, method, known,
                               values_per_facet);
}

void SearchIndex::cache_frequent_counts() {
    // A set is worth caching when counting it directly would take a while, not fewer than a
    // small index counts in no time anyway. Single words are searched alone most (half the
    // bench's queries, with or without filters), so those in 0.2% of the documents are cached,
    // pairs (phrases) only from 3%: at 1M documents 852 words and 384 pairs, 45 MB.
    constexpr std::uint32_t kMinDocuments = 2000;
    constexpr std::uint32_t kTermShare = 500;
    constexpr std::uint32_t kPairShare = 32;
    const std::uint32_t documents = inverted_.document_count();
    counts_.rebuild(inverted_, facets_, std::max(kMinDocuments, documents / kTermShare),
                    std::max(kMinDocuments, documents / kPairShare));
}

std::vector<TermId> SearchIndex::known_terms(std::span<const std::string> terms) const {
    std::vector<TermId> ids;
    for (const std::string& term : terms)
        if (auto id = inverted_.terms().find(term))
            ids.push_back(*id);
    return ids;
}

std::vector<Hit> SearchIndex::rank(const DocSet& hits, std::span<const std::string> positive_terms,
                                   const RankOptions& options) const {
    const auto terms = known_terms(positive_terms);
    if (surely_within(hits, all_docs()))
        return index::rank(inverted_, documents_, hits, terms, options);
    return index::rank(inverted_, documents_, hits & all_docs(), terms, options);
}

std::size_t SearchIndex::memory_bytes() const {
    return sizeof(*this) + inverted_.memory_bytes() + facets_.memory_bytes() +
           documents_.memory_bytes() + counts_.memory_bytes();
}

}  // namespace rightstrack::index
