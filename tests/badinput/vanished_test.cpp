// A file that disappears, or turns into a folder, between the folder walk that lists it and
// its reading: an error naming it, and the files around it are still read and checked. The
// walk's `skip` callback runs for each file as it is listed, before any is read, so it can
// delete one deterministically.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "cli/cli.h"
#include "finlint/normalize/normalize.h"

namespace fs = std::filesystem;
using namespace finlint;

namespace {

void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

}  // namespace

TEST_CASE("a file deleted after the walk listed it is an error; the others are checked") {
  fs::path dir = fs::temp_directory_path() / ("finlint-vanished-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string post = "这款理财保本保息，稳赚不赔！\n";
  Write(dir / "a.txt", post);
  Write(dir / "b.txt", post);
  Write(dir / "c.txt", post);
  Write(dir / "d.txt", post);

  std::vector<std::string> listed;
  std::vector<FileReport> files =
      cli::ReadInputs({dir.string()}, {"txt"}, "<stdin>", [&](const std::string& path) {
        listed.push_back(path);
        if (fs::path(path).filename() == "b.txt") fs::remove(path);
        if (fs::path(path).filename() == "c.txt") {
          fs::remove(path);
          fs::create_directory(path);
        }
        return false;
      });
  REQUIRE(listed.size() == 4);
  REQUIRE(files.size() == 4);
  CHECK(files[0].error.empty());
  CHECK(files[0].bytes == post);
  CHECK(files[1].path == (dir / "b.txt").string());
  CHECK(files[1].error == (dir / "b.txt").string() + ": cannot read: No such file or directory");
  CHECK(files[2].error == (dir / "c.txt").string() + ": cannot read: is a folder");
  CHECK(files[3].error.empty());

  // The files that were read are checked as usual.
  auto folder = normalize::Folder::Create();
  REQUIRE(folder.ok());
  rules::RuleSet set;
  std::vector<Error> errors;
  rules::LoadOptions options;
  options.builtin = false;
  options.dirs = {FINLINT_BADINPUT_RULES};
  REQUIRE(rules::Load(options, folder.value(), &set, &errors));
  auto linter = Linter::Create(set);
  REQUIRE(linter.ok());
  for (size_t i : {0, 3}) {
    linter.value().Check(extract::InputType::kText, &files[i]);
    REQUIRE(files[i].findings.size() == 1);
    CHECK(files[i].findings[0].rule->id == "guaranteed-return/principal");
    CHECK(files[i].findings[0].span.begin == 12);
  }
  fs::remove_all(dir);
}

TEST_CASE("a file deleted after a deferred listing is an error when its turn comes") {
  // check lists every input first and reads each when a thread takes it (ReadInputs with
  // `defer`, then ReadFile): the window is longer, the outcome the same.
  fs::path dir = fs::temp_directory_path() / ("finlint-deferred-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  Write(dir / "a.txt", "保本\n");
  Write(dir / "b.txt", "保本\n");
  std::vector<FileReport> files =
      cli::ReadInputs({dir.string()}, {"txt"}, "<stdin>", {}, /*defer=*/true);
  REQUIRE(files.size() == 2);
  fs::remove(dir / "b.txt");
  for (FileReport& f : files) cli::ReadFile(&f);
  CHECK(files[0].error.empty());
  CHECK(files[0].bytes == "保本\n");
  CHECK(files[1].error == (dir / "b.txt").string() + ": cannot read: No such file or directory");
  fs::remove_all(dir);
}
