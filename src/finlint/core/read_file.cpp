// See read_file.h.
#include "finlint/core/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace finlint {

bool ReadDescriptor(int fd, std::string* out, std::string* error, const ReadOptions& options) {
  out->clear();
  struct stat st {};
  if (fstat(fd, &st) != 0) {
    *error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = "is a folder";
    return false;
  }
  bool regular = S_ISREG(st.st_mode);
  constexpr size_t kBlock = 1 << 16;
  // A regular file is read in one call of its size plus one byte, into exactly that much
  // room: a run keeps the bytes of every file with findings, and 64 KB of slack per post
  // would multiply its memory.
  size_t expected = regular && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  if (expected > 0) out->reserve(expected + 1);
  while (true) {
    size_t at = out->size();
    size_t want = at < expected ? expected + 1 - at : kBlock;
    out->resize(at + want);
    ssize_t n = read(fd, out->data() + at, want);
    if (n < 0 && errno == EINTR) {
      out->resize(at);
      continue;
    }
    if (n < 0) {
      *error = std::strerror(errno);
      out->resize(at);
      return false;
    }
    out->resize(at + static_cast<size_t>(n));
    if (n == 0) return true;
    if (regular && static_cast<size_t>(n) < want && out->size() >= expected) return true;
    if (options.stop_at_nul && std::memchr(out->data() + at, '\0', static_cast<size_t>(n))) {
      return true;
    }
    if (!regular && out->size() > options.stream_limit) {
      *error = "more than " + std::to_string(options.stream_limit >> 20) +
               " MiB from a pipe or device; finlint reads at most that much of one";
      return false;
    }
  }
}

bool ReadWholeFile(const std::string& path, std::string* out, std::string* error,
                   const ReadOptions& options) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = std::strerror(errno);
    return false;
  }
  bool ok = ReadDescriptor(fd, out, error, options);
  close(fd);
  return ok;
}

}  // namespace finlint
