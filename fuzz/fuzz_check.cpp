// A whole `finlint check` of one input with the builtin rules (loaded once): the library
// path the CLI's Session takes (Linter::Check, then fingerprints), then every report format.
// The machine formats must stay valid JSON whatever the input held.
#include <nlohmann/json.hpp>
#include <sstream>

#include "common.h"
#include "finlint/lint/lint.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/report.h"

using namespace finlint;

namespace {

Linter& TheLinter() {
  static Linter* linter = [] {
    auto l = Linter::Create(fuzz::Builtin(true));
    if (!l.ok()) fuzz::Fail("Linter::Create");
    return new Linter(std::move(l.value()));
  }();
  return *linter;
}

void CheckJson(std::string_view text, const char* what) {
  fuzz::Check(nlohmann::json::accept(text), what);
}

void CheckJsonLines(const std::string& text, const char* what) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) CheckJson(line, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Selected in;
  if (!fuzz::Split(data, size, &in)) return 0;
  static const char* kNames[] = {"post.txt", "post.md", "post.html", "posts.json", "posts.jsonl"};
  report::Run run;
  FileReport& file = run.files.emplace_back();
  file.path = kNames[static_cast<int>(in.type)];
  file.bytes = std::string(in.bytes);
  InputOptions input;
  input.type = in.type;
  input.encoding = in.encoding;
  input.fields = in.fields;
  TheLinter().Check(input, &file);
  report::AssignFingerprints(&file);
  for (const Finding& f : file.findings) {
    fuzz::Check(f.span.begin <= f.span.end && f.span.end <= file.bytes.size(),
                "finding outside the file");
    fuzz::Check(f.in_text.begin <= f.in_text.end && f.in_text.end <= file.text().size(),
                "finding outside the decoded text");
  }

  report::Options options;
  options.version = "fuzz";
  options.source_root = "/fuzz";
  options.working_dir = "/fuzz";
  for (const report::Format& format : report::Formats()) {
    std::ostringstream out;
    format.write(run, options, out);
    const std::string name(format.name);
    if (name == "json" || name == "sarif" || name == "gitlab") {
      CheckJson(out.str(), "a JSON report is not valid JSON");
    } else if (name == "jsonl" || name == "rdjsonl") {
      CheckJsonLines(out.str(), "a JSON Lines report has a line that is not JSON");
    }
  }
  return 0;
}
