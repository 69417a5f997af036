// NFKC_Casefold through ICU, with Edits turned into a sparse offset map.
#include "finlint/normalize/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

namespace finlint::normalize {

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
    return;
  }
  icu::Edits::Iterator it = edits.getCoarseChangesIterator();
  while (it.next(status)) {
    if (!it.hasChange()) continue;
    out->map.Add(static_cast<size_t>(it.destinationIndex()), static_cast<size_t>(it.sourceIndex()),
                 static_cast<size_t>(it.newLength()), static_cast<size_t>(it.oldLength()));
  }
  out->text = out->owned;
}

std::string Folder::FoldString(std::string_view s) const {
  Folded f;
  Fold(s, &f);
  return std::string(f.text);
}

}  // namespace finlint::normalize
