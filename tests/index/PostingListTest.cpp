// Posting lists: varints, documents and positions read back as written, and cursors that skip
// whole blocks to a target document without losing their place in the positions.
#include <gtest/gtest.h>

#include "index/PostingList.h"
#include "index/VarInt.h"

namespace rightstrack::index {
namespace {

TEST(VarInt, RoundTripsSmallAndLargeValues) {
    std::vector<std::uint32_t> values = {0, 1, 127, 128, 300, 16383, 16384, 0xffffffffu};
    std::vector<std::uint8_t> bytes;
    for (auto value : values)
        put_varint(bytes, value);
    EXPECT_EQ(bytes.size(), 1u + 1 + 1 + 2 + 2 + 2 + 3 + 5);
    const std::uint8_t* at = bytes.data();
    for (auto value : values)
        EXPECT_EQ(get_varint(at), value);
    EXPECT_EQ(at, bytes.data() + bytes.size());
    at = bytes.data();
    skip_varints(at, 4);
    EXPECT_EQ(get_varint(at), 300u);
}

// Document d (every third id) holds the term at positions d % 5, d % 5 + 7, ... (d % 4 + 1 of
// them), so that every posting is told apart.
std::vector<std::uint32_t> positions_of(DocId doc) {
    std::vector<std::uint32_t> positions;
    for (std::uint32_t i = 0; i <= doc % 4; ++i)
        positions.push_back(doc % 5 + 7 * i);
    return positions;
}

PostingList three_blocks_and_more() {
    PostingList list;
    for (DocId doc = 0; doc < 3 * 1000; doc += 3)
        list.append(doc, positions_of(doc));
    return list;
}

TEST(PostingList, ReadsBackEveryDocumentFrequencyAndPosition) {
    PostingList list = three_blocks_and_more();
    EXPECT_EQ(list.size(), 1000u);
    auto cursor = list.cursor();
    for (DocId doc = 0; doc < 3000; doc += 3) {
        ASSERT_TRUE(cursor.valid());
        EXPECT_EQ(cursor.doc(), doc);
        EXPECT_EQ(cursor.frequency(), doc % 4 + 1);
        // Positions are read for some documents only: the others must be skipped correctly.
        if (doc % 2 == 0) {
            auto positions = cursor.positions();
            EXPECT_EQ(std::vector<std::uint32_t>(positions.begin(), positions.end()),
                      positions_of(doc));
        }
        cursor.next();
    }
    EXPECT_FALSE(cursor.valid());
}

TEST(PostingList, AdvanceSkipsBlocksAndLandsOnTheNextDocument) {
    PostingList list = three_blocks_and_more();
    auto cursor = list.cursor();
    ASSERT_TRUE(cursor.advance_to(1));  // Not listed: the next one is 3.
    EXPECT_EQ(cursor.doc(), 3u);
    ASSERT_TRUE(cursor.advance_to(3 * 400 + 1));  // Several blocks ahead.
    EXPECT_EQ(cursor.doc(), 3u * 401);
    auto positions = cursor.positions();
    EXPECT_EQ(std::vector<std::uint32_t>(positions.begin(), positions.end()),
              positions_of(3 * 401));
    ASSERT_TRUE(cursor.advance_to(5));  // Never backwards.
    EXPECT_EQ(cursor.doc(), 3u * 401);
    ASSERT_TRUE(cursor.advance_to(3 * 999));
    EXPECT_EQ(cursor.doc(), 3u * 999);
    EXPECT_EQ(cursor.frequency(), 3u * 999 % 4 + 1);
    EXPECT_FALSE(cursor.advance_to(3 * 999 + 1));
}

TEST(PostingList, EmptyListHasNoDocuments) {
    PostingList list;
    EXPECT_TRUE(list.empty());
    EXPECT_FALSE(list.cursor().valid());
    EXPECT_FALSE(list.cursor().advance_to(0));
}

}  // namespace
}  // namespace rightstrack::index
