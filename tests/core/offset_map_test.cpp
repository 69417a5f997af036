// OffsetMap: sparse segments, jumps and length changes map back exactly.
#include "finlint/core/offset_map.h"

#include <catch2/catch.hpp>

namespace finlint {

TEST_CASE("an empty map is the identity", "[offset_map]") {
  OffsetMap m;
  CHECK(m.MapBegin(0) == 0);
  CHECK(m.MapEnd(17) == 17);
  CHECK(m.segments() == 0);
}

TEST_CASE("a shrinking segment maps its inside to its edges", "[offset_map]") {
  // Source "ab&amp;cd" → derived "ab&cd": derived [2,3) came from source [2,7).
  OffsetMap m;
  m.Add(2, 2, 1, 5);
  CHECK(m.MapBegin(1) == 1);
  CHECK(m.MapBegin(2) == 2);
  CHECK(m.MapEnd(3) == 7);
  CHECK(m.MapBegin(3) == 7);  // 'c'
  CHECK(m.MapEnd(5) == 9);
}

TEST_CASE("a removed character keeps both sides exact", "[offset_map]") {
  // Source "保\u200b本" (3+3+3 bytes) → derived "保本": the ZWSP is a deletion.
  OffsetMap m;
  m.Add(3, 3, 0, 3);
  CHECK(m.MapBegin(0) == 0);
  CHECK(m.MapEnd(3) == 3);
  CHECK(m.MapBegin(3) == 6);
  CHECK(m.MapEnd(6) == 9);
  CHECK(m.Map({0, 6}) == Span{0, 9});  // a span over the deletion covers it
}

TEST_CASE("jumps model skipped markup; an end never maps past a jump", "[offset_map]") {
  // Derived "ab" + "cd" from source runs at 10 and 40.
  OffsetMap m;
  m.Add(0, 10, 0, 0);
  m.Add(2, 40, 0, 0);
  CHECK(m.MapBegin(0) == 10);
  CHECK(m.MapEnd(2) == 12);  // end of "ab", not the start of "cd"
  CHECK(m.MapBegin(2) == 40);
  CHECK(m.MapEnd(4) == 42);
  CHECK(m.segments() == 2);
}

TEST_CASE("segments that continue the mapping are not stored", "[offset_map]") {
  OffsetMap m;
  m.Add(0, 0, 0, 0);
  m.Add(5, 5, 3, 3);
  CHECK(m.segments() == 0);
}

}  // namespace finlint
