// Affiliations a page states by its layout (loaders/affiliations/document_rules.hpp).
#include <doctest/doctest.h>

#include <string>

#include "loaders/affiliations/document_rules.hpp"
#include "extract_fixture.hpp"

using namespace sg::loaders;
using namespace sg::test;

namespace {
bool affiliated(const DocumentResult& r, const std::string& person_key, const std::string& org_key,
                const std::string& role = "*") {
    for (const auto& a : r.affiliations)
        if (a.person_key == person_key && a.org_key == org_key && (role == "*" || a.role == role)) return true;
    return false;
}
}  // namespace

TEST_CASE("layout affiliations: the headings of a contact block and of a member list") {
    std::size_t rest = 0;
    CHECK(contact_heading("Media contact:", rest) == "media contact");
    CHECK(contact_heading("For more information, contact:", rest) == "for more information contact");
    CHECK(contact_heading("Media contact: Ann Hale, Press Officer", rest) == "media contact");
    CHECK(rest == 14);
    CHECK(contact_heading("Contact lenses are cheaper now: a survey", rest).empty());
    CHECK(member_list_heading("Members of the Committee", rest) == "members of the committee");
    CHECK(member_list_heading("Committee members: Cr Ann Hale (Chair); Cr Tom Quayle", rest) == "committee members");
    CHECK(member_list_heading("Members of the public spoke.", rest).empty());
}

TEST_CASE("layout affiliations: a release's contact works for the body named under them") {
    auto r = run("The Fenmouth Anglers Trust welcomed the levy today.\n\n"
                 "Media contact:\nAnn Hale, Communications Manager\nFenmouth Anglers Trust\n506-555-0148\n");
    CHECK(affiliated(r, "person:ann-hale", "org:fenmouth-anglers-trust", "communications manager"));
}

TEST_CASE("layout affiliations: a contact's body from the acronym or initials of the e-mail domain") {
    auto r = run("The Mid Fen Growers' Association wants the levy dropped.\n\n"
                 "Media contact: Ann Hale, Communications Officer, 0400 555 018, media@mfga.org.au\n");
    CHECK(affiliated(r, "person:ann-hale", "org:mid-fen-growers-association", "communications officer"));
    // near miss: a domain that is no body of the page
    auto s = run("The Mid Fen Growers' Association wants the levy dropped.\n\n"
                 "Media contact: Ann Hale, Communications Officer, media@quaylepr.com\n");
    CHECK_FALSE(affiliated(s, "person:ann-hale", "org:mid-fen-growers-association"));
}

TEST_CASE("layout affiliations: a member list under its heading is the document's committee") {
    auto r = run("REPORT OF THE SELECT COMMITTEE\n\nMembers of the Committee\nHon. Ann Hale MLC (Presiding Member)\n"
                 "Hon. Tom Quayle MLC\n\n1.1 The Select Committee on Fenland Tolls was established in March.\n");
    CHECK(affiliated(r, "person:ann-hale", "org:select-committee-on-fenland-tolls", "member"));
    CHECK(affiliated(r, "person:tom-quayle", "org:select-committee-on-fenland-tolls", "member"));
    // near miss: names after the list (past the blank line) are no members
    auto s = run("Members of the Committee\nHon. Ann Hale MLC\n\nThe Select Committee on Fenland Tolls heard Tom Quayle "
                 "of the Fenland Anglers Trust.\n");
    CHECK_FALSE(affiliated(s, "person:tom-quayle", "org:select-committee-on-fenland-tolls"));
}

namespace {
DocumentResult page(const std::string& text) {
    CorpusContext ctx;
    return extract_document(clean_source("t.txt", text), ctx);
}
const std::string kReportHead =
    "REPORT TO COUNCIL\n\nFrom: Harbour and Roads Committee\nMeeting date: May 18, 2027\n\n"
    "Committee members: Coun. Ada Quill (Chair); Coun. Tom Vell.\n"
    "Staff: Greta Holm, Director of Public Works; Ivo Marsh, Town Clerk.\n\n"
    "1. PURPOSE\n\nThe Harbour and Roads Committee reports on the harbour toll.\n";
}  // namespace

TEST_CASE("layout affiliations: a report's staff work for the body whose letterhead it bears") {
    auto r = page("TOWN OF OSTROW MILLS\n\n" + kReportHead);
    CHECK(affiliated(r, "person:greta-holm", "org:town-of-ostrow-mills"));
    CHECK(affiliated(r, "person:ivo-marsh", "org:town-of-ostrow-mills"));
    // an inline member list is its own line: the staff under it are no members of the committee
    CHECK(affiliated(r, "person:ada-quill", "org:harbour-and-roads-committee", "member"));
    CHECK_FALSE(affiliated(r, "person:greta-holm", "org:harbour-and-roads-committee"));
    // no letterhead of a local body: the staff get no body from the list
    auto s = page("OSTROW MILLS NEWS\n\n" + kReportHead);
    CHECK_FALSE(affiliated(s, "person:greta-holm", "org:town-of-ostrow-mills"));
}

TEST_CASE("layout affiliations: a contact's name alone on its line, unknown to the mention finder") {
    auto r = run("The Fenmouth Anglers Trust welcomed the levy today.\n\n"
                 "Media contact:\nMarie-Eve Brisebois\nCommunications Officer, Fenmouth Anglers Trust\n506-555-0148\n");
    CHECK(affiliated(r, "person:marie-eve-brisebois", "org:fenmouth-anglers-trust", "communications officer"));
    // a line that is no name (a sentence, a phone number) is no contact
    auto s = run("The Fenmouth Anglers Trust welcomed the levy today.\n\n"
                 "Media contact:\nCall the office on 506-555-0148\nFenmouth Anglers Trust\n");
    CHECK(s.affiliations.empty());
}
