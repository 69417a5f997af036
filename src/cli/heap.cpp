// See heap.h.
#include "heap.h"

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstdlib>

// A sanitizer's allocator owns the heap: nothing to fault in. GCC names it one way, clang the
// other.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FINLINT_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define FINLINT_SANITIZED 1
#endif
#endif

namespace finlint::cli {

void PrefaultHeap(size_t bytes) {
#if defined(__GLIBC__) && defined(MADV_POPULATE_WRITE) && !defined(FINLINT_SANITIZED)
  // The block must come from the heap, not a mapping of its own, and stay with the heap once
  // freed. Thresholds just above it: glibc's adaptive ones (up to 32 and 64 MB) kept 8 MB
  // more over 40,000 posts.
  auto threshold = static_cast<int>(std::min<size_t>(bytes, 256 << 20));
  mallopt(M_MMAP_THRESHOLD, 2 * threshold);
  mallopt(M_TRIM_THRESHOLD, 4 * threshold);
  void* block = std::malloc(bytes);
  if (block == nullptr) return;
  auto page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  uintptr_t begin = (reinterpret_cast<uintptr_t>(block) + page - 1) & ~(page - 1);
  uintptr_t end = (reinterpret_cast<uintptr_t>(block) + bytes) & ~(page - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
  std::free(block);
#else
  (void)bytes;
#endif
}

}  // namespace finlint::cli
