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
    if (lengths_.size() <= doc)
        lengths_.resize(doc + 1, FieldLengths{});
    for (Field field : kFields) {
        const auto& terms = fields[field_index(field)];
        const auto length =
            static_cast<std::uint32_t>(std::min<std::size_t>(terms.size(), kMaxLength));
        lengths_[doc][field_index(field)] = static_cast<std::uint16_t>(length);
        total_length_[field_index(field)] += length;
        add_field(doc, field, terms, length,
                  static_cast<double>(total_length_[field_index(field)]) / (document_count_ + 1));
    }
    pairs_.add(doc, adjacent_, deferred_);
    ++document_count_;
}

void InvertedIndex::add_field(DocId doc, Field field, const std::vector<TermAt>& terms,
                              std::uint32_t length, double average) {
    const double norm = 1.0 - kImpactB + kImpactB * length / average;
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
    bytes += lengths_.capacity() * sizeof(FieldLengths);
    return bytes;
}

}  // namespace rightstrack::index
