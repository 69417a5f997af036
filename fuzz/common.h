// Shared by the libFuzzer targets: how the first byte of an input picks the input type,
// the encoding and the JSON fields, the builtin rules loaded once per process, and checks
// that stop the fuzzer (as a crash) when an invariant breaks.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "finlint/decode/decode.h"
#include "finlint/extract/extract.h"
#include "finlint/normalize/normalize.h"
#include "finlint/rules/rules.h"

namespace finlint::fuzz {

// An input is one selector byte and the file's bytes. The selector is read modulo 30:
// type = s % 5 (text, markdown, html, json, jsonl), encoding = s / 5 % 3 (auto, utf-8,
// gb18030), and s / 15 % 2 chooses JSON fields (every string, or content,post.body,tags).
struct Selected {
  extract::InputType type = extract::InputType::kText;
  decode::Encoding encoding = decode::Encoding::kAuto;
  std::vector<std::string> fields;
  std::string_view bytes;
};

inline bool Split(const uint8_t* data, size_t size, Selected* out) {
  if (size == 0) return false;
  const unsigned s = data[0];
  out->type = static_cast<extract::InputType>(s % 5);
  out->encoding = static_cast<decode::Encoding>(s / 5 % 3);
  if (s / 15 % 2 == 1) out->fields = {"content", "post.body", "tags"};
  out->bytes = std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1);
  return true;
}

// A broken invariant: print why and abort, which libFuzzer records as a crash.
[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "finlint fuzz invariant broken: %s\n", what);
  std::abort();
}
inline void Check(bool ok, const char* what) {
  if (!ok) Fail(what);
}

inline std::string_view Text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

inline const normalize::Folder& TheFolder() {
  static const normalize::Folder* folder = [] {
    auto f = normalize::Folder::Create();
    if (!f.ok()) Fail("normalize::Folder::Create");
    return new normalize::Folder(std::move(f.value()));
  }();
  return *folder;
}

// The builtin categories alone, or with the builtin packs: built once, kept for the process.
inline const rules::RuleSet& Builtin(bool with_packs) {
  static const auto load = [](bool packs) {
    auto* set = new rules::RuleSet();
    std::vector<Error> errors;
    rules::LoadOptions options;
    options.builtin = packs;
    if (packs) {
      if (!rules::Load(options, TheFolder(), set, &errors)) Fail("builtin rules");
    } else {
      rules::EmbeddedFile cats = rules::BuiltinCategories();
      if (!rules::LoadCategories(cats.path, cats.text, set, &errors)) Fail("builtin categories");
    }
    return set;
  };
  static const rules::RuleSet* categories = load(false);
  static const rules::RuleSet* full = load(true);
  return with_packs ? *full : *categories;
}

}  // namespace finlint::fuzz
