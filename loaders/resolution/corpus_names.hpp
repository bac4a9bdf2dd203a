// Names one article of a corpus writes in full that tell what a shorter name in another article
// is. Firms a corpus names in full with their legal suffix ("Quayle Bag Makers Ltd.", "Fenmouth
// Springs Inc."): in another article of the same corpus the name without the suffix ("outside the
// Quayle Bag Makers plant") is the same firm, where nothing else would mark it as a body. A
// first pass over every article collects the full names; each article's mention finder then
// knows the short names it contains (as the leading words of a longer name of the document).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/mentions/mentions.hpp"

namespace sg::loaders {

using CorpusNames = std::map<std::string, std::string, std::less<>>;  // "Quayle Bag Makers" -> "... Ltd"

// The firms `text` names with a company suffix (lexicons/company_suffixes.txt): two to five
// capitalised words before "Ltd", "Inc", "LLC" ... (a comma between allowed).
CorpusNames document_firm_names(std::string_view text);

// Merges per-article lists; a short name two firms share ("Quayle Springs Inc", "Quayle Springs
// Ltd") is dropped.
CorpusNames merge_corpus_names(const std::vector<CorpusNames>& per_document);

// Adds to `names.organisation_prefixes` the corpus' short firm names that `text` contains.
void add_corpus_firm_names(std::string_view text, const CorpusNames& corpus, DocumentNames& names);

// Places the corpus calls towns ("the Town of Wexmoor", written in some article) and no article
// calls a city ("City of Wexmoor"): "Wexmoor Mayor A B" in another article heads the Town. Place
// -> "Town". A first pass collects them per article; merge_corpus_names merges them (a place that
// is a town in one article and a city in another is dropped).
CorpusNames document_towns(std::string_view text);

// Adds to `names.towns` the corpus' towns that `text` names.
void add_corpus_towns(std::string_view text, const CorpusNames& corpus, DocumentNames& names);

}  // namespace sg::loaders
