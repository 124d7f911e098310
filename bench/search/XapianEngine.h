// Peer: Xapian 1.4. Terms go in with add_posting at their positions; facet values in value
// slots (single-valued: the id as text, counted by ValueCountMatchSpy; multi-valued: ids packed
// four bytes each, counted by MultiValueCountSpy) and as boolean terms for filters. A facet with
// a selection needs a run of its own without that selection, as Xapian users do it; every run
// asks to check every document so that the spies see all matches. Top hits by BM25Weight.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <memory>

#include "Engine.h"

namespace rightstrack::bench {

class XapianEngine : public Engine {
public:
    explicit XapianEngine(std::filesystem::path folder) : folder_(std::move(folder)) {}
    std::string_view name() const override { return "xapian"; }
    std::string_view ranking() const override { return "BM25Weight"; }
    core::Status build(const Corpus& corpus) override;
    core::Result<Answer> search(const Query& query) override;

private:
    Xapian::Query text_query(const Query& query) const;
    Xapian::Query filtered(const Xapian::Query& text, const Query& query,
                           std::optional<Facet> except) const;

    std::filesystem::path folder_;
    std::unique_ptr<Xapian::Database> db_;
    const Corpus* corpus_ = nullptr;
};

}  // namespace rightstrack::bench
