#include "loaders/extract/spokespeople.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "loaders/common/lexicon_file.hpp"
#include "loaders/common/word_table.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/common/word_is.hpp"  // word_is

namespace sg::loaders {
namespace {

// (role, voice) pairs from speaking_roles.txt: always, we (first person plural) or never.
const std::vector<std::pair<std::string, spokespeople::Voice>>& speaking_roles() {
    static const std::vector<std::pair<std::string, spokespeople::Voice>> roles = [] {
        std::vector<std::pair<std::string, spokespeople::Voice>> out;
        for (const auto& line : lexicon_entries(
#include "embedded/speaking_roles.txt.inc"
                 )) {
            const auto bar = line.find('|');
            const std::string voice = bar == std::string::npos ? std::string() : line.substr(bar + 1);
            out.emplace_back(line.substr(0, bar), voice == "always"  ? spokespeople::Voice::Always
                                                  : voice == "never" ? spokespeople::Voice::Never
                                                                     : spokespeople::Voice::FirstPerson);
        }
        return out;
    }();
    return roles;
}

const std::set<std::string, std::less<>>& speaking_pronouns() {
    static const std::set<std::string, std::less<>> words = lexicon_word_set(
#include "embedded/speaking_pronouns.txt.inc"
    );
    return words;
}

// "House Intelligence Committee", "Senate Finance Subcommittee on X": a committee of a chamber of
// a legislature. Why: its chair is a legislator, whose "we" is the chamber's majority, the party or
// the country ("we must secure the border"), not the committee's; the committee takes a side only
// where the claim names it, as any member's body does.
bool chamber_committee(std::string_view name) {
    const bool chamber = name.starts_with("House ") || name.starts_with("Senate ");
    return chamber && (name.find("Committee") != std::string_view::npos || name.find("Subcommittee") != std::string_view::npos);
}

bool word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Lower-cased words, an apostrophe (' or ’) kept inside a word ("we're"), each given to
// `emit` as it ends (in a buffer `emit` may move from); `emit` returns true to stop. A run of word
// bytes other than the first byte of ’ is taken at once: these texts are split for every claim,
// and a byte at a time (with a capacity check per byte) was most of the cost.
template <class Emit>
void split_words(std::string_view s, Emit&& emit) {
    std::string cur;
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        char c = s[i];
        if (word_char(c) && c != '\xE2') {  // never an apostrophe: the run up to the next other byte
            std::size_t j = i + 1;
            while (j < n && word_char(s[j]) && s[j] != '\xE2') ++j;
            const std::size_t from = cur.size();
            cur.append(s.data() + i, j - i);
            for (std::size_t k = from; k < cur.size(); ++k)
                if (cur[k] >= 'A' && cur[k] <= 'Z') cur[k] = static_cast<char>(cur[k] - 'A' + 'a');
            i = j - 1;
            continue;
        }
        // (the first byte looked at before a comparison: this runs at every byte)
        const bool typographic_apostrophe = c == '\xE2' && s.compare(i, 3, "\xE2\x80\x99") == 0;
        if (word_char(c) && !typographic_apostrophe) {
            cur += c;  // a byte \xE2 of another character (never an upper-case letter)
            continue;
        }
        bool apostrophe = c == '\'' || typographic_apostrophe;
        std::size_t next = i + (c == '\'' ? 1 : 3);
        if (apostrophe && !cur.empty() && next < n && word_char(s[next])) {
            cur += '\'';
            i = next - 1;
            continue;
        }
        if (!cur.empty() && emit(cur)) return;
        cur.clear();
    }
    if (!cur.empty()) emit(cur);
}

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    split_words(s, [&](std::string& w) {
        out.push_back(std::move(w));
        return false;
    });
    return out;
}

// words_of(s), kept from the last call per thread and per `slot` (0: a claim, 1: its context) and
// used again while the text is the same (compared byte for byte, so a text moved to the same
// address, or another at it, is split afresh). lift asks speaks_for about a claim once per body
// its speaker belongs to, and each call split the claim and its context again.
const std::vector<std::string>& remembered_words_of(std::string_view s, std::size_t slot) {
    struct Last {
        bool made = false;
        std::string text;
        std::vector<std::string> words;
    };
    thread_local std::array<Last, 2> last;
    Last& l = last[slot];
    if (!l.made || l.text != s) {
        l.text.assign(s.data(), s.size());
        l.words = words_of(s);
        l.made = true;
    }
    return l.words;
}

// A word that can follow a subject: an auxiliary, a frequent adverb, or a finite verb form.
bool verb_like(const std::string& w) {
    static const WordTable words {
        "is", "was", "are", "were", "has", "had", "have", "would", "will", "does", "did", "do", "should", "could",
        "can", "must", "may", "might", "still", "also", "now", "already", "believes", "believed", "wants", "wanted",
        "says", "said", "thinks", "thought", "feels", "felt", "supports", "opposes", "backs", "rejects", "welcomes"};
    if (words.count(w)) return true;
    auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
    return ends("ed") || (ends("s") && !ends("ss"));
}

// Whether `needle` (lower-cased words) stands in `hay` at index i.
bool at(const std::vector<std::string>& hay, std::size_t i, const std::vector<std::string>& needle) {
    if (needle.empty() || i + needle.size() > hay.size()) return false;
    for (std::size_t k = 0; k < needle.size(); ++k)
        if (hay[i + k] != needle[k]) return false;
    return true;
}

// Where the body is named in `hay`: by its name or an alias, or as "the <head noun>" ("the
// board" for "Corvallis School Board"). Indexes of the first word of each naming.
std::vector<std::size_t> namings(const std::vector<std::string>& hay, const std::vector<std::vector<std::string>>& names,
                                 const std::string& head, bool as_holder) {
    std::vector<std::size_t> out;
    // "Democrats support ...", "the Union believes": the name as the subject of a verb, not as a
    // modifier ("Administrations, Republican and Democrat, have sent troops": the party holds no
    // view there). (Closed lists of grammar words, as verb_like's above.)
    static const WordTable base_verbs {"support", "oppose", "back", "reject", "welcome",
                                                               "want", "believe", "think", "feel", "agree",
                                                               "disagree", "urge", "call", "remain", "stand"};
    // ... or of a group of the body that is ("a future Liberal government would scrap it")
    static const WordTable body_groups {"government", "administration", "caucus", "members",
                                                                "leadership", "leaders", "majority", "minority"};
    auto holder = [&](std::size_t after) {
        auto verb = [&](std::size_t k) {
            return k < hay.size() && (verb_like(hay[k]) || base_verbs.count(hay[k]) || hay[k] == "not" || hay[k] == "never");
        };
        return verb(after) || (after < hay.size() && body_groups.count(hay[after]) && verb(after + 1));
    };
    // ... or where the speaker places themselves in it: "I am with the X", "we at X", "as a member of X",
    // "before/since joining X", "I joined X"
    auto member = [&](std::size_t i) {
        std::size_t k = i;
        // (over letters of a longer name: "the U.S. Public Interest Research Group")
        for (int z = 0; z < 3 && k > 0 && hay[k - 1].size() <= 2 && hay[k - 1] != "at"; ++z) --k;
        if (k > 0 && hay[k - 1] == "the") --k;
        if (k < 2) return false;
        return (hay[k - 1] == "with" && (hay[k - 2] == "am" || hay[k - 2] == "i'm" || hay[k - 2] == "are" ||
                                         hay[k - 2] == "we're")) ||
               (hay[k - 1] == "at" && (hay[k - 2] == "we" || hay[k - 2] == "us")) ||
               (hay[k - 1] == "of" && (hay[k - 2] == "member" || hay[k - 2] == "behalf")) ||  // "As a member of X, I ..."
               (hay[k - 1] == "joining" && (hay[k - 2] == "before" || hay[k - 2] == "since")) ||
               (hay[k - 1] == "joined" && (hay[k - 2] == "i" || hay[k - 2] == "we"));
    };
    for (std::size_t i = 0; i < hay.size(); ++i) {
        bool hit = false;
        for (const auto& n : names) hit = hit || (at(hay, i, n) && (!as_holder || holder(i + n.size()) || member(i)));
        // "the board does not support", "the forum still believed": the head noun as the subject
        // of a verb, not a modifier ("the school day")
        // (word_is, and "<head>'s" compared without making it: g++ called std::string's compare
        // out of line for "the" at every word of every claim, for each of the speaker's bodies)
        const bool the = !head.empty() && word_is(hay[i], "the");
        if (!hit && the && i + 2 < hay.size() && hay[i + 1] == head && verb_like(hay[i + 2])) hit = true;
        if (!hit && the && i + 1 < hay.size() && hay[i + 1].size() == head.size() + 2 &&
            hay[i + 1].starts_with(head) && hay[i + 1].ends_with("'s"))
            hit = true;
        if (hit) out.push_back(i);
    }
    return out;
}

// The "we" of reported speech: an indirect claim whose subject is a generic word for a body
// ("[the director said] the group would ask for changes", "[its president says] the company would
// pay the charge") speaks for the speaker's body, as "we" does in a quote. A word of a firm
// ("company", "plant") stands only for a body whose name is no association's ("Union", "Council"):
// a union's leader saying "the company would cut jobs" speaks of the employer.
bool reported_we(const std::vector<std::string>& claim, std::string_view body) {
    if (claim.size() < 3 || claim[0] != "the") return false;
    const auto& lx = lexicons();
    if (!lx.generic_body_nouns.count(claim[1])) return false;
    return !lx.generic_business_nouns.count(claim[1]) || lx.may_be_firm(body);
}

}  // namespace

