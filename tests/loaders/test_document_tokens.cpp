// A document's tokens sliced for a piece of it (loaders/stance/document_tokens.hpp): wherever the
// slice is taken, it equals tokenising the piece on its own; cuts where it would not (inside a
// token, at a full stop the far side decides) are refused, and the piece is tokenised instead.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/stance/document_tokens.hpp"
#include "loaders/stance/stance_lexicons.hpp"

using namespace sg::loaders::stance;

namespace {

// Every field tokenize sets.
bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const Token& x = a[i];
        const Token& y = b[i];
        if (x.kind != y.kind || x.begin != y.begin || x.end != y.end || x.lower != y.lower || x.stem != y.stem ||
            x.base != y.base || x.stem_id != y.stem_id || x.base_id != y.base_id ||
            x.contracted_negation != y.contracted_negation || x.capitalised != y.capitalised ||
            x.sentence != y.sentence)
            return false;
    }
    return true;
}

struct Document {
    std::shared_ptr<const Lexicons> lex = builtin_lexicons();
    std::string text;
    DocumentTokens tokens;
    explicit Document(std::string t)
        : text(std::move(t)), tokens(text, tokenize(text, lex->irregular), lex->irregular) {}

    std::vector<Token> alone(std::size_t begin, std::size_t end) const {
        return tokenize(std::string_view(text).substr(begin, end - begin), lex->irregular);
    }
    std::vector<Token> sliced(std::size_t begin, std::size_t end) const {
        const auto r = tokens.clean_range(begin, end);
        REQUIRE(r);
        return rebased(tokens.tokens(*r), begin);
    }
    std::size_t at(std::string_view piece) const { return text.find(piece); }
};

// Quotes, apostrophes, contracted negations, initials, decimals, abbreviations, repeated marks,
// an ellipsis, dashes and accented letters: every mark whose reading depends on its neighbours.
const char* const kTricky =
    "\xE2\x80\x9CWe can\xE2\x80\x99t back it,\xE2\x80\x9D said Dr. J. Smith of the U.S. council\xE2\x80\x99s "
    "board. It costs 3.5 million?! Nobody knows\xE2\x80\xA6 \"Won't they?\" asked Ren\xC3\xA9" "e (D-Ore.), "
    "who said 'no' \xE2\x80\x94 twice... The plans' backers disagree; the CCG's chair didn't.";

}  // namespace

TEST_CASE("a sentence sliced from its document's tokens equals the sentence tokenised alone") {
    const Document d(kTricky);
    for (std::string_view sentence : {"It costs 3.5 million?!", "Nobody knows\xE2\x80\xA6",
                                      "The plans' backers disagree; the CCG's chair didn't."}) {
        const std::size_t b = d.at(sentence);
        REQUIRE(b != std::string::npos);
        CHECK(same_tokens(d.sliced(b, b + sentence.size()), d.alone(b, b + sentence.size())));
    }
    // Sentence numbers count from the piece's first sentence.
    const std::size_t b = d.at("Nobody");
    CHECK(d.sliced(b, d.text.size()).front().sentence == 0);
}

TEST_CASE("a claim cut at quotation marks and apostrophes equals the claim tokenised alone") {
    const Document d(kTricky);
    // the quote with and without its marks, a quote in plain quotation marks, one in single
    // quotes, and a cut right after a possessive apostrophe
    for (std::string_view claim : {"\xE2\x80\x9CWe can\xE2\x80\x99t back it,\xE2\x80\x9D", "We can\xE2\x80\x99t back it,",
                                   "\"Won't they?\"", "Won't they?", "'no' ", "The plans'", "plans' backers"}) {
        const std::size_t b = d.at(claim);
        REQUIRE(b != std::string::npos);
        CHECK(same_tokens(d.sliced(b, b + claim.size()), d.alone(b, b + claim.size())));
        CHECK(same_tokens(d.tokens.tokens_of(claim, b, d.lex->irregular), d.alone(b, b + claim.size())));
    }
    // inside single quotes: "no" of "'no'"
    const std::size_t no = d.at("'no'") + 1;
    CHECK(same_tokens(d.sliced(no, no + 2), d.alone(no, no + 2)));
}

TEST_CASE("a cut inside a token or at a full stop read by its far side is refused") {
    const Document d(kTricky);
    const std::size_t can = d.at("can\xE2\x80\x99t");
    CHECK_FALSE(d.tokens.clean_range(can, can + 3));           // "can" of "can't"
    CHECK_FALSE(d.tokens.clean_range(can + 4, can + 7));       // inside the apostrophe
    const std::size_t marks = d.at("?!");
    CHECK_FALSE(d.tokens.clean_range(marks + 1, d.text.size()));  // "!" of "?!"
    const std::size_t decimal = d.at(".5");
    CHECK_FALSE(d.tokens.clean_range(decimal, decimal + 2));   // ".5": a decimal point, not an end
    CHECK_FALSE(d.tokens.clean_range(decimal - 1, decimal + 1));  // "3." before "5"
    const std::size_t ore = d.at("Ore.)");
    CHECK(d.tokens.clean_range(ore, ore + 4));                 // "Ore." before ")": an end either way
    const std::size_t initial = d.at("J. Smith");
    CHECK_FALSE(d.tokens.clean_range(initial + 1, initial + 8));  // ". Smith": the initial's stop
    // Refused cuts are tokenised afresh: the same tokens all the same.
    std::string_view piece = std::string_view(d.text).substr(decimal, 2);
    CHECK(same_tokens(d.tokens.tokens_of(piece, decimal, d.lex->irregular), d.alone(decimal, decimal + 2)));
}

TEST_CASE("every cut the document's tokens accept gives the piece's own tokens") {
    for (const char* text : {kTricky, "A, D-Ore., and B. U.S. Congress. 3.5.6 x.y", "..!? ''a'' b\xE2\x80\x99"}) {
        const Document d(text);
        std::size_t accepted = 0;
        for (std::size_t b = 0; b <= d.text.size(); ++b)
            for (std::size_t e = b; e <= d.text.size(); ++e) {
                const std::vector<Token> alone = d.alone(b, e);
                if (const auto r = d.tokens.clean_range(b, e)) {
                    ++accepted;
                    INFO("piece [" << b << ", " << e << "): " << d.text.substr(b, e - b));
                    CHECK(same_tokens(rebased(d.tokens.tokens(*r), b), alone));
                }
            }
        CHECK(accepted > 0);
    }
}

TEST_CASE("a piece that is not the document's bytes there is tokenised") {
    const Document d(kTricky);
    const std::string copy = "It costs 3.5 million?!";
    CHECK(d.tokens.offset_of(copy) == std::string::npos);  // a copy, not a view of the document
    const std::size_t b = d.at(copy);
    CHECK(d.tokens.offset_of(std::string_view(d.text).substr(b, copy.size())) == b);
    // the wrong place: tokenised on its own
    CHECK(same_tokens(d.tokens.tokens_of(copy, 0, d.lex->irregular), tokenize(copy, d.lex->irregular)));
    CHECK(same_tokens(d.tokens.tokens_of(copy, std::string::npos, d.lex->irregular), tokenize(copy, d.lex->irregular)));
    // other irregular forms: tokenised with those
    IrregularForms other = d.lex->irregular;
    CHECK(same_tokens(d.tokens.tokens_of(copy, b, other), tokenize(copy, other)));
}
