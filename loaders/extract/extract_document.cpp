#include "loaders/extract/extract_document.hpp"

#include "loaders/affiliations/document_rules.hpp"
#include "loaders/affiliations/national_offices.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "loaders/attribution/attributor.hpp"
#include "loaders/common/lexicon_file.hpp"
#include "loaders/extract/consistency.hpp"
#include "loaders/extract/delegations.hpp"
#include "loaders/extract/evidence_spans.hpp"
#include "loaders/extract/explainer_sides.hpp"
#include "loaders/extract/interview.hpp"
#include "loaders/extract/statement_document.hpp"
#include "loaders/extract/spokespeople.hpp"
#include "loaders/quotes/quotes.hpp"
#include "loaders/mentions/lexicons.hpp"
#include "loaders/mentions/mentions.hpp"
#include "loaders/resolution/document_entities.hpp"
#include "loaders/stance/stance.hpp"
#include "loaders/text/chars.hpp"

namespace sg::loaders {
namespace {

StanceRecord to_record(const std::string& id, Polarity p, double confidence) {
    StanceRecord r;
    r.position_id = id;
    r.polarity = p == Polarity::Supports ? 1 : p == Polarity::Opposes ? -1 : 0;
    r.confidence = confidence;
    return r;
}

// A body that votes: its name says it is a meeting.
bool voting_body(std::string_view name) {
    for (const char* w : {"Conference", "conference", "Congress", "Assembly", "Convention", "Meeting", "meeting"})
        if (name.find(w) != std::string_view::npos) return true;
    return false;
}

// Where a possessive stands in a reported stance's subject, bytes `ar` of `t`, or right after it
// ("X's industry", "X's"): its offset from ar.begin, or npos.
std::size_t possessive_in(std::string_view t, Range ar) {
    const std::string_view span = t.substr(ar.begin, ar.end - ar.begin);
    const std::size_t inside = std::min(span.find("'s"), span.find("\xE2\x80\x99s"));
    if (inside != std::string_view::npos) return inside;
    if (ar.end < t.size() && (t[ar.end] == '\'' || t.substr(ar.end).starts_with("\xE2\x80\x99"))) return span.size();
    return std::string_view::npos;
}

// Whether a role noun ("spokeswoman", "chief executive") is the first word after the possessive
// ending at byte `at` ("'s", "s'", or the typographic apostrophe): "the council's chief executive".
bool possessive_role_follows(std::string_view t, std::size_t at) {
    std::size_t k = at;
    if (k < t.size() && t[k] == '\'') ++k;
    else if (t.substr(k).starts_with("\xE2\x80\x99")) k += 3;
    if (k < t.size() && t[k] == 's') ++k;
    while (k < t.size() && t[k] == ' ') ++k;
    std::size_t e = k;
    while (e < t.size() && (std::isalpha(static_cast<unsigned char>(t[e])) || t[e] == '-')) ++e;
    return e > k && lexicons().is_role_noun(t.substr(k, e - k));
}

// How far back (bytes) a position named before a claim is its antecedent: a few sentences.
constexpr std::uint64_t kAntecedentReach = 600;

// The position named last before the claim (not inside it), within kAntecedentReach bytes and
// no further back than the paragraph before the claim's own (`from`: where that one starts).
std::string antecedent(const std::vector<PositionMention>& named, Span claim, std::size_t from) {
    auto it = std::partition_point(named.begin(), named.end(), [&](const PositionMention& m) {
        return m.end <= claim.start;
    });
    if (it == named.begin()) return {};
    const PositionMention& last = *std::prev(it);
    if (claim.start - last.end > kAntecedentReach || last.begin < from) return {};
    return last.position_id;
}

// Where the paragraph before the one holding byte `at` starts (0 at the top).
std::size_t previous_paragraph_start(const std::vector<Block>& blocks, std::size_t at) {
    auto it = std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return b.range.end <= at; });
    if (it == blocks.end() || it == blocks.begin()) return 0;
    return std::prev(it)->range.begin;
}

// A claim's context is read again after extraction only where a person's claim that takes a
// side may speak for a body they belong to ("for the X", "on behalf of X" in it:
// lift_spokespeople_stances, once every document is extracted): the others let theirs go, and
// the records give back their spare capacity, as 10^5 articles hold millions of claims.
void release_unneeded_contexts(std::vector<ClaimRecord>& claims) {
    for (auto& c : claims) {
        const bool sided = std::any_of(c.stances.begin(), c.stances.end(),
                                       [](const StanceRecord& s) { return s.polarity != 0; });
        if (c.comment || c.speaker_key.rfind("person:", 0) != 0 || !sided ||
            !spokespeople::context_may_name_a_body(c.context))
            c.context = std::string();
        c.stances.shrink_to_fit();
        for (auto& s : c.stances) s.evidence.shrink_to_fit();
    }
    claims.shrink_to_fit();
}

