// The query-limit options (see limit_options.hpp).
#include "cli/limit_options.hpp"

#include "graph/error.hpp"

namespace sg::cli {
namespace {

const query::LimitSpec* spec_of(const std::string& option) {
    for (const auto& spec : query::kLimitSpecs)
        if (spec.option == option) return &spec;
    return nullptr;
}

}  // namespace

std::vector<OptionSpec> with_limit_options(std::vector<OptionSpec> specs) {
    for (const auto& spec : query::kLimitSpecs) specs.push_back({std::string(spec.option), 0, true});
    return specs;
}

query::Limits limits_from(const Args& args) {
    query::Limits limits;
    for (const auto& spec : query::kLimitSpecs)
        if (const auto v = args.value(std::string(spec.option))) limits.*spec.field = whole_number_option(std::string(spec.option), *v, spec.ceiling);
    return limits;
}

void set_limit(query::Limits& limits, const std::string& option, const std::string& value) {
    const auto* spec = spec_of(option);
    if (!spec) {
        std::string names;
        for (const auto& s : query::kLimitSpecs) names += (names.empty() ? "" : ", ") + std::string(s.option);
        throw UsageError("unknown limit \"" + option + "\"; the limits are " + names);
    }
    limits.*spec->field = whole_number_option(option, value, spec->ceiling);
}

std::string limit_options_help() {
    const query::Limits defaults;
    std::string out;
    for (const auto& spec : query::kLimitSpecs) {
        std::string left = "      --" + std::string(spec.option) + " N";
        left.resize(std::max<std::size_t>(left.size() + 1, 24), ' ');
        out += left + std::string(spec.what) + " (default " + std::to_string(defaults.*spec.field) + ")\n";
    }
    return out;
}

std::string describe_limits(const query::Limits& limits) {
    std::string out;
    for (const auto& spec : query::kLimitSpecs) {
        std::string name(spec.option);
        std::string value = std::to_string(limits.*spec.field);
        name.resize(std::max<std::size_t>(name.size() + 1, 13), ' ');
        value.resize(std::max<std::size_t>(value.size() + 1, 11), ' ');
        out += name + value + std::string(spec.what) + "\n";
    }
    return out;
}

}  // namespace sg::cli
