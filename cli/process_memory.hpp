// How a stancegraph process that answers statements keeps the memory it frees.
#pragma once

namespace sg::cli {

// Keeps freed memory in the process for the next statement instead of handing it back to the
// system. By default glibc returns the top of the heap once more than a few MB of it is free and
// serves large blocks (an answer's rows) by mmap, unmapped when freed; the next statement then
// faults every page in again. At 10^6 claims that was a third of a warm `who supports P` (about
// 200 page faults a run, perf stat). Costs nothing but memory the process had used already: its
// peak is unchanged, it is only not given back (up to 256 MiB).
void keep_freed_memory();

}  // namespace sg::cli
