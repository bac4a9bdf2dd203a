// The --max-rows, --max-path, --max-nesting and --max-depth options that `query`, `export` and
// `repl` share, and the REPL's `.limits` command: the query limits (query/limits.hpp) a user may
// raise when an answer needs more than the defaults allow.
#pragma once

#include <string>
#include <vector>

#include "cli/args.hpp"
#include "query/limits.hpp"

namespace sg::cli {

// `specs` plus one value-taking option per limit.
std::vector<OptionSpec> with_limit_options(std::vector<OptionSpec> specs);

// The limits the arguments ask for (defaults for those not given). Throws sg::UsageError naming
// the option when a value is not a whole number from 1 to the limit's ceiling.
query::Limits limits_from(const Args& args);

// Sets one limit by option name ("max-rows"); same checks and errors as the command line.
void set_limit(query::Limits& limits, const std::string& option, const std::string& value);

// The help lines of the options, one a limit, with their defaults.
std::string limit_options_help();

// "max-rows 100000\n..." for `.limits`.
std::string describe_limits(const query::Limits& limits);

}  // namespace sg::cli
