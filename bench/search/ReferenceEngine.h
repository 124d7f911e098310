// The reference every other engine is checked against: a brute-force scan that tests each
// document's words and facet values directly, with no index. Its top hits are simply the first
// matches (it does not rank); only its total and facet counts are meant to be compared.
#pragma once

#include "Engine.h"

namespace rightstrack::bench {

class ReferenceEngine : public Engine {
public:
    std::string_view name() const override { return "reference"; }
    std::string_view ranking() const override { return "none (document order)"; }
    core::Status build(const Corpus& corpus) override;
    core::Result<Answer> search(const Query& query) override;

private:
    bool text_matches(std::span<const TermId> text, const Query& query) const;

    const Corpus* corpus_ = nullptr;
};

}  // namespace rightstrack::bench
