#include "index/InvertedIndex.h"

#include <algorithm>

namespace rightstrack::index {

void InvertedIndex::add(DocId doc, const FieldTokens& fields) {
    adjacent_.clear();
    for (Field field : kFields) {
        auto& lengths = lengths_[field_index(field)];
        const auto& tokens = fields[field_index(field)];
        if (lengths.size() <= doc)
            lengths.resize(doc + 1, 0);
        lengths[doc] = static_cast<std::uint32_t>(tokens.size());
        total_length_[field_index(field)] += tokens.size();
        add_field(doc, field, tokens,
                  static_cast<double>(total_length_[field_index(field)]) / (document_count_ + 1));
    }
    pairs_.add(doc, adjacent_, deferred_);
    ++document_count_;
}

void InvertedIndex::add_field(DocId doc, Field field, const std::vector<Token>& tokens,
                              double average) {
    const double norm = 1.0 - kImpactB + kImpactB * tokens.size() / average;
    scratch_.clear();
    for (const Token& token : tokens) {
        TermId term = terms_.intern(token.term);
        if (term == entries_.size())
            entries_.emplace_back();
        if (!scratch_.empty() && scratch_.back().second + 1 == token.position)
            adjacent_.emplace_back(scratch_.back().first, term);
        scratch_.emplace_back(term, token.position);
    }
    std::sort(scratch_.begin(), scratch_.end());
    scratch_.erase(std::unique(scratch_.begin(), scratch_.end()), scratch_.end());
    for (std::size_t i = 0; i < scratch_.size();) {
        TermId term = scratch_[i].first;
        positions_.clear();
        for (; i < scratch_.size() && scratch_[i].first == term; ++i)
            positions_.push_back(scratch_[i].second);
        Entry& entry = entries_[term];
        if (deferred_)
            entry.pending.add(doc);
        else
            entry.docs.add(doc);
        const Impact impact{static_cast<float>(positions_.size() / norm),
                            static_cast<float>(average)};
        entry.postings[field_index(field)].append(doc, positions_, impact);
    }
}

void InvertedIndex::flush() {
    for (Entry& entry : entries_)
        entry.pending.flush_into(entry.docs);
    pairs_.flush();
    deferred_ = false;
}

std::uint32_t InvertedIndex::field_length(DocId doc, Field field) const {
    const auto& lengths = lengths_[field_index(field)];
    return doc < lengths.size() ? lengths[doc] : 0;
}

double InvertedIndex::average_length(Field field) const {
    if (document_count_ == 0)
        return 0.0;
    return static_cast<double>(total_length_[field_index(field)]) / document_count_;
}

std::size_t InvertedIndex::memory_bytes() const {
    std::size_t bytes = sizeof(*this) + terms_.memory_bytes() + pairs_.memory_bytes() +
                        (entries_.capacity() - entries_.size()) * sizeof(Entry);
    for (const Entry& entry : entries_) {
        bytes += index::memory_bytes(entry.docs) - sizeof(DocSet) + sizeof(Entry);
        for (const PostingList& list : entry.postings)
            bytes += list.memory_bytes() - sizeof(PostingList);
    }
    for (const auto& lengths : lengths_)
        bytes += lengths.capacity() * sizeof(std::uint32_t);
    return bytes;
}

}  // namespace rightstrack::index
