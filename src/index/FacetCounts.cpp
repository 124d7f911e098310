#include "index/FacetCounts.h"

#include <algorithm>
#include <cmath>

namespace rightstrack::index {
namespace {

// Measured on UPR Info's export scaled to 1M documents (CRoaring 0.2.66): and_cardinality
// costs a few units per member of the smaller set (arrays of similar sizes are merged, a small
// one is looked up in a large one or in its bitset), adding up a row about two units per number
// read (the rows of scattered documents miss the cache). So rows win whenever many facets are
// counted; bitmaps win for one facet of few values (a chosen facet's own counts, "response").
constexpr double kRowCostPerValue = 2.0;
constexpr double kBitmapCostPerMember = 3.0;

// A facet's chosen values and the documents with any of them: the value's own bitmap for one
// value (most filters), copied for none.
struct Chosen {
    FacetId facet;
    std::vector<ValueId> values;
    DocSet several;  // The union, when there are several values.
    const DocSet& docs(const Facets& facets) const {
        return values.size() == 1 ? facets.docs_with(values.front()) : several;
    }
};

core::Result<std::vector<Chosen>> resolve(const Facets& facets,
                                          std::span<const FacetSelection> selections) {
    std::vector<Chosen> chosen;
    for (const FacetSelection& selection : selections) {
        auto facet = facets.find(selection.facet);
        if (!facet)
            return core::Error::invalid_input("unknown facet '" + selection.facet + "'");
        auto same = std::find_if(chosen.begin(), chosen.end(),
                                 [&](const Chosen& c) { return c.facet == *facet; });
        if (same == chosen.end())
            same = chosen.insert(chosen.end(), Chosen{*facet, {}, {}});
        for (const std::string& name : selection.values)
            if (auto value = facets.find_value(*facet, name))
                same->values.push_back(*value);
    }
    for (Chosen& c : chosen) {
        std::sort(c.values.begin(), c.values.end());  // A value chosen twice counts once.
        c.values.erase(std::unique(c.values.begin(), c.values.end()), c.values.end());
        if (c.values.size() > 1)
            for (ValueId value : c.values) c.several |= facets.docs_with(value);
    }
    return chosen;
}

class Counter {
public:
    Counter(const Facets& facets, const DocSet& live, CountMethod method,
            std::span<const KnownCounts> supersets)
        : facets_(facets), live_{&live, facets.totals()}, method_(method), supersets_(supersets) {}

    // Adds up the documents of `docs` (a subset of the live ones) per value of the `wanted`
    // facets into `counts`, zeroed by the caller; other facets' entries may be touched too.
    void count(const DocSet& docs, std::span<const FacetId> wanted,
               std::vector<std::uint32_t>& counts) const {
        if (docs.isEmpty())  // Most queries with several filters: nothing to add up.
            return;
        if (method_ == CountMethod::Auto)
            if (const KnownCounts* base = closest_superset(docs)) {
                // By rows: a cached set keeps removed documents, as the value bitmaps do not.
                // The same set (a one-word query): nothing outside to add up.
                std::vector<std::uint32_t> outside(counts.size(), 0);
                if (base->docs->cardinality() != docs.cardinality())
                    add_rows(*base->docs - docs, wanted, outside);
                for (FacetId facet : wanted)
                    for (ValueId value : facets_.values_of(facet))
                        counts[value] = (value < base->counts.size() ? base->counts[value] : 0) -
                                        outside[value];
                return;
            }
        count_directly(docs, wanted, counts);
    }

private:
    void count_directly(const DocSet& docs, std::span<const FacetId> wanted,
                        std::vector<std::uint32_t>& counts) const {
        if (use_rows(docs, wanted)) {
            add_rows(docs, wanted, counts);
            return;
        }
        for (FacetId facet : wanted)
            for (ValueId value : facets_.values_of(facet))
                counts[value] =
                    static_cast<std::uint32_t>(docs.and_cardinality(facets_.docs_with(value)));
    }

    void add_rows(const DocSet& docs, std::span<const FacetId> wanted,
                  std::vector<std::uint32_t>& counts) const {
        if (wanted.size() == 1)
            facets_.add_rows(docs, wanted.front(), counts);
        else
            facets_.add_rows(docs, counts);
    }

    // The known set containing `docs` with fewer documents outside `docs` than `docs` has;
    // nullptr when counting `docs` directly is cheaper.
    const KnownCounts* closest_superset(const DocSet& docs) const {
        const std::uint64_t size = docs.cardinality();
        std::uint64_t least = size;
        const KnownCounts* closest = nullptr;
        const std::uint64_t live = live_.docs->cardinality();
        if (live - size < least) {  // `docs` is within the live set by contract.
            least = live - size;
            closest = &live_;
        }
        for (const KnownCounts& known : supersets_) {
            const std::uint64_t known_size = known.docs->cardinality();
            if (known_size >= size && known_size - size < least && docs.isSubset(*known.docs)) {
                least = known_size - size;
                closest = &known;
            }
        }
        return closest;
    }

    bool use_rows(const DocSet& docs, std::span<const FacetId> wanted) const {
        if (method_ != CountMethod::Auto)
            return method_ == CountMethod::Rows;
        const std::uint32_t size = static_cast<std::uint32_t>(docs.cardinality());
        const double row_reads =
            wanted.size() == 1 ? facets_.row_reads(wanted.front()) : facets_.average_row_length();
        const double rows_cost = size * (1.0 + row_reads) * kRowCostPerValue;
        // Summed in whole members, and only until rows are known to win: with every facet
        // wanted, the values number thousands.
        const auto members_rows_match =
            static_cast<std::uint64_t>(std::ceil(rows_cost / kBitmapCostPerMember));
        std::uint64_t members = 0;
        for (FacetId facet : wanted)
            for (ValueId value : facets_.values_of(facet)) {
                if (members >= members_rows_match)
                    return true;
                members += std::min(size, facets_.total(value));
            }
        return members >= members_rows_match;
    }

