// A recommendation given by the document's own file (a Working Group report) and by a source that
// only describes it (an OHCHR matrix): one record, the report's, with the matrix's labels and
// position, whichever is imported first; a matrix row the report lacks stays its own record.
#include <gtest/gtest.h>

#include "StoreTestSupport.h"

namespace rightstrack::store {
namespace {

using model::Response;

model::Recommendation item(const std::string& paragraph, const std::string& text,
                           std::vector<std::string> states, const std::string& importer) {
    model::Recommendation r;
    r.document = "A/HRC/44/9";
    r.paragraph = paragraph;
    r.text = text;
    r.id = model::make_recommendation_id(importer + ":" + r.document, paragraph,
                                         text + states.front(), 0);
    r.recommending_states = std::move(states);
    r.response_source = r.document;
    r.provenance.importer = importer;
    return r;
}

model::Document report_document() {
    model::Document d;
    d.symbol = "A/HRC/44/9";
    d.state = "KGZ";
    d.session = 35;
    d.cycle = 3;
    return d;
}

model::ImportBatch report() {
    model::ImportBatch batch;
    auto d = report_document();
    d.title = "Report of the Working Group";
    d.sha256 = std::string(64, 'f');
    batch.documents = {d};
    batch.recommendations = {item("114.1", "Ratify the Optional Protocol", {"NOR"}, "report"),
                             item("114.2", "Abolish the death penalty", {"ESP"}, "report"),
                             item("114.2", "Abolish the death penalty", {"BEL"}, "report")};
    return batch;
}

model::ImportBatch matrix() {
    model::ImportBatch batch;
    auto d = report_document();
    d.title = "Thematic list of recommendations";
    batch.documents = {d};
    auto a = item("114.1", "Ratify the OP-CAT", {"NOR"}, "matrix");
    a.labels = {{"issues", "Justice"}};
    a.response = Response::Supported;
    a.response_source = "A/HRC/44/9/Add.1";
    auto b = item("114.2", "Abolish the death penalty", {"ESP", "BEL"}, "matrix");
    b.labels = {{"issues", "Death penalty"}};
    auto c = item("114.9", "Protect journalists", {"FRA"}, "matrix");
    batch.recommendations = {a, b, c};
    return batch;
}

// "id paragraph States response source labels text" of every stored recommendation.
std::vector<std::string> stored(Store& store) {
    std::vector<std::string> out;
    auto scanned = store.scan(ScanOrder::Export, [&](const model::Recommendation& r,
                                                     const model::Document& d) {
        std::string line = r.id + " " + r.paragraph + " ";
        for (const auto& s : r.recommending_states)
            line += s + ",";
        line += " " + std::string(model::response_code(r.response)) + " " + r.response_source;
        for (const auto& label : r.labels)
            line += " " + label.code;
        out.push_back(line + " | " + r.text + " | " + d.title);
        return core::Status();
    });
    EXPECT_TRUE(scanned.ok()) << scanned.error().describe();
    return out;
}

TEST(SourceMerge, EitherOrderGivesTheReportsRecordsWithTheMatrixsLabelsAndPositions) {
    testing::TempDir dir;
    auto report_first = open_store(dir, "a.db");
    write(*report_first, report());
    write(*report_first, matrix());
    auto matrix_first = open_store(dir, "b.db");
    write(*matrix_first, matrix());
    write(*matrix_first, report());
    auto a = stored(*report_first);
    EXPECT_EQ(a, stored(*matrix_first));
    ASSERT_EQ(a.size(), 4u);
    auto own = report().recommendations;
    EXPECT_EQ(a[0], own[0].id + " 114.1 NOR, supported A/HRC/44/9/Add.1 Justice | "
                                "Ratify the Optional Protocol | Report of the Working Group");
    EXPECT_NE(a[1].find("pending A/HRC/44/9 Death penalty | Abolish"), std::string::npos) << a[1];
    EXPECT_NE(a[2].find("pending A/HRC/44/9 Death penalty | Abolish"), std::string::npos) << a[2];
    EXPECT_NE(a[3].find("114.9 FRA, pending A/HRC/44/9 | Protect journalists"), std::string::npos)
        << a[3];
}

TEST(SourceMerge, ReimportingEitherChangesNothing) {
    testing::TempDir dir;
    auto store = open_store(dir, "c.db");
    write(*store, matrix());
    write(*store, report());
    auto before = stored(*store);
    auto again = write(*store, matrix());
    EXPECT_EQ(again.added + again.updated, 0);
    again = write(*store, report());
    EXPECT_EQ(again.added + again.updated, 0);
    EXPECT_EQ(stored(*store), before);
}

}  // namespace
}  // namespace rightstrack::store
