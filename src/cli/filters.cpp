// See filters.h.
#include "filters.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "atomic.h"
#include "finlint/core/read_file.h"
#include "finlint/report/fingerprint.h"
#include "process.h"

namespace finlint::cli {
namespace fs = std::filesystem;

namespace {

constexpr int kBaselineVersion = 1;

// `file` relative to `dir`, with '/' separators; `file` itself when it lies outside.
std::string RelativeTo(const std::string& file, const fs::path& dir) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(file, ec), ec);
  fs::path rel = abs.lexically_relative(fs::weakly_canonical(dir, ec));
  if (rel.empty() || *rel.begin() == "..") return abs.generic_string();
  return rel.generic_string();
}

fs::path FolderOf(const std::string& path) {
  std::error_code ec;
  return fs::absolute(path, ec).lexically_normal().parent_path();
}

// A path as git prints it: as is, or in C quotes with octal escapes ("b/a\tb.md") when it
// holds control characters, quotes or backslashes.
std::string Unquote(std::string_view s) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return std::string(s);
  std::string out;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != '\\' || i + 2 >= s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c >= '0' && c <= '7' && i + 2 < s.size()) {
      out += static_cast<char>(((c - '0') << 6) | ((s[i + 1] - '0') << 3) | (s[i + 2] - '0'));
      i += 2;
    } else {
      out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
  }
  return out;
}

template <typename Keep>
void KeepFindings(report::Run* run, Keep keep) {
  for (size_t i = 0; i < run->files.size(); ++i) {
    FileReport& f = run->files[i];
    std::vector<std::string> prints = report::Fingerprints(f);
    std::vector<Finding> kept;
    for (size_t k = 0; k < f.findings.size(); ++k) {
      if (keep(f, f.findings[k], prints[k])) kept.push_back(std::move(f.findings[k]));
    }
    f.findings = std::move(kept);
  }
}

}  // namespace

bool WriteBaseline(const report::Run& run, const std::string& path) {
  fs::path dir = FolderOf(path);
  nlohmann::ordered_json doc;
  doc["tool"] = "finlint";
  doc["baseline"] = kBaselineVersion;
  doc["findings"] = nlohmann::ordered_json::array();
  for (const FileReport& f : run.files) {
    std::vector<std::string> prints = report::Fingerprints(f);
    std::string rel = f.from_stdin ? f.path : RelativeTo(f.path, dir);
    for (size_t k = 0; k < f.findings.size(); ++k) {
      const Finding& x = f.findings[k];
      nlohmann::ordered_json e;
      e["path"] = rel;
      e["rule"] = x.rule->id;
      e["fingerprint"] = prints[k];
      e["text"] = f.bytes.substr(x.span.begin, x.span.size());
      doc["findings"].push_back(std::move(e));
    }
  }
  std::string error;
  if (!WriteAtomically(
          path, doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", &error)) {
    std::cerr << "finlint: cannot write " << path << ": " << error << "\n";
    return false;
  }
  return true;
}

bool ApplyBaseline(const std::string& path, report::Run* run) {
  std::string text, error;
  if (!ReadWholeFile(path, &text, &error)) {
    std::cerr << "finlint: " << path << ": cannot read the baseline: " << error << "\n";
    return false;
  }
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("tool", "") != "finlint" ||
      !doc.contains("findings") || !doc["findings"].is_array()) {
    std::cerr << "finlint: " << path
              << ": not a finlint baseline (write one with 'finlint baseline -o FILE')\n";
    return false;
  }
  std::set<std::pair<std::string, std::string>> known;  // (path, fingerprint)
  for (const auto& e : doc["findings"]) {
    if (!e.is_object() || !e.contains("path") || !e.contains("fingerprint") ||
        !e["path"].is_string() || !e["fingerprint"].is_string()) {
      std::cerr << "finlint: " << path << ": a baseline entry lacks path or fingerprint\n";
      return false;
    }
    known.insert({e["path"].get<std::string>(), e["fingerprint"].get<std::string>()});
  }
  fs::path dir = FolderOf(path);
  KeepFindings(run, [&](const FileReport& f, const Finding&, const std::string& print) {
    std::string rel = f.from_stdin ? f.path : RelativeTo(f.path, dir);
    return known.count({rel, print}) == 0;
  });
  return true;
}