namespace spokespeople {

Voice voice_of(std::string_view role) {
    std::string r = ascii_lower(role);
    for (const auto& [s, voice] : speaking_roles())
        if (r.size() >= s.size() && r.compare(r.size() - s.size(), s.size(), s) == 0 &&
            (r.size() == s.size() || r[r.size() - s.size() - 1] == ' '))
            return voice;
    return Voice::Named;
}

bool context_may_name_a_body(std::string_view context) {
    // (the words looked at as they end: a list of them, for every claim, was half this function)
    bool named = false;
    split_words(context, [&](const std::string& w) { return named = word_is(w, "for") || word_is(w, "behalf"); });
    return named;
}

bool speaks_for(std::string_view claim_text, std::string_view context, std::string_view name,
                const std::vector<std::string>& aliases, Voice voice) {
    if (voice == Voice::Always) return true;
    std::vector<std::vector<std::string>> names{words_of(name)};
    for (const auto& a : aliases) names.push_back(words_of(a));
    const std::vector<std::string>& name_words = names.front();
    // The head noun stands for the body only when it is a common noun of it ("board", "union"),
    // not a one-word name.
    std::string head = name_words.size() >= 2 ? name_words.back() : std::string();
    const std::vector<std::string>& claim = remembered_words_of(claim_text, 0);
    if (voice == Voice::FirstPerson) {
        for (const auto& w : claim)
            if (speaking_pronouns().count(w)) return true;
        if (reported_we(claim, name)) return true;
    }
    if (!namings(claim, names, head, /*as_holder=*/true).empty()) return true;
    // "Responding for the X", "speaking on behalf of X", "said for X" in the lead-in.
    const std::vector<std::string>& ctx = remembered_words_of(context, 1);
    for (std::size_t i : namings(ctx, names, head, /*as_holder=*/false)) {
        std::size_t k = i;
        if (k > 0 && ctx[k - 1] == "the" && ctx[k] != "the") --k;
        if (k >= 1 && ctx[k - 1] == "for") return true;
        if (k >= 2 && ctx[k - 1] == "of" && ctx[k - 2] == "behalf") return true;
    }
    return false;
}

}  // namespace spokespeople

