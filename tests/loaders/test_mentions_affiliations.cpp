// Step 4: where a person's organisation comes from (issue 9). Each rule has a sentence that gives
// the affiliation and a near miss that must not: membership comes from an apposition, a role
// phrase, a possessive, a title or a copula — never from a body merely named near the person.
// Every name here is invented.
#include <doctest/doctest.h>

#include <string>

#include "loaders/mentions/mentions.hpp"
#include "tests/loaders/mentions_fixture.hpp"

using namespace sg::loaders;

namespace {
using sg::test::Found;
using sg::test::find;

// The paragraphs before the last one are read first, as a document's are: their organisations,
// towns and states are known when the last paragraph is read.
Found find_after(const std::vector<std::string>& paragraphs, DocumentNames names = {}) {
    std::string all;
    std::vector<Range> ranges;
    for (const auto& p : paragraphs) {
        if (!all.empty()) all += "\n\n";
        ranges.push_back({all.size(), all.size() + p.size()});
        all += p;
    }
    for (std::size_t i = 0; i + 1 < ranges.size(); ++i)
        collect_organisation_prefixes(find_mentions(all, ranges[i], names), all, names);
    return {all, find_mentions(all, ranges.back(), names)};
}
}  // namespace

TEST_CASE("affiliations: the place a role is held at is a body, even one word with no head") {
    auto f = find("Ivo Marsh, head of research at Quillbridge, said the figures were high.");
    CHECK(f.has(MentionKind::Organisation, "Quillbridge"));
    CHECK(f.affiliated("Ivo Marsh", "Quillbridge", "head of research"));
    // no role before "at": a place visited
    auto g = find("Ivo Marsh arrived at Quillbridge on Monday.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Quillbridge"));
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: 'a senior fellow at the <Org>, A B' before the name") {
    auto f = find("A senior fellow at the Tarnwick Policy Institute, Ada Quill, said it would fail.");
    CHECK(f.affiliated("Ada Quill", "Tarnwick Policy Institute", "senior fellow"));
    auto g = find("Ada Quill, who visited the Tarnwick Policy Institute, said it would fail.");
    CHECK_FALSE(g.any_affiliation("Ada Quill"));
}

TEST_CASE("affiliations: '<role> at neighbouring <Org>'") {
    auto f = find("Kim Roe, a nurse at neighbouring Fenmouth General Hospital, said the ward was full.");
    CHECK(f.affiliated("Kim Roe", "Fenmouth General Hospital", "nurse"));
    auto g = find("Kim Roe, a nurse, said neighbouring Fenmouth General Hospital was full.");
    CHECK_FALSE(g.any_affiliation("Kim Roe"));
}

TEST_CASE("affiliations: a fronted 'For <Org>,' before '<role> <Name>'") {
    auto f = find("Responding for the Fenmouth Teachers Association, negotiator Dr Lia Penn said the offer was poor.");
    CHECK(f.affiliated("Dr Lia Penn", "Fenmouth Teachers Association", "negotiator"));
    auto g = find("For the Fenmouth Teachers Association, chair Bo Tell said it was a good day.");
    CHECK(g.affiliated("Bo Tell", "Fenmouth Teachers Association", "chair"));
    // "for <Org>" inside the clause is no fronted phrase; without a role nothing says who speaks for it
    auto h = find("Money for the Fenmouth Teachers Association, chair Bo Tell said, was cut.");
    CHECK_FALSE(h.any_affiliation("Bo Tell"));
    auto k = find("For the Fenmouth Teachers Association, Bo Tell said it was a good day.");
    CHECK_FALSE(k.any_affiliation("Bo Tell"));
}

TEST_CASE("affiliations: an abbreviation with its dot inside an organisation's name") {
    auto f = find("Cllr Ann Hale of St. Wenna Borough Council said the budget was tight.");
    CHECK(f.has(MentionKind::Organisation, "St. Wenna Borough Council"));
    CHECK(f.affiliated("Cllr Ann Hale", "St. Wenna Borough Council"));
    auto g = find("St. Wenna is a village by the sea.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "St. Wenna"));
}

TEST_CASE("affiliations: 'City of <Place> Council' and its possessive before a role") {
    auto f = find("Ola Berg, the City of Wexmoor Council's housing convener, said the rules worked.");
    CHECK(f.has(MentionKind::Organisation, "City of Wexmoor Council"));
    CHECK(f.affiliated("Ola Berg", "City of Wexmoor Council", "housing convener"));
    // a place kind and "of" without a head word is no body
    auto g = find("Ola Berg, a City of Wexmoor resident, said the rules worked.");
    CHECK_FALSE(g.any_affiliation("Ola Berg"));
}

TEST_CASE("affiliations: a verb of leading right after the name, and the body it names") {
    auto f = find("Tamsin Roe runs Keep Polwenna for Locals, a group with 400 members. She said more.");
    CHECK(f.has(MentionKind::Organisation, "Keep Polwenna for Locals"));
    CHECK(f.affiliated("Tamsin Roe", "Keep Polwenna for Locals", "head"));
    auto g = find("Tamsin Roe visited Keep Polwenna for Locals, a group with 400 members. She said more.");
    CHECK_FALSE(g.any_affiliation("Tamsin Roe"));
}

TEST_CASE("affiliations: a party named near a name is not membership") {
    // a verb between the party and the name
    auto f = find("Democrats blasted Sen. Al Voss on Tuesday. The Fenmouth Teachers Association told chief "
                  "executive Jo Pike it would strike.");
    CHECK_FALSE(f.any_affiliation("Sen. Al Voss"));
    CHECK_FALSE(f.any_affiliation("Jo Pike"));
    auto g = find("Democratic Sen. Al Voss voted no.");
    CHECK(g.affiliated("Sen. Al Voss", "Democratic Party"));
    // a party after a comma in a list, and a party joined in a vote
    auto h = find("Sen. Al Voss, Democrats and Republicans agreed. Rep. Di Ware, who joined Democrats in voting no, "
                  "left.");
    CHECK_FALSE(h.any_affiliation("Sen. Al Voss"));
    CHECK_FALSE(h.any_affiliation("Rep. Di Ware"));
    auto k = find("Sen. Al Voss, Republican of Maine, voted no. Rep. Di Ware, who joined the Democratic Party in "
                  "2010, voted yes.");
    CHECK(k.affiliated("Sen. Al Voss", "Republican Party"));
    CHECK(k.affiliated("Rep. Di Ware", "Democratic Party"));
}

TEST_CASE("affiliations: party shorthand with a home town of several words") {
    auto f = find("Sen. Al Voss, R-Grand Mesa, who leads the opposition, said no.");
    CHECK(f.affiliated("Sen. Al Voss", "Republican Party"));
    // a capitalised word after the shorthand that is not part of it: not party shorthand
    auto g = find("Sen. Al Voss, D-Day Memorial Trust chair, said no.");
    CHECK_FALSE(g.affiliated("Sen. Al Voss", "Democratic Party"));
}

TEST_CASE("affiliations: a school role with no body written belongs to the school named before") {
    auto f = find_after({"Penhallow High School changed its timetable last fall.",
                         "Principal Ria Dunn said lunch was calmer. Maths teacher Ned Moor said homework was "
                         "better. Lu Tan, a junior and class president who opposes the change, said it was unfair."});
    CHECK(f.affiliated("Ria Dunn", "Penhallow High School", "principal"));
    CHECK(f.affiliated("Ned Moor", "Penhallow High School", "maths teacher"));
    CHECK(f.affiliated("Lu Tan", "Penhallow High School"));
    // another kind of role, a place of its own, a past standing: no school
    auto g = find_after({"Penhallow High School changed its timetable last fall.",
                         "Lu Tan, a junior analyst, said so. Bo Ray, a teacher in Portmoor, said so. Former teacher "
                         "Ned Moor said so."});
    CHECK_FALSE(g.any_affiliation("Lu Tan"));
    CHECK_FALSE(g.any_affiliation("Bo Ray"));
    CHECK_FALSE(g.any_affiliation("Ned Moor"));
    // no school named before the person
    auto h = find("Principal Ria Dunn said lunch was calmer.");
    CHECK_FALSE(h.any_affiliation("Ria Dunn"));
}

TEST_CASE("affiliations: '<Place>'s <common noun of a body>' is a body 'its' can stand for") {
    auto f = find("Penhallow's parent-teacher association is divided. Its president, Ivy Roe, said so.");
    CHECK(f.has(MentionKind::Organisation, "Penhallow's parent-teacher association"));
    CHECK(f.affiliated("Ivy Roe", "Penhallow's parent-teacher association", "president"));
    // a person's group is no named body; a word that is no body noun gives nothing
    auto g = find("Dr Roe's group met. Penhallow's students are divided. Its president, Ivy Roe, said so.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Roe's group"));
    CHECK_FALSE(g.any_affiliation("Ivy Roe"));
}

