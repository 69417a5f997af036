// Running a helper program (git) without a shell, capturing its standard output.
#pragma once

#include <string>
#include <vector>

namespace finlint::cli {

// Runs argv[0] (found on PATH) with `argv`; stdout goes to `out`, stderr is passed through
// (or discarded when `quiet`). Returns its exit status, or -1 when it could not be started.
int RunProgram(const std::vector<std::string>& argv, std::string* out, bool quiet = false);

}  // namespace finlint::cli
