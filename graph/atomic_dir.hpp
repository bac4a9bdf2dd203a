// Writing a folder of files (`export --format neo4j|kuzu -o DIR`) so that DIR never holds a
// half-written export: the files go into a temporary folder next to DIR, each flushed to the
// disk, and the folder is renamed to DIR in one step.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace sg {

struct FolderFile {
    std::string name;                           // a plain file name, no folders
    std::function<void(std::ostream&)> fill;    // writes the content
};

// Writes `files` into a new folder ".NAME.tmp-PID-..." beside `dir` (each file fsynced, then the
// folder), renames it to `dir` and fsyncs the parent. `dir` must not exist or be an empty folder
// (which is replaced); a non-empty folder or a file there is refused before anything is written,
// so nothing already saved is lost. On any failure the temporary folder is removed and sg::FileError
// names `dir` and the reason; an exception thrown by a fill is passed on.
void write_folder_atomically(const std::filesystem::path& dir, const std::vector<FolderFile>& files);

}  // namespace sg