TEST_CASE("affiliations: a governor with no place written governs the state the document names most") {
    auto f = find_after({"MILLBROOK, Ore. (KXXX) - A bill on Oregon schools cleared a committee.",
                         "Gov. Ana Bell said she would sign it."});
    CHECK(f.affiliated("Gov. Ana Bell", "State of Oregon", "governor"));
    // two states named as often: no guess
    auto g = find_after({"Oregon and California both passed bills.", "Gov. Ana Bell said she would sign it."});
    CHECK_FALSE(g.any_affiliation("Gov. Ana Bell"));
}

TEST_CASE("affiliations: a mayor heads the Town of a place the document calls a town") {
    auto f = find_after({"If Polwenna wants a cap, Polwenna's town council can pass one.", "Polwenna Mayor Jo Hart agreed."});
    CHECK(f.affiliated("Mayor Jo Hart", "Town of Polwenna", "mayor"));
    auto g = find_after({"Polwenna has a cap.", "Polwenna Mayor Jo Hart agreed."});
    CHECK(g.affiliated("Mayor Jo Hart", "City of Polwenna", "mayor"));
}

TEST_CASE("affiliations: a known surname inside a capitalised run that is no name is no person") {
    DocumentNames names;
    names.surnames.insert("Cross");
    auto f = find("Dunmere Cross Mayor Ann Lee said so. Cross said no.", names);
    CHECK_FALSE(f.has(MentionKind::Person, "Cross Mayor Ann Lee"));
    CHECK(f.affiliated("Mayor Ann Lee", "City of Dunmere Cross", "mayor"));
    CHECK(f.has(MentionKind::Person, "Cross"));  // alone, it is still the person
}

TEST_CASE("affiliations: '<role> at [neighbouring] <Org>' before the name, a comma or a title between") {
    auto f = find("A GP at neighbouring NHS Fenmouth CCG, Dr Ann Lee, said the list was full. The lay member for "
                  "audit at NHS Fenmouth CCG Dr Bo Ray said so too.");
    CHECK(f.affiliated("Dr Ann Lee", "NHS Fenmouth CCG", "GP"));
    CHECK(f.affiliated("Dr Bo Ray", "NHS Fenmouth CCG", "lay member for audit"));
    // an untitled name right after the body: where the name starts is unsure
    auto g = find("The lay member for audit at NHS Fenmouth CCG Bo Ray said so.");
    CHECK_FALSE(g.any_affiliation("Bo Ray"));
    // a role in capitals in an appositive
    auto h = find("Dr Kay Lim, a GP at NHS Fenmouth CCG, said so.");
    CHECK(h.affiliated("Dr Kay Lim", "NHS Fenmouth CCG", "GP"));
}

TEST_CASE("affiliations: 'A B, the mayor of <Place>,' is the place's government") {
    auto f = find("Ann Lee, the mayor of Polwenna, said so. Di Ash, the governor of Oregon, agreed.");
    CHECK(f.affiliated("Ann Lee", "City of Polwenna", "mayor"));
    CHECK(f.affiliated("Di Ash", "State of Oregon", "governor"));
    auto g = find("Bo Ray, a former mayor of Polwenna, said so. Cy Tan met the mayor of Polwenna.");
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: a copula before a role phrase") {
    auto f = find("Jo Bloggs is chair of the Acme Health Trust. Ed Fox is a member of the Fenmouth Angling "
                  "Association. Di Ash is the Acme Health Trust's chief executive.");
    CHECK(f.affiliated("Jo Bloggs", "Acme Health Trust", "chair"));
    CHECK(f.affiliated("Ed Fox", "Fenmouth Angling Association", "member"));
    CHECK(f.affiliated("Di Ash", "Acme Health Trust", "chief executive"));
    // an opinion of a body is no role in it
    auto g = find("Dr Lu Tan is critical of the Acme Health Trust. Dr Al Gee is a fierce critic of the Acme Health "
                  "Trust.");
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: a body's possessive right before the name, and 'who works at'") {
    auto f = find("The Acme Health Trust's Dr Bo Ray said so. Cy Tan, who works at Fenmouth General Hospital, agreed.");
    CHECK(f.affiliated("Dr Bo Ray", "Acme Health Trust", ""));
    CHECK(f.affiliated("Cy Tan", "Fenmouth General Hospital", "staff"));
    // a comma between: "the Trust's" belongs to something else
    auto g = find("After the Acme Health Trust's report, Dr Bo Ray said so. Cy Tan, who visited Fenmouth General "
                  "Hospital, agreed.");
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: 'state Sen. A B' sits in the state's Senate") {
    auto f = find_after({"MILLBROOK, Ore. - A bill on phones cleared a committee.",
                         "State Sen. Ann Lee said so. Then came state Rep. Bo Ray. Ohio state Rep. Ed Fox agreed."});
    CHECK(f.affiliated("Sen. Ann Lee", "Oregon Senate", "state senator"));
    CHECK(f.affiliated("Rep. Bo Ray", "Oregon House of Representatives", "state representative"));
    CHECK(f.affiliated("Rep. Ed Fox", "Ohio House of Representatives", "state representative"));
    CHECK_FALSE(f.has(MentionKind::Person, "Ohio"));
    // without "state" a senator may sit in Washington: no chamber is guessed
    auto g = find_after({"MILLBROOK, Ore. - A bill on phones cleared a committee.", "Sen. Cy Tan said no."});
    CHECK_FALSE(g.any_affiliation("Sen. Cy Tan"));
}

