#include "index/TopScores.h"

#include <algorithm>
#include <limits>

namespace rightstrack::index {
namespace {

constexpr DocId kNoDoc = std::numeric_limits<DocId>::max();
// Impacts are kept as floats: bounds are raised by this much so that rounding never passes over
// a document that could have entered.
constexpr double kSlack = 1e-5;

// One field's posting list of one query term, walked twice: by blocks for bounds, and by its
// cursor for the exact weighted frequency of the documents that are scored.
class ListWalk {
public:
    ListWalk(const InvertedIndex& index, TermId term, Field field, const LengthFactor& factor)
        : list_(&index.postings(term, field)),
          cursor_(list_->cursor()),
          factor_(factor),
          lengths_(index.lengths()),
          field_(field_index(field)) {}

    // The most `doc`'s block can weigh, and where the next block starts.
    double bound_at(DocId doc, DocId& next_block) {
        const std::uint32_t blocks = list_->block_count();
        while (block_ + 1 < blocks && list_->block_first(block_ + 1) <= doc)
            ++block_;
        if (blocks == 0 || list_->block_first(block_) > doc) {
            next_block = blocks == 0 ? kNoDoc : list_->block_first(block_);
            return 0.0;
        }
        next_block = block_ + 1 < blocks ? list_->block_first(block_ + 1) : kNoDoc;
        const Impact& bound = list_->block_impact(block_);
        return factor_.weight() * bound.impact * std::max(1.0, factor_.average() / bound.average);
    }

    double weighted(DocId doc) {
        if (!cursor_.advance_to(doc) || cursor_.doc() != doc)
            return 0.0;
        return cursor_.frequency() * factor_(lengths_[doc][field_]);
    }

private:
    const PostingList* list_;
    PostingList::Cursor cursor_;
    LengthFactor factor_;
    std::span<const InvertedIndex::FieldLengths> lengths_;
    std::size_t field_;
    std::uint32_t block_ = 0;
};

struct TermWalk {
    double idf;
    std::vector<ListWalk> lists;  // In field order, only fields that count.
};

class Scorer {
public:
    Scorer(const InvertedIndex& index, std::span<const TermId> terms,
           const Bm25Parameters& parameters)
        : k1_(parameters.k1), lengths_(index.lengths().data()) {
        for (TermId term : distinct_terms(terms)) {
            TermWalk walk{bm25_idf(index, term), {}};
            for (Field field : kFields) {
                const LengthFactor factor(index, field, parameters);
                if (factor.counts())
                    walk.lists.emplace_back(index, term, field, factor);
            }
            terms_.push_back(std::move(walk));
        }
    }

    // Scoring a document reads its lengths: a cache miss, unless asked for early.
    void prefetch(DocId doc) const { __builtin_prefetch(lengths_ + doc); }

    // The most `doc` can score, and the first document after it whose bound may differ.
    double bound_at(DocId doc, DocId& next_change) {
        double bound = 0.0;
        next_change = kNoDoc;
        for (TermWalk& term : terms_) {
            double weighted = 0.0;
            for (ListWalk& list : term.lists) {
                DocId next_block;
                weighted += list.bound_at(doc, next_block);
                next_change = std::min(next_change, next_block);
            }
            if (weighted > 0.0)
                bound += saturate(term.idf, weighted, k1_);
        }
        return bound * (1.0 + kSlack);
    }

    // Sums exactly as bm25_scores does, so that both give the same score.
    double score(DocId doc) {
        double score = 0.0;
        for (TermWalk& term : terms_) {
            double weighted = 0.0;
            for (ListWalk& list : term.lists)
                weighted += list.weighted(doc);
            if (weighted > 0.0)
                score += saturate(term.idf, weighted, k1_);
        }
        return score;
    }

private:
    double k1_;
    std::vector<TermWalk> terms_;
    const InvertedIndex::FieldLengths* lengths_;
};

// The hits in DocId order, read a batch ahead so that the scorer may prefetch what the batch's
// documents need; skip_to() passes over documents as the iterator's move would.
class HitStream {
public:
    HitStream(const DocSet& hits, const Scorer& scorer) : scorer_(scorer) {
        roaring_init_iterator(&hits.roaring, &it_);
        refill();
    }
    bool done() const { return at_ == count_; }
    DocId doc() const { return batch_[at_]; }
    void next() {
        if (++at_ == count_)
            refill();
    }
    // To the first hit at or after `doc`.
    void skip_to(DocId doc) {
        while (at_ < count_ && batch_[at_] < doc) ++at_;
        if (at_ < count_)
            return;
        if (it_.has_value && it_.current_value < doc)
            roaring_move_uint32_iterator_equalorlarger(&it_, doc);
        refill();
    }

private:
    void refill() {
        count_ = roaring_read_uint32_iterator(&it_, batch_, kBatch);
        at_ = 0;
        for (std::uint32_t i = 0; i < count_; ++i) scorer_.prefetch(batch_[i]);
    }

    static constexpr std::uint32_t kBatch = 32;
    const Scorer& scorer_;
    roaring_uint32_iterator_t it_;
    DocId batch_[kBatch];
    std::uint32_t count_ = 0, at_ = 0;
};

// Best first; ties to the lower DocId.
bool better(const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
}

}  // namespace

std::vector<Hit> top_scores(const InvertedIndex& index, const DocSet& hits,
                            std::span<const TermId> terms, std::size_t limit,
                            const Bm25Parameters& parameters) {
    std::vector<Hit> heap;  // Its front is the worst kept.
    if (limit == 0 || hits.isEmpty())  // Most searches with several filters find nothing.
        return heap;
    // The blocks' impacts are computed for one b; with another, every hit is scored.
    const bool bounded = parameters.b == kImpactB;
    Scorer scorer(index, terms, parameters);
    HitStream stream(hits, scorer);
    // The bound holds until the next block of any list starts: it is summed once per stretch,
    // not once per hit, and only the worst kept score it is compared with moves.
    double bound = 0.0;
    DocId bound_until = 0;
    while (!stream.done()) {
        const DocId doc = stream.doc();
        if (bounded && heap.size() == limit) {
            if (doc >= bound_until)
                bound = scorer.bound_at(doc, bound_until);
            // Documents visited later lose ties, so a bound equal to the worst kept is no use.
            if (bound <= heap.front().score) {
                if (bound_until == kNoDoc)
                    break;
                stream.skip_to(bound_until);
                continue;
            }
        }
        const Hit hit{doc, scorer.score(doc)};
        if (heap.size() < limit) {
            heap.push_back(hit);
            std::push_heap(heap.begin(), heap.end(), better);
        } else if (better(hit, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), better);
            heap.back() = hit;
            std::push_heap(heap.begin(), heap.end(), better);
        }
        stream.next();
    }
    std::sort_heap(heap.begin(), heap.end(), better);
    return heap;
}

}  // namespace rightstrack::index
