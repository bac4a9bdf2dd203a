// A codebook's JSON through parse_codebook, and a codebook that loads through everything a build
// does with it: its positions into a graph (twice, as a second load must reuse them) and its cue
// patterns compiled into a stance classifier that then reads a few fixed sentences.
//
// Promises checked: a bad codebook fails only with sg::FileError; a good one never makes the
// graph or the classifier throw.
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using namespace sg::loaders;

// Sentences of the kinds the classifier sees: a quote with a side, a negated one, a reported
// vote. Invented, and general enough that the cues of most codebooks match some word.
constexpr std::string_view kSentences[] = {
    "\"We strongly support the new plan for the schools,\" the council leader said.",
    "The union does not back the ban and will oppose the bill all the way.",
    "Members voted in favour of the motion to fund lockers, but not the charter.",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        Codebook codebook;
        try {
            codebook = parse_codebook(sg::fuzz::bytes(data, size), "fuzz.json");
        } catch (const sg::FileError&) {
            return 0;  // refused with a message naming the file: the promised way to fail
        }
        sg::Graph g;
        const auto first = add_positions(g, codebook);
        const auto again = add_positions(g, codebook);
        if (first != again) sg::fuzz::fail("adding the same codebook twice made new position nodes");

        const StanceClassifier classifier(codebook);
        std::string document;
        for (auto s : kSentences) {
            classifier.classify(s, document);
            classifier.reported(s);
            classifier.overall(s);
            document += s;
            document += '\n';
        }
        // A position's own words name it: its label, description and first cue as a statement
        // reach the pattern matching whatever words the codebook uses.
        for (std::size_t i = 0; i < codebook.positions.size() && i < 4; ++i) {
            const auto& p = codebook.positions[i];
            std::string own = p.label + " " + p.description;
            if (!p.cues.empty()) own += " " + p.cues.front();
            classifier.classify(own, document);
            document += own;
            document += '\n';
        }
        const DocumentFocus focus = classifier.focus(document);
        for (auto s : kSentences) classifier.classify(s, document, focus);
    } catch (const std::exception& e) {
        sg::fuzz::unexpected(e);
    }
    return 0;
}
