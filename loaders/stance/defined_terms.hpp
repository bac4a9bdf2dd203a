// "... the Renewable Energy Projects (Priority Assessment) Bill 2027 (the Bill)": a document that
// defines a short name for a measure refers to it by that name throughout, so "the Bill" there is
// the position the measure's full name names, whatever else the document names as often.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "loaders/stance/stance.hpp"
#include "loaders/stance/stance_lexicons.hpp"

namespace sg::loaders::stance {

// The position named in the words right before the first definition "(the <proposal noun>)"
// (quotation marks allowed around the term) of `text`: within kDefinitionReach bytes of it, in
// its sentence, and only one position there. Empty when there is none. `named`: the document's
// position mentions, sorted by offset.
std::string defined_measure(std::string_view text, const std::vector<PositionMention>& named, const Lexicons& lex);

}  // namespace sg::loaders::stance
