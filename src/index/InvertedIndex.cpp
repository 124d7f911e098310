#include "index/InvertedIndex.h"

#include <algorithm>

namespace rightstrack::index {

FieldTerms InvertedIndex::intern(const FieldTokens& fields) {
    FieldTerms out;
    for (Field field : kFields) {
        const auto& tokens = fields[field_index(field)];
        auto& terms = out[field_index(field)];
        terms.reserve(tokens.size());
        for (const Token& token : tokens)
            terms.push_back({terms_.intern(token.term), token.position});
    }
    return out;
}

InvertedIndex::Entry& InvertedIndex::entry(TermId term) {
    if (term >= entries_.size())
        entries_.resize(term + 1);
    return entries_[term];
}

void InvertedIndex::add(DocId doc, const FieldTerms& fields) {
    adjacent_.clear();
    for (Field field : kFields) {
        auto& lengths = lengths_[field_index(field)];
        const auto& terms = fields[field_index(field)];
        if (lengths.size() <= doc)
            lengths.resize(doc + 1, 0);
        lengths[doc] = static_cast<std::uint32_t>(terms.size());
        total_length_[field_index(field)] += terms.size();
        add_field(doc, field, terms,
                  static_cast<double>(total_length_[field_index(field)]) / (document_count_ + 1));
    }
    pairs_.add(doc, adjacent_, deferred_);
    ++document_count_;
}

void InvertedIndex::add_field(DocId doc, Field field, const std::vector<TermAt>& terms,
                              double average) {
    const double norm = 1.0 - kImpactB + kImpactB * terms.size() / average;
    scratch_.clear();
    for (const TermAt& at : terms) {
        if (!scratch_.empty() && scratch_.back().position + 1 == at.position)
            adjacent_.emplace_back(scratch_.back().term, at.term);
        scratch_.push_back(at);
    }
    std::sort(scratch_.begin(), scratch_.end());
    scratch_.erase(std::unique(scratch_.begin(), scratch_.end()), scratch_.end());
    for (std::size_t i = 0; i < scratch_.size();) {
        TermId term = scratch_[i].term;
        positions_.clear();
        for (; i < scratch_.size() && scratch_[i].term == term; ++i)
            positions_.push_back(scratch_[i].position);
        Entry& entry = this->entry(term);
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
    if (entries_.size() < terms_.size())
        entries_.resize(terms_.size());
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
