#include "loaders/stance/stance_lexicons.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <cmath>
#include <sstream>

namespace sg::loaders::stance {
namespace {

const char kIntent[] =
#include "embedded/stance_intent.txt.inc"
    ;
const char kSupport[] =
#include "embedded/stance_support.txt.inc"
    ;
const char kOppose[] =
#include "embedded/stance_oppose.txt.inc"
    ;
const char kHarm[] =
#include "embedded/stance_harm.txt.inc"
    ;
const char kNegators[] =
#include "embedded/stance_negators.txt.inc"
    ;
const char kModals[] =
#include "embedded/stance_modals.txt.inc"
    ;
const char kContrast[] =
#include "embedded/stance_contrast.txt.inc"
    ;
const char kHedges[] =
#include "embedded/stance_hedges.txt.inc"
    ;
const char kReported[] =
#include "embedded/stance_reported.txt.inc"
    ;
const char kMotionWords[] =
#include "embedded/stance_motion_words.txt.inc"
    ;
const char kDeterminers[] =
#include "embedded/stance_determiners.txt.inc"
    ;
const char kIrregular[] =
#include "embedded/stance_irregular.txt.inc"
    ;
const char kAuxiliaries[] =
#include "embedded/stance_auxiliaries.txt.inc"
    ;
const char kNegRaising[] =
#include "embedded/stance_neg_raising.txt.inc"
    ;
const char kClauseWords[] =
#include "embedded/stance_clause_words.txt.inc"
    ;
const char kReferBack[] =
#include "embedded/stance_refer_back.txt.inc"
    ;
const char kProposalNouns[] =
#include "embedded/stance_proposal_nouns.txt.inc"
    ;
const char kBackNouns[] =
#include "embedded/stance_back_nouns.txt.inc"
    ;
const char kQualifiers[] =
#include "embedded/stance_qualifiers.txt.inc"
    ;
const char kTopicStopwords[] =
#include "embedded/stance_topic_stopwords.txt.inc"
    ;
const char kContraryMarkers[] =
#include "embedded/stance_contrary_markers.txt.inc"
    ;
const char kAbsence[] =
#include "embedded/stance_absence.txt.inc"
    ;
const char kRemoval[] =
#include "embedded/stance_removal.txt.inc"
    ;
const char kRemovalGovernors[] =
#include "embedded/stance_removal_governors.txt.inc"
    ;
const char kRemovalParticles[] =
#include "embedded/stance_removal_particles.txt.inc"
    ;
const char kSubjectPronouns[] =
#include "embedded/stance_subject_pronouns.txt.inc"
    ;
const char kOpinionVerbs[] =
#include "embedded/stance_opinion_verbs.txt.inc"
    ;
const char kSpeechVerbs[] =
#include "embedded/stance_speech_verbs.txt.inc"
    ;
const char kRequestVerbs[] =
#include "embedded/stance_request_verbs.txt.inc"
    ;
const char kOpportunityWords[] =
#include "embedded/stance_opportunity_words.txt.inc"
    ;
const char kConditionalOpeners[] =
#include "embedded/stance_conditional_openers.txt.inc"
    ;
const char kDeferralVerbs[] =
#include "embedded/stance_deferral_verbs.txt.inc"
    ;
const char kReductionVerbs[] =
#include "embedded/stance_reduction_verbs.txt.inc"
    ;
const char kJoiningVerbs[] =
#include "embedded/stance_joining_verbs.txt.inc"
    ;
const char kEmotionFrames[] =
#include "embedded/stance_emotion_frames.txt.inc"
    ;
const char kRequestNouns[] =
#include "embedded/stance_request_nouns.txt.inc"
    ;
const char kClaimNouns[] =
#include "embedded/stance_claim_nouns.txt.inc"
    ;
const char kOthersSubjects[] =
#include "embedded/stance_others_subjects.txt.inc"
    ;
// Not a stance lexicon: the pipeline's organisation nouns, read here as words naming who acts.
const char kOrgNouns[] =
#include "embedded/org_nouns.txt.inc"
    ;
// Not a stance lexicon either: generic words for a body ("the group", "the company"), which, as
// the subject of reported speech, stand for the speaker's own body (analyse_as_speaker).
const char kGenericBodyNouns[] =
#include "embedded/generic_body_nouns.txt.inc"
    ;
const char kActorStopwords[] =
#include "embedded/stance_actor_stopwords.txt.inc"
    ;

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(start, nl - start);
        start = nl + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (line.empty() || line.front() == '#') continue;
        out.emplace_back(line);
    }
    return out;
}

