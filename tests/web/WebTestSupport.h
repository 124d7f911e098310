// What the web tests share: a store of a few recommendations to Kyrgyzstan written in a test's
// temporary folder, and the index over it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::web {

inline model::Recommendation recommendation(const std::string& paragraph, const std::string& text,
                                            const std::string& state, model::Response response) {
    model::Recommendation r;
    r.document = "A/HRC/15/2";
    r.paragraph = paragraph;
    r.text = text;
    r.recommending_states = {state};
    r.response = response;
    r.provenance.importer = "test";
    r.id = model::make_recommendation_id(r.document, paragraph, text, 0);
    return r;
}

class WebTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "web.db");
        model::ImportBatch batch;
        model::Document report;
        report.symbol = "A/HRC/15/2";
        report.state = "KGZ";
        report.session = 8;
        report.cycle = 1;
        report.date = "2010-06-16";
        batch.documents = {report};
        using model::Response;
        batch.recommendations = {
            recommendation("76.1", "Investigate all allegations of torture", "FRA", Response::Supported),
            recommendation("76.2", "Ensure that tortured detainees receive redress", "DEU", Response::Supported),
            recommendation("76.3", "Guarantee freedom of expression and of the press", "SWE", Response::Noted),
        };
        store::write(*store_, batch);
        auto searcher = index::Searcher::build(*store_);
        ASSERT_TRUE(searcher.ok()) << searcher.error().describe();
        searcher_.emplace(searcher.release_value());
    }

    testing::TempDir dir_;
    std::unique_ptr<store::Store> store_;
    std::optional<index::Searcher> searcher_;
};

}  // namespace rightstrack::web
