// JSON Lines: one object a line per finding — the json format's finding object with the
// file's "path" first (and its "encoding" when not UTF-8) — and one line per file that could
// not be read, {"path", "error"}. Clean files write nothing.
#include "finlint/report/json.h"

namespace finlint::report {

void WriteJsonLines(const Run& run, const Options& options, std::ostream& out) {
  for (const FileReport& f : run.files) {
    if (!f.error.empty()) {
      out << DumpJson({{"path", f.path}, {"error", f.error}}, -1) << "\n";
      continue;
    }
    LineIndex lines(f.text());
    for (const Finding& x : f.findings) {
      nlohmann::ordered_json line = {{"path", f.path}};
      if (f.encoding != "utf-8") line["encoding"] = f.encoding;
      line.update(FindingJson(f, x, lines, options));
      out << DumpJson(line, -1) << "\n";
    }
  }
}

}  // namespace finlint::report
