// See fingerprint.h.
#include "finlint/report/fingerprint.h"

#include <cstdint>
#include <cstdio>
#include <map>

namespace finlint::report {
namespace {

// 64-bit FNV-1a: stable across platforms and releases, which std::hash is not.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::vector<std::string> Fingerprints(const FileReport& file) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const Finding& f : file.findings) {
    if (!f.fingerprint.empty()) {
      out.push_back(f.fingerprint);
      continue;
    }
    std::string key = f.rule->id + '\x1f' + f.matched;
    int occurrence = seen[key]++;
    key += '\x1f' + std::to_string(occurrence);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(key)));
    out.emplace_back(hex);
  }
  return out;
}

void AssignFingerprints(FileReport* file) {
  for (Finding& f : file->findings) f.fingerprint.clear();
  std::vector<std::string> prints = Fingerprints(*file);
  for (size_t i = 0; i < prints.size(); ++i) file->findings[i].fingerprint = std::move(prints[i]);
}

}  // namespace finlint::report
