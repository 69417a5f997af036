// Writing a file so that a crash leaves the old content or the new, never half of either.
#pragma once

#include <string>
#include <string_view>

namespace finlint::cli {

// Writes `bytes` to `path` through a temporary file in the same folder, fsync and rename.
// An existing file keeps its permissions, and a symbolic link is written through (the file it
// names changes, the link stays); a new file gets 0666 less the umask. False with `error` set
// when anything fails; the temporary file is then removed and `path` is as it was.
bool WriteAtomically(const std::string& path, std::string_view bytes, std::string* error);

}  // namespace finlint::cli
