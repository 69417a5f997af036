// Stage 3: text → folded text, the only form rules match. Unicode NFKC with case folding:
// full-width forms become ASCII (０风险 → 0风险, ＡＰＲ → apr), letters become lower case,
// zero-width characters, soft hyphens and variation selectors are removed; then Traditional
// characters become Simplified (穩賺不賠 → 稳赚不赔) through a table generated from OpenCC.
// An offset map leads every folded position back to the input.
#pragma once

#include <unicode/uversion.h>

#include <string>
#include <string_view>
#include <vector>

#include "finlint/core/offset_map.h"
#include "finlint/core/result.h"

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace finlint::normalize {

struct Folded {
  std::string_view text;  // folded text: a view into `owned` or, when nothing changed, the input
  std::string owned;
  OffsetMap map;  // folded offsets → input offsets

  Folded() = default;
  Folded(const Folded&) = delete;
  Folded& operator=(const Folded&) = delete;
};

// Built once per run; immutable and shareable across threads.
class Folder {
 public:
  static Result<Folder> Create();

  // Folds valid UTF-8. `input` must outlive `out` (it may be viewed, not copied).
  void Fold(std::string_view input, Folded* out) const;
  // Folds a short string (a rule term) and returns a copy.
  std::string FoldString(std::string_view s) const;

 private:
  explicit Folder(const icu::Normalizer2* n);
  // Rewrites Traditional characters in place (the table keeps UTF-8 lengths), copying a viewed
  // text into `out->owned` first when it has any.
  void FoldTraditional(Folded* out) const;

  const icu::Normalizer2* nfkc_cf_;  // owned by ICU, lives for the process
  std::vector<char16_t> t2s_;        // Simplified form of U+3400… U+9FFF, 0 when unchanged
};

}  // namespace finlint::normalize
