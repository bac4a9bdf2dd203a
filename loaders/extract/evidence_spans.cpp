// Evidence offsets -> file spans (see evidence_spans.hpp).
#include "loaders/extract/evidence_spans.hpp"

#include <algorithm>
#include <optional>

namespace sg::loaders {
namespace {

// Distance in bytes between [b, e) and the claim span: 0 when they overlap.
std::size_t distance(std::size_t b, std::size_t e, std::size_t claim_begin, std::size_t claim_end) {
    if (e <= claim_begin) return claim_begin - e;
    if (b >= claim_end) return b - claim_end;
    return 0;
}

// The start of the occurrence of `needle` in text[lo, hi) nearest the claim span (the earlier
// one on a tie), if any.
std::optional<std::size_t> nearest(std::string_view text, std::string_view needle, std::size_t lo, std::size_t hi,
                                   std::size_t claim_begin, std::size_t claim_end) {
    if (needle.empty() || hi > text.size() || lo >= hi || needle.size() > hi - lo) return std::nullopt;
    std::optional<std::size_t> best;
    std::size_t best_distance = 0;
    for (std::size_t at = text.find(needle, lo); at != std::string_view::npos && at + needle.size() <= hi;
         at = text.find(needle, at + 1)) {
        const std::size_t d = distance(at, at + needle.size(), claim_begin, claim_end);
        if (!best || d < best_distance) {
            best = at;
            best_distance = d;
        }
        if (at >= claim_end) break;  // later occurrences are only further away
    }
    return best;
}

// The item placed at file offset `begin` when the text there holds its words.
std::optional<Evidence> placed(std::string_view text, const StanceEvidence& x, std::string_view words, std::size_t begin) {
    if (begin > text.size() || words.size() > text.size() - begin || text.substr(begin, words.size()) != words)
        return std::nullopt;
    return Evidence{x.role, std::string(words), Span{begin, begin + words.size()}, kNoNode};
}

// The words an item stands for: as given, or what its offsets cover in `source`.
std::optional<std::string_view> words_of(const StanceEvidence& x, std::string_view source) {
    if (!x.words.empty()) return std::string_view(x.words);
    if (x.begin >= x.end || x.end > source.size()) return std::nullopt;
    return source.substr(x.begin, x.end - x.begin);
}

}  // namespace

std::vector<Evidence> evidence_spans(std::string_view text, const ClaimRecord& claim,
                                     const std::vector<StanceEvidence>& evidence) {
    std::vector<Evidence> out;
    const std::size_t cb = std::min<std::size_t>(claim.span.start, text.size());
    const std::size_t ce = std::clamp<std::size_t>(claim.span.end, cb, text.size());
    // The window a context may come from (ClaimRecord::set_context clips it to this reach).
    const std::size_t lo = cb > kContextReach ? cb - kContextReach : 0;
    const std::size_t hi = std::min(text.size(), ce + kContextReach);
    const std::string_view context = claim.context;
    // Where the context stands in the document, found once: nearest the claim.
    std::optional<std::optional<std::size_t>> context_at;
    auto context_start = [&]() {
        if (!context_at) context_at = nearest(text, context, lo, hi, cb, ce);
        return *context_at;
    };
    for (const StanceEvidence& x : evidence) {
        if (x.role.empty()) continue;
        const std::string_view source = x.in_context ? context : std::string_view(claim.text);
        const auto words = words_of(x, source);
        if (!words) continue;
        std::optional<Evidence> e;
        if (!x.in_context) {
            e = placed(text, x, *words, cb + x.begin);
        } else if (auto at = context_start()) {
            e = placed(text, x, *words, *at + x.begin);
        } else if (context.size() >= claim.text.size() && x.begin >= context.size() - claim.text.size() &&
                   context.substr(context.size() - claim.text.size()) == claim.text) {
            // "<question or preamble> <claim>": an offset in the trailing copy of the claim.
            e = placed(text, x, *words, cb + (x.begin - (context.size() - claim.text.size())));
        }
        if (!e) {
            // Offsets that do not lead to the words: the exact words nearest the claim.
            if (auto at = nearest(text, *words, lo, hi, cb, ce)) e = placed(text, x, *words, *at);
        }
        if (e && std::find(out.begin(), out.end(), *e) == out.end()) out.push_back(std::move(*e));
    }
    return out;
}

std::vector<Evidence> sentence_evidence_spans(std::string_view text, std::size_t sentence_begin, std::size_t sentence_end,
                                              const std::vector<StanceEvidence>& evidence) {
    std::vector<Evidence> out;
    sentence_end = std::min(sentence_end, text.size());
    if (sentence_begin > sentence_end) return out;
    const std::string_view sentence = text.substr(sentence_begin, sentence_end - sentence_begin);
    for (const StanceEvidence& x : evidence) {
        if (x.role.empty() || x.in_context) continue;
        const auto words = words_of(x, sentence);
        if (!words) continue;
        auto e = placed(text, x, *words, sentence_begin + x.begin);
        if (!e || e->span.end > sentence_end) {
            e.reset();
            if (auto at = nearest(text, *words, sentence_begin, sentence_end, sentence_begin, sentence_end))
                e = placed(text, x, *words, *at);
        }
        if (e && std::find(out.begin(), out.end(), *e) == out.end()) out.push_back(std::move(*e));
    }
    return out;
}

std::vector<Evidence> reported_evidence(std::string_view text, std::size_t sentence_begin, std::size_t sentence_end,
                                        const std::vector<StanceEvidence>& evidence) {
    std::vector<Evidence> out;
    sentence_end = std::min(sentence_end, text.size());
    if (sentence_begin >= sentence_end) return out;
    out.push_back(Evidence{"reported", std::string(text.substr(sentence_begin, sentence_end - sentence_begin)),
                           Span{sentence_begin, sentence_end}, kNoNode});
    for (auto& e : sentence_evidence_spans(text, sentence_begin, sentence_end, evidence)) out.push_back(std::move(e));
    return out;
}

}  // namespace sg::loaders
