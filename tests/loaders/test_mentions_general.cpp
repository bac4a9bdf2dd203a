// Step 4 on invented sentences in the styles of US and UK news: organisation names with of/for/'s
// inside, role appositives in their many forms, party shorthand, titles of office, junk filters.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/mentions.hpp"
#include "tests/loaders/mentions_fixture.hpp"

using namespace sg::loaders;

using sg::test::Found;
using sg::test::find;

TEST_CASE("mentions: organisation names with of/for/'s inside, longest match") {
    auto f = find("Staff at the Westland Department of Transport met the University of Eastmoor, St Brigid's "
                  "Catholic High School and the Kettle Parents' Forum.");
    CHECK(f.has(MentionKind::Organisation, "Westland Department of Transport"));
    CHECK(f.has(MentionKind::Organisation, "University of Eastmoor"));
    CHECK(f.has(MentionKind::Organisation, "St Brigid's Catholic High School"));
    CHECK(f.has(MentionKind::Organisation, "Kettle Parents' Forum"));
    // the apostrophe read as a closing quote mark still belongs to the name
    auto g = find("Jo Reyes, who chairs the Kettle Parents\xE2\x80\x99 Forum, spoke.");
    CHECK(g.affiliated("Jo Reyes", "Kettle Parents\xE2\x80\x99 Forum", "chair"));
    // "the department" refers back, "The Department for Transport" is a name
    auto h = find("The Department for Transport said the department would reply.");
    CHECK(h.has(MentionKind::Organisation, "Department for Transport"));
    CHECK(h.pm.mentions.back().kind == MentionKind::OrgReference);
}

TEST_CASE("mentions: names introduced by a common noun or by 'of' after a person") {
    auto f = find("Lena Ortiz, a mother of three who founded the group Families for Quiet Streets, spoke. "
                  "Max Hale of Friends of the Old Mill was there, as was Cy Park of Albany.");
    CHECK(f.has(MentionKind::Organisation, "Families for Quiet Streets"));
    CHECK(f.affiliated("Lena Ortiz", "Families for Quiet Streets", "founder"));
    CHECK(f.affiliated("Max Hale", "Friends of the Old Mill"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Albany"));  // a place, not a body
    auto g = find("Ed Moss, regional secretary of the nurses' union RNU, said no.");
    CHECK(g.has(MentionKind::Organisation, "RNU"));
    CHECK(g.affiliated("Ed Moss", "RNU", "regional secretary"));
}

TEST_CASE("mentions: role appositives after the name") {
    auto f = find("Dr Ana Ruiz, a marine biologist at the University of Westport, and Kit Bell, 16, who leads the "
                  "Westport Youth Council, disagreed. Tom Fry, of the Westport Angling Club Association, agreed.");
    CHECK(f.affiliated("Dr Ana Ruiz", "University of Westport", "marine biologist"));
    CHECK(f.affiliated("Kit Bell", "Westport Youth Council", "leader"));
    CHECK(f.affiliated("Tom Fry", "Westport Angling Club Association", ""));
    auto g = find("The chief executive of the Westport Harbour Trust, Ray Dunn, said it would close.");
    CHECK(g.affiliated("Ray Dunn", "Westport Harbour Trust", "chief executive"));
}

TEST_CASE("mentions: possessive, 'its' and head-word roles before the name") {
    auto f = find("The Lakeside Teachers Association's president, Mia Holm, spoke. The Hill Valley Coalition "
                  "has not decided, according to its executive director, Bo Lund.");
    CHECK(f.affiliated("Mia Holm", "Lakeside Teachers Association", "president"));
    CHECK(f.person_named("Bo Lund"));
    CHECK(f.affiliated("Bo Lund", "Hill Valley Coalition", "executive director"));
    // a head word alone refers to the latest organisation with that head, named in an earlier paragraph
    std::string t1 = "The Dale County School Board met on Monday.";
    std::string t2 = "Board Chair Rosa Vance said the board would wait.";
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t1, {0, t1.size()}, names), t1, names);
    std::string both = t1 + "\n\n" + t2;
    auto g = Found{both, find_mentions(both, {t1.size() + 2, both.size()}, names)};
    CHECK(g.person_named("Rosa Vance"));
    CHECK_FALSE(g.person_named("Chair"));  // the role word is not part of the name
    CHECK(g.affiliated("Rosa Vance", "Dale County School Board", "chair"));
}

