// The documents one term occurs in within one field, with its frequency and word positions in
// each, compressed: document deltas and frequencies as varints in one stream, position deltas in
// another, and a skip entry every kBlock documents so that a cursor can jump to a document
// without decoding what lies before it (phrase checks and scoring visit only matched documents).
// Each block also keeps a bound on what its postings can add to a BM25 score (`BlockBound`), so
// that ranking can pass over blocks that cannot reach the best hits without decoding them.
// Append-only, in increasing DocId order. Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "index/DocSet.h"

namespace rightstrack::index {

// A posting's BM25 impact, tf / (1 - b + b * length / average), with the field's average length
// at the time it was added; a block keeps the largest impact and the smallest average, and its
// impact under a later average is at most impact * max(1, later / smallest).
struct Impact {
    float impact = std::numeric_limits<float>::infinity();  // Unknown: never bounds anything.
    float average = 1.0f;
};

class PostingList {
public:
    static constexpr std::uint32_t kBlock = 128;

    // Adds `doc`, greater than every document added before, with its positions in ascending
    // order (at least one).
    void append(DocId doc, std::span<const std::uint32_t> positions, Impact impact = {});

    // Blocks of kBlock postings: the first document of each and the bound of its impacts.
    std::uint32_t block_count() const { return static_cast<std::uint32_t>(skips_.size()); }
    DocId block_first(std::uint32_t block) const { return skips_[block].first; }
    const Impact& block_impact(std::uint32_t block) const { return skips_[block].bound; }

    std::uint32_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    std::size_t memory_bytes() const;

    // Walks the list forward. Valid until the list is appended to.
    class Cursor {
    public:
        explicit Cursor(const PostingList& list);
        bool valid() const { return valid_; }
        DocId doc() const { return doc_; }
        std::uint32_t frequency() const { return frequency_; }
        void next();
        // Moves to the first document >= `target` (never backwards); false when there is none.
        bool advance_to(DocId target);
        // The current document's positions, ascending.
        std::span<const std::uint32_t> positions();

    private:
        void read_posting();
        void jump_to_block(std::uint32_t block);

        const PostingList* list_;
        const std::uint8_t* doc_at_;        // Next posting's header in the document stream.
        // Positions are skipped only when asked for (scoring never asks): `position_at_` lags
        // `unskipped_` varints behind the current posting's positions.
        const std::uint8_t* position_at_;
        std::uint32_t unskipped_ = 0;
        std::uint32_t ordinal_ = 0;         // Index of the current posting.
        DocId doc_ = 0;
        std::uint32_t frequency_ = 0;
        bool valid_ = false;
        bool positions_read_ = false;
        std::vector<std::uint32_t> positions_;
    };
    Cursor cursor() const { return Cursor(*this); }

private:
    // Where block b (postings b*kBlock onward) starts, and the document before it, from which
    // its first document is a delta.
    struct Skip {
        DocId base;
        DocId first;
        std::uint32_t doc_offset;
        std::uint32_t position_offset;
        Impact bound = {0.0f, std::numeric_limits<float>::infinity()};
    };

    std::vector<std::uint8_t> docs_;       // Per posting: varint(doc - previous), varint(freq).
    std::vector<std::uint8_t> positions_;  // Per posting: freq varints, position deltas.
    std::vector<Skip> skips_;
    DocId last_ = 0;
    std::uint32_t count_ = 0;
};

}  // namespace rightstrack::index
