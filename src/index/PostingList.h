// The documents one term occurs in within one field, with its frequency and word positions in
// each, compressed: document deltas and frequencies as varints in one stream, position deltas in
// another, and a skip entry every kBlock documents so that a cursor can jump to a document
// without decoding what lies before it (phrase checks and scoring visit only matched documents).
// Append-only, in increasing DocId order. Not thread-safe for writes; reads are const.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "index/DocSet.h"

namespace rightstrack::index {

class PostingList {
public:
    static constexpr std::uint32_t kBlock = 128;

    // Adds `doc`, greater than every document added before, with its positions in ascending
    // order (at least one).
    void append(DocId doc, std::span<const std::uint32_t> positions);

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
        const std::uint8_t* position_at_;   // Current posting's positions.
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
    };

    std::vector<std::uint8_t> docs_;       // Per posting: varint(doc - previous), varint(freq).
    std::vector<std::uint8_t> positions_;  // Per posting: freq varints, position deltas.
    std::vector<Skip> skips_;
    DocId last_ = 0;
    std::uint32_t count_ = 0;
};

}  // namespace rightstrack::index