using spokespeople::Voice;

namespace {

// Person key -> the bodies they belong to, with their roles.
using BodiesOfPerson = std::map<std::string, std::vector<AffiliationRecord>, std::less<>>;

// `actor_of(key)`: the record of an actor (nullptr: unknown).
template <class ActorOf>
void lift(DocumentResult& doc, ActorOf actor_of, const BodiesOfPerson& bodies) {
    std::set<std::tuple<std::string, std::string, int>> done;
    for (const auto& r : doc.reported) done.insert({r.actor_key, r.stance.position_id, r.stance.polarity});
    std::vector<ReportedRecord> lifted;
    for (const auto& c : doc.claims) {
        if (c.comment || c.speaker_key.rfind("person:", 0) != 0) continue;
        auto b = bodies.find(c.speaker_key);
        if (b == bodies.end()) continue;
        bool sided = false;
        for (const auto& s : c.stances) sided = sided || s.polarity != 0;
        if (!sided) continue;
        // The bodies this claim speaks for; a plain "we" of a person who leads several is left
        // alone rather than guessed.
        // The person's strongest voice on each body (one person may be listed twice for a body,
        // with and without a role).
        std::map<std::string, Voice, std::less<>> voices;
        for (const auto& af : b->second) {
            const Voice v = spokespeople::voice_of(af.role);
            auto [it, fresh] = voices.emplace(af.org_key, v);
            if (!fresh && static_cast<int>(v) < static_cast<int>(it->second)) it->second = v;
        }
        std::vector<std::string> by_role, by_name, by_we;
        for (const auto& [org_key, voice] : voices) {
            const ActorRecord* org = actor_of(org_key);
            if (!org || org->kind != NodeKind::Organisation) continue;
            const std::string& name = org->name;
            const auto& aliases = org->aliases;
            if (voice == Voice::Never) continue;
            if (voice == Voice::Always) by_role.push_back(org_key);
            else if (spokespeople::speaks_for(c.text, c.context, name, aliases, Voice::Named) ||
                     std::find(c.spoken_for.begin(), c.spoken_for.end(), org_key) != c.spoken_for.end())
                by_name.push_back(org_key);
            else if (voice == Voice::FirstPerson && !chamber_committee(name) &&
                     spokespeople::speaks_for(c.text, {}, name, aliases, voice))
                by_we.push_back(org_key);
        }
        std::vector<std::string> chosen = by_role;
        chosen.insert(chosen.end(), by_name.begin(), by_name.end());
        // "we" from a person who leads one body; or several bodies in the same role (one body
        // under two names: "the state government", "the West Australian government")
        bool one_role = !by_we.empty();
        for (const auto& af : b->second)
            for (const auto& org : by_we)
                if (af.org_key == org && !af.role.empty() && af.role != b->second.front().role) one_role = false;
        if (chosen.empty() && (by_we.size() == 1 || one_role)) chosen = by_we;
        for (const auto& org : chosen)
            for (const auto& s : c.stances) {
                if (s.polarity == 0 || !done.insert({org, s.position_id, s.polarity}).second) continue;
                StanceRecord rec = s;
                rec.confidence = 0.8 * s.confidence;
                // The body's side is its spokesperson's: the claim, then the words that decided it.
                rec.evidence.insert(rec.evidence.begin(), Evidence{"spokesperson", c.text, c.span, kNoNode});
                lifted.push_back({org, rec});
            }
    }
    // A stance reported of someone who always speaks for a body ("She ruled out a fee", of a
    // minister or a spokeswoman) is the body's too.
    for (const auto& r : doc.reported) {
        if (r.actor_key.rfind("person:", 0) != 0 || r.stance.polarity == 0) continue;
        auto b = bodies.find(r.actor_key);
        if (b == bodies.end()) continue;
        for (const auto& af : b->second) {
            const ActorRecord* org = actor_of(af.org_key);
            if (!org || org->kind != NodeKind::Organisation || spokespeople::voice_of(af.role) != Voice::Always) continue;
            if (!done.insert({af.org_key, r.stance.position_id, r.stance.polarity}).second) continue;
            StanceRecord rec = r.stance;
            rec.confidence = 0.8 * r.stance.confidence;
            lifted.push_back({af.org_key, rec});
        }
    }
    for (auto& r : lifted) doc.reported.push_back(std::move(r));
}

}  // namespace

