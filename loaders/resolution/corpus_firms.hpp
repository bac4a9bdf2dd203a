// Firms a corpus names in full with their legal suffix ("Haldane Poly Films Ltd.", "Quayle
// Springs Inc."): in another article of the same corpus the name without the suffix ("outside the
// Haldane Poly Films plant") is the same firm, where nothing else would mark it as a body. A
// first pass over every article collects the full names; each article's mention finder then
// knows the short names it contains (as the leading words of a longer name of the document).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/mentions/mentions.hpp"

namespace sg::loaders {

using FirmNames = std::map<std::string, std::string, std::less<>>;  // "Haldane Poly Films" -> "... Ltd"

// The firms `text` names with a company suffix (lexicons/company_suffixes.txt): two to five
// capitalised words before "Ltd", "Inc", "LLC" ... (a comma between allowed).
FirmNames document_firm_names(std::string_view text);

// Merges per-article lists; a short name two firms share ("Quayle Springs Inc", "Quayle Springs
// Ltd") is dropped.
FirmNames corpus_firm_names(const std::vector<FirmNames>& per_document);

// Adds to `names.organisation_prefixes` the corpus' short firm names that `text` contains.
void add_corpus_firm_names(std::string_view text, const FirmNames& corpus, DocumentNames& names);

}  // namespace sg::loaders