// The mentions inside a reported stance's actor span: the paragraph's own, read with the whole
// paragraph around them (a name alone, cut out of its sentence, lacks the evidence that it
// names a person: "A B, who convenes ..., welcomed"), else the span read alone.
std::vector<Mention> actor_mentions(const std::vector<Mention>& paragraph, std::string_view text, Range actor,
                                    const DocumentNames& names) {
    std::vector<Mention> out;
    // (overlapping the span: the stance reader's span of "The Council supports" is "Council")
    for (const auto& m : paragraph)
        if (m.begin < actor.end && m.end > actor.begin) out.push_back(m);
    if (out.empty()) out = find_mentions(text, actor, names).mentions;
    return out;
}

// What the pronoun mention `m` of a paragraph stands for, from the attributor's referents of that
// paragraph's mentions (by index), or "".
std::string pronoun_referent(const std::vector<Mention>& paragraph, const std::vector<std::string>& referents,
                             const Mention& m) {
    for (std::size_t k = 0; k < paragraph.size() && k < referents.size(); ++k)
        if (paragraph[k].begin == m.begin && paragraph[k].kind == MentionKind::Pronoun) return referents[k];
    return {};
}

// A transcript label's role ("host" of "JUNE TALBOT (HOST):") that asks the questions.
bool interviewer_role(const std::string& role) {
    std::size_t pos = 0;
    while (pos < role.size()) {
        std::size_t sp = role.find(' ', pos);
        if (sp == std::string::npos) sp = role.size();
        if (lexicons().interviewer_roles.count(std::string_view(role).substr(pos, sp - pos))) return true;
        pos = sp + 1;
    }
    return false;
}

// The one person of the paragraphs [0, upto) written with the role word `word` next to the
// name: before it ("Energy Minister Ann Hale", "host Tom Quayle") or after it and a comma ("Ann
// Hale, the energy minister"). "" when none or two.
std::string role_holder(const std::string& word, std::string_view t, const std::vector<ParagraphMentions>& pms,
                        std::size_t upto, DocumentEntities& ents) {
    auto is = [&](const Token& k) { return k.word && ascii_lower(t.substr(k.begin, k.end - k.begin)) == word; };
    std::string found;
    for (std::size_t i = 0; i < upto && i < pms.size(); ++i) {
        const auto& toks = pms[i].tokens;
        for (const auto& m : pms[i].mentions) {
            if (m.kind != MentionKind::Person) continue;
            bool named = false;
            for (std::size_t k = m.tok_begin; k < m.tok_end && !named; ++k) named = is(toks[k]);
            for (std::size_t k = m.tok_begin; k-- > 0 && m.tok_begin - k <= 2 && toks[k].word && !named;) named = is(toks[k]);
            if (!named && m.tok_end < toks.size() && !toks[m.tok_end].word && t[toks[m.tok_end].begin] == ',')
                for (std::size_t k = m.tok_end + 1; k < toks.size() && k <= m.tok_end + 4 && toks[k].word && !named; ++k)
                    named = is(toks[k]);
            if (!named) continue;
            const std::string key = ents.resolve(m);
            if (key.empty()) continue;
            if (!found.empty() && found != key) return {};  // two people of that role: no one
            found = key;
        }
    }
    return found;
}

// Who a transcript's label names: a full name as written; one word, the person of the document
// with that surname ("HALLORAN:" after "Rory Halloran, president of ..."), else the one written
// with that role word ("MINISTER:" after "Energy Minister Iris Vance"); "" when no one
// ("UPDATE:"), and the paragraph is then read as any other.
// `roles` keeps each role word's answer for the document, so that a long transcript asks the
// mentions once per label word, not once per turn.
std::string transcript_speaker(const std::string& name, std::size_t at, std::string_view t,
                               const std::vector<ParagraphMentions>& pms, std::size_t upto, DocumentEntities& ents,
                               std::map<std::string, std::string>& roles) {
    if (name.find(' ') != std::string::npos) return ents.add_person_named(name);
    if (std::string key = ents.person_called(name, at); !key.empty()) return key;
    const std::string word = ascii_lower(name);
    if (auto it = roles.find(word); it != roles.end()) return it->second;
    return roles[word] = role_holder(word, t, pms, upto, ents);
}

}  // namespace

