// A small command-line parser shared by the subcommands: long and short options, options that
// take a value (`-o FILE`, `--format=json`), repeated options, and positional arguments.
// Anything it does not know is a usage error (exit 1) that names the offending argument.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sg::cli {

struct OptionSpec {
    std::string long_name;   // "format"
    char short_name = 0;     // 'f', or 0
    bool takes_value = false;
};

class Args {
public:
    // Parses argv[1..argc) (argv[0] is the subcommand). Throws sg::UsageError.
    Args(std::string command, const std::vector<OptionSpec>& specs, int argc, char** argv);

    bool has(const std::string& long_name) const { return values_.count(long_name) > 0; }
    // The last value given for the option, if any.
    std::optional<std::string> value(const std::string& long_name) const;
    // Every value given for a repeated option, in order.
    std::vector<std::string> values(const std::string& long_name) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::vector<std::string>> values_;
    std::vector<std::string> positional_;
};

// The value of `--option` as a whole number from 1 to `most`; anything else is a usage error
// naming the option and the range ("--threads: expected a whole number from 1 to 1024, got \"x\"").
std::size_t whole_number_option(const std::string& option, const std::string& value, std::size_t most);

}  // namespace sg::cli
