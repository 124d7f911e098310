// The in-memory search index over analysed documents: the inverted index, the facets and the
// document table together, with the operations a query evaluator combines (term, phrase,
// prefix and facet-value sets, all live documents), facet counting and ranking. Every write is
// seen by the next query: removal clears the document from the live set, which every set
// returned here is intersected with. Not thread-safe: writers need exclusive access, readers
// may share (the caller holds a shared mutex). The one exception: prepare() touches only the
// vocabularies (terms, facet values) and put() of a prepared document everything but them, so
// one thread may prepare documents while another puts the ones prepared before.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/Result.h"
#include "index/CountCache.h"
#include "index/DocTable.h"
#include "index/FacetCounts.h"
#include "index/Facets.h"
#include "index/InvertedIndex.h"
#include "index/Ranking.h"

namespace rightstrack::index {

// A document as the analyzer and the store hand it over.
struct IndexDocument {
    std::string id;                  // External id: the recommendation's id.
    FieldTokens fields;              // Tokens per Field.
    std::vector<FacetValue> facets;  // Repeated facets are multi-valued.
    std::int64_t date = 0;           // Sort key for date order, e.g. 20100315.
    std::string order;               // Sort key for document order: symbol, then paragraph.
};

// A document with its terms and facet values numbered (SearchIndex::prepare): what put()
// indexes.
struct PreparedDocument {
    std::string id;
    FieldTerms fields;
    FacetRow facets;
    std::int64_t date = 0;
    std::string order;
};

struct AnyTermMatch {
    DocSet docs;
    std::vector<std::string> terms;  // Those of the terms the index has.
};

class SearchIndex {
public:
    // Declares a facet before any document has it, so that counts list it (at zero) and in
    // this order.
    void declare_facet(std::string_view name) { facets_.declare(name); }
    // Facets whose values documents share together, kept as one bundle (`Facets::bundle`):
    // faster counts, the same results. Before the first document.
    void bundle_facets(std::span<const std::string> names) { facets_.bundle(names); }
    // Adds the document, or replaces the live one with the same id (under a new DocId).
    DocId put(const IndexDocument& document) { return put(prepare(document)); }
    // The document's terms and facet values by id, numbering new ones: the half of put() that
    // touches the vocabularies and nothing else.
    PreparedDocument prepare(const IndexDocument& document);
    // The other half: indexes a document prepared by this index.
    DocId put(const PreparedDocument& document);
    // Removes the live document with this id; false when there is none.
    bool remove(std::string_view id);
    // A bulk load (the build from the store) puts its documents between these two: bitmaps
    // get their members all at once at the end, several times faster, and the count cache is
    // built anew then. Queries must wait for the end, and so must end_bulk_load() for the last
    // prepare().
    void begin_bulk_load();
    void end_bulk_load();

    const DocSet& all_docs() const { return documents_.live(); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(all_docs().cardinality()); }

    DocSet docs_with_term(std::string_view term) const;
    // Documents with the terms at consecutive positions of one field.
    DocSet docs_with_phrase(std::span<const std::string> terms) const;
    // Documents with any of the terms: a prefix query's expansion.
    AnyTermMatch docs_with_any(std::span<const std::string> terms) const;
    // field:value filters; an unknown facet is an error, an unknown value matches nothing.
    core::Result<DocSet> docs_with_value(std::string_view facet, std::string_view value) const;

    // `hint_terms`, the query's positive terms, name sets the match may lie within, whose
    // cached counts (see `cache_frequent_counts`) make large matches cheaper to count.
    // `values_per_facet`: see index::count_facets.
    core::Result<FacetedResult> count_facets(DocSet match,
                                             std::span<const FacetSelection> selections,
                                             CountMethod method = CountMethod::Auto,
                                             std::span<const std::string> hint_terms = {},
                                             std::size_t values_per_facet = 0) const;
    // Caches the facet counts of the frequent terms and word pairs (`CountCache`), as the end
    // of a bulk load does; later puts keep the cache exact.
    void cache_frequent_counts();
    // The best hits for the query's positive terms (those not under a NOT), as analysed terms.
    std::vector<Hit> rank(const DocSet& hits, std::span<const std::string> positive_terms,
                          const RankOptions& options = {}) const;

    const InvertedIndex& inverted() const { return inverted_; }
    const Facets& facets() const { return facets_; }
    const DocTable& documents() const { return documents_; }

    std::size_t memory_bytes() const;

private:
    std::vector<TermId> known_terms(std::span<const std::string> terms) const;

    InvertedIndex inverted_;
    Facets facets_;
    DocTable documents_;
    CountCache counts_;
};

}  // namespace rightstrack::index
