// See atomic.h.
#include "atomic.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace finlint::cli {
namespace fs = std::filesystem;

bool WriteAtomically(const std::string& given, std::string_view bytes, std::string* error) {
  std::error_code ec;
  std::string path = given;
  mode_t mode;
  if (fs::exists(given, ec)) {
    path = fs::canonical(given, ec).string();
    struct stat st {};
    if (ec || stat(path.c_str(), &st) != 0) {
      *error = ec ? ec.message() : std::strerror(errno);
      return false;
    }
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  std::string tmpl = path + ".finlint-XXXXXX";
  int fd = mkstemp(tmpl.data());
  if (fd < 0) {
    *error = std::string("cannot create a temporary file: ") + std::strerror(errno);
    return false;
  }
  bool ok = true;
  size_t done = 0;
  while (ok && done < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<size_t>(n);
  }
  ok = ok && fchmod(fd, mode) == 0 && fsync(fd) == 0;
  if (!ok) *error = std::strerror(errno);
  if (close(fd) != 0 && ok) {
    ok = false;
    *error = std::strerror(errno);
  }
  if (ok && rename(tmpl.c_str(), path.c_str()) != 0) {
    ok = false;
    *error = std::strerror(errno);
  }
  if (!ok) unlink(tmpl.c_str());
  return ok;
}

}  // namespace finlint::cli
