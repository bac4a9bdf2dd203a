// Affiliations that a national office written before a name, or in the appositive after it, states:
// "U.S. Secretary of State A B" and "A B, Assistant Secretary of State for X," work for the
// Department of State, "Russian Foreign Minister C D" and "C D, Prime Minister of Russia," for the
// Government of Russia.
// A head of state's title with no country ("President E F") and a legislator's title alone
// ("Sen. G H") name no body. The offices and the countries are data (lexicons/national_offices.txt,
// lexicons/nationalities.txt); each step is a small function of the .cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "loaders/affiliations/document_rules.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/segmentation/segmentation.hpp"

namespace sg::loaders {

// The affiliations the national offices before the document's person mentions state. `pms[i]`
// are the mentions of `blocks[i]`.
std::vector<DocumentAffiliation> national_office_affiliations(std::string_view text, const std::vector<Block>& blocks,
                                                              const std::vector<ParagraphMentions>& pms);

// The government of the country `name` names ("the United States", "Russia": nationalities.txt,
// a leading "the" dropped), or "": "the United States and Russia agreed on X" reports the two
// governments' side.
std::string country_government(std::string_view name);

// The government of a country, province or state with ministers of its own (jurisdictions.txt)
// that `name` names exactly ("South Australia" -> "Government of South Australia"); "" if none.
std::string jurisdiction_government(std::string_view name);

}  // namespace sg::loaders