TEST_CASE("affiliations: 'A B, the council's housing chief,' and '<role> with <Org>'") {
    auto f = find("The Fenmouth Borough Council met. Jo Pike, the council's housing chief, said so. Lin Yu, a "
                  "researcher with the Fenmouth Policy Institute, said so.");
    CHECK(f.affiliated("Jo Pike", "Fenmouth Borough Council", "housing chief"));
    CHECK(f.affiliated("Lin Yu", "Fenmouth Policy Institute", "researcher"));
    // no role after the possessive; no body with that word named before
    auto g = find("The Fenmouth Borough Council met. Jo Pike, the council's view aside, said so. Al Gee, the trust's "
                  "chair, said so.");
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: an office of a place after the name or as the place's possessive") {
    auto f = find("Mayor Tom Banks of Fenmouth said so. Bo Ray, Polwenna's mayor, agreed.");
    CHECK(f.affiliated("Mayor Tom Banks", "City of Fenmouth", "mayor"));
    CHECK_FALSE(f.has(MentionKind::Person, "Fenmouth"));
    CHECK(f.affiliated("Bo Ray", "City of Polwenna", "mayor"));
    // the possessive before more than the office: no guess
    auto g = find("Al Gee, Polwenna's mayor in 1990 and a critic, said so.");
    CHECK_FALSE(g.any_affiliation("Al Gee"));
}

TEST_CASE("affiliations: 'who heads the union' stands for the body named before") {
    auto f = find("The Fenmouth Teachers Union met. Rosa Diaz, who heads the union, said so.");
    CHECK(f.affiliated("Rosa Diaz", "Fenmouth Teachers Union", "head"));
    auto g = find("The Fenmouth Angling Club met. Rosa Diaz, who heads the union, said so.");
    CHECK_FALSE(g.any_affiliation("Rosa Diaz"));
}

TEST_CASE("affiliations: '<role> of <Name>,' with no head word, and 'of the' inside a role") {
    auto f = find("Nora Bell, CEO of Fenmouth Health, said so. Ken Wu, chairman of the board of Fenmouth Hospital, "
                  "said so. Ida Finn, a Fenmouth Realtors Association lobbyist, said so.");
    CHECK(f.affiliated("Nora Bell", "Fenmouth Health", "CEO"));
    CHECK_FALSE(f.has(MentionKind::Person, "Fenmouth Health"));
    CHECK(f.affiliated("Ken Wu", "Fenmouth Hospital", "chairman of the board"));
    CHECK(f.affiliated("Ida Finn", "Fenmouth Realtors Association", "lobbyist"));
    // a subject is no body, nor a person
    auto g = find("Jo Fry, professor of Political Science at Fenmouth University, said so.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Political Science"));
    CHECK_FALSE(g.has(MentionKind::Person, "Political Science"));
    CHECK(g.affiliated("Jo Fry", "Fenmouth University"));
}

TEST_CASE("affiliations: 'A B, from the <Org>,' and 'who sits on the <Org>'") {
    auto f = find("Professor Lyn Ray, from the University of Fenmouth, said so. Jo Rowe, who sits on the Fenmouth "
                  "Health and Wellbeing Board, agreed. Fine Gael TD Pat Burke agreed too.");
    CHECK(f.affiliated("Professor Lyn Ray", "University of Fenmouth", ""));
    CHECK(f.affiliated("Jo Rowe", "Fenmouth Health and Wellbeing Board", "member"));
    CHECK(f.affiliated("Pat Burke", "Fine Gael", "td"));
    // "from" after a role says where someone comes from; sitting by a body is not sitting on it
    auto g = find("Kim Roe, a nurse from Fenmouth General Hospital, said so. Jo Rowe, who sits next to the Fenmouth "
                  "Health and Wellbeing Board, agreed.");
    CHECK(g.pm.affiliations.empty());
}

TEST_CASE("affiliations: a party right before a name is an adjective only in the singular and not after a preposition") {
    auto f = find("In a speech to Democrats Paul Ryan said so.");
    CHECK_FALSE(f.any_affiliation("Paul Ryan"));
    auto g = find("Republicans Paul Ryan and Al Gee voted.");
    CHECK_FALSE(g.any_affiliation("Paul Ryan"));
    auto h = find("Republican Paul Ryan said so. GOP Rep. Al Grant agreed.");
    CHECK(h.affiliated("Paul Ryan", "Republican Party"));
    CHECK(h.affiliated("Rep. Al Grant", "Republican Party"));
}

TEST_CASE("affiliations: 'District Council of X' is a local council, also after a lead's capitalised THE") {
    auto f = find_after({"THE District Council of Fenmouth will oppose the plan.", "Mayor Ann Hale said so. Cr Bo Tull agreed."});
    CHECK(f.affiliated("Mayor Ann Hale", "District Council of Fenmouth", "mayor"));
    CHECK(f.affiliated("Cr Bo Tull", "District Council of Fenmouth", "councillor"));
    // a body that is not a place's council gives a councillor nothing
    auto g = find_after({"The Fenmouth Council of Churches will oppose the plan.", "Cr Bo Tull agreed."});
    CHECK_FALSE(g.any_affiliation("Cr Bo Tull"));
}

TEST_CASE("affiliations: a councillor sits on the one local council the document names") {
    auto f = find_after({"Fenmouth Borough Council will vote on the plan. The Fenmouth Youth Council objected.",
                         "Cllr Ann Hale, cabinet member for housing, said so."});
    CHECK(f.affiliated("Cllr Ann Hale", "Fenmouth Borough Council", "councillor"));
    // two local councils: which one is unsure; none named: nothing
    auto g = find_after({"Fenmouth Borough Council and Westshire County Council disagree.", "Cllr Ann Hale said so."});
    CHECK_FALSE(g.any_affiliation("Cllr Ann Hale"));
    auto h = find_after({"The borough council will vote on the plan.", "Cllr Ann Hale said so."});
    CHECK_FALSE(h.any_affiliation("Cllr Ann Hale"));
    // a role the text gives in that council wins within the paragraph
    auto k = find_after({"Fenmouth Borough Council will vote on the plan.",
                         "Cllr Ann Hale, who chairs Fenmouth Borough Council's planning committee, said so."});
    REQUIRE(k.pm.affiliations.size() == 1);
    CHECK(k.pm.affiliations[0].role == "chair");
}

