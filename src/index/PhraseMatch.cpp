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

}  // namespace

DocSet match_phrase(const InvertedIndex& index, std::span<const TermId> phrase,
                    const DocSet& candidates) {
    DocSet out;
    if (phrase.empty())
        return out;
    for (Field field : kFields)
        match_in_field(index, phrase, field, candidates, out);
    return out;
}

}  // namespace rightstrack::index