std::optional<double> number(const std::string& w) {
    double v = 0;
    const char* b = w.data();
    const char* e = b + w.size();
    if (!w.empty() && *b == '+') ++b;
    auto [p, ec] = std::from_chars(b, e, v);
    if (ec != std::errc() || p != e) return std::nullopt;
    return v;
}

std::unordered_set<std::string> stem_set(std::string_view text, const IrregularForms& irregular) {
    std::unordered_set<std::string> out;
    for (const auto& line : lines_of(text))
        for (const auto& t : tokenize(line, irregular))
            if (t.kind == TokKind::Word) out.insert(t.contracted_negation ? t.lower : t.stem);
    return out;
}

}  // namespace

std::vector<Cue> parse_cues(std::string_view file_text, const IrregularForms& irregular) {
    std::vector<Cue> out;
    for (const auto& line : lines_of(file_text)) {
        std::vector<std::string> words;
        std::istringstream in(line);
        for (std::string w; in >> w;) words.push_back(w);
        Cue cue;
        std::vector<double> weights;
        // Trailing numbers are weights; a trailing tag word is allowed after them only in the
        // files that use tags (contrast, reported), recognised by being a known tag.
        while (!words.empty()) {
            const std::string& last = words.back();
            if (last == "main" || last == "concession" || last == "conditional" || last == "reason" || last == "question" || last == "outweighed" || last == "disputed" || last == "replacement" || last == "contrary" || last == "vote" ||
                last == "intent" || last == "wish" || last == "governed") {
                if (!cue.tag.empty()) break;
                cue.tag = last;
                words.pop_back();
            } else if (auto v = number(last)) {
                weights.insert(weights.begin(), *v);
                words.pop_back();
            } else {
                break;
            }
        }
        if (words.empty()) continue;
        if (!weights.empty()) cue.weight = weights[0];
        if (weights.size() > 1) cue.negated_weight = weights[1];
        std::string phrase;
        for (const auto& w : words) phrase += (phrase.empty() ? "" : " ") + w;
        cue.pattern = compile_pattern(phrase, irregular);
        if (!cue.pattern.terms.empty()) out.push_back(std::move(cue));
    }
    return out;
}

CueIndex index_cues(const std::vector<Cue>& cues) {
    CueIndex out;
    out.built = true;
    for (std::size_t i = 0; i < cues.size(); ++i) {
        if (cues[i].pattern.terms.empty()) continue;
        for (const auto& alt : cues[i].pattern.terms[0].alternatives) {
            auto& list = out.by_first[alt[0]];
            if (list.empty() || list.back() != i) list.push_back(i);
            auto& by_id = out.by_first_id[stem_id(alt[0])];
            if (by_id.empty() || by_id.back() != i) by_id.push_back(i);
        }
    }
    return out;
}

