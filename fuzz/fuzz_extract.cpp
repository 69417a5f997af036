// decode → extract → normalize on any bytes, as every input type and encoding (common.h:
// the first byte picks them). Errors are expected; a crash, a leak, undefined behaviour, or
// an offset map that leads outside its source text is a bug.
#include "common.h"

using namespace finlint;

namespace {

// Every code point boundary of `derived` maps into `source`, begin ≤ end.
void CheckMap(const OffsetMap& map, std::string_view derived, size_t source_size,
              const char* what) {
  size_t prev = 0;
  for (size_t i = 1; i <= derived.size(); ++i) {
    if (i < derived.size() && (static_cast<unsigned char>(derived[i]) & 0xC0) == 0x80) continue;
    Span s = map.Map({prev, i});
    fuzz::Check(s.begin <= s.end && s.end <= source_size, what);
    prev = i;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Selected in;
  if (!fuzz::Split(data, size, &in)) return 0;
  decode::Decoded decoded;
  if (!decode::Decode("fuzz", in.bytes, in.encoding, &decoded).ok()) return 0;
  fuzz::Check(decode::FindInvalidUtf8(decoded.text) == std::string_view::npos,
              "decoded text is not UTF-8");
  if (decoded.encoding != "utf-8") {
    CheckMap(decoded.map, decoded.text, in.bytes.size(), "decoded map leaves the bytes");
  }

  extract::Options options;
  options.type = in.type;
  options.fields = in.fields;
  extract::Extracted extracted;
  if (!extract::Extract("fuzz", decoded.text, options, &extracted).ok()) return 0;
  fuzz::Check(decode::FindInvalidUtf8(extracted.text) == std::string_view::npos,
              "extracted text is not UTF-8");
  CheckMap(extracted.map, extracted.text, decoded.text.size(), "extracted map leaves the text");
  for (Span d : extracted.documents) {
    fuzz::Check(d.begin <= d.end && d.end <= extracted.text.size(), "document out of range");
  }
  for (const auto& c : extracted.comments) {
    fuzz::Check(c.span.begin <= c.span.end && c.span.end <= decoded.text.size(),
                "comment out of range");
  }

  normalize::Folded folded;
  fuzz::TheFolder().Fold(extracted.text, &folded);
  fuzz::Check(decode::FindInvalidUtf8(folded.text) == std::string_view::npos,
              "folded text is not UTF-8");
  CheckMap(folded.map, folded.text, extracted.text.size(), "folded map leaves the text");
  return 0;
}