namespace {

// What changed in one work tree since a revision: added or changed lines of the new side by
// path relative to its top, and the untracked files.
struct TreeChanges {
  std::map<std::string, std::vector<std::pair<int, int>>> lines;
  std::set<std::string> untracked;
};

// The top of the git work tree holding `dir`, or "" (git's complaint discarded).
std::string TopOf(const fs::path& dir) {
  std::string top;
  if (RunProgram({"git", "-C", dir.string(), "rev-parse", "--show-toplevel"}, &top, true) != 0) {
    return "";
  }
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  return top;
}

bool LoadChanges(const std::string& top, const std::string& ref, TreeChanges* out) {
  std::string diff;
  // Fixed prefixes whatever the user's diff.noprefix/mnemonicPrefix; core.quotepath=false so
  // Chinese file names come out as they are, not as \346\226\207.
  int rc =
      RunProgram({"git", "-C", top, "-c", "core.quotepath=false", "diff", "--no-color",
                  "--no-ext-diff", "--no-textconv", "--no-relative", "--unified=0", "--no-renames",
                  "--src-prefix=a/", "--dst-prefix=b/", ref + "^{commit}", "--"},
                 &diff);
  if (rc != 0) {
    std::cerr << "finlint: --diff-base " << ref << ": git diff failed (unknown revision?)\n";
    return false;
  }
  std::string current;
  bool header = false;  // between "diff --git" and the first hunk: "+++ " names the file
  for (size_t at = 0; at < diff.size();) {
    size_t nl = diff.find('\n', at);
    if (nl == std::string::npos) nl = diff.size();
    std::string_view line(diff.data() + at, nl - at);
    at = nl + 1;
    if (line.rfind("diff --git ", 0) == 0) {
      header = true;
      current.clear();
    } else if (header && line.rfind("+++ ", 0) == 0) {
      std::string_view name = line.substr(4);
      if (!name.empty() && name.back() == '\t') name.remove_suffix(1);  // after a name with spaces
      std::string path = Unquote(name);
      current = path.rfind("b/", 0) == 0 ? path.substr(2) : std::string();
      if (!current.empty()) out->lines[current];
    } else if (line.rfind("@@ ", 0) == 0) {
      header = false;
      if (current.empty()) continue;
      // @@ -a[,b] +c[,d] @@: d new lines from line c (d defaults to 1; 0 is a deletion).
      size_t plus = line.find(" +");
      if (plus == std::string_view::npos) continue;
      int start = 0, count = 1;
      std::string spec(line.substr(plus + 2, line.find(' ', plus + 2) - plus - 2));
      if (std::sscanf(spec.c_str(), "%d,%d", &start, &count) < 1) continue;
      if (count > 0) out->lines[current].push_back({start, start + count - 1});
    }
  }
  std::string untracked;
  RunProgram({"git", "-C", top, "ls-files", "--others", "--exclude-standard", "-z"}, &untracked);
  for (size_t at = 0; at < untracked.size();) {
    size_t z = untracked.find('\0', at);
    if (z == std::string::npos) z = untracked.size();
    out->untracked.insert(untracked.substr(at, z - at));
    at = z + 1;
  }
  return true;
}

}  // namespace

bool ApplyDiffBase(const std::string& ref, report::Run* run) {
  if (ref.empty() || ref[0] == '-') {
    std::cerr << "finlint: --diff-base " << ref << ": not a git revision\n";
    return false;
  }
  // Each file against its own work tree (a run may name files of several).
  std::map<std::string, std::string> tops;                    // folder → top ("" none)
  std::map<std::string, std::unique_ptr<TreeChanges>> trees;  // top → changes
  for (FileReport& f : run->files) {
    if (f.from_stdin) {
      f.findings.clear();  // standard input has no history: nothing in it is on a changed line
      continue;
    }
    fs::path dir = FolderOf(f.path);
    auto t = tops.find(dir.string());
    if (t == tops.end()) t = tops.emplace(dir.string(), TopOf(dir)).first;
    if (t->second.empty()) {
      std::cerr << "finlint: --diff-base: " << f.path << " is not in a git work tree\n";
      return false;
    }
    auto it = trees.find(t->second);
    if (it == trees.end()) {
      auto changes = std::make_unique<TreeChanges>();
      if (!LoadChanges(t->second, ref, changes.get())) return false;
      it = trees.emplace(t->second, std::move(changes)).first;
    }
    const TreeChanges& tree = *it->second;
    if (f.findings.empty()) continue;
    std::string rel = RelativeTo(f.path, fs::path(t->second));
    if (tree.untracked.count(rel) != 0) continue;  // a new file: every line is new
    auto lines = tree.lines.find(rel);
    if (lines == tree.lines.end() || lines->second.empty()) {
      f.findings.clear();  // unchanged since ref
      continue;
    }
    report::LineIndex index(f.text());
    std::vector<Finding> kept;
    for (Finding& x : f.findings) {
      bool keep = x.rule->scope == rules::Scope::kDocument;
      int first = index.At(x.in_text.begin).line;
      int last =
          index.At(x.in_text.end > x.in_text.begin ? x.in_text.end - 1 : x.in_text.begin).line;
      for (const auto& [b, e] : lines->second) keep = keep || (first <= e && b <= last);
      if (keep) kept.push_back(std::move(x));
    }
    f.findings = std::move(kept);
  }
  return true;
}

}  // namespace finlint::cli
