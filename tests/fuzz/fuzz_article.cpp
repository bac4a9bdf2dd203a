// An article's bytes through the loader as `stancegraph build` runs it on a one-file corpus:
// the binary check, cleaning, the corpus models learned from the document itself (boilerplate,
// acronyms), then segmentation, mentions, quotes, attribution, comments, votes and stances
// against a real codebook, so the stance classifier runs on every claim.
//
// Promises checked: nothing throws (a binary file is refused, and a blank one skipped, before
// extraction, as read_source and build do); cleaning moves no byte; every claim's span lies in
// the file and its text is exactly those bytes; stances name codebook positions with a polarity
// of -1, 0 or 1 and a confidence in [0, 1].
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "loaders/codebook/codebook.hpp"
#include "loaders/extract/extract_document.hpp"
#include "loaders/reading/source_text.hpp"
#include "loaders/stance/stance.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using sg::fuzz::fail;
using namespace sg::loaders;

// The codebook of the invented held-out articles the seeds are cut from, so that cues match.
struct Shared {
    Codebook codebook = parse_codebook(sg::fuzz::source_file("tests/heldout/codebook.json"), "codebook.json");
    StanceClassifier classifier{codebook};
    std::set<std::string, std::less<>> position_ids;
    Shared() {
        for (const auto& p : codebook.positions) position_ids.insert(p.id);
    }
};

bool unit_interval(double x) { return x >= 0.0 && x <= 1.0; }

void check_stance(const Shared& shared, const StanceRecord& s, const std::string& where) {
    if (!shared.position_ids.count(s.position_id)) fail(where + ": stance on unknown position \"" + s.position_id + "\"");
    if (s.polarity < -1 || s.polarity > 1) fail(where + ": polarity " + std::to_string(s.polarity));
    if (!unit_interval(s.confidence)) fail(where + ": stance confidence " + std::to_string(s.confidence));
}

void check(const Shared& shared, const SourceText& source, const DocumentResult& r) {
    for (const auto& c : r.claims) {
        const std::string where = "claim [" + std::to_string(c.span.start) + ", " + std::to_string(c.span.end) + ")";
        if (c.span.start > c.span.end || c.span.end > source.text.size())
            fail(where + " leaves the file (" + std::to_string(source.text.size()) + " bytes)");
        if (c.text != std::string_view(source.text).substr(c.span.start, c.span.end - c.span.start))
            fail(where + ": text \"" + c.text + "\" is not the bytes of its span");
        if (!unit_interval(c.confidence)) fail(where + ": confidence " + std::to_string(c.confidence));
        for (const auto& s : c.stances) check_stance(shared, s, where);
    }
    for (const auto& rep : r.reported) check_stance(shared, rep.stance, "reported stance of " + rep.actor_key);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Shared* shared = new Shared;

    std::string bytes(sg::fuzz::bytes(data, size));
    if (looks_binary(bytes)) return 0;  // read_source refuses it with a FileError naming the file
    try {
        const SourceText source = clean_source("fuzz.txt", bytes);
        if (source.text.size() != source.original.size() || source.original != bytes)
            fail("clean_source moved bytes or changed the original");
        if (source.skipped) return 0;  // no text: build drops it before extraction (drop_skipped)

        CorpusContext ctx;
        ctx.boilerplate.learn(source.text);
        ctx.stance = &shared->classifier;
        ctx.acronyms = corpus_acronyms({document_acronyms(source, ctx.boilerplate)});
        ctx.firm_names = merge_corpus_names({document_firm_names(source.text)});
        ctx.towns = merge_corpus_names({document_towns(source.text)});
        check(*shared, source, extract_document(source, ctx));
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