TEST_CASE("mentions: parties from adjectives, 'a Democrat from' and US shorthand") {
    auto f = find("Republican state Sen. Jo Ames of Dalton voted no. Sen. Al Cruz, D-Marlow, voted yes. "
                  "Rep. Bea Tran, a Republican from Fenwick, abstained. Opposition Labour leader Cllr Kay Dale "
                  "(Lab) objected.");
    CHECK(f.affiliated("Sen. Jo Ames", "Republican Party"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Dalton"));
    CHECK(f.affiliated("Sen. Al Cruz", "Democratic Party"));
    CHECK(f.affiliated("Rep. Bea Tran", "Republican Party"));
    CHECK(f.affiliated("Cllr Kay Dale", "Labour Party", "leader"));
}

TEST_CASE("mentions: titles of office split off the name and give the body") {
    auto f = find("Dunmore Mayor Eli Park met Lord Ashby of Kendal and Baroness Rae, and Principal Ivy Chen said so.");
    CHECK(f.affiliated("Mayor Eli Park", "City of Dunmore", "mayor"));
    CHECK(f.has(MentionKind::Person, "Lord Ashby of Kendal"));
    CHECK(f.affiliated("Lord Ashby of Kendal", "House of Lords", "peer"));
    CHECK(f.affiliated("Baroness Rae", "House of Lords", "peer"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Kendal"));
    CHECK(f.has(MentionKind::Person, "Ivy Chen"));
}

TEST_CASE("mentions: names with diacritics") {
    auto f = find("Siobh\xC3\xA1n Kelly and \xC3\x89" "amon Walsh, a nurse at Cork General Hospital, said it was fine.");
    CHECK(f.has(MentionKind::Person, "\xC3\x89" "amon Walsh"));
    CHECK(f.affiliated("\xC3\x89" "amon Walsh", "Cork General Hospital", "nurse"));
    auto g = find("Siobh\xC3\xA1n Kelly said it was fine.");
    CHECK(g.has(MentionKind::Person, "Siobh\xC3\xA1n Kelly"));
}

TEST_CASE("mentions: junk that is not a person") {
    auto f = find("Teachers say it works. I'll admit that. Several told lawmakers so, according to a Fenwick think "
                  "tank. Speaking to the Fenwick Evening Gazette, she said it was fine.");
    for (std::size_t i = 0; i < f.pm.mentions.size(); ++i)
        CHECK_MESSAGE(f.pm.mentions[i].kind != MentionKind::Person, f.at(i));
}

TEST_CASE("mentions: 'its' needs an organisation of the same paragraph; one affiliation per body") {
    std::string t1 = "The Hill Valley Coalition met on Monday.";
    std::string t2 = "The parents' group is divided. Its president, Uma Sole, said so.";
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t1, {0, t1.size()}, names), t1, names);
    std::string both = t1 + "\n\n" + t2;
    auto f = Found{both, find_mentions(both, {t1.size() + 2, both.size()}, names)};
    CHECK(f.person_named("Uma Sole"));
    CHECK(f.pm.affiliations.empty());  // not the coalition of the previous paragraph
    auto g = find("Ida Berg, who heads the Nordic Nurses Organisation, of the Nordic Nurses Organisation, spoke.");
    CHECK(g.has(MentionKind::Organisation, "Nordic Nurses Organisation"));
    REQUIRE(g.pm.affiliations.size() == 1);
    CHECK(g.pm.affiliations[0].role == "head");
}

TEST_CASE("mentions: an age before the appositive, a unit of the organisation, a role word before a name") {
    auto f = find("Emma Lund, 34, a teacher at Fenwick Primary School, and Dr Ruth Bell, who leads the clinical team "
                  "at Fenwick General Hospital, spoke. Speaker Nan Lowe said so.");
    CHECK(f.affiliated("Emma Lund", "Fenwick Primary School", "teacher"));
    CHECK(f.affiliated("Dr Ruth Bell", "Fenwick General Hospital", "leader"));
    CHECK(f.has(MentionKind::Person, "Nan Lowe"));
}

TEST_CASE("mentions: UK members and party names right before a title") {
    auto f = find("Labour MP Jane Doe said no. Jo Hart, the Conservative MP for Westshire, agreed. GOP Rep. Al Grant "
                  "said. Tory peer Lord Sam Ode said.");
    CHECK(f.affiliated("Jane Doe", "Labour Party", "mp"));
    CHECK(f.affiliated("Jo Hart", "Conservative Party"));
    CHECK(f.affiliated("Rep. Al Grant", "Republican Party"));
    CHECK(f.affiliated("Lord Sam Ode", "Conservative Party", "peer"));
    CHECK(f.affiliated("Lord Sam Ode", "House of Lords", "peer"));
}

TEST_CASE("mentions: 'of the' after a name") {
    auto f = find("Cllr Meg Rhys of the Dunmore Borough Council and Dr Ali Noor of the University of Westport said so.");
    CHECK(f.affiliated("Cllr Meg Rhys", "Dunmore Borough Council"));
    CHECK(f.affiliated("Dr Ali Noor", "University of Westport"));
}

TEST_CASE("mentions: 'the <noun>'s <role>, A B' and a party adjective before a governor") {
    auto f = find("Ruth Oke spoke for the Fenwick Chamber of Commerce. The chamber's president, Dev Patel, agreed. "
                  "Democratic Gov. Ellen Marsh said so.");
    CHECK(f.affiliated("Dev Patel", "Fenwick Chamber of Commerce", "president"));
    CHECK(f.affiliated("Gov. Ellen Marsh", "Democratic Party"));
}

TEST_CASE("mentions: compound role titles before a name") {
    auto f = find("Westshire Police Chief Constable Pam Mills spoke. Deputy Mayor Jo Bloggs said so.");
    CHECK(f.affiliated("Pam Mills", "Westshire Police", "chief constable"));
    CHECK(f.has(MentionKind::Person, "Mayor Jo Bloggs"));
    CHECK(f.pm.affiliations.size() == 1);  // "Deputy" is no place
}

TEST_CASE("mentions: a full name opening a sentence that a following he/she can only stand for") {
    auto f = find("Lena Dorsk rented a flat in Westbury for a decade while she lived overseas. She sold it last year.");
    CHECK(f.person_named("Lena Dorsk"));
    // without the pronoun nothing says a person is named
    auto g = find("Harbour Row lost most of its shops in the winter. The market moved away.");
    CHECK_FALSE(g.person_named("Harbour Row"));
    // another capitalised name between: the pronoun may stand for that one, so no inference
    auto h = find("Stone Quay hosted Dana Vell on Friday and she praised it.");
    CHECK_FALSE(h.person_named("Stone Quay"));
    // a longer organisation name between, and the pronoun in the next sentence
    auto k = find("Ria Penmor runs Save Old Wharf Homes for Locals, a group with 900 members. She said more.");
    CHECK(k.person_named("Ria Penmor"));
}

TEST_CASE("mentions: a place after a preposition and a law after an article are not people") {
    auto f = find("Residents in Westmoor say the queues are longer. Under the Harbour Dues (Amendment) Bill, owners pay.");
    for (std::size_t i = 0; i < f.pm.mentions.size(); ++i)
        CHECK_MESSAGE(f.pm.mentions[i].kind != MentionKind::Person, f.at(i));
    // the same word as the subject, with no preposition before it, is still a person
    auto g = find("The hall was full. Later Okafor said the queues were longer.");
    CHECK(g.person_named("Okafor"));
}

TEST_CASE("mentions: the body a spokesperson speaks for is an organisation") {
    auto f = find("A spokesperson for Bookly, one of the larger sites, said the company was ready.");
    CHECK(f.has(MentionKind::Organisation, "Bookly"));
    auto g = find("A representative of Harbour Lettings Ltd declined to comment.");
    CHECK(g.has(MentionKind::Organisation, "Harbour Lettings Ltd"));
}

TEST_CASE("mentions: a list inside an organisation's name, 'X for A, B and C'") {
    auto f = find("The Department for Roads, Rivers and Bridges said the work would start in May.");
    CHECK(f.has(MentionKind::Organisation, "Department for Roads, Rivers and Bridges"));
    CHECK_FALSE(f.person_named("Bridges"));
    // a comma that ends the name is not a list: "the Department for Roads, Ms Ada Lane said"
    auto g = find("At the Department for Roads, Ms Ada Lane said the work would start in May.");
    CHECK(g.has(MentionKind::Organisation, "Department for Roads"));
}

TEST_CASE("mentions: no untitled person after an article or in a US party-and-town tag") {
    auto f = find("Owners across the North Coast of Westland say so. Sen. Ada Lane, R-Pine Bluffs, said no. "
                  "A report by the Westland Housing Lab, out today, agreed.");
    CHECK_FALSE(f.person_named("North Coast"));
    CHECK_FALSE(f.person_named("Pine Bluffs"));
    CHECK_FALSE(f.person_named("Housing Lab"));
    CHECK(f.person_named("Ada Lane"));
}

TEST_CASE("mentions: a two-word place after 'in'/'at' and a comma is not a person; an apposition still makes one") {
    auto f = find("Speaking at his office in North Vale, he was unapologetic.");
    CHECK_FALSE(f.person_named("North Vale"));
    auto g = find("The best speech came from Ida Marsh, a school nurse at Kettle High School.");
    CHECK(g.person_named("Ida Marsh"));
    auto h = find("She spoke in Ida Marsh, a school nurse, and left.");  // an apposition after 'in'
    CHECK(h.person_named("Ida Marsh"));
}

TEST_CASE("mentions: a lone word before a verb form no single person takes is no speaker") {
    // "think" has the form "thinks": "a small Fenmouth think tank" names no person Fenmouth
    auto f = find("She is a senior fellow at a small Fenmouth think tank.");
    CHECK_FALSE(f.has(MentionKind::Person, "Fenmouth"));
    // near miss: a singular verb form keeps the speaker
    auto g = find("Later, Fenmouth thinks the plan is sound.");
    CHECK(g.has(MentionKind::Person, "Fenmouth"));
}

TEST_CASE("mentions: an untitled name opening a clause is a person when 'she' follows, past a place named after 'the'") {
    auto f = find("At a quarter to eight, Ida Marsh stands on the bridge over the Kettle Freeway and counts. "
                  "She does this for fun, she says.");
    CHECK(f.person_named("Ida Marsh"));
    CHECK_FALSE(f.person_named("Kettle Freeway"));
    // with another untitled name between them, the pronoun could be that one's: no evidence
    auto g = find("At eight, Ida Marsh met Tom Reed on the bridge. She says it was cold.");
    CHECK_FALSE(g.person_named("Ida Marsh"));
}

TEST_CASE("mentions: a government the document names is a body") {
    const std::string t = "The plan was floated by the Westland government on Monday. A Westland government "
                          "spokesman was not available.";
    DocumentNames names;  // the document's names, from a first reading (as extract_document does)
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    auto f = find(t, names);
    CHECK(f.has(MentionKind::Organisation, "Westland government"));
    // a government the document never names after "the" is not made up from the words
    auto g = find("No Eastmoor government has dared.", names);
    CHECK_FALSE(g.has(MentionKind::Organisation, "Eastmoor government"));
}

TEST_CASE("mentions: a capitalised 'The' inside a run of capitals opens another name") {
    // a heading run into its paragraph: the heading's words are no part of the body's name
    auto f = find("A Key Resource for a Sound Local Transport Future The Harbour Cyclists Club believes that lanes work.");
    CHECK(f.has(MentionKind::Organisation, "Harbour Cyclists Club"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Sound Local Transport Future The Harbour Cyclists Club"));
}

TEST_CASE("mentions: an irregular plural's possessive stays inside a body's name") {
    auto f = find("The Western Fishermen's Marine Association and the Northmoor Children's Trust wrote to her.");
    CHECK(f.has(MentionKind::Organisation, "Western Fishermen's Marine Association"));
    CHECK(f.has(MentionKind::Organisation, "Northmoor Children's Trust"));
    // a singular's possessive still ends the name
    auto g = find("Polwenna's Town Council met on Monday.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Polwenna's Town Council"));
}

TEST_CASE("mentions: one-word subjects between commas before a head word are one body's name") {
    auto f = find("She thanked the Finance Energy, Transport, Housing Subcommittee Chair Ann Pellow for it.");
    CHECK(f.has(MentionKind::Organisation, "Finance Energy, Transport, Housing Subcommittee"));
    CHECK_FALSE(f.person_named("Finance Energy"));
    // one comma is no list: "my fellow Members, X Subcommittee Chair" names two things
    auto h = find("I thank my fellow Members, Finance Housing Subcommittee Chair Ann Pellow and others.");
    CHECK_FALSE(h.has(MentionKind::Organisation, "Members, Finance Housing Subcommittee"));
    // names of people between commas are no subjects
    auto g = find("Ann Pellow, Maria Lopez, Rob Fenwick Committee members met.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Ann Pellow, Maria Lopez, Rob Fenwick Committee"));
}

TEST_CASE("mentions: 'X and <gazetteer body>' is two bodies") {
    auto f = find("She worked with colleagues in both the House and Senate to pass it.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "House and Senate"));
    CHECK(f.has(MentionKind::Organisation, "Senate"));
    // a name whose part after "and" goes on is one body
    CHECK(find("The Ways and Means Committee met.").has(MentionKind::Organisation, "Ways and Means Committee"));
}

TEST_CASE("mentions: a place after a person's 'of' ends before a title opening the next person") {
    auto f = find("The club elected Chairman Ann Pellow of Fenmouth, Vice-Chair Rob Fenwick of Kettleby and "
                  "Secretary Maria Lopez of Polwenna.");
    for (const auto& m : f.pm.mentions)
        if (m.kind == MentionKind::Organisation) CHECK(f.text.substr(m.begin, m.end - m.begin).find("Secretary") == std::string::npos);
    CHECK_FALSE(f.has(MentionKind::Organisation, "Kettleby"));
    CHECK(f.person_named("Maria Lopez"));
}

TEST_CASE("mentions: a party before a role title and a name ends the body's name before it") {
    auto f = find("The Finance Subcommittee on Housing and Transport Republican Leader Ann Pellow wrote to him.");
    CHECK(f.has(MentionKind::Organisation, "Finance Subcommittee on Housing and Transport"));
    CHECK(f.person_named("Ann Pellow"));
}

TEST_CASE("mentions: a numbered district after an ordinal is no body") {
    auto f = find("Farmers in Westland's 12th Congressional District grow nuts; the Linn Ridge School District agreed.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Congressional District"));
    CHECK(f.has(MentionKind::Organisation, "Linn Ridge School District"));
}

TEST_CASE("mentions: a head word that is a role before a full name is a title, not a body") {
    auto f = find("I thank Fenwick County Judge Executive Maria Lopez for her work.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Fenwick County Judge Executive"));
    CHECK(f.person_named("Maria Lopez"));
}

TEST_CASE("mentions: a country before a gazetteer name is that national body") {
    auto f = find("Funds from the United States Department of Agriculture arrived.");
    bool found = false;
    for (const auto& m : f.pm.mentions)
        if (m.kind == MentionKind::Organisation) found = found || m.org == "Department of Agriculture";
    CHECK(found);
}

TEST_CASE("mentions: a campaign named by an imperative is one body where the text shows a body") {
    // "the <name> group", a role or a reporting verb after it
    auto f = find("Ann Hale, convenor of the Save the Old Pier group, said the vote was close.");
    CHECK(f.has(MentionKind::Organisation, "Save the Old Pier"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Old Pier"));
    auto g = find("Stop the Fenmouth Tunnel convenor Ann Hale told the meeting it was over.");
    CHECK(g.has(MentionKind::Organisation, "Stop the Fenmouth Tunnel"));
    auto h = find("In a statement, Keep Fenmouth Green said the plan was unlawful.");
    CHECK(h.has(MentionKind::Organisation, "Keep Fenmouth Green"));
    // found once so, the same name is the body wherever the document writes it
    DocumentNames names;
    names.organisation_prefixes.emplace("Save the Old Pier", "Save the Old Pier");
    auto k = find("The group that brought the case, Save the Old Pier, meets on Thursdays.", names);
    CHECK(k.has(MentionKind::Organisation, "Save the Old Pier"));
    // an imperative in a headline or a sentence is no body
    auto m = find("Save the Old Pier before the council sells it, residents say.");
    CHECK_FALSE(m.has(MentionKind::Organisation, "Save the Old Pier"));
}

TEST_CASE("mentions: 'A B of X and C D of Y' names two people and two places, no body") {
    auto f = find("The bill follows one introduced by Senator Mark Ellery of Fenland and Ruth Dane of Westmoor.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Fenland and Ruth Dane of Westmoor"));
    CHECK(f.person_named("Ruth Dane"));
    // a body's name with "and" inside still holds together
    auto g = find("Max Hale of Friends of the Old Mill and Harbour spoke.");
    CHECK(g.has(MentionKind::Organisation, "Friends of the Old Mill and Harbour"));
}

TEST_CASE("mentions: 'a <role> at the <Place> <body noun> <Name>' is of the named body, not the place") {
    auto f = find("Tess Hale, an economist at the Fenmouth consultancy Quayle Economics who studied the fee, "
                  "said it would work.");
    CHECK(f.affiliated("Tess Hale", "Quayle Economics"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Fenmouth"));
}

TEST_CASE("mentions: an electoral district is an area, no body and no person") {
    auto f = find("Rep. Ann Hale named the Ninth Congressional District's volunteers of the year.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Ninth Congressional District"));
    CHECK_FALSE(f.person_named("Congressional District"));
    // a district that is a body stays one
    auto g = find("Ann Hale chairs the Fenmouth School District.");
    CHECK(g.has(MentionKind::Organisation, "Fenmouth School District"));
}

TEST_CASE("mentions: one word before a role and a name is the document's body whose name it opens") {
    DocumentNames names;
    names.organisation_prefixes.emplace("Quayle Springs", "Quayle Springs Inc.");
    names.organisation_prefixes.emplace("Quayle Springs Inc.", "Quayle Springs Inc.");
    auto f = find("Quayle president Ann Hale called it a ban by headline.", names);
    CHECK(f.affiliated("Ann Hale", "Quayle Springs Inc.", "president"));
    // a word that opens no body of the document is no body ("Monday chief executive A B")
    auto g = find("Monday president Ann Hale called it a ban by headline.", names);
    CHECK_FALSE(g.has(MentionKind::Organisation, "Monday"));
}

TEST_CASE("mentions: a run of capitals before ', whose <role>,' is a body, head word or not") {
    auto f = find("So does Harbour Hosts Westland, whose chief executive, Ann Hale, said the fees were fair.");
    CHECK(f.has(MentionKind::Organisation, "Harbour Hosts Westland"));
    CHECK(f.affiliated("Ann Hale", "Harbour Hosts Westland", "chief executive"));
    // a person's "whose" is no body
    auto g = find("It was Ann Hale, whose spokesperson, Kim Lee, spoke first.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Ann Hale"));
}

TEST_CASE("mentions: a rank or service word before a name is a role, not part of the name") {
    auto f = find("Quaymill Fire Captain Ann Hale was honoured with Corporal Ed Moss and Trooper Jo Reyes.");
    CHECK(f.person_named("Ann Hale"));
    CHECK_FALSE(f.person_named("Fire Captain"));
    CHECK_FALSE(f.person_named("Corporal"));
    CHECK_FALSE(f.person_named("Trooper"));
}

TEST_CASE("mentions: an ampersand joins partners' names into one firm; after a head word it is two bodies") {
    auto f = find("Parts came from Halloran & Quayle Co and from Vance & Sons Ltd.");
    CHECK(f.has(MentionKind::Organisation, "Halloran & Quayle Co"));
    CHECK(f.has(MentionKind::Organisation, "Vance & Sons Ltd"));
    CHECK_FALSE(f.person_named("Quayle Co"));
    auto g = find("Fenmouth Council & Quaymill Trust agreed.");
    CHECK(g.has(MentionKind::Organisation, "Fenmouth Council"));
    CHECK(g.has(MentionKind::Organisation, "Quaymill Trust"));
    // a firm's first word is a family name: alone it is no name of the firm
    DocumentNames names;
    collect_organisation_prefixes(g.pm, g.text, names);
    auto h = find("Parts came from Halloran & Quayle Co.");
    collect_organisation_prefixes(h.pm, h.text, names);
    CHECK_FALSE(names.organisation_prefixes.count("Halloran"));
}

TEST_CASE("mentions: a place named 'X Country' is a place, no person") {
    auto f = find("Rep. Ann Hale has long championed Fenland Country and its tribes.");
    CHECK_FALSE(f.person_named("Fenland Country"));
}

TEST_CASE("mentions: the long form of a defined acronym is a body wherever the document writes it") {
    const std::string def = "The bill names As-Quayl Ahl Al-Fen (AAF) and Harakat Fenmur Al-Vance (HFV) as armed groups.";
    DocumentNames names;
    collect_acronyms(def, {0, def.size()}, names);
    // the acronym may skip an article prefixed by a hyphen ("Al-Fen" gives 'F')
    CHECK(names.acronyms.count("AAF"));
    CHECK(names.acronyms.count("HFV"));
    auto f = find(def, names);
    CHECK(f.has(MentionKind::Organisation, "Harakat Fenmur Al-Vance"));
    CHECK_FALSE(f.person_named("Harakat"));
    auto g = find("Later, Harakat Fenmur Al-Vance fired rockets, said Rep. Ann Hale.", names);
    CHECK(g.has(MentionKind::Organisation, "Harakat Fenmur Al-Vance"));
    CHECK_FALSE(g.person_named("Harakat"));
    CHECK(g.person_named("Ann Hale"));
}

TEST_CASE("mentions: a headline's verb after a titled full name is no part of the name") {
    auto f = find("President Ann J. Hale Announces Intent to Nominate Judges");
    CHECK(f.has(MentionKind::Person, "President Ann J. Hale"));
    CHECK_FALSE(f.person_named("Announces"));
}

TEST_CASE("mentions: a title in the possessive, or before a common word of a body's name, names nobody") {
    auto f = find("The parade follows the Father\xE2\x80\x99s Day lunch.");
    CHECK(f.pm.mentions.empty());
    auto g = find("She was editor of the Bishop Law Journal.");
    CHECK_FALSE(g.person_named("Law"));
    // a title before a name stays a title
    auto h = find("Bishop Ann Hale spoke.");
    CHECK(h.person_named("Ann Hale"));
}

TEST_CASE("mentions: a programme of common words before 'from <body>' is no person; a given name after 'in' opens a place") {
    auto f = find("He appealed the denial of Household Assistance from the Fenland Emergency Agency.");
    CHECK_FALSE(f.person_named("Household Assistance"));
    auto g = find("Ann Hale from the Fenland Emergency Agency testified.");
    CHECK(g.person_named("Ann Hale"));
    auto h = find("Located in Ann Hollow, the Fenland Science Center keeps staff.");
    CHECK_FALSE(h.person_named("Ann Hollow"));
}

TEST_CASE("mentions: a body's remit after 'on' or a second complement after 'for the' belongs to its name") {
    auto f = find("As co-chair of the Fenland Coalition on Harbours, Ann Hale spoke.");
    CHECK(f.has(MentionKind::Organisation, "Fenland Coalition on Harbours"));
    auto g = find("She sits on the Court of Appeals for the Fenland Circuit, said Ann Hale.");
    CHECK(g.has(MentionKind::Organisation, "Court of Appeals for the Fenland Circuit"));
    // a shop's address is no remit
    auto h = find("Okoro's General Store on Route 9 is open.");
    CHECK_FALSE(h.has(MentionKind::Organisation, "Okoro's General Store on Route 9"));
}

TEST_CASE("mentions: a head word before a law's word or a plural common noun names no body") {
    auto f = find("They introduced the Supporting Fenland Harbour Services Act on Monday.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Fenland Harbour Services"));
    auto g = find("Dispatchers would count as Mooring Service Occupations under the rule.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Mooring Service"));
    // its members are a role: the body stays
    auto h = find("Fenmouth Council Members met on Monday.");
    CHECK(h.has(MentionKind::Organisation, "Fenmouth Council"));
}

