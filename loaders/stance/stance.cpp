// Stance classification: position mentions from the codebook's cue patterns, polarity from the
// general cue lexicons weighed by distance, negation, modality, contrast and hedging.
// See loaders/stance/README.md for the method and its limits.
#include "loaders/stance/stance.hpp"
#include "loaders/stance/defined_terms.hpp"

#include <algorithm>
#include <cmath>

#include "loaders/stance/document_tokens.hpp"
#include "loaders/stance/stance_analysis.hpp"
#include "loaders/stance/stance_topic_words.hpp"

namespace sg::loaders {

using namespace stance;

struct StanceClassifier::Lexicons {
    std::shared_ptr<const stance::Lexicons> base;
    std::vector<PositionPatterns> positions;  // codebook order
    PatternIndex pattern_index;  // of the positions' patterns
};

std::string_view to_string(Polarity p) {
    switch (p) {
        case Polarity::Supports: return "supports";
        case Polarity::Opposes: return "opposes";
        case Polarity::About: break;
    }
    return "about";
}

Polarity compose(Polarity towards_motion, Polarity motion) {
    if (towards_motion == Polarity::About || motion == Polarity::About) return Polarity::About;
    return towards_motion == motion ? Polarity::Supports : Polarity::Opposes;
}

StanceClassifier::StanceClassifier(const Codebook& codebook) : codebook_(codebook) {
    auto lex = std::make_shared<Lexicons>();
    lex->base = builtin_lexicons();
    for (const auto& p : codebook_.positions) {
        lex->positions.push_back(compile_position(p, lex->base->irregular));
        lex->positions.back().index = lex->positions.size() - 1;
    }
    assign_proposal_nouns(codebook_, lex->positions, *lex->base);
    auto derived = derive_topic_patterns(codebook_, *lex->base);
    // Only for positions the codebook gives no patterns of its own: where it does, its author's
    // cues are the better guide, and label words alone found too much (precision fell from
    // 0.94 to 0.79 on the example corpus).
    for (std::size_t i = 0; i < derived.size(); ++i) {
        const auto& p = codebook_.positions[i];
        if (p.cues.empty() && p.aliases.empty() && p.supports_cues.empty() && p.opposes_cues.empty())
        {
            lex->positions[i].derived = std::move(derived[i].patterns);
            lex->positions[i].derived_contrary = std::move(derived[i].contrary);
        }
    }
    // Tier 2 for every position: words only its label, aliases or id use.
    auto roots = distinctive_roots(codebook_, *lex->base);
    for (std::size_t i = 0; i < roots.size(); ++i) lex->positions[i].distinctive = std::move(roots[i]);
    for (std::size_t i = 0; i < lex->positions.size(); ++i) {
        lex->positions[i].gerund_heads = gerund_heads(codebook_.positions[i], *lex->base);
        lex->positions[i].removal_object = removal_object_roots(codebook_.positions[i], *lex->base);
        RemovalAliases aliases = removal_aliases(codebook_.positions[i], *lex->base);
        lex->positions[i].removed_aliases = std::move(aliases.removed);
        lex->positions[i].naming_roots = std::move(aliases.naming_roots);
    }
    // Cues that name the alternative a position rejects count reversed.
    for (std::size_t i = 0; i < lex->positions.size(); ++i) {
        auto& topic = lex->positions[i].topic;
        for (auto it = topic.begin(); it != topic.end();)
            if (names_rejected_alternative(*it, codebook_.positions[i], *lex->base)) {
                lex->positions[i].derived_contrary.push_back(std::move(*it));
                it = topic.erase(it);
            } else {
                ++it;
            }
    }
    auto heads = head_roots(codebook_, *lex->base);
    for (std::size_t i = 0; i < heads.size(); ++i) lex->positions[i].heads = std::move(heads[i]);
    // Each pattern's own place in an analysis' memo of matches (every text is asked about the
    // patterns of every position, several times over), and the patterns by first word, so that
    // a text is asked only about those that can match in it. The patterns stay where they are
    // from here on (the index knows them by address).
    for (auto& p : lex->positions) {
        for (auto* pats : {&p.topic, &p.favour, &p.disfavour, &p.derived, &p.derived_contrary})
            lex->pattern_index.add(*pats);
        p.pattern_index = &lex->pattern_index;
    }
    lex_ = std::move(lex);
}

StanceClassifier::~StanceClassifier() = default;
StanceClassifier::StanceClassifier(const StanceClassifier&) = default;
StanceClassifier& StanceClassifier::operator=(const StanceClassifier&) = default;

Polarity StanceClassifier::overall(std::string_view text) const {
    Analysis a = analyse(text, *lex_->base);
    return polarity_of(overall_score(a, *lex_->base));
}

bool StanceClassifier::plain(std::string_view text) const {
    Analysis a = analyse(text, *lex_->base);
    if (!a.markers.empty()) return false;
    for (double h : a.hedge)
        if (h < 1.0) return false;
    return true;
}

std::vector<StanceHit> StanceClassifier::classify(std::string_view claim_text, std::string_view context) const {
    return classify(claim_text, context, DocumentFocus{});
}

namespace {

// "A charge that vanishes into the general budget? No.": a question naming a position, answered
// by a bare refusal in the next sentence ("No.", "No way.", "Absolutely not."), opposes it.
void refused_by_answer(const Analysis& a, std::size_t position, StanceHit& hit) {
    static const std::vector<std::vector<std::string_view>> refusals = {
        {"no"}, {"no", "way"}, {"absolutely", "not"}, {"certainly", "not"}, {"of", "course", "not"}, {"never"},
        {"not", "a", "chance"}, {"hardly"}};
    const auto& t = a.tokens;
    if (position >= 64 || a.named_by.size() < t.size()) return;
    for (std::size_t q = 0; q < t.size(); ++q) {
        if (t[q].kind != TokKind::SentenceEnd || a.text.substr(t[q].begin, 1) != "?") continue;
        // the question names the position
        bool named = false;
        for (std::size_t k = q; k-- > 0 && t[k].sentence == t[q].sentence;)
            named = named || (a.named_by[k] >> position & 1);
        if (!named) continue;
        // the answer: the next sentence's words, nothing else
        std::vector<std::string_view> answer;
        std::size_t k = q + 1;
        for (; k < t.size() && t[k].kind != TokKind::SentenceEnd; ++k)
            if (t[k].kind == TokKind::Word) answer.push_back(t[k].lower);
        if (std::find(refusals.begin(), refusals.end(), answer) == refusals.end()) continue;
        hit.polarity = Polarity::Opposes;
        hit.confidence = 0.6;
        hit.score = -1.0;
        hit.evidence.push_back({"cue", std::string(a.text.substr(t[q + 1].begin, t[k - 1].end - t[q + 1].begin)), false,
                                t[q + 1].begin, t[k - 1].end});
        return;
    }
}

std::size_t position_index(const Codebook& codebook, const std::string& id) {
    for (std::size_t i = 0; i < codebook.positions.size(); ++i)
        if (!id.empty() && codebook.positions[i].id == id) return i;
    return std::string::npos;
}

std::size_t focus_index(const Codebook& codebook, const DocumentFocus& focus) {
    return position_index(codebook, focus.position_id);
}

// Evidence read in the context (the lead-in) rather than in the claim.
std::vector<StanceEvidence> in_context_evidence(std::vector<StanceEvidence> ev) {
    for (auto& e : ev) e.in_context = true;
    return ev;
}

}  // namespace

DocumentFocus StanceClassifier::focus(std::string_view document_text) const {
    std::vector<PositionMention> unused;
    return focus(document_text, unused);
}

DocumentFocus StanceClassifier::focus(std::string_view document_text, std::vector<PositionMention>& mentions) const {
    const stance::Lexicons& L = *lex_->base;
    Analysis doc = analyse(document_text, L, false);  // where positions are named, not on which side
    mentions.clear();
    double best = 0, second = 0;
    std::size_t at = std::string::npos;
    for (std::size_t i = 0; i < lex_->positions.size(); ++i) {
        // One pass per position gives both its weight and where it is named (cues, aliases,
        // label: the explicit namings an antecedent needs).
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        double w = naming_weight(doc, lex_->positions[i], L, &spans);
        for (const auto& [first, last] : spans)
            mentions.push_back({codebook_.positions[i].id, doc.tokens[first].begin, doc.tokens[last].end});
        if (w > best) {
            second = best;
            best = w;
            at = i;
        } else if (w > second) {
            second = w;
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const PositionMention& x, const PositionMention& y) { return x.begin < y.begin; });
    DocumentFocus found;
    // The document's tokens, for its sentences, claims and contexts (the analysis is done with).
    found.document = std::make_shared<const DocumentTokens>(document_text, std::move(doc.tokens), L.irregular);
    // A measure the document names and defines a short name for ("... Bill 2027 (the Bill)") is
    // what "the Bill" means in it.
    if (std::string defined = stance::defined_measure(document_text, mentions, L); !defined.empty()) {
        found.position_id = std::move(defined);
        return found;
    }
    // Named twice at least, and clearly the main subject: a fifth more than the runner-up.
    if (at == std::string::npos || best < 2.0 || best < 1.2 * second) return found;
    found.position_id = codebook_.positions[at].id;
    return found;
}

std::vector<StanceHit> StanceClassifier::classify(std::string_view claim_text, std::string_view context,
                                                  const DocumentFocus& focus) const {
    const stance::Lexicons& L = *lex_->base;
    const std::size_t focused = focus_index(codebook_, focus);
    // What "it", "this", "the move" stand for: the antecedent, else the focus.
    std::size_t referent = position_index(codebook_, focus.antecedent_id);
    if (referent == std::string::npos) referent = focused;
    // Tiers 1 and 2 first (cues, aliases, distinctive label words, a noun only one position
    // owns: "the ban"); the document focus ("the bill", "the plan") only when they name nothing.
    auto score_named = [&](Analysis& a) {
        std::vector<Focus> tiers12(lex_->positions.size()), with_focus(lex_->positions.size());
        for (std::size_t i = 0; i < lex_->positions.size(); ++i) {
            with_focus[i] = focus_for(i, focused);
            tiers12[i] = with_focus[i] == Focus::Here ? Focus::Elsewhere : with_focus[i];
        }
        std::vector<std::optional<PositionScore>> scores(lex_->positions.size());
        for (const auto* f : {&tiers12, &with_focus}) {
            mark_mentions(a, lex_->positions, L, *f);
            bool any = false;
            for (std::size_t i = 0; i < lex_->positions.size(); ++i) {
                scores[i] = score_position(a, lex_->positions[i], L, (*f)[i], i);
                any = any || scores[i].has_value();
            }
            if (any || focused == std::string::npos) break;
        }
        return scores;
    };
    // Tier 4: nothing named, but the text refers back ("it will gut ...", "these powers").
    auto score_back = [&](Analysis& a) {
        std::vector<std::optional<PositionScore>> scores(lex_->positions.size());
        if (referent == std::string::npos || a.back_refs.empty()) return scores;
        std::vector<Focus> back(lex_->positions.size());
        for (std::size_t i = 0; i < back.size(); ++i) back[i] = focus_for(i, referent);
        std::swap(a.proposal_refs, a.back_refs);
        mark_mentions(a, lex_->positions, L, back);
        for (std::size_t i = 0; i < lex_->positions.size(); ++i)
            scores[i] = score_position(a, lex_->positions[i], L, back[i], i);
        std::swap(a.proposal_refs, a.back_refs);
        return scores;
    };
    // The claim's, its context's and the context's beginnings' tokens: the document's, where
    // these are its bytes (the claim at focus.claim_begin, the context around it), else made.
    const std::size_t claim_at =  // where the claim stands in its lead-in (npos: not inside it)
        context.empty() || claim_text.empty() ? std::string_view::npos : context.find(claim_text);
    const std::size_t context_begin = claim_at != std::string_view::npos && focus.claim_begin != std::string::npos &&
                                              claim_at <= focus.claim_begin
                                          ? focus.claim_begin - claim_at
                                          : std::string::npos;
    auto tokens_at = [&](std::string_view piece, std::size_t begin) {
        return focus.document ? focus.document->tokens_of(piece, begin, L.irregular) : tokenize(piece, L.irregular);
    };
    auto analyse_context = [&](std::string_view piece) { return analyse(piece, tokens_at(piece, context_begin), L); };
    // reported speech: "[X said] it would find a new route" is X's own intent
    std::vector<Token> claim_tokens = tokens_at(claim_text, focus.claim_begin);
    std::optional<Analysis> as_speaker = focus.quoted ? std::nullopt : analyse_as_speaker(claim_text, claim_tokens, L);
    Analysis claim = as_speaker ? std::move(*as_speaker) : analyse(claim_text, std::move(claim_tokens), L);
    mark_others_attitudes(claim, L, 0, std::string_view::npos, !focus.quoted);
    auto names_any = [](const std::vector<std::optional<PositionScore>>& scores) {
        return std::any_of(scores.begin(), scores.end(), [](const auto& s) { return s.has_value(); });
    };
    std::vector<std::optional<PositionScore>> in_claim = score_named(claim);
    bool claim_names_a_position = names_any(in_claim);

    std::vector<StanceHit> out;
    const bool has_context = !context.empty();
    std::optional<Analysis> ctx;  // the context's analysis, when it is not the claim's
    std::vector<std::optional<PositionScore>> in_context(lex_->positions.size());
    double claim_overall = 0;
    bool claim_mentions_motion = false;
    // A claim that is its own context (a comment, an author's sentence, a quote with no lead-in):
    // the context's analysis would be the claim's over again (the same bytes, so the same tokens,
    // and the same reading of others' attitudes over the whole text), and so would its scores.
    // Not so when the claim was read as its speaker's clause (analyse_as_speaker changed it).
    const bool context_is_claim = !as_speaker && has_context && context == claim_text;
    if (has_context) {
        if (context_is_claim) {
            in_context = in_claim;
        } else {
            ctx = analyse_context(context);
            // The quote itself inside its lead-in: the same reading of others' attitudes.
            if (claim_at != std::string_view::npos)
                mark_others_attitudes(*ctx, L, claim_at, claim_at + claim_text.size(), !focus.quoted);
            in_context = score_named(*ctx);
        }
        claim_overall = overall_score(claim, L);
        // A motion the claim takes a side on: a cue within four words of the motion word ("I
        // oppose this motion", "the amendment is a mistake"), not a side on something else in a
        // sentence that happens to name an amendment.
        for (std::size_t k = 0; k < claim.tokens.size() && !claim_mentions_motion; ++k) {
            const Token& t = claim.tokens[k];
            if (t.kind != TokKind::Word || !L.motion_words.count(t.stem)) continue;
            for (const auto& c : claim.cues) {
                if (claim.tokens[c.first].sentence != t.sentence) continue;
                std::size_t gap = c.last < k ? claim.word_pos[k] - claim.word_pos[c.last + 1]
                                 : c.first > k ? claim.word_pos[c.first] - claim.word_pos[k + 1] : 0;
                if (gap <= 4) claim_mentions_motion = true;
            }
        }
    }
    // "She said X would be 'mad not to try it', but warned that a low-emission zone ...": a claim
    // that refers back takes its antecedent, not a position its lead-in names only after it.
    // "... said the charge was 'about as good a tax as a state can levy' but that the ring-fence
    // was a mistake": a position the lead-in names only after the claim belongs to another
    // clause, when the claim or the lead-in before it names one of its own.
    // Positions the lead-in names only after the claim, in a relative clause ("'...,' said X, who
    // introduced the first Y bill"): the claim's tone is not about them (below).
    std::vector<bool> named_after_claim(in_context.size(), false);
    if (ctx && claim_at != std::string_view::npos && claim_at + claim_text.size() < context.size()) {
        bool only_after = false;
        for (std::size_t i = 0; i < in_context.size(); ++i) only_after = only_after || (in_context[i] && !in_claim[i]);
        if (only_after) {
            Analysis upto = analyse_context(context.substr(0, claim_at + claim_text.size()));
            auto named_upto = score_named(upto);
            // only inside a relative clause about the speaker ("said X, who ..."): "'It is a
            // disaster,' he said of the bike lanes" names the quote's topic after it
            const std::size_t claim_end = claim_at + claim_text.size();
            std::size_t relative = std::string_view::npos;
            for (const char* w : {" who ", " whose ", " which "})
                relative = std::min(relative, context.find(w, claim_end));
            if (relative != std::string_view::npos) {
                Analysis before_relative = analyse_context(context.substr(0, relative));
                auto named_before_relative = score_named(before_relative);
                for (std::size_t i = 0; i < in_context.size(); ++i)
                    named_after_claim[i] = in_context[i] && !named_upto[i] && !named_before_relative[i];
            }
            if (claim_names_a_position || names_any(named_upto))
                for (std::size_t i = 0; i < in_context.size(); ++i)
                    if (!named_upto[i]) in_context[i].reset();
        }
    }
    auto pronoun_back = [&](const Analysis& a) {  // "it", "this", "that": not "the best decision"
        return std::any_of(a.back_refs.begin(), a.back_refs.end(), [&](const auto& r) {
            const std::string& w = a.tokens[r.first].lower;
            return r.first == r.second && (w == "it" || w == "this" || w == "that" || w == "them" || w == "it's" || w == "that's");
        });
    };
    if (!claim_names_a_position && names_any(in_context) && referent != std::string::npos &&
        claim_at != std::string_view::npos && pronoun_back(claim)) {
        Analysis before = analyse_context(context.substr(0, claim_at));
        if (!names_any(score_named(before))) in_context.assign(in_context.size(), std::nullopt);
    }
    // Neither the claim nor its lead-in names a position: "it", "this", "the move" in the claim
    // refer back to the one named last before it (or the document's focus).
    if (!claim_names_a_position && !names_any(in_context)) {
        in_claim = score_back(claim);
        claim_names_a_position = names_any(in_claim);
    }
    for (std::size_t i = 0; i < lex_->positions.size(); ++i) {
        const std::string& id = codebook_.positions[i].id;
        if (in_claim[i]) {
            StanceHit hit = decide(id, *in_claim[i]);
            if (hit.polarity == Polarity::About) refused_by_answer(claim, i, hit);
            if (hit.polarity == Polarity::About && has_context) {
                // The claim names the position without taking a clear side; a clear side in
                // the lead-in ("X said Y was not appropriate: '...'") stands, less surely.
                if (const auto& in_ctx = in_context[i]) {
                    StanceHit from_ctx = decide(id, *in_ctx);
                    if (from_ctx.polarity != Polarity::About) {
                        hit.polarity = from_ctx.polarity;
                        hit.score = from_ctx.score;
                        hit.confidence = 0.5;
                        hit.evidence = in_context_evidence(std::move(from_ctx.evidence));
                    }
                }
            }
            out.push_back(std::move(hit));
            continue;
        }
        if (!has_context) continue;
        const auto& in_ctx = in_context[i];
        if (!in_ctx) continue;
        // Named only in the context: the claim's own side decides, at lower confidence.
        StanceHit hit{id, Polarity::About, 0.4, 0.0, {}};
        Polarity claim_side = polarity_of(claim_overall);
        Polarity ctx_side = decide(id, *in_ctx).polarity;
        if (claim_mentions_motion && claim_side != Polarity::About && ctx_side != Polarity::About) {
            // "I oppose this motion" about a motion that opposes X: supports X.
            hit.polarity = compose(claim_side, ctx_side);
            hit.confidence = 0.6;
            hit.evidence = overall_evidence(claim, L, claim_side == Polarity::Supports);
            for (auto& e : in_context_evidence(decide(id, *in_ctx).evidence)) hit.evidence.push_back(std::move(e));
            hit.score = (hit.polarity == Polarity::Supports ? 1 : -1) * std::min(std::fabs(claim_overall), std::fabs(in_ctx->total));
        } else if (!claim_names_a_position && claim_side != Polarity::About && !named_after_claim[i]) {
            // The lead-in names the topic ("X means councils running Y:"), the quote takes the side.
            hit.polarity = claim_side;
            hit.confidence = 0.45;
            hit.evidence = overall_evidence(claim, L, claim_side == Polarity::Supports);
            hit.score = claim_overall;
        }
        out.push_back(std::move(hit));
    }
    return out;
}

std::vector<ReportedStance> StanceClassifier::reported(std::string_view sentence) const {
    return find_reported(sentence, lex_->positions, codebook_, *lex_->base);
}

std::vector<ReportedStance> StanceClassifier::reported(std::string_view sentence, const DocumentFocus& focus) const {
    const stance::Lexicons& L = *lex_->base;
    const std::size_t focused = focus_index(codebook_, focus);
    // what a verb with no object is about: the position named just before, else the focus
    const std::size_t referent = position_index(codebook_, focus.antecedent_id);
    // A sentence of the focus' document: its tokens are the document's. Most sentences hold no
    // reporting verb, which is seen on them in place; only the others are copied.
    if (const DocumentTokens* doc = focus.document.get(); doc && &L.irregular == &doc->irregular()) {
        const std::size_t begin = doc->offset_of(sentence);
        if (begin != std::string::npos)
            if (const auto r = doc->clean_range(begin, begin + sentence.size())) {
                if (!may_hold_reported_cue(doc->tokens(*r), L)) return {};
                return find_reported(sentence, rebased(doc->tokens(*r), begin), lex_->positions, codebook_, L, focused, referent);
            }
    }
    return find_reported(sentence, lex_->positions, codebook_, L, focused, referent);
}

}  // namespace sg::loaders