bool parse_motion_clause(std::string_view t, Range line, Range& clause, bool& carried) {
    std::size_t b = line.begin, e = line.end;
    trim_range(t, b, e);
    if (e - b < 8 || t[b] != '(') return false;
    std::size_t close = t.find(')', b);
    if (close == std::string_view::npos || close >= e || close - b > 6) return false;
    for (std::size_t i = b + 1; i < close; ++i)
        if (!(is_lower_ascii(t[i]) || is_digit_ascii(t[i]))) return false;
    std::size_t ce = e;
    while (ce > b && t[ce - 1] == '.') --ce;
    std::string_view tail = t.substr(b, ce - b);
    std::size_t cut;
    if (tail.size() > 7 && tail.substr(tail.size() - 7) == "CARRIED") { carried = true; cut = 7; }
    else if (tail.size() > 4 && tail.substr(tail.size() - 4) == "LOST") { carried = false; cut = 4; }
    else return false;
    std::size_t cb = close + 1, cend = ce - cut;
    trim_range(t, cb, cend);
    while (cend > cb && (t[cend - 1] == '.' || t[cend - 1] == ';')) --cend;
    if (cend <= cb) return false;
    clause = {cb, cend};
    return true;
}

std::map<std::string, std::string, std::less<>> document_acronyms(const SourceText& src,
                                                                 const BoilerplateModel& boilerplate,
                                                                 Segmentation* segmentation) {
    Segmentation seg = segment(src.text, boilerplate);
    DocumentNames names;
    for (const auto& b : seg.blocks) collect_acronyms(src.text, b.range, names);
    if (segmentation) *segmentation = std::move(seg);
    return names.acronyms;
}

std::map<std::string, std::string, std::less<>> corpus_acronyms(
    const std::vector<std::map<std::string, std::string, std::less<>>>& per_document) {
    return merge_corpus_names(per_document);  // an acronym two documents define differently is dropped
}

namespace {
// An opinion piece's paragraph that quotes someone: its sentences with no quotation, and none the
// attributor gave another speaker, are the author's (indirect: writing, not speech).
void add_author_sentences(std::string_view t, Range para, const std::string& author, std::size_t first_claim,
                          std::vector<ClaimRecord>& claims) {
    // the paragraph's claims so far, by position: each run is checked against them in one sweep
    // (a long paragraph of alternating quotes must not compare every run with every claim)
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    for (std::size_t k = first_claim; k < claims.size(); ++k)
        taken.emplace_back(static_cast<std::size_t>(claims[k].span.start), static_cast<std::size_t>(claims[k].span.end));
    std::sort(taken.begin(), taken.end());
    std::size_t next = 0, reach = 0;  // `reach`: the furthest end of the claims starting before a run's end
    for (const Range& run : unquoted_sentence_runs(t, para.begin, para.end)) {
        while (next < taken.size() && taken[next].first < run.end) reach = std::max(reach, taken[next++].second);
        // a claim starting before the run's end overlaps it when it ends after the run's start
        // (claims ending before are behind every later run too, so `reach` is enough)
        if (reach > run.begin) continue;
        ClaimRecord c = ClaimRecord::over(t, run.begin, run.end, ClaimKind::Indirect, author, 0.7);
        c.context = c.text;
        claims.push_back(std::move(c));
    }
}
}  // namespace

DocumentResult extract_document(const SourceText& src, const CorpusContext& ctx) {
    return extract_document(src, ctx, segment(src.text, ctx.boilerplate));
}

