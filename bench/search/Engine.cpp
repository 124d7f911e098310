#include "Engine.h"

namespace rightstrack::bench {

Answer empty_answer(const Corpus& corpus) {
    Answer answer;
    for (Facet facet : kFacets)
        answer.counts[index_of(facet)].assign(corpus.facet(facet).value_count(), 0);
    return answer;
}

}  // namespace rightstrack::bench
