// NFKC_Casefold through ICU, with Edits turned into a sparse offset map.
#include "finlint/normalize/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "finlint/normalize/t2s.h"

namespace finlint::normalize {

namespace {
constexpr char32_t kT2sFirst = 0x3400, kT2sLast = 0x9FFF;  // the blocks the table covers
}  // namespace

Folder::Folder(const icu::Normalizer2* n) : nfkc_cf_(n), t2s_(kT2sLast - kT2sFirst + 1, 0) {
  for (size_t i = 0; i < kT2sSize; ++i) t2s_[kT2s[i].from - kT2sFirst] = kT2s[i].to;
}

void Folder::FoldTraditional(Folded* out) const {
  std::string_view text = out->text;
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0xE3 || b0 > 0xE9) continue;  // U+3400…U+9FFF lead bytes
    auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
    char32_t cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    if (cp < kT2sFirst || cp > kT2sLast) continue;
    char16_t to = t2s_[cp - kT2sFirst];
    if (to == 0) {
      i += 2;
      continue;
    }
    if (out->text.data() != out->owned.data()) {  // a view of the input: copy before writing
      out->owned.assign(out->text);
      out->text = out->owned;
      text = out->text;
    }
    out->owned[i] = static_cast<char>(0xE0 | (to >> 12));
    out->owned[i + 1] = static_cast<char>(0x80 | ((to >> 6) & 0x3F));
    out->owned[i + 2] = static_cast<char>(0x80 | (to & 0x3F));
    i += 2;
  }
}

Result<Folder> Folder::Create() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    return Error{"ICU", 0, 0,
                 std::string("cannot load NFKC_Casefold data: ") + u_errorName(status)};
  }
  return Folder(n);
}

void Folder::Fold(std::string_view input, Folded* out) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::StringPiece piece(input.data(), static_cast<int32_t>(input.size()));
  // Most Chinese copy is already folded: checking is cheaper than rewriting.
  if (nfkc_cf_->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    out->text = input;
    FoldTraditional(out);
    return;
  }
  status = U_ZERO_ERROR;
  out->owned.clear();
  out->owned.reserve(input.size());
  icu::StringByteSink<std::string> sink(&out->owned);
  icu::Edits edits;
  nfkc_cf_->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {  // only on allocation failure: fall back to the unfolded text
    out->owned.clear();
    out->text = input;
    FoldTraditional(out);
    return;
  }
  icu::Edits::Iterator it = edits.getCoarseChangesIterator();
  while (it.next(status)) {
    if (!it.hasChange()) continue;
    out->map.Add(static_cast<size_t>(it.destinationIndex()), static_cast<size_t>(it.sourceIndex()),
                 static_cast<size_t>(it.newLength()), static_cast<size_t>(it.oldLength()));
  }
  out->text = out->owned;
  FoldTraditional(out);
}

std::string Folder::FoldString(std::string_view s) const {
  Folded f;
  Fold(s, &f);
  return std::string(f.text);
}

}  // namespace finlint::normalize
