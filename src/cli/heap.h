// Start-up cost of the heap.
#pragma once

#include <cstddef>

namespace finlint::cli {

// Faults in the first `bytes` of the heap with one system call. A check's start-up allocates
// about 1 MB (the rules, the scanner) in small pieces, and each fresh page would otherwise
// trap on first write: on a virtual machine, where a trap costs 10 µs or more, that was a
// quarter of checking one small post. A no-op where the kernel (before 5.14), the C library
// or a sanitizer's allocator do not allow it.
void PrefaultHeap(size_t bytes);

}  // namespace finlint::cli
