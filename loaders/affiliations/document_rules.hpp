// Affiliations that a document states by its layout rather than in a sentence: a press
// release's contact block ("Media contact:" over a name, a role and the body), the member
// list over a committee's report ("Members of the Committee" over one name a line; "Committee
// members: A; B." is that one line), and the report's staff ("Staff: A B, Town Clerk.") under a
// local body's letterhead ("TOWN OF X"). Each rule is
// a small function of its own, tried in order on every block (see kDocumentRules in the .cpp),
// so one can be read, changed and tested alone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/mentions/mentions.hpp"
#include "loaders/segmentation/segmentation.hpp"

namespace sg::loaders {

struct DocumentAffiliation {
    std::size_t block = 0;    // index into the document's blocks (and their mentions)
    std::size_t mention = 0;  // index into that block's mentions: the person
    std::string org;          // canonical organisation name
    std::string role;         // lower case, "" when the layout gives none
    // the person's name as the layout writes it, when no mention found it (a contact's name alone
    // on its line: "Marie-Eve Roy"); `mention` is then unused
    std::string person_name = {};
};

// The affiliations the layout of the document states. `pms[i]` are the mentions of
// `blocks[i]`; `names` the document's organisation names (acronyms, organisations seen).
std::vector<DocumentAffiliation> layout_affiliations(std::string_view text, const std::vector<Block>& blocks,
                                                     const std::vector<ParagraphMentions>& pms,
                                                     const DocumentNames& names);

// A contact block's or member list's lines are fields, not a paragraph wrapped over lines: each
// becomes a block of its own, so that no name runs from one line into the next ("Ann Hale\n
// Communications Officer"). Call before the document's mentions are found.
void split_layout_blocks(std::string_view text, std::vector<Block>& blocks);

// The heading a contact block opens with, in lower case without colon or comma ("media contact"),
// and where the block's own text starts after it; empty when `line` opens no contact block.
std::string contact_heading(std::string_view line, std::size_t& rest);

// The same for the heading over a member list ("members of the committee").
std::string member_list_heading(std::string_view line, std::size_t& rest);

// The publication a web page is printed under: its first line, when it is a short name ("COAST
// FM 93.7", "The Fenland Courier") and a site's navigation bar ("News | Sport | Contact", or
// menu words apart by wide gaps) follows within the next three lines; "" otherwise. A name in
// capitals is given in ordinary case, short words (call letters, "FM") kept as written. Why: a
// site prints its own name over the page, and the page's host or columnist writes for it.
std::string site_masthead(std::string_view text);

// Whether `paragraph` (an opinion column's note about its author) names the publication
// `masthead`: in full, or by the last word of its name when that word is an outlet word
// ("is a Herald columnist" under "EASTERN BAYS HERALD"). Why: "A B writes for The Fenland
// Courier" under that masthead says the author is one of its writers.
bool names_publication(std::string_view paragraph, std::string_view masthead);

}  // namespace sg::loaders
