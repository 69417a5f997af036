#include "finlint/scan/prefilter.h"

#include <catch2/catch.hpp>

#include "finlint/scan/literals.h"

using finlint::scan::LiteralIndex;
using finlint::scan::PrefilterOf;

TEST_CASE("prefilter: literals a regex needs", "[scan]") {
  CHECK(PrefilterOf("最好(的|用)").ToString() == "最好用|最好的");
  CHECK(PrefilterOf("(收益|回报)[^。！？]{0,2}最高").ToString() == "(回报|收益) & 最高");
  CHECK(PrefilterOf("分\\d+期").ToString() == "分 & 期");
  CHECK(PrefilterOf("\\d+(\\.\\d+)?%").ToString() == "%");
  CHECK(PrefilterOf("[“「『][^”」』]{2,8}[”」』]").ToString() == "(“|「|『) & (”|」|』)");
  CHECK(PrefilterOf("(的)?(保险|理财)").ToString() == "保险|理财|的保险|的理财");
  CHECK(PrefilterOf("(?P<rate>\\d分)利").ToString() == "分 & 利");
}

TEST_CASE("prefilter: what it cannot follow runs everywhere", "[scan]") {
  CHECK(PrefilterOf("a+b").ToString() == "*");             // short letters are everywhere
  CHECK(PrefilterOf("(?i)保本").ToString() == "*");        // flags
  CHECK(PrefilterOf("(保)\\1").ToString() == "*");         // back reference
  CHECK(PrefilterOf("保本|.*").ToString() == "*");         // one branch needs nothing
  CHECK(PrefilterOf("(保本").ToString() == "*");           // unbalanced
  CHECK(PrefilterOf("保{2,}本").ToString() == "保 & 本");  // repeats still need one copy
  CHECK(PrefilterOf("保?本").ToString() == "保本|本");
}

TEST_CASE("literal index: every occurrence, overlapping", "[scan]") {
  LiteralIndex::Builder builder;
  builder.Add("保本", 0);
  builder.Add("保本保息", 1);
  builder.Add("本保", 2);
  builder.Add("%", 3);
  builder.Add("💰本", 4);  // outside the BMP: found through the root's own edges
  // The index as built, and as written by the build and read back by a run, find the same.
  finlint::BinaryWriter w;
  builder.Finish().Write(&w);
  std::string data = w.Take();
  LiteralIndex read;
  finlint::BinaryReader r(data);
  REQUIRE(LiteralIndex::Read(&r, &read));
  CHECK(r.AtEnd());
  for (const LiteralIndex& index : {builder.Finish(), read}) {
    std::vector<LiteralIndex::Hit> hits;
    index.FindAll("这款保本保息，5%", &hits);
    REQUIRE(hits.size() == 4);
    CHECK(hits[0].id == 0);
    CHECK(hits[0].span.begin == 6);
    CHECK(hits[0].span.end == 12);
    CHECK(hits[1].id == 1);
    CHECK(hits[1].span.end == 18);
    CHECK(hits[2].id == 2);
    CHECK(hits[2].span.begin == 9);
    CHECK(hits[3].id == 3);
    hits.clear();
    index.FindAll("\xE4\xBF保本\xFF", &hits);  // broken bytes around a term
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].span.begin == 2);
    hits.clear();
    index.FindAll("存💰本", &hits);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].id == 4);
    CHECK(hits[0].span.begin == 3);
  }
  // Cut short, or with a node number out of range, the data is refused, not walked.
  finlint::BinaryReader cut(std::string_view(data).substr(0, data.size() - 1));
  CHECK_FALSE(LiteralIndex::Read(&cut, &read));
  std::string broken = data;
  // The first node's first edge offset (must be 0), just after first_bmp_'s count and bytes.
  size_t bmp = static_cast<unsigned char>(data[0]) | static_cast<unsigned char>(data[1]) << 8 |
               static_cast<unsigned char>(data[2]) << 16;
  broken[4 + bmp * 4 + 4] = 1;
  finlint::BinaryReader damaged(broken);
  CHECK_FALSE(LiteralIndex::Read(&damaged, &read));
}

TEST_CASE("prefilter: how long a match can be, and what it starts with", "[scan]") {
  using finlint::scan::Analyze;
  using finlint::scan::kUnbounded;
  auto starts = [](std::string_view re) {
    std::string out;
    for (const std::string& s : Analyze(re).starts) out += (out.empty() ? "" : "|") + s;
    return out;
  };
  // 收益|回报 (6) + up to two characters of any length (8) + 最高 (6).
  CHECK(Analyze("(收益|回报)[^。]{0,2}最高").max_bytes == 20);
  CHECK(starts("(收益|回报)[^。]{0,2}最高") == "回报|收益");
  CHECK(Analyze("日息\\d+(\\.\\d+)?%").max_bytes == kUnbounded);
  CHECK(Analyze("保本|保息|稳赚").max_bytes == 6);
  CHECK(Analyze("最?高").max_bytes == 6);
  CHECK(Analyze("x{2,3}").max_bytes == 3);
  CHECK(Analyze("(?i)保本").max_bytes == kUnbounded);
  // Products of the leading parts, while few; a start that may be empty is no start.
  CHECK(starts("(不|无需)(查|看)征信") == "不查征信|不看征信|无需查征信|无需看征信");
  CHECK(starts("(个人)?征信") == "个人征信|征信");
  CHECK(starts("(个人)?").empty());
  CHECK(starts("\\d+元").empty());
  CHECK(starts("[“「][^”」]{2,8}[”」]") == "“|「");
  CHECK(starts("(贷|借款)[^。]{0,20}申请|点击[^。]{0,20}贷") == "借款|点击|贷");
  CHECK(starts("(贷|借款)[^。]{0,20}申请|\\d+期").empty());
  CHECK(starts("^保本") == "保本");
}
