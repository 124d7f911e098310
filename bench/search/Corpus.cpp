#include "Corpus.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "Random.h"
#include "model/Document.h"
#include "model/State.h"
#include "model/StateRegistry.h"

namespace rightstrack::bench {

std::string_view facet_name(Facet facet) {
    switch (facet) {
    case Facet::StateUnderReview: return "state_under_review";
    case Facet::SurRegionalGroup: return "sur_regional_group";
    case Facet::RecommendingStates: return "recommending_states";
    case Facet::RsRegionalGroup: return "rs_regional_group";
    case Facet::Response: return "response";
    case Facet::Session: return "session";
    case Facet::Cycle: return "cycle";
    case Facet::ActionCategory: return "action_category";
    case Facet::Issues: return "issues";
    }
    return "";
}

bool is_multi_valued(Facet facet) {
    return facet == Facet::RecommendingStates || facet == Facet::RsRegionalGroup ||
           facet == Facet::Issues;
}

ValueId FacetColumn::intern(std::string_view name) {
    // Few values per facet (at most a few hundred States): a linear search is enough and keeps
    // ids in order of first use.
    auto found = std::find(names_.begin(), names_.end(), name);
    if (found != names_.end())
        return static_cast<ValueId>(found - names_.begin());
    names_.emplace_back(name);
    return static_cast<ValueId>(names_.size() - 1);
}

void FacetColumn::add_document(std::vector<ValueId> values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    values_.insert(values_.end(), values.begin(), values.end());
    starts_.push_back(values_.size());
}

std::uint64_t Corpus::token_count() const {
    std::uint64_t total = 0;
    for (std::uint32_t text : text_of_)
        total += texts_[text].size();
    return total;
}

size_t Corpus::distinct_terms_used() const {
    std::vector<char> text_used(texts_.size(), 0);
    for (std::uint32_t text : text_of_)
        text_used[text] = 1;
    std::vector<char> term_used(terms_.size(), 0);
    for (size_t t = 0; t < texts_.size(); ++t)
        if (text_used[t])
            for (TermId term : texts_[t])
                term_used[term] = 1;
    return static_cast<size_t>(std::count(term_used.begin(), term_used.end(), 1));
}

namespace {

// The peers split words on anything that is not a letter or a digit (SQLite's unicode61
// tokenizer, PostgreSQL's parser), so a term must consist of letters and digits only to stay
// one token in every engine. Other characters the analyzer leaves in a term (the point of
// "76.12") are dropped here, for every engine alike.
std::string letters_and_digits(const std::string& term) {
    std::string kept;
    int32_t i = 0;
    const auto length = static_cast<int32_t>(term.size());
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(term.data(), i, length, c);
        if (c >= 0 && u_isalnum(c))
            kept.append(term, static_cast<size_t>(start), static_cast<size_t>(i - start));
    }
    return kept;
}

struct Draw {
    const std::vector<SourceRecommendation>& rows;
    SplitMix64 random;
    const SourceRecommendation& any_row() { return rows[random.below(rows.size())]; }
};

// A generated document's fields; the text, action category and issues stay those of `source`.
struct Variant {
    size_t source;
    std::string state_under_review;
    int session;
    std::vector<std::string> recommending_states;
    std::string response;
};

Variant vary(const std::vector<SourceRecommendation>& rows, std::uint64_t seed, size_t doc) {
    Draw draw{rows, SplitMix64(seed ^ (doc * 0xD1B54A32D192ED03ull))};
    Variant v;
    v.source = draw.random.below(rows.size());
    v.state_under_review = draw.any_row().state_under_review;
    v.session = 1 + static_cast<int>(draw.random.below(45));
    const size_t wanted = std::clamp<size_t>(draw.any_row().recommending_states.size(), 1, 3);
    for (int attempt = 0; attempt < 50 && v.recommending_states.size() < wanted; ++attempt) {
        const auto& states = draw.any_row().recommending_states;
        if (states.empty())
            continue;
        const std::string& state = states[draw.random.below(states.size())];
        if (state != v.state_under_review &&
            std::find(v.recommending_states.begin(), v.recommending_states.end(), state) ==
                v.recommending_states.end())
            v.recommending_states.push_back(state);
    }
    v.response = draw.any_row().response;
    return v;
}

std::string_view group_of(const std::string& alpha3) {
    const auto* state = model::StateRegistry::instance().find_by_code(alpha3);
    return state ? model::regional_group_code(state->group) : std::string_view();
}

class FacetWriter {
public:
    explicit FacetWriter(std::array<FacetColumn, kFacetCount>& columns) : columns_(columns) {}

    void add(const SourceRecommendation& row, const std::string& sur, int session,
             const std::vector<std::string>& recommending, const std::string& response) {
        single(Facet::StateUnderReview, sur);
        single(Facet::SurRegionalGroup, group_of(sur));
        std::vector<std::string_view> groups;
        for (const auto& state : recommending)
            groups.push_back(group_of(state));
        multi(Facet::RecommendingStates, {recommending.begin(), recommending.end()});
        multi(Facet::RsRegionalGroup, groups);
        single(Facet::Response, response);
        single(Facet::Session, session > 0 ? std::to_string(session) : "");
        single(Facet::Cycle, session > 0 ? std::to_string(model::upr_cycle_of_session(session)) : "");
        single(Facet::ActionCategory,
               row.action_category ? std::to_string(*row.action_category) : "");
        multi(Facet::Issues, {row.issues.begin(), row.issues.end()});
    }

private:
    void single(Facet facet, std::string_view value) {
        multi(facet, value.empty() ? std::vector<std::string_view>{}
                                   : std::vector<std::string_view>{value});
    }
    void multi(Facet facet, const std::vector<std::string_view>& names) {
        FacetColumn& column = columns_[index_of(facet)];
        std::vector<ValueId> ids;
        for (auto name : names)
            if (!name.empty())
                ids.push_back(column.intern(name));
        column.add_document(std::move(ids));
    }

    std::array<FacetColumn, kFacetCount>& columns_;
};

}  // namespace

Corpus generate_corpus(const std::vector<SourceRecommendation>& rows, size_t n, std::uint64_t seed,
                       const Analyse& analyse) {
    Corpus corpus;
    std::unordered_map<std::string, TermId> term_ids;
    for (const auto& row : rows) {
        std::vector<TermId> terms;
        for (const auto& token : analyse(row.text)) {
            std::string term = letters_and_digits(token.term);
            if (term.empty())
                continue;
            auto [it, added] = term_ids.try_emplace(term, static_cast<TermId>(corpus.terms_.size()));
            if (added)
                corpus.terms_.push_back(std::move(term));
            terms.push_back(it->second);
        }
        corpus.texts_.push_back(std::move(terms));
    }

    FacetWriter facets(corpus.facets_);
    corpus.text_of_.reserve(n);
    for (size_t doc = 0; doc < n; ++doc) {
        if (doc < rows.size()) {
            const auto& row = rows[doc];
            corpus.text_of_.push_back(static_cast<std::uint32_t>(doc));
            facets.add(row, row.state_under_review, row.session, row.recommending_states,
                       row.response);
            continue;
        }
        Variant v = vary(rows, seed, doc);
        corpus.text_of_.push_back(static_cast<std::uint32_t>(v.source));
        facets.add(rows[v.source], v.state_under_review, v.session, v.recommending_states,
                   v.response);
    }
    return corpus;
}

}  // namespace rightstrack::bench