DocumentResult extract_document(const SourceText& src, const CorpusContext& ctx, Segmentation seg) {
    const std::string_view t = src.text;
    split_layout_blocks(t, seg.blocks);
    DocumentResult out;
    out.name = src.name;
    out.warnings = src.warnings;
    if (seg.has_title) out.title = std::string(t.substr(seg.title.begin, seg.title.end - seg.title.begin));

    DocumentNames names;
    names.acronyms = ctx.acronyms;  // the document's own definitions below take precedence
    add_corpus_firm_names(t, ctx.firm_names, names);
    add_corpus_towns(t, ctx.towns, names);
    // Each block's tokens, made once: for its definitions, then both readings for mentions.
    std::vector<std::vector<Token>> block_tokens;
    block_tokens.reserve(seg.blocks.size());
    for (const auto& b : seg.blocks) {
        block_tokens.push_back(tokenize(t, b.range.begin, b.range.end));
        DocumentNames own;
        collect_definitions(t, b.range, block_tokens.back(), own, names);
        for (auto& [a, c] : own.acronyms) names.acronyms.insert_or_assign(a, c);
        for (auto& [first, forms] : own.acronym_long_forms)
            for (auto& f : forms) names.add_acronym_long_form(first, std::move(f));
    }
    if (seg.has_title) collect_acronyms(t, seg.title, names);
    // first pass: people named in full give the surnames that later resolve "Dr B" and "B"
    {
        std::vector<ParagraphMentions> first;
        for (std::size_t i = 0; i < seg.blocks.size(); ++i)
            first.push_back(find_mentions(t, seg.blocks[i].range, names, std::move(block_tokens[i])));
        for (std::size_t i = 0; i < first.size(); ++i) collect_organisation_prefixes(first[i], t, names);
        // A letterhead: a line over the text that is the name of one body ("Fenmouth District
        // Council" over a committee report; segmentation keeps it as the title or drops it as a
        // masthead) tells the document's council and the body's shorter names. A headline's other
        // words are no actors, so nothing else of those lines is kept.
        std::vector<Range> top = seg.dropped;
        if (seg.has_title) top.push_back(seg.title);
        const std::size_t body_start = seg.blocks.empty() ? t.size() : seg.blocks.front().range.begin;
        for (const Range& line : top) {
            if (line.begin >= body_start) continue;
            ParagraphMentions head = find_mentions(t, line, names);
            std::string_view text = t.substr(line.begin, line.end - line.begin);
            while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\n')) text.remove_suffix(1);
            if (head.mentions.size() == 1 && head.mentions[0].kind == MentionKind::Organisation &&
                head.mentions[0].begin == line.begin && head.mentions[0].end == line.begin + text.size())
                collect_organisation_prefixes(head, t, names);
        }
        for (const auto& pm : first)
            for (const auto& m : pm.mentions) {
                // "Okoro said", "Mr Okoro": a person named by the surname alone
                if (m.kind == MentionKind::Person && m.names.size() == 1) names.lone_surnames.insert(m.names.front());
                if (m.kind == MentionKind::Person && m.names.size() >= 2) {
                    std::string full = m.names.front() + " " + m.names.back();
                    if (!names.organisation_prefixes.count(full)) names.surnames.insert(m.names.back());
                }
            }
        for (std::size_t i = 0; i < first.size(); ++i) block_tokens[i] = std::move(first[i].tokens);
    }
    std::vector<ParagraphMentions> pms;
    pms.reserve(seg.blocks.size());
    DocumentEntities ents;
    // A statement document (statement_document.hpp): its author speaks its own paragraphs. The
    // header names the author in full before the body says "Mr. B".
    const std::optional<StatementAuthor> author = statement_author(t, seg);
    Mention author_mention;
    if (author) {
        author_mention.kind = MentionKind::Person;
        for (std::size_t at = 0; at < author->name.size();) {
            std::size_t end = std::min(author->name.find(' ', at), author->name.size());
            author_mention.names.push_back(author->name.substr(at, end - at));
            at = end + 1;
        }
        ParagraphMentions header;
        header.mentions.push_back(author_mention);
        ents.register_full_names(header);
    }
    for (std::size_t i = 0; i < seg.blocks.size(); ++i) {
        pms.push_back(find_mentions(t, seg.blocks[i].range, names, std::move(block_tokens[i])));
        ents.register_full_names(pms.back(), t);
    }

    Attributor attributor(t, ents);
    std::vector<std::string> org_focus_before(seg.blocks.size());  // for "the organisation" in reported stances
    std::vector<std::vector<std::string>> bodies_before(seg.blocks.size());  // ... and "the council"
    std::vector<std::vector<std::string>> pronouns_of(seg.blocks.size());  // for "she" in reported stances
    std::string voter;  // the latest meeting named ("the LMCs Conference")
    std::size_t motion_preamble = seg.blocks.size();
    // A page is an interview when its questions are answered as "A: …" or it asks two or more
    // questions: one "Q: What happens next?" in an explainer does not make the rest answers.
    bool interview_page = false;
    // unmarked questions, each on the line right above its answer: at least two make an
    // interview; each answers only the one line under it
    std::vector<bool> inline_question(seg.blocks.size(), false);
    {
        int questions = 0, answers = 0, inline_questions = 0;
        for (std::size_t i = 0; i < seg.blocks.size(); ++i) {
            const Block& b = seg.blocks[i];
            std::string_view para = t.substr(b.range.begin, b.range.end - b.range.begin);
            questions += question_prefix(para) > 0;
            answers += answer_prefix(para) > 0;
            if (i + 1 < seg.blocks.size() && b.kind == BlockKind::Paragraph &&
                seg.blocks[i + 1].kind == BlockKind::Paragraph && !question_prefix(para) &&
                question_above_answer(t, b.range.begin, b.range.end, seg.blocks[i + 1].range.begin) &&
                find_quotes(t, b.range.begin, b.range.end).empty() &&
                find_quotes(t, seg.blocks[i + 1].range.begin, seg.blocks[i + 1].range.end).empty())
                inline_question[i] = true;
        }
        for (bool q : inline_question) inline_questions += q;
        if (inline_questions < 2) std::fill(inline_question.begin(), inline_question.end(), false);
        interview_page = answers > 0 || questions >= 2 || inline_questions >= 2;
    }
    // A transcript: two or more paragraphs open with a speaker label in capitals ("JESS MORAN:");
    // a label of one word ("HALLORAN:") counts when the page repeats it.
    bool transcript = false;
    std::string interviewer_name;  // the transcript's interviewer (interview.hpp): no stance of theirs
    {
        int labels = 0;
        std::map<std::string, int> one_word;
        std::string name, role;
        for (const auto& b : seg.blocks) {
            std::string_view para = t.substr(b.range.begin, b.range.end - b.range.begin);
            if (b.kind != BlockKind::Paragraph) continue;
            std::size_t lp = speaker_label(para, name, &role);
            if (!lp) continue;
            const bool first = labels == 0 && one_word.empty();
            if (name.find(' ') == std::string::npos) ++one_word[name];
            else ++labels;
            if ((first && opens_an_interview(para.substr(lp))) || interviewer_role(role)) interviewer_name = name;
        }
        for (const auto& [word, n] : one_word)
            if (n >= 2) labels += n;
        transcript = labels >= 2;
    }
    std::string statement_speaker;
    std::string statement_surname;
    std::size_t statement_body = t.size();
    if (author) {
        statement_speaker = ents.resolve(author_mention);
        statement_surname = author_mention.names.back();
        statement_body = author->header_end;
        if (!author->organisation.empty())
            out.affiliations.push_back({statement_speaker, ents.add_organisation(author->organisation), author->role});
        // "thank you for having the Harbour Cyclists Club ...": the body the witness speaks for
        for (std::size_t i = 0, seen = 0; i < seg.blocks.size() && seen < 2; ++i) {
            if (seg.blocks[i].kind != BlockKind::Paragraph || seg.blocks[i].range.begin < statement_body) continue;
            ++seen;
            if (std::string body = represented_body(t, pms[i]); !body.empty()) {
                out.affiliations.push_back({statement_speaker, ents.add_organisation(body), ""});
                break;
            }
        }
    }
    std::map<std::string, std::string> label_roles;  // a transcript's one-word role labels, answered once
    std::string section_speaker;  // whose statement the current section of a report is
    // A body's own press release (statement_document.hpp): the body its first paragraph names
    // first issues it, and its sentences that quote no one, up to the release's trailer, are the
    // body's statements.
    const bool release = !author && release_page(t);
    std::string issuer;
    bool release_ended = false;
    std::string inline_interviewee;  // who answers the unmarked questions
    bool interview = false;       // inside a Q&A interview
    bool marked_answers = false;  // its answers start with "A:"
    std::string interviewee;      // who answers its questions
    std::string_view question;    // the question being answered
    for (std::size_t i = 0; i < seg.blocks.size(); ++i) {
        const Block& b = seg.blocks[i];
        const ParagraphMentions& pm = pms[i];
        org_focus_before[i] = attributor.org_focus();
        bodies_before[i] = attributor.recent_bodies();
        for (const auto& m : pm.mentions)
            if (m.kind == MentionKind::Organisation && voting_body(m.org)) voter = ents.resolve(m);
        for (const auto& a : pm.affiliations) {
            std::string person = ents.resolve(pm.mentions[a.person]);
            std::string org = ents.add_organisation(a.org);
            if (!person.empty()) out.affiliations.push_back({person, org, a.role});
        }
        Range clause;
        bool carried = false;
        if (parse_motion_clause(t, b.range, clause, carried)) {
            if (carried && !voter.empty()) {
                ClaimRecord c = ClaimRecord::over(t, clause.begin, clause.end, ClaimKind::Vote, voter, 0.8);
                if (motion_preamble < seg.blocks.size()) {
                    Range p = seg.blocks[motion_preamble].range;
                    c.context = std::string(context_tail(t.substr(p.begin, p.end - p.begin))) + " " + c.text;
                } else {
                    c.context = c.text;
                }
                out.claims.push_back(std::move(c));
            }
            continue;
        }
        if (b.kind == BlockKind::Paragraph) motion_preamble = i;
        if (release && b.kind == BlockKind::Paragraph && issuer.empty() && !release_ended)
            for (const auto& m : pm.mentions)
                if (m.kind == MentionKind::Organisation) {
                    issuer = ents.resolve(m);
                    break;
                }
        if (release && release_trailer(t.substr(b.range.begin, b.range.end - b.range.begin))) release_ended = true;
        // A report's section under a statement heading ("DISSENTING STATEMENT OF THE HON. A B MLC"):
        // its paragraphs that quote no one are that member's writing (indirect: no quotation), up to the
        // next heading.
        // (A heading naming a statement document's own author leaves its paragraphs to the
        // author's reading below.)
        if (b.kind == BlockKind::Heading) {
            section_speaker.clear();
            if (auto h = statement_header(t.substr(b.range.begin, b.range.end - b.range.begin), b.range.begin);
                h && (!author || b.range.begin >= statement_body)) {
                const std::string surname = h->name.substr(h->name.rfind(' ') + 1);
                if (ascii_lower(surname) != ascii_lower(statement_surname))
                    section_speaker = ents.add_person_named(h->name);
            }
        }
        if (!section_speaker.empty() && b.kind == BlockKind::Paragraph &&
            find_quotes(t, b.range.begin, b.range.end).empty()) {
            ClaimRecord c = ClaimRecord::over(t, b.range.begin, b.range.end, ClaimKind::Indirect, section_speaker, 0.8);
            c.context = c.text;
            out.claims.push_back(std::move(c));
            continue;
        }
        // Q&A interviews (see interview.hpp): questions yield nothing, answers are the interviewee's
        if (b.kind == BlockKind::Heading) interview = false;
        if (b.kind == BlockKind::Paragraph) {
            std::string_view para = t.substr(b.range.begin, b.range.end - b.range.begin);
            // A transcript's labelled paragraph is its speaker's own words.
            std::string label_name;
            std::size_t lp = transcript ? speaker_label(para, label_name) : 0;
            const std::string label_speaker = lp ? transcript_speaker(label_name, b.range.begin, t, pms, i, ents, label_roles) : "";
            if (!label_speaker.empty()) {
                ClaimRecord c = ClaimRecord::over(t, b.range.begin + lp, b.range.end, ClaimKind::Direct, label_speaker, 0.8);
                c.context = c.text;
                out.claims.push_back(std::move(c));
                continue;
            }
            if (!statement_speaker.empty() && b.range.begin >= statement_body && author->opinion &&
                author_note(para, author->name))
                continue;  // "A B writes on politics for ...": about the author, no claim
            if (!statement_speaker.empty() && b.range.begin >= statement_body &&
                find_quotes(t, b.range.begin, b.range.end).empty()) {
                std::size_t lp = speaker_prefix(para, statement_surname);
                ClaimRecord c = ClaimRecord::over(t, b.range.begin + lp, b.range.end,
                                                  author->opinion ? ClaimKind::Indirect : ClaimKind::Direct,
                                                  statement_speaker, 0.8);
                c.context = c.text;
                out.claims.push_back(std::move(c));
                continue;
            }
            if (inline_question[i]) {
                if (inline_interviewee.empty()) inline_interviewee = attributor.focus();
                if (!inline_interviewee.empty() && i + 1 < seg.blocks.size()) {
                    const Range a = seg.blocks[i + 1].range;
                    ClaimRecord c = ClaimRecord::over(t, a.begin, a.end, ClaimKind::Direct, inline_interviewee, 0.7);
                    c.context = std::string(context_tail(para)) + " " + c.text;
                    out.claims.push_back(std::move(c));
                    ++i;  // the answer line is consumed
                    org_focus_before[i] = attributor.org_focus();
                }
                continue;
            }
            if (interview_page && question_prefix(para)) {
                if (!interview) interviewee = attributor.focus();
                interview = true;
                question = para;
                continue;
            }
            std::size_t ap = answer_prefix(para);
            // where answers are marked "A:", an unmarked paragraph is the article again
            if (interview && marked_answers && !ap) interview = false;
            // unmarked answers are the interviewee's words without quotation marks: a paragraph
            // quoting someone is the article again
            if (interview && !ap && !find_quotes(t, b.range.begin, b.range.end).empty()) interview = false;
            if (interview && !interviewee.empty()) {
                if (ap && question.data()) marked_answers = true;
                ClaimRecord c =
                    ClaimRecord::over(t, b.range.begin + ap, b.range.end, ClaimKind::Direct, interviewee, 0.7);
                c.context = std::string(context_tail(question)) + " " + c.text;
                out.claims.push_back(std::move(c));
                continue;
            }
        }
        switch (b.kind) {
            case BlockKind::Paragraph:
            case BlockKind::ListItem: {
                const std::size_t claims_before = out.claims.size();
                attributor.paragraph(b.range, pm, out.claims);
                pronouns_of[i] = attributor.pronoun_referents();
                if (author && author->opinion && !statement_speaker.empty() && b.range.begin >= statement_body)
                    add_author_sentences(t, b.range, statement_speaker, claims_before, out.claims);
                if (!issuer.empty() && !release_ended)
                    add_author_sentences(t, b.range, issuer, claims_before, out.claims);
                break;
            }
            case BlockKind::PullQuote:
                if (i + 1 < seg.blocks.size()) attributor.pull_quote(b.range, pms[i + 1], out.claims);
                break;
            case BlockKind::Heading:
            case BlockKind::PullQuoteCredit:
                for (const auto& m : pm.mentions)
                    if (m.kind != MentionKind::Pronoun) ents.resolve(m);
                break;
        }
    }

    // Affiliations the page's layout states: a release's contact block, a report's member list.
    for (const DocumentAffiliation& a : layout_affiliations(t, seg.blocks, pms, names)) {
        std::string person =
            a.person_name.empty() ? ents.resolve(pms[a.block].mentions[a.mention]) : ents.add_person_named(a.person_name);
        if (!person.empty()) out.affiliations.push_back({person, ents.add_organisation(a.org), a.role});
    }

    // Affiliations the page's masthead states (document_rules.hpp, site_masthead): its interviewer
    // and its columnist write for the publication the page is printed under.
    if (const std::string masthead = site_masthead(t); !masthead.empty()) {
        if (transcript && !interviewer_name.empty()) {
            // "JESS MORAN: Minister, ..." under "6XY RADIO": the host asks on the station's air
            const std::string host =
                transcript_speaker(interviewer_name, t.size(), t, pms, pms.size(), ents, label_roles);
            if (!host.empty()) out.affiliations.push_back({host, ents.add_organisation(masthead), "host"});
        }
        if (author && author->opinion && !statement_speaker.empty()) {
            // "A B is a Herald columnist." closing a column under "THE HERALD": one of its writers
            for (std::size_t i = 0; i < seg.blocks.size(); ++i) {
                if (seg.blocks[i].range.begin < statement_body) continue;
                std::string_view para = t.substr(seg.blocks[i].range.begin, seg.blocks[i].range.end - seg.blocks[i].range.begin);
                if (author_note(para, author->name) && names_publication(para, masthead)) {
                    out.affiliations.push_back({statement_speaker, ents.add_organisation(masthead), "columnist"});
                    break;
                }
            }
        }
    }

    // Affiliations national offices state: "U.S. Secretary of State A B", "Russian President C D".
    for (const DocumentAffiliation& a : national_office_affiliations(t, seg.blocks, pms)) {
        std::string person = ents.resolve(pms[a.block].mentions[a.mention]);
        if (!person.empty()) out.affiliations.push_back({person, ents.add_organisation(a.org), a.role});
    }

    // Readers' comments: each one a claim of its commenter (or of no one).
    for (const auto& cu : seg.comments) {
        ClaimRecord c = ClaimRecord::over(t, cu.range.begin, cu.range.end, ClaimKind::Direct,
                                          cu.commenter.empty() ? std::string() : ents.add_person_named(cu.commenter),
                                          1.0);
        c.comment = true;
        c.context = c.text;
        out.claims.push_back(std::move(c));
    }

    // A delegation's paragraph ("2.1 X (A B, chair). Mr B told the Committee ..."): what its
    // speaker says there is the body's submission.
    mark_delegations(out, t, seg.blocks, pms, ents);

    // Stances: of every claim, and reported by the journalist in body sentences.
    if (ctx.stance) {
        // The position the article is mainly about: "the bill", "the plan" in a claim name it.
        std::vector<PositionMention> named;
        const DocumentFocus focus = ctx.stance->focus(t, named);
        const std::string interviewer =
            transcript && !interviewer_name.empty() ? transcript_speaker(interviewer_name, t.size(), t, pms, pms.size(), ents, label_roles) : "";
        for (auto& c : out.claims) {
            // the interviewer asks and challenges ("Some of our listeners call it a cash grab"):
            // the words put a view to the guest, they are not the interviewer's side
            if (!interviewer.empty() && c.speaker_key == interviewer) continue;
            // "it", "the move", "these powers" in a claim stand for the position named last
            // before it (its antecedent), else for the document's focus.
            DocumentFocus local = focus;
            local.antecedent_id = antecedent(named, c.span, previous_paragraph_start(seg.blocks, c.span.start));
            local.quoted = c.kind == ClaimKind::Direct || c.kind == ClaimKind::Partial;
            local.claim_begin = static_cast<std::size_t>(c.span.start);  // (its tokens are the document's there)
            for (const auto& h : ctx.stance->classify(c.text, c.context, local)) {
                c.stances.push_back(to_record(h.position_id, h.polarity, h.confidence));
                c.stances.back().evidence = evidence_spans(t, c, h.evidence);
            }
        }
        carry_sides_within_document(out);
        // The actor a reported stance's subject, bytes `ar` of block i's sentence, names ("" when
        // none): a person, a body, a government, or who a pronoun or "the organisation" stands for.
        auto reported_actor = [&](std::size_t i, Range ar) -> std::string {
            const std::size_t owner_end = possessive_in(t, ar);
            // a province or state with ministers of its own is its government ("South
            // Australia will take the power to approve wind farms away from councils"),
            // however the mention finder read the name
            if (owner_end == std::string_view::npos)
                if (std::string government = jurisdiction_government(t.substr(ar.begin, ar.end - ar.begin));
                    !government.empty())
                    return ents.add_organisation(government);
            // "South Australia's wind and solar industry has welcomed X": the subject is what
            // the name owns, no actor of the text; only its role ("the council's chief
            // executive welcomed X") speaks for it
            if (owner_end != std::string_view::npos && !possessive_role_follows(t, ar.begin + owner_end)) return {};
            std::string actor;
            auto in_span = actor_mentions(pms[i].mentions, t, ar, names);
            // "Republican A B says he would vote against": the person, not the party word
            // before the name
            for (auto p = in_span.rbegin(); p != in_span.rend(); ++p)
                if (p->kind == MentionKind::Person) {
                    const Mention person = *p;
                    in_span.assign(1, person);
                    break;
                }
            for (const auto& m : in_span) {
                if (m.kind == MentionKind::Pronoun) {
                    // "She ruled out a levy": the person the pronoun stands for
                    actor = pronoun_referent(pms[i].mentions, pronouns_of[i], m);
                    if (actor.empty()) continue;
                    break;
                }
                if (m.kind == MentionKind::OrgReference) {
                    // "the organisation": the latest organisation named before it
                    std::size_t tok = std::lower_bound(pms[i].tokens.begin(), pms[i].tokens.end(), ar.begin,
                                                       [](const Token& k, std::size_t o) { return k.begin < o; }) -
                                      pms[i].tokens.begin();
                    actor = attributor.org_referent(pms[i], tok, org_focus_before[i],
                                                    m.names.empty() ? std::string_view() : m.names.front(),
                                                    &bodies_before[i]);
                } else {
                    actor = ents.resolve(m);
                }
                break;
            }
            // "The United States and Russia agreed on X": a country as the subject is its government
            // (not a possessive: "the United States' largest lobby says ...")
            if (actor.empty() && owner_end == std::string_view::npos)
                if (std::string government = country_government(t.substr(ar.begin, ar.end - ar.begin)); !government.empty())
                    actor = ents.add_organisation(government);
            return actor;
        };
        // what a question's target may stand for: what a text names by its own words (no focus, no
        // antecedent), the headline, the focus, the position named last before the question
        ExplainerSides explainer({
            [&](std::string_view text) {
                std::vector<std::string> ids;
                for (const auto& h : ctx.stance->classify(text, std::string_view(), DocumentFocus{})) ids.push_back(h.position_id);
                return ids;
            },
            out.title,
            seg.blocks.empty() ? std::string_view() : t.substr(seg.blocks[0].range.begin, seg.blocks[0].range.end - seg.blocks[0].range.begin),
            focus.position_id,
            [&](const Block& b) {
                return antecedent(named, Span{b.range.begin, b.range.end}, previous_paragraph_start(seg.blocks, b.range.begin));
            }});
        for (std::size_t i = 0; i < seg.blocks.size(); ++i) {
            const Block& b = seg.blocks[i];
            // "Who is for the freeze?": the side the next paragraph's list of names takes
            if (explainer.ask(t, b)) continue;
            if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::ListItem) {
                explainer.forget();
                continue;
            }
            bool first_sentence = true;
            for (const Range& s : split_sentences(t, b.range.begin, b.range.end)) {
                std::string_view sentence = t.substr(s.begin, s.end - s.begin);
                // "... the FCC's order. A and B voted for, C and D against.": a verb with its
                // object left out is about the position named last before the sentence (within
                // a claim's antecedent reach: this paragraph and the one before), else about the
                // document's subject
                DocumentFocus here = focus;
                here.antecedent_id = antecedent(named, Span{s.begin, s.end}, previous_paragraph_start(seg.blocks, s.begin));
                std::vector<ReportedRecord> found;
                for (const auto& r : ctx.stance->reported(sentence, here)) {
                    if (r.actor_end <= r.actor_begin || r.actor_end > sentence.size()) continue;
                    std::string actor = reported_actor(i, Range{s.begin + r.actor_begin, s.begin + r.actor_end});
                    if (actor.empty()) continue;
                    found.push_back({actor, to_record(r.position_id, r.polarity, r.confidence)});
                    found.back().stance.evidence = reported_evidence(t, s.begin, s.end, evidence_of(r));
                }
                // the names answering a question, or echoing the sentence before ("So does X")
                for (const Range& ar : explainer.listed(t, s, first_sentence, pms[i].mentions)) {
                    std::string actor = reported_actor(i, ar);
                    if (actor.empty()) continue;
                    for (const auto& side : explainer.sides()) {
                        const bool known = std::any_of(found.begin(), found.end(), [&](const ReportedRecord& r) {
                            return r.actor_key == actor && r.stance.position_id == side.position_id;
                        });
                        if (known) continue;
                        found.push_back({actor, to_record(side.position_id, side.polarity, side.confidence)});
                        found.back().stance.evidence = reported_evidence(t, s.begin, s.end, {});
                    }
                }
                explainer.heard(found);
                first_sentence = false;
                out.reported.insert(out.reported.end(), found.begin(), found.end());
            }
        }
        ministers_back_their_proposals(out, [&](std::string_view text) { return ctx.stance->plain(text); });
    }

    // an acronym the text defines is another name of its organisation
    for (const auto& [acronym, canonical] : names.acronyms)
        ents.add_alias("org:" + organisation_key(canonical), acronym);
    release_unneeded_contexts(out.claims);
    out.part_of = ents.part_of();
    out.actors = ents.actors();
    std::sort(out.claims.begin(), out.claims.end(),
              [](const ClaimRecord& a, const ClaimRecord& b) { return a.span.start < b.span.start; });
    return out;
}

}  // namespace sg::loaders
