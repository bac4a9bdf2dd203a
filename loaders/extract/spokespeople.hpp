// An organisation's stance voiced by a person speaking in its name: a spokesperson or negotiator
// of the body; one of its leaders (chair, chief executive ...) who says "we" / "our members"; a
// member who names the body as the one that holds the view ("the board does not support ...");
// or a member introduced as "responding for" or "speaking on behalf of" it. The person stays the
// speaker; the body gets a stance of its own (a reported stance edge) at lower confidence.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/document_result.hpp"

namespace sg::loaders {

// Adds to doc.reported one stance per (body, position, side) voiced for a body by one of its
// people in this document. `text` is the document text (claims' contexts are read from it).
void lift_spokespeople_stances(DocumentResult& doc);

// What the whole corpus says of people's bodies: a spokeswoman introduced with her party in one
// article speaks for it in the next, where only her name is given.
struct CorpusAffiliations {
    std::map<std::string, std::vector<AffiliationRecord>, std::less<>> of_person;  // person key -> bodies
    std::map<std::string, ActorRecord, std::less<>> bodies;                        // org key -> record
};
CorpusAffiliations corpus_affiliations(const std::vector<DocumentResult>& docs);

// The same, with each person's bodies and roles from every document of the corpus.
void lift_spokespeople_stances(DocumentResult& doc, const CorpusAffiliations& corpus);

namespace spokespeople {
// Whether a claim's context can ever make it speak for a body: only a naming after "for" or
// "on behalf of" there does (speaks_for), so a context without those words need not be kept.
bool context_may_name_a_body(std::string_view context);

// How a person's role on a body lets them speak for it: always (a spokesperson), in the first
// person plural (a chair saying "we"), only where the claim names the body, or never (a member of
// a legislature: a senator's side is not the Senate's).
enum class Voice { Always, FirstPerson, Named, Never };
Voice voice_of(std::string_view role);

// Whether `claim_text` (or the lead-in `context`) speaks in the name of the body called `name`
// (with `aliases`): first-person plural, the body named, "the <its head noun>", "for/on behalf
// of" it); first-person plural only for `voice` FirstPerson; always for Always.
bool speaks_for(std::string_view claim_text, std::string_view context, std::string_view name,
                const std::vector<std::string>& aliases, Voice voice);
}  // namespace spokespeople

}  // namespace sg::loaders
