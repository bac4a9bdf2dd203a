#include "cli/args.hpp"

#include <charconv>

#include "graph/error.hpp"

namespace sg::cli {

Args::Args(std::string command, const std::vector<OptionSpec>& specs, int argc, char** argv) {
    auto usage = [&](const std::string& what) {
        return UsageError("stancegraph " + command + ": " + what + " (see stancegraph " + command + " --help)");
    };
    auto find_long = [&](const std::string& name) -> const OptionSpec* {
        for (const auto& s : specs)
            if (s.long_name == name) return &s;
        return nullptr;
    };
    auto find_short = [&](char c) -> const OptionSpec* {
        for (const auto& s : specs)
            if (s.short_name == c) return &s;
        return nullptr;
    };
    bool only_positional = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (only_positional || arg.size() < 2 || arg[0] != '-') {
            positional_.push_back(arg);  // includes "-" (standard input)
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        const OptionSpec* spec = nullptr;
        std::optional<std::string> inline_value;
        if (arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            if (auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name.resize(eq);
            }
            spec = find_long(name);
        } else if (arg.size() == 2) {
            spec = find_short(arg[1]);
        } else if (const OptionSpec* attached = find_short(arg[1]); attached && attached->takes_value) {
            spec = attached;  // "-j4", "-ograph.json": the value joined to its option, as getopt allows
            inline_value = arg.substr(2);
        }
        if (!spec) throw usage("unknown option " + arg);
        if (!spec->takes_value) {
            if (inline_value) throw usage("option --" + spec->long_name + " takes no value");
            values_[spec->long_name].emplace_back();
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= argc) throw usage("option " + arg + " needs a value");
            inline_value = argv[++i];
        }
        values_[spec->long_name].push_back(*inline_value);
    }
}

std::optional<std::string> Args::value(const std::string& long_name) const {
    auto it = values_.find(long_name);
    if (it == values_.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string& long_name) const {
    auto it = values_.find(long_name);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

std::size_t whole_number_option(const std::string& option, const std::string& value, std::size_t most) {
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc{} || end != value.data() + value.size() || n < 1 || n > most)
        throw UsageError("--" + option + ": expected a whole number from 1 to " + std::to_string(most) + ", got \"" +
                         value + "\"");
    return n;
}

}  // namespace sg::cli
