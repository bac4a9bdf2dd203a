// Topic patterns a codebook implies without saying: the content words of each position's label,
// description and id. A user's codebook may give only those three fields; these patterns let
// the classifier find the position anyway, weighted below the codebook's explicit cues.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance_lexicons.hpp"

namespace sg::loaders::stance {

// Per position (codebook order):
// - pairs of neighbouring content words of its label and id ("phone ... ban" and "ban ... phone"
//   from "Ban phones for the school day"), in either order with a gap of up to six words;
// - single content words of its label, description or id that no other position's label,
//   description or id uses (distinctive: "glucose", "lockers"), never a word of
//   stance_topic_stopwords.txt, never shorter than three letters.
// - hyphenated compounds of its label or description that no other position uses
//   ("bell-to-bell", "borough-wide"), as phrases.
// Words after a contrary marker (stance_contrary_markers.txt: "rather than local choice") name
// the alternative the position rejects: they go to `contrary`, whose mentions count reversed.
struct DerivedTopic {
    std::vector<Pattern> patterns;  // name the position
    std::vector<Pattern> contrary;  // name the alternative it rejects
};

std::vector<DerivedTopic> derive_topic_patterns(const Codebook& codebook, const Lexicons& lex);

// Tier 2 of topic detection, for every position (with or without cues of its own): the roots
// (topic_root) of the content words of its label, aliases and id that no other position's
// label, aliases, id or cues shares ("register" for a registration position, "cap" for a cap on
// nights). Never a stopword, a one-word stance cue, a verb form ("holding", "held"), an
// organisation noun of org_nouns.txt ("council": who acts) or a proposal noun ("scheme", "plan":
// generic references, tier 3); never a word of the codebook's name (the whole debate's subject).
// Codebook order.
std::vector<std::vector<std::string>> distinctive_roots(const Codebook& codebook, const Lexicons& lex);

// The roots of the head nouns of each position's label and aliases ("charge" for "Congestion
// charge for central Perth", "vote" for "Public vote before any charge"), kept only where one
// position alone has that head: after a determiner ("the charge", "this vote") such a noun refers
// to that position even where another position's label also uses the word as a modifier.
std::vector<std::vector<std::string>> head_roots(const Codebook& codebook, const Lexicons& lex);

// The -ing words (lower case) that end one of a position's aliases ("short-let licensing"): nouns
// where they stand, unlike most -ing forms.
std::vector<std::string> gerund_heads(const CodebookPosition& position, const Lexicons& lex);

// Whether a topic cue names the alternative the position rejects: every term of it has a word
// that the position's label or description uses after a contrary marker ("rather than one
// uniform national rule": the cue "national ... rule" names the national rule). Its mentions
// then count reversed, as the label's own contrary words do.
bool names_rejected_alternative(const Pattern& cue, const CodebookPosition& p, const Lexicons& lex);

// For a position whose label opens with a word of removal (stance_removal.txt: "Removing X",
// "Ban on X", "Abolition of X"), the roots of the label's content words after it (X); empty for
// any other position.
std::vector<std::string> removal_object_roots(const CodebookPosition& position, const Lexicons& lex);

// For the same positions, read once from its aliases and description:
// - `removed`: the aliases that name the thing removed rather than its removal, each as the roots
//   of its content words. An alias with no word of removal that the description writes within
//   twenty words after one, in the same sentence ("repeal the 2015 rules (the Open Internet Order
//   and its Title II ...)"): "Open Internet Order" is what is repealed, where "Restoring Internet
//   Freedom", an alias the description writes elsewhere, names the repeal itself.
// - `naming_roots`: the roots of the label's words and of the other aliases. A word of a removed
//   alias that is none of these ("open" of "Open Internet Order") names the thing removed even
//   alone.
// Both empty for a position not framed as a removal.
struct RemovalAliases {
    std::vector<std::vector<std::string>> removed;
    std::set<std::string> naming_roots;
};
RemovalAliases removal_aliases(const CodebookPosition& position, const Lexicons& lex);

// A stem with one derivational ending removed, so that words of one family meet: register,
// registration, registry -> "regist", "registr", "regist".
std::string topic_root(const std::string& stem);

// Whether two roots are of one family: equal, or (both at least five letters) one a prefix of
// the other ("regist" / "registr"). Short roots must be equal: "cap" is not "capital".
// (Inline: asked for every word of a text and every distinctive root of every position.)
inline bool related_roots(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (a.size() < 5 || b.size() < 5) return false;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return longer.compare(0, shorter.size(), shorter) == 0;
}

}  // namespace sg::loaders::stance
