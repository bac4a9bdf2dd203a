// Committee reports and hearing records list each delegation as a paragraph that opens with the
// body and, in brackets, who spoke for it: "2.1 Holiday Hosts Aotearoa (Simon Carver, chair).
// Mr Carver told the Committee that ...". Everything that person says in that paragraph is the
// body's submission, so their claims there speak for it, whatever their role.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "loaders/extract/document_result.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/resolution/document_entities.hpp"
#include "loaders/segmentation/segmentation.hpp"

namespace sg::loaders {

// The body and the first person in brackets after it when the paragraph `text` (bytes [begin,
// ...) of the document) opens so, past a section number ("2.1", "3.", "(a)"). The body is an
// organisation mention, or capitalised words the mention finder did not take for a name (a
// body's name without a head word: "Holiday Hosts Aotearoa"): the brackets' speaker makes it
// one. Nothing otherwise.
struct Delegation {
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t body = kNone;                  // index into `mentions`, or kNone
    std::size_t name_begin = 0, name_end = 0;  // document bytes of the body's name
    std::size_t speaker = 0;                   // index into `mentions`: a person
    std::string_view role;                     // after the speaker's comma: "chair" ("" if none)
};
std::optional<Delegation> delegation_opening(std::string_view text, std::size_t begin,
                                             const std::vector<Mention>& mentions);

// For every delegation paragraph of the document `t` (its blocks and their mentions, by index):
// the speaker's claims in it speak for the body (ClaimRecord::spoken_for), and the speaker is
// affiliated with the body (role from the brackets) unless already so.
void mark_delegations(DocumentResult& out, std::string_view t, const std::vector<Block>& blocks,
                      const std::vector<ParagraphMentions>& pms, DocumentEntities& ents);

}  // namespace sg::loaders
