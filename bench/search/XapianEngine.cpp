#include "XapianEngine.h"

namespace rightstrack::bench {

namespace {

Xapian::valueno slot_of(Facet facet) { return static_cast<Xapian::valueno>(index_of(facet)); }

std::string filter_term(Facet facet, ValueId value) {
    return "XF" + std::string(1, static_cast<char>('A' + index_of(facet))) + std::to_string(value);
}

std::string packed(std::span<const ValueId> values) {
    std::string bytes;
    for (ValueId value : values)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += static_cast<char>((value >> shift) & 0xFF);
    return bytes;
}

// Counts every value of a multi-valued slot (ids packed by `packed`) in each match.
class MultiValueCountSpy : public Xapian::MatchSpy {
public:
    MultiValueCountSpy(Xapian::valueno slot, std::vector<std::uint64_t>& counts)
        : slot_(slot), counts_(counts) {}
    void operator()(const Xapian::Document& doc, double) override {
        const std::string bytes = doc.get_value(slot_);
        for (size_t i = 0; i + 4 <= bytes.size(); i += 4) {
            const auto* b = reinterpret_cast<const unsigned char*>(bytes.data() + i);
            ++counts_[(ValueId{b[0]} << 24) | (ValueId{b[1]} << 16) | (ValueId{b[2]} << 8) | b[3]];
        }
    }
    std::string name() const override { return "rightstrack.MultiValueCountSpy"; }

private:
    Xapian::valueno slot_;
    std::vector<std::uint64_t>& counts_;
};

// Spies of one run, for `facets`; their counts are read into the answer after the run.
class Spies {
public:
    void watch(Xapian::Enquire& enquire, Facet facet, Answer& answer) {
        if (is_multi_valued(facet)) {
            multi_.push_back(std::make_unique<MultiValueCountSpy>(
                slot_of(facet), answer.counts[index_of(facet)]));
            enquire.add_matchspy(multi_.back().get());
        } else {
            single_.emplace_back(facet, std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(facet)));
            enquire.add_matchspy(single_.back().second.get());
        }
    }
    void read_into(Answer& answer) const {
        for (const auto& [facet, spy] : single_)
            for (auto value = spy->values_begin(); value != spy->values_end(); ++value)
                answer.counts[index_of(facet)][std::stoul(*value)] = value.get_termfreq();
    }

private:
    std::vector<std::pair<Facet, std::unique_ptr<Xapian::ValueCountMatchSpy>>> single_;
    std::vector<std::unique_ptr<MultiValueCountSpy>> multi_;
};

Xapian::Query clause_query(const Corpus& corpus, const Clause& clause) {
    if (clause.words.size() == 1)
        return Xapian::Query(corpus.term(clause.words[0]));
    std::vector<std::string> words;
    for (TermId word : clause.words)
        words.push_back(corpus.term(word));
    return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(),
                         static_cast<Xapian::termcount>(words.size()));
}

}  // namespace

core::Status XapianEngine::build(const Corpus& corpus) {
    corpus_ = &corpus;
    try {
        Xapian::WritableDatabase db((folder_ / "xapian").string(), Xapian::DB_CREATE_OR_OVERWRITE);
        for (DocId doc = 0; doc < corpus.size(); ++doc) {
            Xapian::Document document;
            Xapian::termpos position = 1;
            for (TermId term : corpus.terms_of(doc))
                document.add_posting(corpus.term(term), position++);
            for (Facet facet : kFacets) {
                auto values = corpus.values(facet, doc);
                for (ValueId value : values)
                    document.add_boolean_term(filter_term(facet, value));
                if (is_multi_valued(facet))
                    document.add_value(slot_of(facet), packed(values));
                else if (!values.empty())
                    document.add_value(slot_of(facet), std::to_string(values[0]));
            }
            // Document ids start at 1 in Xapian.
            db.replace_document(doc + 1, document);
        }
        db.commit();
        db_ = std::make_unique<Xapian::Database>((folder_ / "xapian").string());
    } catch (const Xapian::Error& error) {
        return core::Error::storage("Xapian: " + error.get_description());
    }
    if (db_->get_total_length() != corpus.token_count())
        return core::Error::internal("Xapian indexed " + std::to_string(db_->get_total_length()) +
                                     " tokens where the corpus has " +
                                     std::to_string(corpus.token_count()));
    return {};
}

Xapian::Query XapianEngine::text_query(const Query& query) const {
    std::vector<Xapian::Query> all;
    for (const auto& clause : query.all)
        all.push_back(clause_query(*corpus_, clause));
    if (!query.any.empty()) {
        std::vector<Xapian::Query> any;
        for (const auto& clause : query.any)
            any.push_back(clause_query(*corpus_, clause));
        all.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
    }
    Xapian::Query text(Xapian::Query::OP_AND, all.begin(), all.end());
    for (const auto& clause : query.none)
        text = Xapian::Query(Xapian::Query::OP_AND_NOT, text, clause_query(*corpus_, clause));
    return text;
}

Xapian::Query XapianEngine::filtered(const Xapian::Query& text, const Query& query,
                                     std::optional<Facet> except) const {
    Xapian::Query result = text;
    for (Facet facet : kFacets) {
        const auto& filter = query.filters[index_of(facet)];
        if (filter.empty() || facet == except)
            continue;
        std::vector<Xapian::Query> values;
        for (ValueId value : filter)
            values.emplace_back(filter_term(facet, value));
        result = Xapian::Query(Xapian::Query::OP_FILTER, result,
                               Xapian::Query(Xapian::Query::OP_OR, values.begin(), values.end()));
    }
    return result;
}

core::Result<Answer> XapianEngine::search(const Query& query) {
    Answer answer = empty_answer(*corpus_);
    const auto everything = db_->get_doccount();
    try {
        const Xapian::Query text = text_query(query);
        // The main run: every filter, the top hits, and the facets without a selection.
        Xapian::Enquire enquire(*db_);
        enquire.set_query(filtered(text, query, std::nullopt));
        Spies spies;
        for (Facet facet : kFacets)
            if (query.filters[index_of(facet)].empty())
                spies.watch(enquire, facet, answer);
        Xapian::MSet top = enquire.get_mset(0, kTopHits, everything);
        if (top.get_matches_lower_bound() != top.get_matches_upper_bound())
            return core::Error::internal("Xapian did not count every match");
        answer.total = top.get_matches_estimated();
        for (auto hit = top.begin(); hit != top.end(); ++hit)
            answer.top.push_back(static_cast<DocId>(*hit - 1));
        spies.read_into(answer);

        // Each facet with a selection: every other filter, counted without ranking.
        for (Facet facet : kFacets) {
            if (query.filters[index_of(facet)].empty())
                continue;
            Xapian::Enquire counting(*db_);
            counting.set_query(filtered(text, query, facet));
            counting.set_weighting_scheme(Xapian::BoolWeight());
            Spies spy;
            spy.watch(counting, facet, answer);
            counting.get_mset(0, 0, everything);
            spy.read_into(answer);
        }
    } catch (const Xapian::Error& error) {
        return core::Error::storage("Xapian: " + error.get_description() + " for " +
                                    query.describe(*corpus_));
    }
    return answer;
}

}  // namespace rightstrack::bench
