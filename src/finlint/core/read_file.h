// Reading a whole file: the inputs, rule packs, configurations, baselines and case files.
// Named pipes and devices are read like standard input, up to a limit, since they have no
// size; a folder is an error, not an empty file.
#pragma once

#include <cstddef>
#include <string>

namespace finlint {

struct ReadOptions {
  // Pipes, devices and standard input: more than this many bytes is an error (/dev/zero, `yes`
  // would otherwise fill memory). Regular files are read whole, whatever their size.
  size_t stream_limit = size_t{1} << 30;
  // Stop after the block that holds the first NUL byte: the input is binary and will be refused
  // at that offset, so the rest (of a disk image, of /dev/zero) need not be read.
  bool stop_at_nul = false;
};

// Reads the file at `path` into *out. On failure returns false with the reason in *error
// ("is a folder", "Permission denied" …), without the path.
bool ReadWholeFile(const std::string& path, std::string* out, std::string* error,
                   const ReadOptions& options = {});

// The same for a descriptor that is already open (standard input).
bool ReadDescriptor(int fd, std::string* out, std::string* error, const ReadOptions& options = {});

}  // namespace finlint
