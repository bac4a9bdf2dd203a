// Errors every layer reports to the command line, which maps them to exit codes.
#pragma once

#include <stdexcept>
#include <string>

namespace sg {

// A file could not be read, parsed, validated or written: exit code 2.
// what() is the whole user-facing message, beginning with the file name and, where known,
// line and column ("codebook.json:12:5: ...") or the JSON pointer of the first error.
struct FileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A query or command-line usage error: exit code 1.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace sg