TEST_CASE("affiliations: 'X <role> <Name>' makes X a body even with no head word") {
    auto f = find("Fenwold Securities chief economist Ola Trent said the levy was sound.");
    CHECK(f.has(MentionKind::Organisation, "Fenwold Securities"));
    CHECK(f.affiliated("Ola Trent", "Fenwold Securities", "chief economist"));
    auto g = find("Riders' Voice Westland president Kim Ashe said so. Harl & Sons Haulage owner Dr Ben Harl agreed.");
    CHECK(g.affiliated("Kim Ashe", "Riders' Voice Westland", "president"));
    CHECK(g.affiliated("Dr Ben Harl", "Harl & Sons Haulage", "owner"));
    // near misses: a capitalised role ("Transport Minister"), one word, a verb before the role, a
    // run the document writes as a place, a run holding a known body
    auto h = find("Transport Minister Ola Trent said so. Monday chief executive Kim Ashe said.");
    CHECK_FALSE(h.any_affiliation("Ola Trent"));
    CHECK_FALSE(h.any_affiliation("Kim Ashe"));
    auto k = find("Lower Fenton nurse Ann Bole said the wards in Lower Fenton were full.");
    CHECK_FALSE(k.has(MentionKind::Organisation, "Lower Fenton"));
    CHECK_FALSE(k.any_affiliation("Ann Bole"));
    auto l = find("Fenwold Securities told chief economist Ola Trent to wait.");
    CHECK_FALSE(l.any_affiliation("Ola Trent"));
    auto m = find("Opposition Liberal Democrat leader Cllr Ann Hale said so.");
    CHECK_FALSE(m.has(MentionKind::Organisation, "Opposition Liberal Democrat"));
    // an office of a place or a US state is no body's role
    auto n = find("New Westland prime minister Ann Hale met North Dakota state senator Kim Ashe.");
    CHECK_FALSE(n.has(MentionKind::Organisation, "New Westland"));
    CHECK_FALSE(n.has(MentionKind::Organisation, "North Dakota"));
}

TEST_CASE("affiliations: Australian party names and 'who convenes X'") {
    auto f = find("Ann Hale, the Liberal transport spokeswoman, said so. Greens transport spokeswoman Kim Ashe agreed.");
    CHECK(f.affiliated("Ann Hale", "Liberal Party"));
    CHECK(f.affiliated("Kim Ashe", "Greens"));
    auto g = find("Ola Trent, who convenes the Fenwold Clean Water Alliance, said so.");
    CHECK(g.affiliated("Ola Trent", "Fenwold Clean Water Alliance", "convenor"));
    // near misses: "liberal" in lower case is no party; "convened a meeting" names no body
    auto h = find("Ann Hale, a liberal commentator, said so. Ola Trent, who convened a meeting, agreed.");
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
    CHECK_FALSE(h.any_affiliation("Ola Trent"));
}

TEST_CASE("affiliations: Canadian parties, the Greens' adjective and an opposition critic") {
    auto f = find("Green MLA Ann Hale said so. Progressive Conservative environment critic Kim Ashe disagreed. "
                  "New Democrat critic Ola Trent agreed.");
    CHECK(f.affiliated("Ann Hale", "Greens", "mla"));
    CHECK(f.affiliated("Kim Ashe", "Progressive Conservative Party", "environment critic"));
    CHECK(f.affiliated("Ola Trent", "New Democratic Party", "critic"));
    // near misses: a surname Green is no party; a critic of a body is no member of it
    auto g = find("Philip Green said the Green Belt was safe. Ann Hale is a fierce critic of the Fenwold Water Trust.");
    CHECK(g.person_named("Philip Green"));
    CHECK_FALSE(g.any_affiliation("Philip Green"));
    CHECK_FALSE(g.any_affiliation("Ann Hale"));
    // a party's adjective opening a longer name names no party
    auto h = find("Democrats introduced the so-called Green New Deal on Monday.");
    CHECK_FALSE(h.has(MentionKind::Organisation, "Greens"));
}

TEST_CASE("affiliations: 'who runs Harl & Sons Haulage': an ampersand inside the name of a body") {
    auto f = find("For Ben Harl, who runs Harl & Sons Haulage, a small firm, the rule is costly.");
    CHECK(f.has(MentionKind::Organisation, "Harl & Sons Haulage"));
    CHECK(f.affiliated("Ben Harl", "Harl & Sons Haulage", "head"));
    // near miss: two words joined by "&" after a verb that leads nothing
    auto g = find("Ben Harl, who likes Harl & Sons, said so.");
    CHECK_FALSE(g.any_affiliation("Ben Harl"));
}

TEST_CASE("affiliations: 'City of X' is a local government, a Cr's when it is the one the document names") {
    auto f = find_after({"THE City of Fenmouth has backed the plan.", "Cr Ann Hale, who voted against, said so."});
    CHECK(f.affiliated("Cr Ann Hale", "City of Fenmouth", "councillor"));
    auto h = find("The Shire of Kerrup objected.");
    CHECK(h.has(MentionKind::Organisation, "Shire of Kerrup"));
    // near misses: "State of X" is no local council; two councils named: unsure
    auto g = find_after({"The State of Fenmouth has backed the plan.", "Cr Ann Hale said so."});
    CHECK_FALSE(g.any_affiliation("Cr Ann Hale"));
    auto k = find_after({"The City of Fenmouth and the Shire of Kerrup disagree.", "Cr Ann Hale said so."});
    CHECK_FALSE(k.any_affiliation("Cr Ann Hale"));
    auto l = find("A view of Fenmouth city.");
    CHECK(l.pm.affiliations.empty());
}

TEST_CASE("affiliations: a minister belongs to the government the document names") {
    auto f = find_after({"The plan was floated by the Westland government on Monday.",
                         "Health Minister Ann Hale said so. The state's housing minister, Kim Ashe, agreed."});
    CHECK(f.affiliated("Ann Hale", "Westland government", "health minister"));
    CHECK(f.affiliated("Kim Ashe", "Westland government", "housing minister"));
    auto g = find_after({"The plan was drawn up by the Government of Westland.", "Minister Ann Hale said so."});
    CHECK(g.affiliated("Ann Hale", "Government of Westland"));
    // near misses: a shadow or former minister; no government named; "no Westland government" names
    // none; two governments named as often
    auto h = find_after({"The plan was floated by the Westland government on Monday.",
                         "Shadow Health Minister Ann Hale said so. Former housing minister Kim Ashe agreed."});
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
    CHECK_FALSE(h.any_affiliation("Kim Ashe"));
    auto k = find_after({"No Westland government has dared to do it.", "Health Minister Ann Hale said so."});
    CHECK_FALSE(k.any_affiliation("Ann Hale"));
    auto l = find_after({"The Westland government and the Eastmarch government disagree.", "Health Minister Ann Hale said so."});
    CHECK_FALSE(l.any_affiliation("Ann Hale"));
}

TEST_CASE("affiliations: with no government named, a minister belongs to the place the document names most") {
    auto f = find_after({"Manitoba will ban plastic bags from 2028, the province's environment minister said.",
                         "Environment and Climate Change Minister Ann Hale said so."});
    CHECK(f.affiliated("Ann Hale", "Government of Manitoba"));
    // a longer name is one place: "New South Wales" is not Wales
    auto g = find_after({"New South Wales will ban plastic bags.", "Environment Minister Ann Hale said so."});
    CHECK(g.affiliated("Ann Hale", "NSW Government"));
    // near misses: two places named as often; a named government wins over a place
    auto h = find_after({"Manitoba and Ontario will ban plastic bags.", "Environment Minister Ann Hale said so."});
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
    auto k = find_after({"Manitoba will follow the Westland government.", "Environment Minister Ann Hale said so."});
    CHECK(k.affiliated("Ann Hale", "Westland government"));
}

