// Affiliations a web page's masthead states (loaders/affiliations/document_rules.hpp,
// site_masthead): a station's or paper's name over a navigation bar is the publication the page's
// interviewer and columnist write for. Every name here is invented.
#include <doctest/doctest.h>

#include <string>

#include "loaders/affiliations/document_rules.hpp"
#include "loaders/extract/extract_document.hpp"

using namespace sg::loaders;

namespace {

DocumentResult extract(const std::string& page) {
    CorpusContext ctx;
    return extract_document(clean_source("t.txt", page), ctx);
}

bool affiliated(const DocumentResult& r, const std::string& person, const std::string& org) {
    for (const auto& a : r.affiliations)
        if (a.person_key == person && a.org_key == org) return true;
    return false;
}

bool any_affiliation(const DocumentResult& r, const std::string& person) {
    for (const auto& a : r.affiliations)
        if (a.person_key == person) return true;
    return false;
}

const std::string kInterview =
    "'We will not budge': Varga on the harbour toll\n\n"
    "Harbour Minister Tibor Varga joined Oona Pell on Drive this afternoon.\n\n"
    "OONA PELL: Minister, will the ferries pay the toll?\n\n"
    "TIBOR VARGA: They will pay a reduced rate, as they always have.\n\n"
    "OONA PELL: And the fishing boats?\n\n"
    "TIBOR VARGA: They are exempt.\n";

}  // namespace

TEST_CASE("masthead: a short first line over a navigation bar is the site's name") {
    CHECK(site_masthead("QUILLMOOR FM 97.2\nHome | News | Sport | Listen Live\n\nBody.") == "Quillmoor FM 97.2");
    CHECK(site_masthead("THE FENWICK LEDGER\nNews | Sport | Opinion | Notices\n\nBody.") == "The Fenwick Ledger");
    CHECK(site_masthead("The Ostrow Ledger\nYOUR TOWN'S PAPER\n\nNews  Opinion  Business  Sport\n\nBody.") ==
          "The Ostrow Ledger");
    // no navigation bar: a headline, not a masthead
    CHECK(site_masthead("Council votes on harbour toll\n\nThe council voted on Tuesday.").empty());
    // a sentence is no name
    CHECK(site_masthead("The council voted on the toll, and it passed.\nNews | Sport | Opinion | Notices").empty());
}

TEST_CASE("masthead: a transcript's interviewer hosts on the station printed over the page") {
    auto r = extract("QUILLMOOR FM 97.2\nHome | News | Drive | Podcasts | Contact\n\n" + kInterview);
    CHECK(affiliated(r, "person:oona-pell", "org:quillmoor-fm-97-2"));
    CHECK_FALSE(affiliated(r, "person:tibor-varga", "org:quillmoor-fm-97-2"));
    // the same transcript with no masthead: nothing says where the host works
    auto g = extract(kInterview);
    CHECK_FALSE(any_affiliation(g, "person:oona-pell"));
}

TEST_CASE("masthead: an opinion column's author note that names the publication") {
    const std::string column =
        "OPINION\n\n"
        "Greta Holm: The toll is the wrong tool\n\n"
        "The harbour toll will drive the ferries away, and the town with them.\n\n"
        "We should ask the port to pay its share first.\n\n";
    auto r = extract("THE FENWICK LEDGER\nNews | Sport | Opinion | Notices\n\n" + column +
                     "Greta Holm is a Ledger columnist and a former harbour pilot.\n");
    CHECK(affiliated(r, "person:greta-holm", "org:the-fenwick-ledger"));
    // a note that names another body, or no masthead, gives nothing
    auto g = extract("THE FENWICK LEDGER\nNews | Sport | Opinion | Notices\n\n" + column +
                     "Greta Holm is a former harbour pilot.\n");
    CHECK_FALSE(any_affiliation(g, "person:greta-holm"));
    auto h = extract(column + "Greta Holm is a Ledger columnist.\n");
    CHECK_FALSE(affiliated(h, "person:greta-holm", "org:the-fenwick-ledger"));
}
