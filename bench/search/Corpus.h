// The benchmark's corpus: real recommendation texts, analysed once, and the facet values of each
// generated document. `generate_corpus` is a pure function of the real recommendations, the size
// and the seed, so every run and every engine sees the same documents. Immutable once built.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "Analyse.h"

namespace rightstrack::bench {

enum class Facet : std::uint8_t {
    StateUnderReview,
    SurRegionalGroup,
    RecommendingStates,
    RsRegionalGroup,
    Response,
    Session,
    Cycle,
    ActionCategory,
    Issues,
};
inline constexpr size_t kFacetCount = 9;
inline constexpr std::array<Facet, kFacetCount> kFacets = {
    Facet::StateUnderReview, Facet::SurRegionalGroup, Facet::RecommendingStates,
    Facet::RsRegionalGroup,  Facet::Response,         Facet::Session,
    Facet::Cycle,            Facet::ActionCategory,   Facet::Issues};

// Export column names: "state_under_review", "recommending_states", ...
std::string_view facet_name(Facet facet);
// A document has at most one value of a single-valued facet (none when unknown).
bool is_multi_valued(Facet facet);
inline size_t index_of(Facet facet) { return static_cast<size_t>(facet); }

using TermId = std::uint32_t;
using ValueId = std::uint32_t;
using DocId = std::uint32_t;

// A real recommendation, as the generator varies it: the fields the facets come from.
struct SourceRecommendation {
    std::string text;
    std::string state_under_review;               // ISO alpha-3.
    int session = 0;
    std::vector<std::string> recommending_states;  // ISO alpha-3, each once.
    std::string response;                          // Export spelling: "supported", "noted".
    std::optional<int> action_category;
    std::vector<std::string> issues;               // Label codes.
};

// One facet's values for every document, stored flat: a million documents would otherwise
// cost a vector each.
class FacetColumn {
public:
    std::span<const ValueId> values_of(DocId doc) const {
        return {values_.data() + starts_[doc], values_.data() + starts_[doc + 1]};
    }
    const std::string& name_of(ValueId value) const { return names_[value]; }
    size_t value_count() const { return names_.size(); }

    ValueId intern(std::string_view name);
    // Adds the next document's values (ids from `intern`), each once.
    void add_document(std::vector<ValueId> values);

private:
    std::vector<std::uint64_t> starts_ = {0};
    std::vector<ValueId> values_;
    std::vector<std::string> names_;
};

class Corpus {
public:
    size_t size() const { return text_of_.size(); }
    // The document's analysed text: terms in word order (a term's place is its position).
    std::span<const TermId> terms_of(DocId doc) const { return texts_[text_of_[doc]]; }
    const std::string& term(TermId id) const { return terms_[id]; }
    size_t term_count() const { return terms_.size(); }
    size_t text_count() const { return texts_.size(); }
    std::span<const TermId> text(size_t index) const { return texts_[index]; }
    std::uint32_t text_index_of(DocId doc) const { return text_of_[doc]; }
    const FacetColumn& facet(Facet facet) const { return facets_[index_of(facet)]; }
    std::span<const ValueId> values(Facet facet, DocId doc) const {
        return facets_[index_of(facet)].values_of(doc);
    }
    // Occurrences of every term, summed over all documents.
    std::uint64_t token_count() const;
    // Terms that occur in at least one document.
    size_t distinct_terms_used() const;

private:
    friend Corpus generate_corpus(const std::vector<SourceRecommendation>&, size_t, std::uint64_t,
                                  const Analyse&);
    std::vector<std::string> terms_;
    std::vector<std::vector<TermId>> texts_;  // One per source recommendation.
    std::vector<std::uint32_t> text_of_;      // Per document.
    std::array<FacetColumn, kFacetCount> facets_;
};

// The first min(n, rows) documents are the real recommendations unchanged; each further one
// takes a random real text with its action category and issues, and draws its State under
// review, session (1-45, hence cycle 1-4), one to three recommending States and response from
// the real distributions. Texts are analysed once each with `analyse`.
Corpus generate_corpus(const std::vector<SourceRecommendation>& rows, size_t n, std::uint64_t seed,
                       const Analyse& analyse);

}  // namespace rightstrack::bench
