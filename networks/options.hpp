// What a network is computed from and how, named after the Discourse Network Analyzer's export
// options (variable1/variable2, qualifier aggregation, normalization, duplicates ...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sg::networks {

// The variables of a statement a network's rows and columns are drawn from.
// Actor: the claim's speaker, a person or an organisation (the report's matrix rows).
enum class Variable { Organisation, Person, Position, Actor };
enum class NetworkType { TwoMode, OneMode };
enum class Aggregation { Ignore, Congruence, Conflict, Subtract, Combine };
enum class Normalisation { None, Average, Jaccard, Cosine, Activity, Prominence };
enum class Duplicates { Include, Document, Week, Month, Year, AcrossRange };

// One --exclude FIELD=VALUE. Fields: person, organisation, actor, position, agreement (1/0), and the
// document's source, author, section, type.
struct Exclusion {
    std::string field;
    std::string value;
};

struct NetworkOptions {
    NetworkType type = NetworkType::TwoMode;
    Variable rows = Variable::Organisation;
    Variable columns = Variable::Position;
    Aggregation aggregation = Aggregation::Ignore;
    Normalisation normalisation = Normalisation::None;
    Duplicates duplicates = Duplicates::Include;
    std::optional<std::int64_t> from, to;  // seconds since 1970 UTC, both inclusive
    std::vector<Exclusion> exclude;
    bool invert_exclude = false;  // keep only statements matching the lists instead
    bool isolates = false;        // every row (and column) label of the graph, not only those used
    bool with_comments = false;   // readers' comments count as statements
};

}  // namespace sg::networks
