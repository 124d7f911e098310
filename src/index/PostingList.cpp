#include "index/PostingList.h"

#include <algorithm>
#include <cassert>

#include "index/VarInt.h"

namespace rightstrack::index {

void PostingList::append(DocId doc, std::span<const std::uint32_t> positions, Impact impact) {
    assert(!positions.empty());
    assert(count_ == 0 || doc > last_);
    if (count_ % kBlock == 0)
        skips_.push_back({last_, doc, static_cast<std::uint32_t>(docs_.size()),
                          static_cast<std::uint32_t>(positions_.size())});
    Impact& bound = skips_.back().bound;
    bound.impact = std::max(bound.impact, impact.impact);
    bound.average = std::min(bound.average, impact.average);
    put_varint(docs_, doc - last_);
    put_varint(docs_, static_cast<std::uint32_t>(positions.size()));
    std::uint32_t previous = 0;
    for (std::uint32_t position : positions) {
        put_varint(positions_, position - previous);
        previous = position;
    }
    last_ = doc;
    ++count_;
}

std::size_t PostingList::memory_bytes() const {
    return sizeof(*this) + docs_.capacity() + positions_.capacity() +
           skips_.capacity() * sizeof(Skip);
}

PostingList::Cursor::Cursor(const PostingList& list)
    : list_(&list), doc_at_(list.docs_.data()), position_at_(list.positions_.data()) {
    if (list.count_ > 0)
        read_posting();
}

void PostingList::Cursor::read_posting() {
    doc_ += get_varint(doc_at_);
    frequency_ = get_varint(doc_at_);
    valid_ = true;
    positions_read_ = false;
}

void PostingList::Cursor::next() {
    if (!valid_)
        return;
    if (++ordinal_ == list_->count_) {
        valid_ = false;
        return;
    }
    unskipped_ += frequency_;
    read_posting();
}

void PostingList::Cursor::jump_to_block(std::uint32_t block) {
    const Skip& skip = list_->skips_[block];
    ordinal_ = block * kBlock;
    doc_at_ = list_->docs_.data() + skip.doc_offset;
    position_at_ = list_->positions_.data() + skip.position_offset;
    unskipped_ = 0;
    doc_ = skip.base;
    read_posting();
}

bool PostingList::Cursor::advance_to(DocId target) {
    if (!valid_ || doc_ >= target)
        return valid_;
    // When the target lies beyond the next block's start, jump to the last block starting at
    // or before it; otherwise read on, without a search for every small step.
    const auto& skips = list_->skips_;
    std::uint32_t next_block = ordinal_ / kBlock + 1;
    if (next_block < skips.size() && skips[next_block].first <= target) {
        auto after = std::upper_bound(skips.begin() + next_block, skips.end(), target,
                                      [](DocId t, const Skip& s) { return t < s.first; });
        jump_to_block(static_cast<std::uint32_t>(after - skips.begin()) - 1);
    }
    while (valid_ && doc_ < target)
        next();
    return valid_;
}

std::span<const std::uint32_t> PostingList::Cursor::positions() {
    if (!positions_read_) {
        skip_varints(position_at_, unskipped_);
        unskipped_ = 0;
        positions_.clear();
        const std::uint8_t* at = position_at_;
        std::uint32_t position = 0;
        for (std::uint32_t i = 0; i < frequency_; ++i) {
            position += get_varint(at);
            positions_.push_back(position);
        }
        positions_read_ = true;
    }
    return positions_;
}

}  // namespace rightstrack::index
