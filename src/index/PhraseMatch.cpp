#include "index/PhraseMatch.h"

#include <algorithm>
#include <vector>

namespace rightstrack::index {
namespace {

// True when some position p of the first term has term i at p + i for every i.
bool consecutive(std::vector<PostingList::Cursor>& cursors) {
    for (std::uint32_t start : cursors[0].positions()) {
        bool all = true;
        for (std::size_t i = 1; i < cursors.size() && all; ++i) {
            auto positions = cursors[i].positions();
            all = std::binary_search(positions.begin(), positions.end(),
                                     start + static_cast<std::uint32_t>(i));
        }
        if (all)
            return true;
    }
    return false;
}

void match_in_field(const InvertedIndex& index, std::span<const TermId> phrase, Field field,
                    const DocSet& candidates, DocSet& out) {
    std::vector<PostingList::Cursor> cursors;
    for (TermId term : phrase) {
        if (index.postings(term, field).empty())
            return;
        cursors.push_back(index.postings(term, field).cursor());
    }
    for_each_doc(candidates, [&](DocId doc) {
        for (auto& cursor : cursors)
            if (!cursor.advance_to(doc) || cursor.doc() != doc)
                return;
        if (consecutive(cursors))
            out.add(doc);
    });
}

// The documents of `within` that have every adjacent pair of the phrase.
DocSet with_every_pair(const InvertedIndex& index, std::span<const TermId> phrase,
                       const DocSet& within) {
    DocSet candidates = within;
    for (std::size_t i = 0; i + 1 < phrase.size() && !candidates.isEmpty(); ++i) {
        const DocSet* pair = index.pairs().docs_with(phrase[i], phrase[i + 1]);
        if (!pair)
            return DocSet();
        candidates &= *pair;
    }
    return candidates;
}

}  // namespace

DocSet match_phrase(const InvertedIndex& index, std::span<const TermId> phrase,
                    const DocSet& within) {
    if (phrase.empty())
        return DocSet();
    if (phrase.size() == 1)
        return index.docs_with(phrase[0]) & within;
    DocSet candidates = with_every_pair(index, phrase, within);
    if (phrase.size() == 2)
        return candidates;
    DocSet out;
    for (Field field : kFields)
        match_in_field(index, phrase, field, candidates, out);
    return out;
}

}  // namespace rightstrack::index
