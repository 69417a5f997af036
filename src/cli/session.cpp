// See session.h. Most runs have one .finlint.yaml, or none: configurations, rule sets and
// linters are built on first use and shared by every input they govern.
#include "session.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "finlint/report/fingerprint.h"
#include "finlint/rules/compiled.h"

namespace finlint::cli {
namespace fs = std::filesystem;

const config::Config* Session::Get(const std::string& path) {
  auto it = configs_.find(path);
  if (it != configs_.end()) return it->second.get();
  auto c = std::make_unique<config::Config>();
  std::vector<Error> errors;
  if (!config::Load(path, c.get(), &errors)) {
    for (const Error& e : errors) std::cerr << e.ToString() << "\n";
    std::cerr << "finlint: errors in " << path << "; nothing was checked\n";
    ok_ = false;
    c.reset();
  }
  return configs_.emplace(path, std::move(c)).first->second.get();
}

const config::Config* Session::For(const std::string& file) {
  if (a_.no_config) return nullptr;
  if (!a_.config_path.empty()) return Get(a_.config_path);
  fs::path dir = file.empty() ? fs::path(".") : fs::path(file).parent_path();
  std::string key = dir.empty() ? "." : dir.string();
  auto it = dirs_.find(key);
  if (it == dirs_.end()) it = dirs_.emplace(key, config::FindFrom(key)).first;
  return it->second.empty() ? nullptr : Get(it->second);
}

Linter* Session::LinterFor(const config::Config* c) {
  auto it = linters_.find(c);
  if (it != linters_.end()) return it->second.get();
  std::unique_ptr<Linter> made;
  auto set = std::make_unique<rules::RuleSet>();
  if (LoadRules(a_.rules, set.get(), c, /*examples=*/false)) {
    auto linter = Linter::Create(*set, rules::CompiledScannerTables());
    if (linter.ok()) {
      made = std::make_unique<Linter>(std::move(linter.value()));
    } else {
      std::cerr << linter.error().ToString() << "\n";
    }
  }
  sets_.push_back(std::move(set));
  if (!made) ok_ = false;
  return linters_.emplace(c, std::move(made)).first->second.get();
}

void Session::Exclude(const std::string& path) {
  std::error_code ec;
  excluded_.push_back(fs::weakly_canonical(path, ec).string());
}

bool Session::Run(const std::function<void(size_t)>& done) {
  if (!a_.config_path.empty() && !a_.no_config && Get(a_.config_path) == nullptr) return false;
  std::vector<std::string> paths = a_.paths;
  if (paths.empty()) paths.push_back(".");
  auto skip = [&](const std::string& file) {
    if (!excluded_.empty()) {
      std::error_code ec;
      std::string canonical = fs::weakly_canonical(file, ec).string();
      if (std::find(excluded_.begin(), excluded_.end(), canonical) != excluded_.end()) return true;
    }
    const config::Config* c = For(file);
    return c != nullptr && config::Ignored(*c, file);
  };
  run_.files = ReadInputs(paths, a_.extensions, a_.stdin_filename, skip, /*defer=*/true);
  // Every configuration and rule set up front: a broken one stops the run before output.
  for (const FileReport& f : run_.files) {
    governing_.push_back(For(f.from_stdin ? "" : f.path));
    if (ok_) LinterFor(governing_.back());
    if (!ok_) return false;
  }
  // Files are read when their turn comes and, if clean, let go of once checked: a run over a
  // whole content repository holds only the files it reports on.
  std::atomic<size_t> next{0};
  // Files finish out of order; `done` hears of them in order, as the ones before finish.
  std::mutex order;
  std::vector<char> finished(done ? run_.files.size() : 0, 0);
  size_t reported = 0;
  auto finish = [&](size_t i) {
    if (!done) return;
    std::lock_guard<std::mutex> lock(order);
    finished[i] = 1;
    while (reported < finished.size() && finished[reported]) done(reported++);
  };
  auto work = [&] {
    std::map<const config::Config*, Linter> mine;  // a Linter's scratch state is per thread
    for (size_t i = next++; i < run_.files.size(); i = next++) {
      FileReport& f = run_.files[i];
      if (!f.from_stdin && f.error.empty()) ReadFile(&f);
      if (!f.error.empty()) {
        finish(i);
        continue;
      }
      auto it = mine.find(governing_[i]);
      if (it == mine.end()) {
        it = mine.emplace(governing_[i], linters_.at(governing_[i])->Clone()).first;
      }
      it->second.Check(InputFor(f), &f);
      report::AssignFingerprints(&f);
      if (f.findings.empty()) {
        std::string().swap(f.bytes);
        std::string().swap(f.converted);
      }
      finish(i);
    }
  };
  size_t jobs = a_.jobs != 0 ? a_.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min(jobs, run_.files.size());
  std::vector<std::thread> threads;
  for (size_t t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  return true;
}

InputOptions Session::InputFor(const FileReport& f) const {
  InputOptions input;
  input.type = extract::TypeForPath(f.path);
  if (a_.input_type != "auto") extract::ParseInputType(a_.input_type, &input.type);
  decode::ParseEncoding(a_.encoding, &input.encoding);
  input.fields = a_.fields;
  return input;
}

const Linter* Session::LinterForText() {
  const config::Config* c = For("");
  if (!ok_) return nullptr;
  Linter* linter = LinterFor(c);
  return ok_ ? linter : nullptr;
}

void Session::Recheck(size_t i, FileReport* report) {
  LinterFor(governing_[i])->Check(InputFor(*report), report);
  report::AssignFingerprints(report);
}

}  // namespace finlint::cli
