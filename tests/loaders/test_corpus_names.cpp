// Firms a corpus names with their legal suffix, known by their short name in other articles
// (loaders/resolution/corpus_names.hpp).
#include <doctest/doctest.h>

#include <string>

#include "loaders/extract/extract_document.hpp"
#include "loaders/resolution/corpus_names.hpp"

using namespace sg::loaders;

TEST_CASE("corpus firms: a firm named with its suffix, and near misses") {
    auto f = document_firm_names("Jobs at Quayle Bag Makers Ltd., a bag maker, and at Fen & Marsh Co Inc are safe.");
    CHECK(f.count("Quayle Bag Makers") == 1);
    CHECK(f["Quayle Bag Makers"] == "Quayle Bag Makers Ltd");
    // one word is too little to know the firm by ("Quayle" alone is anyone)
    CHECK(document_firm_names("It sold to Quayle Ltd last year.").empty());
    // a suffix with nothing capitalised before it
    CHECK(document_firm_names("the shares of a plc were sold").empty());
    // two firms sharing the short name are left apart
    auto c = merge_corpus_names({document_firm_names("Fen Springs Inc said so."), document_firm_names("Fen Springs Ltd said so.")});
    CHECK(c.empty());
}

TEST_CASE("corpus firms: the short name in another article is the firm") {
    CorpusNames corpus = merge_corpus_names({document_firm_names("Quayle Bag Makers Ltd. makes bags.")});
    DocumentNames names;
    const std::string text = "Workers rallied outside the Quayle Bag Makers plant. Quayle Bagpipes was shut.";
    add_corpus_firm_names(text, corpus, names);
    CHECK(names.organisation_prefixes.count("Quayle Bag Makers") == 1);
    CHECK(names.organisation_prefixes.size() == 1);

    SourceText src;
    src.name = "rally.txt";
    src.text = "Plastics rally\n\nWorkers rallied outside the Quayle Bag Makers plant on Thursday.\n\n"
               "Ann Hale, the plant's chief executive, said the company needed time.\n";
    CorpusContext ctx;
    ctx.firm_names = corpus;
    auto r = extract_document(src, ctx);
    bool affiliated = false;
    for (const auto& a : r.affiliations)
        affiliated = affiliated || (a.person_key == "person:ann-hale" && a.org_key == "org:quayle-bag-makers-ltd");
    CHECK(affiliated);
    // without the corpus' knowledge the short name is no body here
    auto alone = extract_document(src, CorpusContext{});
    bool any = false;
    for (const auto& a : alone.affiliations) any = any || a.org_key == "org:quayle-bag-makers-ltd";
    CHECK_FALSE(any);
}

TEST_CASE("corpus names: a place one article calls a town is the Town in another article") {
    CorpusNames towns = merge_corpus_names({document_towns("The Town of Wexmoor asked for a freeze.")});
    CHECK(towns["Wexmoor"] == "Town");
    SourceText src;
    src.name = "mayor.txt";
    src.text = "Freeze welcomed\n\nWexmoor Mayor Ann Hale said the freeze was overdue.\n";
    CorpusContext ctx;
    ctx.towns = towns;
    auto r = extract_document(src, ctx);
    bool town = false, city = false;
    for (const auto& a : r.affiliations) {
        town = town || (a.person_key == "person:ann-hale" && a.org_key == "org:town-of-wexmoor");
        city = city || (a.person_key == "person:ann-hale" && a.org_key == "org:city-of-wexmoor");
    }
    CHECK(town);
    CHECK_FALSE(city);
    // near miss: a place called a town in one article and a city in another is neither
    CHECK(merge_corpus_names({document_towns("the Town of Wexmoor"), document_towns("the City of Wexmoor")}).empty());
}
