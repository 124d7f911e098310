// The inverted index proper: for every term, the documents it occurs in (one bitmap over all
// fields, for boolean operations) and per field its posting list (frequencies and positions,
// for scoring and phrases); per document the length of each field, for BM25's normalisation.
// Knows nothing of removed documents: callers intersect with the live set. Statistics (N, df,
// average lengths) count every document ever added, removed ones too, until a rebuild.
// Adjacent terms are indexed as pairs too (`PairIndex`), for phrases.
// Numbering terms (intern) and indexing documents under them (add) touch disjoint members, so
// that one thread may number the next documents' terms while another adds the last ones (a bulk
// load does); otherwise not thread-safe for writes. Reads are const.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "index/DocSet.h"
#include "index/Field.h"
#include "index/PairIndex.h"
#include "index/PostingList.h"
#include "index/TermDictionary.h"
#include "index/Token.h"

namespace rightstrack::index {

using FieldTokens = std::array<std::vector<Token>, kFieldCount>;

// A token once its term has an id: all that indexing needs of it.
struct TermAt {
    TermId term;
    std::uint32_t position;
    auto operator<=>(const TermAt&) const = default;
};
using FieldTerms = std::array<std::vector<TermAt>, kFieldCount>;

// BM25's length normalisation b that the posting lists' block bounds (`Impact`) are computed
// with; ranking with another b scores every hit instead.
inline constexpr double kImpactB = 0.75;

class InvertedIndex {
public:
    // The tokens' terms by id, numbering new ones. Touches only the dictionary.
    FieldTerms intern(const FieldTokens& fields);
    // Indexes `doc`, greater than every document added before, under its interned terms per
    // field. Touches no dictionary.
    void add(DocId doc, const FieldTerms& fields);
    // While deferring, the bitmaps of terms and pairs get their new members only at flush(),
    // all at once: a bulk load's speed-up; reads in between miss the held-back documents.
    // flush() also gives terms numbered in no document yet their (empty) entries: call it with
    // no intern() under way.
    void defer_bitmaps() { deferred_ = true; }
    void flush();

    const TermDictionary& terms() const { return terms_; }
    // Documents with the term in any field, removed ones included.
    const DocSet& docs_with(TermId term) const { return entries_[term].docs; }
    // How many documents have the term in any field, removed ones included (BM25's df).
    std::uint32_t document_frequency(TermId term) const {
        return static_cast<std::uint32_t>(docs_with(term).cardinality());
    }
    const PostingList& postings(TermId term, Field field) const {
        return entries_[term].postings[field_index(field)];
    }
    // Documents by pairs of adjacent terms, for phrases.
    const PairIndex& pairs() const { return pairs_; }

    std::uint32_t document_count() const { return document_count_; }
    // Each document's length in words in every field by DocId, one for every document added,
    // the fields side by side so that scoring a document reads one cache line. A length past
    // kMaxLength counts as kMaxLength, in the averages and the blocks' bounds too.
    static constexpr std::uint32_t kMaxLength = UINT16_MAX;
    using FieldLengths = std::array<std::uint16_t, kFieldCount>;
    std::span<const FieldLengths> lengths() const { return lengths_; }
    double average_length(Field field) const;

    std::size_t memory_bytes() const;

private:
    struct Entry {
        DocSet docs;
        PendingDocs pending;
        std::array<PostingList, kFieldCount> postings;
    };
    void add_field(DocId doc, Field field, const std::vector<TermAt>& terms, std::uint32_t length,
                   double average);
    Entry& entry(TermId term);

    // The names: written by intern().
    TermDictionary terms_;
    // What is indexed under them: written by add() and flush().
    PairIndex pairs_;
    std::vector<Entry> entries_;                                   // By TermId.
    std::vector<FieldLengths> lengths_;                            // By DocId.
    std::array<std::uint64_t, kFieldCount> total_length_{};
    std::uint32_t document_count_ = 0;
    bool deferred_ = false;
    // Reused between documents to group a field's tokens by term without allocating.
    std::vector<TermAt> scratch_;
    std::vector<std::uint32_t> positions_;
    std::vector<std::pair<TermId, TermId>> adjacent_;  // The document's pairs, all fields.
};

}  // namespace rightstrack::index
