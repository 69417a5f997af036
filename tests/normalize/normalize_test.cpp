// Normalize: NFKC case folding with an offset map that leads back to the input bytes.
#include "finlint/normalize/normalize.h"

#include <catch2/catch.hpp>

namespace finlint::normalize {

namespace {
const Folder& F() {
  static const Folder folder = Folder::Create().value();
  return folder;
}
}  // namespace

TEST_CASE("already folded text is a view, not a copy", "[normalize]") {
  std::string_view in = "这款理财保本保息，收益3.5%";
  Folded f;
  F().Fold(in, &f);
  // The full-width comma folds, so this one is copied; a text without it is not.
  std::string_view plain = "这款理财保本保息";
  Folded g;
  F().Fold(plain, &g);
  CHECK(g.text.data() == plain.data());
}

TEST_CASE("full-width forms, case and zero-width characters fold", "[normalize]") {
  struct {
    std::string_view in, out;
  } cases[] = {
      {"０风险", "0风险"},
      {"１００％安全", "100%安全"},
      {"ＡＰＲ低至３．６％", "apr低至3.6%"},
      {"保\u200b本", "保本"},
      {"稳\u200d赚\uFEFF不\u00AD赔", "稳赚不赔"},
      {"保本\uFE0F", "保本"},
      {"TOP1", "top1"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    Folded f;
    F().Fold(c.in, &f);
    CHECK(f.text == c.out);
  }
}

TEST_CASE("folded spans map back to the original characters", "[normalize]") {
  // "０风险" : the full-width zero is 3 bytes in the input, 1 byte folded.
  std::string in = "产品０风险，保\u200b本！";
  Folded f;
  F().Fold(in, &f);
  std::string_view text = f.text;
  size_t zero = text.find("0风险");
  Span orig = f.map.Map({zero, zero + std::string_view("0风险").size()});
  CHECK(in.substr(orig.begin, orig.size()) == "０风险");

  size_t bb = text.find("保本");
  Span o2 = f.map.Map({bb, bb + std::string_view("保本").size()});
  CHECK(in.substr(o2.begin, o2.size()) == "保\u200b本");

  // Round trip of every character boundary after the changes.
  size_t bang = text.find('!');
  CHECK(in.substr(f.map.MapBegin(bang)) == "！");
}

TEST_CASE("Traditional characters fold to Simplified, positions unchanged", "[normalize]") {
  std::string in = "這款理財穩賺不賠，０風險！";
  Folded f;
  F().Fold(in, &f);
  CHECK(f.text == "这款理财稳赚不赔,0风险!");
  size_t at = f.text.find("稳赚不赔");
  Span orig = f.map.Map({at, at + std::string_view("稳赚不赔").size()});
  CHECK(in.substr(orig.begin, orig.size()) == "穩賺不賠");
  // Simplified text needs no copy.
  std::string_view plain = "这款理财稳赚不赔";
  Folded g;
  F().Fold(plain, &g);
  CHECK(g.text.data() == plain.data());
  CHECK(F().FoldString("徵信修復") == "征信修复");
}

TEST_CASE("FoldString folds rule terms the same way", "[normalize]") {
  CHECK(F().FoldString("ＮＯ．１") == "no.1");
  CHECK(F().FoldString("保本") == "保本");
}

}  // namespace finlint::normalize
