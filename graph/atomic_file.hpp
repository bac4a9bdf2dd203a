// Writing a file so that readers only ever see the old content or the complete new content.
//
// A crash, a full disk or an exception while writing must never leave a half-written snapshot
// (or export) where a good one was: the content goes to a temporary file in the same folder,
// which is flushed to the disk and then renamed over the target in one step.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>

namespace sg {

// Calls fill(out) with a stream onto a new temporary file next to `path` (same folder, unique
// name, mode 0666 minus the umask), then flushes and fsyncs it, closes it, renames it over `path`
// and fsyncs the folder so the rename itself survives a crash.
// On any failure (cannot create, write, flush, sync, close or rename; or fill throws) the
// temporary file is removed and `path` is left exactly as it was. Failures of the file system
// throw sg::FileError naming the path and the system's reason; an exception thrown by fill is
// passed on unchanged. A process killed mid-save (SIGKILL, power cut) cannot remove its
// temporary file ".NAME.tmp-PID-..."; the next successful save of NAME removes those whose PID is
// no longer running.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& fill);

}  // namespace sg
