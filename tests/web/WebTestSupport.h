// What the web tests share: a store of a few recommendations to Kyrgyzstan written in a test's
// temporary folder, and the index over it.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>

#include "index/Searcher.h"
#include "store/StoreTestSupport.h"

namespace rightstrack::web {

class WebTest : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = store::open_store(dir_, "web.db");
        using model::Response;
        using store::report_recommendation;
        auto batch = store::kyrgyzstan_review({
            report_recommendation("76.1", "Investigate all allegations of torture", "FRA",
                                  Response::Supported),
            report_recommendation("76.2", "Ensure that tortured detainees receive redress", "DEU",
                                  Response::Supported),
            report_recommendation("76.3", "Guarantee freedom of expression and of the press",
                                  "SWE", Response::Noted),
        });
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
