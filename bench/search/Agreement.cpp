#include "Agreement.h"

namespace rightstrack::bench {

core::Status check_agreement(const Corpus& corpus, const Query& query, size_t query_number,
                             std::string_view expected_engine, const Answer& expected,
                             std::string_view engine, const Answer& answer) {
    const std::string where = "query " + std::to_string(query_number) + " [" +
                              query.describe(corpus) + "]";
    auto differ = [&](const std::string& what, std::uint64_t theirs, std::uint64_t ours) {
        return core::Error::internal(std::string(engine) + " disagrees with " +
                                     std::string(expected_engine) + " on " + what + ": " +
                                     std::to_string(ours) + " against " + std::to_string(theirs))
            .located(where);
    };
    if (answer.total != expected.total)
        return differ("the total", expected.total, answer.total);
    if (answer.top.size() != std::min<std::uint64_t>(answer.total, kTopHits))
        return differ("the number of top hits", std::min<std::uint64_t>(answer.total, kTopHits),
                      answer.top.size());
    for (Facet facet : kFacets) {
        const auto& ours = answer.counts[index_of(facet)];
        const auto& theirs = expected.counts[index_of(facet)];
        for (ValueId value = 0; value < theirs.size(); ++value)
            if (ours.at(value) != theirs[value])
                return differ("facet " + std::string(facet_name(facet)) + " value " +
                                  corpus.facet(facet).name_of(value),
                              theirs[value], ours[value]);
    }
    return {};
}

}  // namespace rightstrack::bench