void lift_spokespeople_stances(DocumentResult& doc) {
    std::map<std::string, const ActorRecord*, std::less<>> actors;
    for (const auto& a : doc.actors) actors.emplace(a.key, &a);
    BodiesOfPerson bodies;  // in this document
    for (const auto& af : doc.affiliations) bodies[af.person_key].push_back(af);
    lift(
        doc,
        [&](std::string_view key) -> const ActorRecord* {
            auto it = actors.find(key);
            return it == actors.end() ? nullptr : it->second;
        },
        bodies);
}

CorpusAffiliations corpus_affiliations(const std::vector<DocumentResult>& docs) {
    CorpusAffiliations out;
    // Each (person, body, role) once: the corpus repeats them in every article that names the
    // person, and a list per person as long as the corpus made every claim's look-up cost the
    // corpus' size (what a person's roles allow depends only on which there are, and the first).
    std::set<std::tuple<std::string_view, std::string_view, std::string_view>> seen;
    for (const auto& d : docs) {
        for (const auto& af : d.affiliations)
            if (seen.insert({af.person_key, af.org_key, af.role}).second) out.of_person[af.person_key].push_back(af);
        for (const auto& a : d.actors)
            if (a.kind == NodeKind::Organisation) out.bodies.emplace(a.key, a);
    }
    return out;
}

void lift_spokespeople_stances(DocumentResult& doc, const CorpusAffiliations& corpus) {
    // The document's own records of a body come first, then the corpus' (looked up in place: a
    // copy of the corpus' maps per document made the build quadratic in the corpus' size).
    std::map<std::string, const ActorRecord*, std::less<>> own;
    for (const auto& a : doc.actors) own.insert_or_assign(a.key, &a);
    lift(
        doc,
        [&](std::string_view key) -> const ActorRecord* {
            if (auto it = own.find(key); it != own.end()) return it->second;
            auto it = corpus.bodies.find(key);
            return it == corpus.bodies.end() ? nullptr : &it->second;
        },
        corpus.of_person);
}

}  // namespace sg::loaders
