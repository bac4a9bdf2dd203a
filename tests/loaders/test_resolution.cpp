// Step 8: surname-only mentions resolved by recency within a document.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "loaders/mentions/mentions.hpp"
#include "loaders/resolution/document_entities.hpp"

using namespace sg::loaders;

namespace {
// Paragraphs separated by blank lines; every paragraph registered before anything is resolved.
struct Doc {
    std::string text;
    std::vector<ParagraphMentions> pms;
    DocumentEntities ents;
    explicit Doc(std::vector<std::string> paragraphs) {
        std::vector<Range> ranges;
        for (const auto& p : paragraphs) {
            if (!text.empty()) text += "\n\n";
            ranges.push_back({text.size(), text.size() + p.size()});
            text += p;
        }
        DocumentNames names;
        for (const Range& r : ranges) {
            pms.push_back(find_mentions(text, r, names));
            ents.register_full_names(pms.back(), text);
        }
    }
    // key of the n-th mention whose text is `written`
    std::string key_of(const std::string& written, int n = 0) {
        for (const auto& pm : pms)
            for (const auto& m : pm.mentions)
                if (text.substr(m.begin, m.end - m.begin) == written && n-- == 0) return ents.resolve(m);
        return "<not found>";
    }
};
}  // namespace

TEST_CASE("resolution: a surname goes to the most recent full mention with that surname") {
    Doc d({"Cllr Jane Rowe, cabinet member for parks, said the plan was ready.",
           "\"It is a good day,\" Ms Rowe said.",
           "Her nephew Sam Rowe, who chairs the Eastbrook Youth Council, said he was pleased.",
           "\"We will see,\" Rowe said."});
    CHECK(d.key_of("Ms Rowe") == "person:jane-rowe");
    CHECK(d.key_of("Rowe") == "person:sam-rowe");
}

TEST_CASE("resolution: a surname before the only full mention goes to it; two named together stay apart") {
    Doc d({"Dellow said the plan was sound.", "The report, by its author Kim Dellow, was published."});
    CHECK(d.key_of("Dellow") == "person:kim-dellow");
    Doc e({"Dr Ann Vale met Mr Rob Vale on Monday.", "Vale said it went well."});
    std::string k = e.key_of("Vale");
    CHECK(k != "person:ann-vale");
    CHECK(k != "person:rob-vale");
}

TEST_CASE("resolution: inside one long paragraph, people called B named sentences apart leave the latest one") {
    Doc d({"In 1844, she married Tom Vale and took a new name. In 1849, Ann Vale escaped north. Vale continued "
           "to risk capture."});
    CHECK(d.key_of("Vale", 0) == "person:ann-vale");
    // named in one sentence: still ambiguous
    Doc e({"Ann Vale married Tom Vale in 1844. Vale continued to work."});
    const std::string k = e.key_of("Vale", 0);
    CHECK(k != "person:ann-vale");
    CHECK(k != "person:tom-vale");
}

TEST_CASE("resolution: the end of a longer name, or a full name after an unknown title, is that person") {
    Doc d({"Senator Chris Van Hollen spoke first.", "\"It is fair,\" said Van Hollen."});
    CHECK(d.key_of("Van Hollen", 0) == d.key_of("Senator Chris Van Hollen"));
    Doc e({"Paul Bailey, the sheriff, agreed.", "\"We are glad,\" added Warden Paul Bailey."});
    CHECK(e.key_of("Warden Paul Bailey") == "person:paul-bailey");
    // and the full name is not taken for the end of the longer one
    CHECK(e.key_of("Paul Bailey") == "person:paul-bailey");
    CHECK(e.ents.actors().size() == 1);
    // a given name first is a longer name of its own
    Doc f({"Ann Bailey spoke.", "Mary Ann Bailey said no."});
    CHECK(f.key_of("Mary Ann Bailey") != "person:ann-bailey");
}

TEST_CASE("resolution: a short form of a given name is the person the document names in full") {
    Doc d({"\"We agree,\" said Congressman David Fenwick (WX-14).", "\"It works,\" said Rep. Dave Fenwick."});
    CHECK(d.key_of("Rep. Dave Fenwick") == d.key_of("Congressman David Fenwick"));
    // with no full form in the document the short one is its own name
    Doc e({"\"It works,\" said Rep. Dave Fenwick."});
    CHECK(e.key_of("Rep. Dave Fenwick") == "person:dave-fenwick");
}

TEST_CASE("resolution: a surname read as a body ('a spokesman for Hale') is the person of that surname") {
    Doc d({"Gov. Ann Quayle's office said in a statement that the governor supports the bill.",
           "A spokesman for Quayle said she intends to sign it."});
    CHECK(d.key_of("Quayle") == "person:ann-quayle");
    // near miss: a body of one word that no person of the document is called stays a body
    Doc e({"Gov. Ann Quayle's office said in a statement that the governor supports the bill.",
           "A spokesman for Fenmark said the company would comply."});
    CHECK(e.key_of("Fenmark").rfind("person:", 0) != 0);
}
