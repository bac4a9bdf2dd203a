// How a stancegraph process keeps the memory it frees (see process_memory.hpp).
#include "cli/process_memory.hpp"

#include <malloc.h>

namespace sg::cli {

void keep_freed_memory() {
    // Blocks up to 32 MiB (glibc's largest mmap threshold) from the heap, and free heap kept up
    // to 256 MiB. Setting either turns off glibc's own adjustment of both.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

}  // namespace sg::cli