TEST_CASE("mentions: a plural's possessive inside a name introduced by 'the group'") {
    auto f = find("The petition was organised by motorists' group Riders' Voice Westland and others.");
    CHECK(f.has(MentionKind::Organisation, "Riders' Voice Westland"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Riders"));
    // near miss: a singular possessive ends the name ("the group Acme's chair")
    auto g = find("She spoke to the group Fenwold's chair about it.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Fenwold's chair"));
}

TEST_CASE("affiliations: 'Government' inside a longer name names no government") {
    auto f = find_after({"Figures from the Local Government Association were published.", "Housing minister Ann Hale said so."});
    CHECK_FALSE(f.any_affiliation("Ann Hale"));
}

TEST_CASE("affiliations: shops and their owners") {
    auto f = find("Doreen Pickett, who has run Pickett's General Store on Route 105 for 22 years, said prices rose. "
                  "Yosef Hadad of the Copper Kettle Cafe said he would keep the fee.");
    CHECK(f.has(MentionKind::Organisation, "Pickett's General Store"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Pickett's General Store on Route"));
    CHECK(f.affiliated("Doreen Pickett", "Pickett's General Store"));
    CHECK(f.affiliated("Yosef Hadad", "Copper Kettle Cafe"));
    // a committee still takes its remit after "on"
    auto g = find("Ann Keller, who chairs the Committee on Ways and Means, said no.");
    CHECK(g.has(MentionKind::Organisation, "Committee on Ways and Means"));
}

TEST_CASE("affiliations: a mayor or councillor with no place before the title is of the document's council") {
    const std::string t = "The City of Port Marlow voted on Monday. Village Mayor Wendy Crane said no. "
                          "Deputy Mayor Jolene Sauve said yes. Coun. Brett Malloy abstained.";
    DocumentNames names;  // the document's names, from a first reading (as extract_document does)
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    auto f = find(t, names);
    CHECK(f.affiliated("Mayor Jolene Sauve", "City of Port Marlow"));
    CHECK(f.affiliated("Coun. Brett Malloy", "City of Port Marlow"));
    CHECK(f.affiliated("Mayor Wendy Crane", "City of Port Marlow"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "City of Village"));
    // with no council named, a place kind alone makes up no body
    auto g = find("Village Mayor Wendy Crane said no.");
    for (const auto& a : g.pm.affiliations) CHECK(a.org != "City of Village");
}

TEST_CASE("affiliations: 'the plant's chief executive' is of the body named last before") {
    auto f = find("Workers at the Holden Plastics Company rallied on Friday. Arun Mehra, the plant's chief "
                  "executive, addressed the rally.");
    CHECK(f.affiliated("Arun Mehra", "Holden Plastics Company", "chief executive"));
    // any generic word for a body: "the group's executive director" after a group with another name
    auto g = find("Environmental group Clear Water Fenmouth welcomed the bill. \"It is a start,\" said Ada Obi, "
                  "the group's executive director.");
    CHECK(g.affiliated("Ada Obi", "Clear Water Fenmouth", "executive director"));
    // "the association's chair" after a body whose name has no such word
    auto a = find("Fenland Hosts Guild, which says it has 2,500 members, welcomed it. \"It is fair,\" said Bo Ray, "
                  "the association's chair.");
    CHECK(a.affiliated("Bo Ray", "Fenland Hosts Guild", "chair"));
    // near miss: a word that is no generic body ("the river's keeper") names none
    auto h = find("Environmental group Clear Water Fenmouth welcomed the bill. Ada Obi, the river's keeper, agreed.");
    CHECK_FALSE(h.any_affiliation("Ada Obi"));
}

namespace {
// find_mentions on `t` after a first reading has collected the document's names (as extract_document does)
sg::test::Found find_with_names(const std::string& t) {
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    return find(t, names);
}
}  // namespace

TEST_CASE("affiliations: a plural title before a list of names is each name's title") {
    auto f = find_with_names("Fenmouth Borough Council voted 7-2. Councillors Ann Hale and Ray Ashe voted against. "
                             "Crs Kim Oduya, Ola Trent and Bo Ray abstained.");
    CHECK(f.affiliated("Councillors Ann Hale", "Fenmouth Borough Council", "councillor"));
    CHECK(f.person_named("Ray Ashe"));
    CHECK(f.affiliated("Ray Ashe", "Fenmouth Borough Council", "councillor"));
    CHECK(f.affiliated("Ola Trent", "Fenmouth Borough Council", "councillor"));
    CHECK(f.affiliated("Bo Ray", "Fenmouth Borough Council", "councillor"));
    // near miss: a list after an untitled name takes no title
    auto g = find_with_names("Fenmouth Borough Council voted 7-2. Ann Hale and Ray Ashe voted against.");
    CHECK_FALSE(g.any_affiliation("Ray Ashe"));
}

TEST_CASE("affiliations: one council under two names is the document's council; a mayor's council opens with the place") {
    auto f = find_with_names("The City of Fenmouth issued a release. Fenmouth City Council voted 7-2. Cr Ann Hale "
                             "abstained.");
    CHECK((f.affiliated("Cr Ann Hale", "City of Fenmouth") || f.affiliated("Cr Ann Hale", "Fenmouth City Council")));
    auto g = find_with_names("Kowhai Coast District Council voted on Monday. Kowhai Coast Mayor Ann Hale said so.");
    CHECK(g.affiliated("Mayor Ann Hale", "Kowhai Coast District Council", "mayor"));
    CHECK_FALSE(g.affiliated("Mayor Ann Hale", "City of Kowhai Coast"));
    // near miss: two places' councils name no council of the document
    auto h = find_with_names("The City of Fenmouth and Wexmoor City Council disagree. Cr Ann Hale abstained.");
    CHECK_FALSE(h.any_affiliation("Cr Ann Hale"));
}

TEST_CASE("affiliations: a body with its speaker and role in brackets; 'who helped set up X'") {
    auto f = find("2.1 Fenmouth Hosts Association (Ann Hale, chair). Ms Hale told the Committee so.");
    CHECK(f.affiliated("Ann Hale", "Fenmouth Hosts Association", "chair"));
    auto g = find("Kim Ashe, who helped set up the Coast Renters' Network in 2024, has less patience.");
    CHECK(g.affiliated("Kim Ashe", "Coast Renters' Network", "founder"));
    // near misses: brackets with no role; a name in brackets after something else
    auto h = find("Fenmouth Hosts Association (Ann Hale) spoke. The vote (Kim Ashe, chair) was close.");
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
    CHECK_FALSE(h.any_affiliation("Kim Ashe"));
}

TEST_CASE("affiliations: a role held no more ('former editor of X') is no membership") {
    auto f = find("Ann Hale is a columnist and former editor of the Fenmouth Weekly Gazette. Kim Ashe, former chair "
                  "of the Fenmouth Rowing Club, agreed. Bo Ray, chair of the Fenmouth Rowing Club, agreed.");
    CHECK_FALSE(f.any_affiliation("Ann Hale"));
    CHECK_FALSE(f.any_affiliation("Kim Ashe"));
    CHECK(f.affiliated("Bo Ray", "Fenmouth Rowing Club", "chair"));
}

TEST_CASE("mentions: a local council's name after 'and' is a body of its own") {
    auto f = find("Holiday Hosts Fenland and Kowhai Coast District Council want sleepouts included.");
    CHECK(f.has(MentionKind::Organisation, "Kowhai Coast District Council"));
    CHECK_FALSE(f.has(MentionKind::Organisation, "Holiday Hosts Fenland and Kowhai Coast District Council"));
    // near miss: "and" inside a body's own name, with no place kind before "Council"
    auto g = find("The Nursing and Midwifery Council agreed.");
    CHECK(g.has(MentionKind::Organisation, "Nursing and Midwifery Council"));
}

TEST_CASE("affiliations: 'X, whose chief executive, A B, said' and a role opening the sentence after X") {
    auto f = find("So does the Fenmouth Motel Association, whose chief executive, Ann Hale, said motels were licensed.");
    CHECK(f.affiliated("Ann Hale", "Fenmouth Motel Association", "chief executive"));
    auto g = find("The Fenmouth Tourism Board, the district's tourism body, says a levy would cost visitors. Chief "
                  "executive Kim Ashe said the council was wrong.");
    CHECK(g.affiliated("Kim Ashe", "Fenmouth Tourism Board", "chief executive"));
    // near misses: a body two sentences back; a title of office ("Deputy Mayor") is no role of it
    auto h = find("The Fenmouth Tourism Board met. It rained. Chief executive Kim Ashe said so.");
    CHECK_FALSE(h.any_affiliation("Kim Ashe"));
    auto k = find("The Fenmouth Tourism Board met. Deputy Mayor Jo Bloggs said so.");
    CHECK_FALSE(k.affiliated("Mayor Jo Bloggs", "Fenmouth Tourism Board"));
}

TEST_CASE("mentions: a run described as a body ('X, which says it has 2,500 members'; 'X, the region's visitor body,')") {
    auto f = find("Fenland Hosts Guild, which says it has about 2,500 members, welcomed the register. Visit "
                  "Kowhai Coast, the region's visitor body, says a levy would cost visitors.");
    CHECK(f.has(MentionKind::Organisation, "Fenland Hosts Guild"));
    CHECK(f.has(MentionKind::Organisation, "Visit Kowhai Coast"));
    // near misses: a place that has people; a person
    auto g = find("Plaster Hollow, which has 1,000 people, agreed. Ann Hale, the district's mayor, agreed.");
    CHECK_FALSE(g.has(MentionKind::Organisation, "Plaster Hollow"));
    CHECK_FALSE(g.has(MentionKind::Organisation, "Ann Hale"));
}

TEST_CASE("mentions: 'a spokeswoman for Housing Minister A B': a portfolio before a title and a name is no body") {
    auto f = find("A spokeswoman for Housing Minister Ann Hale said the minister understood the pressure.");
    CHECK_FALSE(f.has(MentionKind::Organisation, "Housing"));
    CHECK_FALSE(f.affiliated("Ann Hale", "Housing"));
    // near miss: a body after "a spokeswoman for" is still one
    auto g = find("A spokeswoman for Fenmouth Hosts said so.");
    CHECK(g.has(MentionKind::Organisation, "Fenmouth Hosts"));
}

TEST_CASE("affiliations: a sentence opening 'At <Org>,' (with a relative clause on it) before a role and a name") {
    auto f = find("At Fenmouth Cups Inc., which makes paper cups from waste card in Wexmoor, sales director Ann Hale "
                  "said orders had tripled. At the Fenmouth Rowing Club, coach Kim Ashe said so.");
    CHECK(f.affiliated("Ann Hale", "Fenmouth Cups Inc", "sales director"));
    CHECK(f.affiliated("Kim Ashe", "Fenmouth Rowing Club", "coach"));
    // near miss: "At noon," names no body
    auto g = find("At noon, coach Bo Ray said so.");
    CHECK_FALSE(g.any_affiliation("Bo Ray"));
}

TEST_CASE("affiliations: 'who has worked at the plant' is of the body named last before") {
    auto f = find("Workers at Holden Plastics Ltd. rallied. Ann Hale, a machine minder who has worked at the plant for "
                  "nine years, held a sign.");
    CHECK(f.affiliated("Ann Hale", "Holden Plastics Ltd", "staff"));
    // near miss: a named place after "the plant" ("the plant Fenmouth Works") is no reference back
    auto g = find("Workers at Holden Plastics Ltd. rallied. Ann Hale, who worked at the mill Fenmouth Works, left.");
    CHECK_FALSE(g.affiliated("Ann Hale", "Holden Plastics Ltd"));
}

TEST_CASE("affiliations: 'X, whose <role> A B' with no comma after the role") {
    auto f = find("It is backed by the group Harbour Commons Fenland, whose policy director Ann Hale told the committee so.");
    CHECK(f.affiliated("Ann Hale", "Harbour Commons Fenland", "policy director"));
}

TEST_CASE("affiliations: each person of a bracketed list after a body, separated by semicolons") {
    auto f = find("Speakers: Quayle Springs Inc. (Mr G. Hallam, President; Ms L. Vance, Environmental Manager). "
                  "Mr Hallam said no.");
    CHECK(f.affiliated("Mr G. Hallam", "Quayle Springs Inc", "president"));
    CHECK(f.affiliated("Ms L. Vance", "Quayle Springs Inc", "environmental manager"));
    // a list that closed before the person is not theirs
    auto g = find("Speakers: Quayle Springs Inc. (Mr G. Hallam, President); Ms L. Vance, Environmental Manager.");
    CHECK_FALSE(g.affiliated("Ms L. Vance", "Quayle Springs Inc"));
}

TEST_CASE("affiliations: one named without a role after another's in a bracketed list is of the body") {
    auto f = find("Delegations: Quayle Springs Inc. (Ms L. Vance, Convenor; Mr T. Hallam). Mr Hallam spoke.");
    CHECK(f.affiliated("Ms L. Vance", "Quayle Springs Inc", "convenor"));
    CHECK(f.affiliated("Mr T. Hallam", "Quayle Springs Inc"));
    // near miss: a person in brackets after something that is no body
    auto h = find("The plan was dropped (Mr T. Hallam). Mr Hallam spoke.");
    CHECK_FALSE(h.any_affiliation("Mr T. Hallam"));
}

TEST_CASE("affiliations: 'mayor of the village' is the document's one village council") {
    DocumentNames names;
    names.local_councils.insert("Village of Ashby");
    auto f = find("Ann Hale, mayor of the village, said the water was cloudy.", names);
    CHECK(f.affiliated("Ann Hale", "Village of Ashby", "mayor"));
    // with two village councils the village is unknown
    names.local_councils.insert("Village of Quaymill");
    auto g = find("Ann Hale, mayor of the village, said the water was cloudy.", names);
    CHECK_FALSE(g.any_affiliation("Ann Hale"));
}

TEST_CASE("affiliations: in a list, a role before the next person's name is that person's, not an appositive") {
    auto f = find("Present were the Administrator of the Fenland Harbour Board Ann Hale, the Deputy Secretary of the "
                  "Fenland Treasury Jo Quayle, and Harbour Coordinator Tom Vance.");
    CHECK_FALSE(f.affiliated("Ann Hale", "Fenland Treasury"));
    // a possessive name inside an appositive modifies its role: still the first person's
    auto g = find("Julia Vane, Dr Hale\xE2\x80\x99s colleague as director at Fenland Harbour Trust, agreed.");
    CHECK(g.affiliated("Julia Vane", "Fenland Harbour Trust"));
}

TEST_CASE("affiliations: 'Village Mayor A B' with several councils named is the village's") {
    DocumentNames names;
    names.local_councils.insert("City of Fenmouth");
    names.local_councils.insert("Village of Ashby");
    auto f = find("Village Mayor Ann Hale said the ban was a city answer.", names);
    CHECK(f.affiliated("Mayor Ann Hale", "Village of Ashby", "mayor"));
}

TEST_CASE("affiliations: a biography's 'served as <role> of <body>' and '<degree> from <body>'") {
    auto f = find("Ann Hale previously served as the Executive Director of the Fenland Harbour Trust.");
    CHECK(f.affiliated("Ann Hale", "Fenland Harbour Trust", "executive director"));
    auto g = find("Ann Hale holds a Doctor of Public Health from Quayle University, a Master of Arts from Fenby "
                  "College, and a BA from Moor University.");
    CHECK(g.affiliated("Ann Hale", "Quayle University", "graduate"));
    CHECK(g.affiliated("Ann Hale", "Fenby College", "graduate"));
    CHECK(g.affiliated("Ann Hale", "Moor University", "graduate"));
    // a body named with no degree before "from" is no school of hers
    auto h = find("Ann Hale has a letter from Quayle University.");
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
}

TEST_CASE("affiliations: an appositive role in capitals after a body's name") {
    auto f = find("Jo Vance, Fenland Harbour Board Regional Director, Region 9, spoke.");
    CHECK(f.affiliated("Jo Vance", "Fenland Harbour Board", "regional director"));
}

TEST_CASE("affiliations: 'A B, <role>, <body>' as appointment lists write them") {
    auto f = find("Ann Hale, Vice Chair, Fenland Harbour Board");
    CHECK(f.affiliated("Ann Hale", "Fenland Harbour Board", "vice chair"));
    // the body goes on into a longer phrase: not a list line
    auto g = find("Ann Hale, Vice Chair, Fenland Harbour Board members said no.");
    CHECK_FALSE(g.affiliated("Ann Hale", "Fenland Harbour Board", "vice chair"));
}

TEST_CASE("affiliations: 'the plant's chief executive' is the firm named last, not a union since") {
    auto f = find("Quayle Bag Makers Ltd. makes bags. The Fenland Industrial Workers Union held a rally. Ann Hale, the "
                  "plant's chief executive, spoke.");
    CHECK(f.affiliated("Ann Hale", "Quayle Bag Makers Ltd", "chief executive"));
    CHECK_FALSE(f.affiliated("Ann Hale", "Fenland Industrial Workers Union"));
    // near miss: "the group" stands for any body, the union included
    auto g = find("Quayle Bag Makers Ltd. makes bags. The Fenland Industrial Workers Union held a rally. Ann Hale, the "
                  "group's secretary, spoke.");
    CHECK(g.affiliated("Ann Hale", "Fenland Industrial Workers Union", "secretary"));
}

TEST_CASE("affiliations: 'Her family firm, X Ltd.,' is of the person named last before") {
    auto f = find("For Ann Hale the numbers are not abstract. Her family firm, Quayle Aggregates Ltd., has spent three years "
                  "on studies.");
    CHECK(f.affiliated("Ann Hale", "Quayle Aggregates Ltd"));
    // near misses: no person before; a word that is no firm ("Her family, Quayle Aggregates Ltd.")
    auto g = find("Her family firm, Quayle Aggregates Ltd., has spent three years on studies. Ann Hale agreed.");
    CHECK_FALSE(g.any_affiliation("Ann Hale"));
    auto h = find("For Ann Hale it is real. Her family, Quayle Aggregates Ltd. and the bank all agree.");
    CHECK_FALSE(h.any_affiliation("Ann Hale"));
    // "her job at X": a post at the body
    auto j = find("Ann Hale knows them. She spent the first weeks of her job at Quayle Bay School in a van.");
    CHECK(j.affiliated("Ann Hale", "Quayle Bay School", "staff"));
}

TEST_CASE("affiliations: 'a X Subcommittee hearing chaired by A B', 'X, founded by A B'") {
    auto f = find("It comes at a House Fenland Subcommittee hearing chaired by Rep. Ann Hale today. The Quayle Network, "
                  "founded by Tom Quayle, agreed.");
    CHECK(f.affiliated("Rep. Ann Hale", "House Fenland Subcommittee", "chair"));
    CHECK(f.affiliated("Tom Quayle", "Quayle Network", "founder"));
    // near miss: being joined is no membership
    auto g = find("The Quayle Network, joined by Kim Ashe, marched on Friday.");
    CHECK_FALSE(g.affiliated("Kim Ashe", "Quayle Network"));
}

TEST_CASE("affiliations: 'The committee's chairman, A B': the latest body named with that head word") {
    auto f = find("The Harbour Works Committee met on Monday. The committee's chairman, Ivo Marsh, spoke first.");
    CHECK(f.affiliated("Ivo Marsh", "Harbour Works Committee", "chairman"));
    // near miss: no body with that head word named before
    auto g = find("The Harbour Works Board met on Monday. The committee's chairman, Ivo Marsh, spoke first.");
    CHECK_FALSE(g.affiliated("Ivo Marsh", "Harbour Works Board", "chairman"));
}

TEST_CASE("affiliations: a country between a party and a title keeps the party ('Democratic U.S. Sen. A B')") {
    auto f = find("The late Democratic U.S. Sen. Al Grant sold land. Republican US Senator Jo Hart agreed.");
    CHECK(f.affiliated("Sen. Al Grant", "Democratic Party"));
    CHECK(f.affiliated("Senator Jo Hart", "Republican Party"));
    // a party word before other capitalised words still opens a longer name
    auto g = find("The Democratic National Committee chair Ida Rook spoke.");
    CHECK_FALSE(g.affiliated("Ida Rook", "Democratic Party"));
}

TEST_CASE("affiliations: a capitalised reporting word inside a body's name does not end the appositive") {
    // "State" is also the verb "to state"
    auto f = find("\"It is flawed,\" said Ann Vale, a senior official at the State Department.");
    CHECK(f.affiliated("Ann Vale", "Department of State", "senior official"));
}

TEST_CASE("affiliations: a party before two name words that speak ('Democrat Dusty Vranek says')") {
    auto f = find("Republican Congressman Al Grant says no, while Democrat Dusty Vranek says he would vote yes.");
    CHECK(f.affiliated("Dusty Vranek", "Democratic Party"));
    // a plan's name that speaks is no person: "Green" stays the first word of a longer name
    auto g = find("The Green New Deal says nothing about it.");
    CHECK_FALSE(g.has(sg::loaders::MentionKind::Organisation, "Green"));
}

TEST_CASE("affiliations: a dotted abbreviation is a gazetteer name ('U.N. chief A B')") {
    auto f = find("U.N. chief Ann Vale on Friday warned world leaders.");
    CHECK(f.has(sg::loaders::MentionKind::Organisation, "U.N."));
    CHECK(f.affiliated("Ann Vale", "United Nations", "chief"));
}

TEST_CASE("affiliations: a party inside a role a body's possessive opens ('The committee's top Republican, A B')") {
    auto f = find("The plan was approved by the Fenland Rivers Committee. The committee's top Republican, Senator Ann "
                  "Vale, helped draft it, and the committee's ranking Democratic member, Rep. Jo Brandt, agreed.");
    CHECK(f.affiliated("Senator Ann Vale", "Fenland Rivers Committee", "top republican"));
    CHECK(f.affiliated("Senator Ann Vale", "Republican Party"));
    CHECK(f.affiliated("Rep. Jo Brandt", "Fenland Rivers Committee"));
    CHECK(f.affiliated("Rep. Jo Brandt", "Democratic Party"));
    // with no body's possessive before it, a party and a verb name no role ("Democrats blasted A B")
    auto g = find("Democrats blasted Ida Rook.");
    CHECK_FALSE(g.any_affiliation("Ida Rook"));
}

TEST_CASE("affiliations: a person who started or founded a body with no head word ('A B started Plastic-Free Fenmouth')") {
    auto f = find("Ann Vale started Plastic-Free Fenmouth in 2019. Jo Brandt, who founded Harbour Watch Westland, agreed.");
    CHECK(f.affiliated("Ann Vale", "Plastic-Free Fenmouth", "founder"));
    CHECK(f.affiliated("Jo Brandt", "Harbour Watch Westland", "founder"));
    // a day, or one capitalised word, is no body
    auto g = find("Ida Rook started Monday Night Football. Tom Quayle launched Fenmouth.");
    CHECK_FALSE(g.any_affiliation("Ida Rook"));
    CHECK_FALSE(g.any_affiliation("Tom Quayle"));
}

TEST_CASE("affiliations: a party adjective before a plural role and a list of names gives each the party") {
    auto f = find("The vote split with Republican Commissioners Dorothy Keane and Walter Brisco voting in favor.");
    CHECK(f.affiliated("Dorothy Keane", "Republican Party"));
    CHECK(f.affiliated("Walter Brisco", "Republican Party"));
    auto g = find("I thank my Republican colleagues Senators Nancy Pell, Robert Tarrant, and Helen Ashworth for their votes.");
    CHECK(g.affiliated("Robert Tarrant", "Republican Party"));
    CHECK(g.affiliated("Helen Ashworth", "Republican Party"));
    // no plural: the list is not the party's ("Republican Dorothy Keane and Walter Brisco" names one)
    auto h = find("The vote split with Republican Dorothy Keane and Walter Brisco voting in favor.");
    CHECK_FALSE(h.affiliated("Walter Brisco", "Republican Party"));
    // a plural that is no role ("voters") shares nothing
    auto k = find("Republican voters Dorothy Keane and Walter Brisco said they were unsure.");
    CHECK_FALSE(k.affiliated("Walter Brisco", "Republican Party"));
}

TEST_CASE("affiliations: a body before a plural role and a list of names makes each a member of the body") {
    auto f = find("Today Fenland Water Task Force Co-Chairs Rep. Dorothy Keane and Sen. Walter Brisco wrote to the agency.");
    CHECK(f.affiliated("Rep. Dorothy Keane", "Fenland Water Task Force", ""));
    CHECK(f.affiliated("Sen. Walter Brisco", "Fenland Water Task Force", ""));
    // the body's name ends before the plural of the post, even when "on ..." runs it on
    auto t = find("Today Task Force on Fenland Water Co-Chairs Rep. Dorothy Keane and Sen. Walter Brisco wrote to the agency.");
    CHECK(t.has(MentionKind::Organisation, "Task Force on Fenland Water"));
    CHECK(t.affiliated("Sen. Walter Brisco", "Task Force on Fenland Water", ""));
    // a plural that is no role shares nothing
    auto g = find("Today Fenland Water Task Force neighbours Dorothy Keane and Walter Brisco wrote to the agency.");
    CHECK_FALSE(g.affiliated("Walter Brisco", "Fenland Water Task Force"));
}

TEST_CASE("affiliations: a seat 'on' a body, and an appositive after a parenthetical") {
    auto f = find("Congresswoman Linda Prior, the ranking member on the House Fisheries Committee, released a statement.");
    CHECK(f.affiliated("Congresswoman Linda Prior", "House Fisheries Committee", "ranking member"));
    // "on" after no role word is no seat
    auto g = find("Linda Prior, speaking on the Fenwick Breakfast Show, said it was wrong.");
    CHECK_FALSE(g.any_affiliation("Linda Prior"));
    auto h = find("Congressman Robert Tarrant (Fenwick/Ostrow), a member of the Conference Committee on Harbour "
                  "Appropriations, announced the plan.");
    CHECK(h.affiliated("Congressman Robert Tarrant", "Conference Committee on Harbour Appropriations", "member"));
    // brackets with no comma after them open no appositive
    auto k = find("Congressman Robert Tarrant (Fenwick) said a member of the Conference Committee on Harbour "
                  "Appropriations had called.");
    CHECK_FALSE(k.affiliated("Congressman Robert Tarrant", "Conference Committee on Harbour Appropriations"));
}

TEST_CASE("affiliations: a party's whip (lexicons/role_nouns.txt), with or without a middle initial") {
    auto f = find("House Democratic Whip Linda Prior released the following statement.");
    CHECK(f.affiliated("Linda Prior", "Democratic Party", "whip"));
    auto g = find("House Democratic Whip Robert H. Tarrant (MD) released the following statement.");
    CHECK(g.has(MentionKind::Person, "Robert H. Tarrant"));  // the role's last word is no title
    CHECK(g.affiliated("Robert H. Tarrant", "Democratic Party"));
}

TEST_CASE("affiliations: a body known by its letters before a role and a name") {
    auto f = find("QUILL's housing spokesman Grant Ellison called the cap unfair.");
    CHECK(f.affiliated("Grant Ellison", "QUILL", "housing spokesman"));
    auto g = find("QUILL housing spokesman Grant Ellison said his party would vote no.");
    CHECK(g.affiliated("Grant Ellison", "QUILL", "housing spokesman"));
    // a country's letters, or no role before the name: nothing
    auto h = find("UK housing minister Ann Bee said no.");
    CHECK_FALSE(h.affiliated("Ann Bee", "UK"));
    auto k = find("QUILL members met Grant Ellison on Monday.");
    CHECK_FALSE(k.affiliated("Grant Ellison", "QUILL"));
}

TEST_CASE("affiliations: the leading words of a body's name that end in 'and' name nothing ('Energy and Mining Minister A B')") {
    auto f = find_with_names("The Energy and Construction Workers' Union welcomed the bill. Energy and Mining Minister "
                             "Claudia Ferris said it would help.");
    CHECK_FALSE(f.affiliated("Claudia Ferris", "Energy and Construction Workers' Union"));
    // the prefixes kept: capitalised leading words ("Acme Health" of "Acme Health Trust"), not one
    // ending in a lower-case word
    const std::string t = "The Acme Health Trust and the Energy and Construction Workers' Union met.";
    DocumentNames names;
    collect_organisation_prefixes(find_mentions(t, {0, t.size()}, names), t, names);
    CHECK(names.organisation_prefixes.count("Acme Health") == 1);
    CHECK(names.organisation_prefixes.count("Energy and") == 0);
    CHECK(names.organisation_prefixes.count("Energy and Construction") == 1);
}