    const Facets& facets_;
    KnownCounts live_;
    CountMethod method_;
    std::span<const KnownCounts> supersets_;
};

// The documents of `base` within every choice but the `skipped` one: the hits if that choice
// were undone. Intersections only, which shrink as they go.
DocSet within_others(const Facets& facets, const DocSet& base, const std::vector<Chosen>& chosen,
                     std::size_t skipped) {
    const std::size_t first = skipped == 0 ? 1 : 0;
    DocSet docs = base & chosen[first].docs(facets);
    for (std::size_t j = first + 1; j < chosen.size() && !docs.isEmpty(); ++j)
        if (j != skipped)
            docs &= chosen[j].docs(facets);
    return docs;
}

// Keeps the first `keep` of `values` in the order `before` (by count, then by name), in any
// order. Only the values tied at the cut have their names compared: a facet of thousands of
// values (documents) often has hundreds at the same count.
template <typename Before>
void keep_most_counted(std::vector<ValueId>& values, std::size_t keep,
                       const std::vector<std::uint32_t>& counts, Before before) {
    if (values.size() <= keep)
        return;
    if (keep == 0) {
        values.clear();
        return;
    }
    auto more = [&](ValueId a, ValueId b) { return counts[a] > counts[b]; };
    std::nth_element(values.begin(), values.begin() + (keep - 1), values.end(), more);
    const std::uint32_t cut = counts[values[keep - 1]];
    auto tied = std::partition(values.begin(), values.end(),
                               [&](ValueId value) { return counts[value] > cut; });
    auto end =
        std::partition(tied, values.end(), [&](ValueId value) { return counts[value] == cut; });
    const auto wanted = values.begin() + keep;  // Within the tied, which reach it.
    std::nth_element(tied, wanted, end, before);
    values.resize(keep);
}

// Each facet's values by count, highest first, then by name: the chosen ones always, the others
// when counted at least once, at most `values_per_facet` of them (0: all). Only the values kept
// are named, which matters for facets of thousands of values (documents).
std::vector<FacetCount> report(const Facets& facets, const std::vector<std::uint32_t>& counts,
                               const std::vector<Chosen>& chosen, std::size_t values_per_facet) {
    std::vector<bool> selected(facets.value_count(), false);
    for (const Chosen& c : chosen)
        for (ValueId value : c.values)
            selected[value] = true;
    auto before = [&](ValueId a, ValueId b) {
        return counts[a] != counts[b] ? counts[a] > counts[b]
                                      : facets.value_name(a) < facets.value_name(b);
    };
    std::vector<FacetCount> out;
    std::vector<ValueId> shown;
    for (FacetId facet = 0; facet < facets.facet_count(); ++facet) {
        FacetCount& fc = out.emplace_back();
        fc.facet = facets.name(facet);
        shown.clear();
        for (ValueId value : facets.values_of(facet)) {
            if (counts[value] == 0)  // Most values of a small match: tested first.
                continue;
            ++fc.values_counted;
            if (!selected[value])
                shown.push_back(value);
        }
        if (values_per_facet != 0)
            keep_most_counted(shown, values_per_facet, counts, before);
        for (const Chosen& c : chosen)
            if (c.facet == facet)
                shown.insert(shown.end(), c.values.begin(), c.values.end());
        std::sort(shown.begin(), shown.end(), before);
        for (ValueId value : shown)
            fc.values.push_back({std::string(facets.value_name(value)), counts[value]});
    }
    return out;
}

}  // namespace

core::Result<FacetedResult> count_facets(const Facets& facets, DocSet match, const DocSet& live,
                                         std::span<const FacetSelection> selections,
                                         CountMethod method, std::span<const KnownCounts> supersets,
                                         std::size_t values_per_facet) {
    auto chosen = TRY(resolve(facets, selections));
    Counter counter(facets, live, method, supersets);
    FacetedResult result;
    // The match within the live documents, and what each chosen facet counts its own values
    // over: the match within every other choice. With one choice that is the match itself,
    // often a frequent word whose counts are known.
    DocSet base = within(std::move(match), live);
    std::vector<DocSet> undone;
    if (chosen.size() > 1)
        for (std::size_t i = 0; i < chosen.size(); ++i)
            undone.push_back(within_others(facets, base, chosen, i));
    auto undone_for = [&](std::size_t i) -> const DocSet& {
        return undone.empty() ? base : undone[i];
    };
    result.hits = chosen.empty() ? std::move(base) : undone_for(0) & chosen.front().docs(facets);

    std::vector<FacetId> all(facets.facet_count());
    for (FacetId facet = 0; facet < all.size(); ++facet)
        all[facet] = facet;
    std::vector<std::uint32_t> counts(facets.value_count(), 0);
    counter.count(result.hits, all, counts);

    std::vector<std::uint32_t> own(facets.value_count(), 0);
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const FacetId facet = chosen[i].facet;
        std::fill(own.begin(), own.end(), 0);
        counter.count(undone_for(i), std::span(&facet, 1), own);
        for (ValueId value : facets.values_of(facet)) counts[value] = own[value];
    }
    result.facets = report(facets, counts, chosen, values_per_facet);
    return result;
}

core::Result<DocSet> selected_docs(const Facets& facets, const DocSet& live,
                                   std::span<const FacetSelection> selections) {
    auto chosen = TRY(resolve(facets, selections));
    DocSet docs = live;
    for (const Chosen& c : chosen) docs &= c.docs(facets);
    return docs;
}

}  // namespace rightstrack::index
