// Evidence offsets from the stance classifier become byte spans in the article file: a user
// reading `why does X oppose P` checks them against the file, so every span must hold its words.
#include <doctest/doctest.h>

#include <string>

#include "loaders/extract/evidence_spans.hpp"

using namespace sg;
using namespace sg::loaders;

namespace {

ClaimRecord claim_at(std::string_view text, std::string_view quote) {
    const std::size_t at = text.find(quote);
    REQUIRE(at != std::string_view::npos);
    return ClaimRecord::over(text, at, at + quote.size(), ClaimKind::Direct, "person:x", 1.0);
}

StanceEvidence item(std::string role, std::string words, std::size_t begin, std::size_t end, bool in_context = false) {
    return StanceEvidence{std::move(role), std::move(words), in_context, begin, end};
}

// Every span holds its words in the text.
void check_spans_hold_words(std::string_view text, const std::vector<Evidence>& ev) {
    for (const auto& e : ev) {
        REQUIRE(e.span.end <= text.size());
        CHECK(text.substr(e.span.start, e.span.end - e.span.start) == e.words);
    }
}

}  // namespace

TEST_CASE("evidence spans: offsets in the claim are shifted by the claim's start") {
    const std::string text = "Headline\n\nThe mayor said: \"We will not support the bus lanes.\" More text.";
    ClaimRecord c = claim_at(text, "We will not support the bus lanes.");
    const std::size_t start = c.span.start;
    auto ev = evidence_spans(text, c, {item("negation", "not", 8, 11), item("cue", "support", 12, 19)});
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].role == "negation");
    CHECK(ev[0].span == Span{start + 8, start + 11});
    CHECK(ev[1].span == Span{start + 12, start + 19});
    CHECK(ev[0].document == kNoNode);
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: byte offsets stay right after multi-byte UTF-8 characters") {
    // "Zoë" and the curly quotes are two and three bytes each: spans count bytes, not characters.
    const std::string text = "Zo\xC3\xAB Ng: \xE2\x80\x9CI\xE2\x80\x99m firmly against caf\xC3\xA9 levies.\xE2\x80\x9D";
    const std::string quote = "I\xE2\x80\x99m firmly against caf\xC3\xA9 levies.";
    ClaimRecord c = claim_at(text, quote);
    const std::size_t cue = quote.find("against");
    const std::size_t target = quote.find("caf\xC3\xA9 levies");
    auto ev = evidence_spans(text, c, {item("cue", "against", cue, cue + 7),
                                       item("target", "caf\xC3\xA9 levies", target, target + 12)});
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].span.start == text.find("against"));
    CHECK(ev[1].span.start == text.find("caf\xC3\xA9"));
    CHECK(ev[1].span.end - ev[1].span.start == 12);  // bytes: "café" is five, not four
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: a context that is a stretch of the document is found near the claim") {
    // The same sentence appears twice; the context nearest the claim is the one meant.
    const std::string sentence = "The plan is not welcome here.";
    const std::string text = sentence + " Filler words in between. " + sentence + " \"We say no,\" she said.";
    ClaimRecord c = claim_at(text, "We say no,");
    c.set_context(text, text.rfind(sentence), text.size());
    REQUIRE(c.context.rfind(sentence, 0) == 0);
    auto ev = evidence_spans(text, c, {item("negation", "not", 12, 15, true), item("cue", "welcome", 16, 23, true)});
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].span.start == text.rfind(sentence) + 12);
    CHECK(ev[1].span.start == text.rfind(sentence) + 16);
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: a context that is not a substring (question + answer) is placed by its words") {
    const std::string text =
        "Q: Do you back the congestion charge?\n\nA: Absolutely not, it would hurt traders.\n\nQ: Next question?";
    ClaimRecord c = claim_at(text, "Absolutely not, it would hurt traders.");
    // As the interview reader builds it: the question, a space, the answer.
    c.context = "Do you back the congestion charge? " + c.text;
    const std::size_t question_cue = c.context.find("back");
    const std::size_t answer_cue = c.context.find("hurt");
    auto ev = evidence_spans(text, c, {item("target", "congestion charge", c.context.find("congestion"),
                                            c.context.find("congestion") + 17, true),
                                       item("cue", "back", question_cue, question_cue + 4, true),
                                       item("cue", "hurt", answer_cue, answer_cue + 4, true),
                                       // words that stand nowhere in the document: dropped
                                       item("frame", "fully backs", 0, 11, true)});
    REQUIRE(ev.size() == 3);
    CHECK(ev[0].span.start == text.find("congestion charge"));
    CHECK(ev[1].span.start == text.find("back"));
    CHECK(ev[2].span.start == text.find("hurt"));  // from the claim's copy at the context's end
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: items that cannot be placed are dropped, not guessed") {
    const std::string text = "She said: \"No to the scheme.\"";
    ClaimRecord c = claim_at(text, "No to the scheme.");
    auto ev = evidence_spans(text, c,
                             {item("cue", "No", 0, 2),
                              item("cue", "rejects", 0, 7),          // offsets fine, words not there
                              item("cue", "", 40, 50),               // past the claim's end
                              item("", "scheme", 10, 16),            // no role
                              item("cue", "No", 0, 2)});             // the same item twice
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].words == "No");
    CHECK(ev[0].span.start == text.find("No"));
}

TEST_CASE("evidence spans: empty words take the text their offsets cover") {
    const std::string text = "He said \"we oppose it\" loudly.";
    ClaimRecord c = claim_at(text, "we oppose it");
    auto ev = evidence_spans(text, c, {item("cue", "", 3, 9)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].words == "oppose");
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: a reported stance's sentence offsets become file spans") {
    const std::string text = "Intro. The council voted against the bus lanes on Monday. Outro.";
    const std::size_t b = text.find("The council"), e = text.find(" Outro");
    auto ev = sentence_evidence_spans(text, b, e, {item("frame", "voted against", 12, 25), item("cue", "x", 200, 201)});
    REQUIRE(ev.size() == 1);
    CHECK(ev[0].span.start == text.find("voted against"));
    check_spans_hold_words(text, ev);
}

TEST_CASE("evidence spans: a reported stance cites its sentence first, then the words that decided it") {
    const std::string text = "Intro. The council voted against the bus lanes on Monday. Outro.";
    const std::size_t b = text.find("The council"), e = text.find(" Outro");
    auto ev = reported_evidence(text, b, e, {item("frame", "voted against", 12, 25)});
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].role == "reported");
    CHECK(ev[0].words == "The council voted against the bus lanes on Monday.");
    CHECK(ev[0].span == Span{b, e});
    CHECK(ev[1].role == "frame");
    check_spans_hold_words(text, ev);
    CHECK(reported_evidence(text, 10, 10, {}).empty());  // no sentence, nothing to cite
}

namespace {
struct WithoutEvidence {
    double confidence = 0.5;
};
struct WithEvidence {
    std::vector<StanceEvidence> evidence;
};
}  // namespace

TEST_CASE("evidence spans: evidence_of reads a result's evidence when its type has some") {
    StanceHit hit;
    hit.evidence.push_back(item("cue", "oppose", 0, 6));
    CHECK(evidence_of(hit).size() == 1);
    WithEvidence with{{item("frame", "voted against", 0, 13), item("cue", "x", 0, 1)}};
    CHECK(evidence_of(with).size() == 2);
    CHECK(evidence_of(WithoutEvidence{}).empty());
}