TEST_CASE("mentions: one key for a body written with or without 'the', or with its complement first") {
    CHECK(organisation_key("Department of the Harbour") == organisation_key("Department of Harbour"));
    CHECK(organisation_key("Court of Appeals for the Fenland Circuit") == organisation_key("Fenland Circuit Court of Appeals"));
    CHECK(organisation_key("Friends of the Earth") != organisation_key("Earth Friends"));
    CHECK(organisation_key("Court for the Northern District of Fenland") != organisation_key("Northern District of Fenland Court"));
}

TEST_CASE("mentions: a degree's subject after 'in' is no body") {
    auto f = find("He holds a Master's Degree from Fenland University in Public Harbour Administration.");
    CHECK(f.has(MentionKind::Organisation, "Fenland University"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Public Harbour Administration"));
    auto g = find("She holds a Bachelor of Arts in Harbour Administration from Quayle College.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Harbour Administration"));
    // a body after "in" with no degree near stays a body
    auto h = find("She works in Harbour Administration offices for the Fenland Port Authority.");
    CHECK(h.has(MentionKind::Organisation, "Fenland Port Authority"));
}

TEST_CASE("mentions: names with an article after 'for', an Oxford comma, '& <head>', a title's possessive") {
    auto f = find("He led the Quayle Coalition for a Healthy Fenland until May.");
    CHECK(f.has(MentionKind::Organisation, "Quayle Coalition for a Healthy Fenland"));
    auto g = find("She was counsel for the Subcommittee on Harbour Development, Public Moorings, and Flood Management.");
    CHECK(g.has(MentionKind::Organisation, "Subcommittee on Harbour Development, Public Moorings, and Flood Management"));
    auto h = find("She led the Fenland River Museum & Aquarium for ten years.");
    CHECK(h.has(MentionKind::Organisation, "Fenland River Museum & Aquarium"));
    auto k = find("Members: Ann Vale, Vice Chair, President\xE2\x80\x99s Harbour Advisory Board.");
    CHECK(k.has(MentionKind::Organisation, "President\xE2\x80\x99s Harbour Advisory Board"));
    // inside a longer run the possessive title is the run's
    auto m = find("Fenland County Sheriff\xE2\x80\x99s Department Captain Jo Quayle spoke.");
    CHECK_FALSE(m.has(MentionKind::Organisation, "Sheriff\xE2\x80\x99s Department"));
}

TEST_CASE("mentions: a qualifier before a role ends a body's complement") {
    auto f = find("Fenland Department of Harbour Affairs Acting Director Jo Quayle spoke.");
    CHECK(f.has(MentionKind::Organisation, "Fenland Department of Harbour Affairs"));
    CHECK(f.affiliated("Jo Quayle", "Fenland Department of Harbour Affairs", "acting director"));
}

TEST_CASE("mentions: 'X and Y Subcommittee' is one body, its parent after 'of the' another; a place's possessive opens a body") {
    auto f = find("He served on the Harbour Services and General Moorings Subcommittee of the Fenland Committee.");
    CHECK(f.has(MentionKind::Organisation, "Harbour Services and General Moorings Subcommittee"));
    CHECK(f.has(MentionKind::Organisation, "Fenland Committee"));
    auto g = find("Fenmouth Council and Westshire County Council met.");
    CHECK(g.has(MentionKind::Organisation, "Fenmouth Council"));
    CHECK(g.has(MentionKind::Organisation, "Westshire County Council"));
    auto h = find("She is a founding member of America\xE2\x80\x99s Harbour Initiative and of Ohio\xE2\x80\x99s Mooring Trust.");
    CHECK(h.has(MentionKind::Organisation, "America\xE2\x80\x99s Harbour Initiative"));
    CHECK(h.has(MentionKind::Organisation, "Ohio\xE2\x80\x99s Mooring Trust"));
}

TEST_CASE("mentions: a county's name opening a longer body's name stands for the county, not that body") {
    DocumentNames names;
    auto f = find("The Fenby County Road Commission met on Monday.");
    collect_organisation_prefixes(f.pm, f.text, names);
    CHECK_FALSE(names.organisation_prefixes.count("Fenby County"));
    CHECK(names.organisation_prefixes.count("Fenby County Road Commission"));
}

TEST_CASE("mentions: a plural role before surnames the document gives in full is no part of a name") {
    DocumentNames names;
    names.surnames.insert("Hale");
    names.lone_surnames.insert("Hale");  // "Hale said" elsewhere in the document
    auto f = find("The amendment, which Harbour Caucus Vice Chairs Hale and Vance led, passed.", names);
    CHECK_FALSE(f.person_named("Chairs"));
    // a plural role noun before no known surname is left as it was ("Service Members who ...")
    auto g = find("Over 1,500 American Service Members who served are buried there.", names);
    CHECK_FALSE(g.person_named("Members"));
}

TEST_CASE("mentions: a surname's lower-case particles belong to the name") {
    using sg::loaders::MentionKind;
    auto f = find("President Karim al-Haddad spoke first. Omar bin Rashid said so. Ina van der Berg said no. "
                  "Mr van Dijk agreed.");
    CHECK(f.has(MentionKind::Person, "President Karim al-Haddad"));
    CHECK(f.has(MentionKind::Person, "Omar bin Rashid"));
    CHECK(f.has(MentionKind::Person, "Ina van der Berg"));
    CHECK(f.has(MentionKind::Person, "Mr van Dijk"));
    // "as", "at" alone are English words, particles only against the surname ("as-Sadr")
    auto g = find("Ann Vale as Hamlet was praised.");
    CHECK_FALSE(g.person_named("Hamlet"));
    CHECK(sg::loaders::surname_core("al-Haddad") == "Haddad");
    CHECK(sg::loaders::surname_core("Smith-Jones") == "Smith-Jones");
}

TEST_CASE("mentions: a state, province or country written in full is no person, possessive or not") {
    auto f = find("It has been tied up in South Australia's court since 2025. New Mexico's governor, Ann Vale, "
                  "said so.");
    CHECK_FALSE(f.person_named("South Australia"));
    CHECK_FALSE(f.person_named("New Mexico"));
    CHECK(f.person_named("Ann Vale"));
}
