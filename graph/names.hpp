// How names are compared: the one home of name normalisation for every layer. The loaders match
// annotations to actors with it, the query binder resolves names with it, and the graph file
// stores its name index in exactly these forms, so a name found one way is found every way.
#pragma once

#include <string>
#include <string_view>

namespace sg {

// Lower-cases, folds typographic apostrophes/quotes and dashes, and collapses white space, so that
// "Dr  Ada Lane" and "dr ada lane" index alike. Titles are NOT stripped here (see below).
std::string normalise_name(std::string_view s);

// normalise_name, then the leading titles and honorifics of loaders/lexicons/person_titles.txt
// ("Dr", "Professor", "Rt Hon" ...) removed, and dots after a word's letters ("Dr." "St.")
// dropped. The whole name is never removed: "Lord" alone stays "lord".
std::string name_without_titles(std::string_view name);

// The form a query or an index looks a name up by: name_without_titles, without a sentence's
// full stop at the end ("stance of GPC." finds GPC).
std::string lookup_form(std::string_view name);

}  // namespace sg