std::vector<std::size_t> cues_in_text(const std::vector<Cue>& cues, const CueIndex& index, const TokenIndex& tokens) {
    std::vector<std::size_t> out;
    if (!index.built) {
        for (std::size_t i = 0; i < cues.size(); ++i) out.push_back(i);
        return out;
    }
    tokens.for_each_stem([&](StemId stem) {
        if (auto it = index.by_first_id.find(stem); it != index.by_first_id.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::shared_ptr<const Lexicons> builtin_lexicons() {
    static const std::shared_ptr<const Lexicons> lex = [] {
        auto l = std::make_shared<Lexicons>();
        for (const auto& line : lines_of(kIrregular)) {
            std::istringstream in(line);
            std::string form, base;
            if (in >> form >> base) l->irregular[form] = base;
        }
        // These forms stay as they are for the rest of the process: tokenize may keep the
        // stems it makes with them.
        keep_stems_for(l->irregular);
        l->determiners = stem_set(kDeterminers, l->irregular);
        l->negators = stem_set(kNegators, l->irregular);
        l->auxiliaries = stem_set(kAuxiliaries, l->irregular);
        l->motion_words = stem_set(kMotionWords, l->irregular);
        l->neg_raising = stem_set(kNegRaising, l->irregular);
        l->clause_words = stem_set(kClauseWords, l->irregular);
        l->refer_back = stem_set(kReferBack, l->irregular);
        l->absence = stem_set(kAbsence, l->irregular);
        l->removal = stem_set(kRemoval, l->irregular);
        l->removal_governors = stem_set(std::string(kRemoval) + "\n" + kRemovalGovernors, l->irregular);
        l->removal_particles = stem_set(kRemovalParticles, l->irregular);
        l->subject_pronouns = stem_set(kSubjectPronouns, l->irregular);
        l->opinion_verbs = stem_set(kOpinionVerbs, l->irregular);
        l->speech_verbs = stem_set(kSpeechVerbs, l->irregular);
        l->request_verbs = stem_set(kRequestVerbs, l->irregular);
        l->joining_verbs = stem_set(kJoiningVerbs, l->irregular);
        l->deferral_verbs = stem_set(kDeferralVerbs, l->irregular);
        l->reduction_verbs = stem_set(kReductionVerbs, l->irregular);
        l->opportunity_words = stem_set(kOpportunityWords, l->irregular);
        l->conditional_openers = stem_set(kConditionalOpeners, l->irregular);
        l->emotion_frames = stem_set(kEmotionFrames, l->irregular);
        l->request_nouns = stem_set(kRequestNouns, l->irregular);
        l->claim_nouns = stem_set(kClaimNouns, l->irregular);
        for (const auto& line : lines_of(kOthersSubjects)) l->others_subjects.insert(line);
        l->contrary_markers = stem_set(kContraryMarkers, l->irregular);
        l->proposal_nouns = stem_set(kProposalNouns, l->irregular);
        l->back_nouns = stem_set(kBackNouns, l->irregular);
        l->qualifiers = stem_set(kQualifiers, l->irregular);
        l->function_words = stem_set(kTopicStopwords, l->irregular);
        l->actor_nouns = stem_set(kOrgNouns, l->irregular);
        // (the first word of each line: a "business" tag may follow it)
        for (const auto& line : lines_of(kGenericBodyNouns)) l->body_nouns.insert(line.substr(0, line.find_first_of(" \t")));
        for (const auto& line : lines_of(kActorStopwords)) l->actor_stopwords.insert(line);
        l->support = parse_cues(kSupport, l->irregular);
        l->oppose = parse_cues(kOppose, l->irregular);
        // The speaker's own intent: a commitment supports, a refusal opposes.
        for (auto& c : parse_cues(kIntent, l->irregular)) {
            auto& into = c.weight < 0 ? l->oppose : l->support;
            c.weight = std::fabs(c.weight);
            into.push_back(std::move(c));
        }
        l->harm = parse_cues(kHarm, l->irregular);
        l->modals = parse_cues(kModals, l->irregular);
        l->contrast = parse_cues(kContrast, l->irregular);
        l->hedges = parse_cues(kHedges, l->irregular);
        for (auto& h : l->hedges)
            if (h.weight == 1.0) h.weight = 0.75;  // the documented default for hedges
        l->reported = parse_cues(kReported, l->irregular);
        l->support_index = index_cues(l->support);
        l->oppose_index = index_cues(l->oppose);
        l->harm_index = index_cues(l->harm);
        l->modals_index = index_cues(l->modals);
        l->contrast_index = index_cues(l->contrast);
        l->hedges_index = index_cues(l->hedges);
        l->reported_index = index_cues(l->reported);
        for (const CueIndex* index : {&l->support_index, &l->oppose_index, &l->harm_index, &l->modals_index,
                                      &l->contrast_index, &l->hedges_index, &l->reported_index})
            for (const auto& [stem, entries] : index->by_first_id)
                for (std::size_t e : entries) l->all_by_first[stem].emplace_back(index, e);
        l->all_by_first_of = l.get();
        return std::shared_ptr<const Lexicons>(std::move(l));
    }();
    return lex;
}

}  // namespace sg::loaders::stance
