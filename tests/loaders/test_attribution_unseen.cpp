// Attribution patterns of outlets other than the example corpus: organisational speakers after
// the quote, split quotes, surname second mentions, role references, scare quotes, spokespeople.
// Small invented texts.
#include <doctest/doctest.h>

#include <string>

#include "loaders/attribution/attributor.hpp"
#include "loaders/extract/extract_document.hpp"
#include "extract_fixture.hpp"
#include "loaders/extract/interview.hpp"
#include "loaders/codebook/codebook.hpp"
#include "loaders/stance/stance.hpp"

using namespace sg::loaders;
using namespace sg::test;


TEST_CASE("attribution: 'the union said in a statement' after a split quote names the union for both halves") {
    auto r = run("The Westshire Bus Drivers Union, which represents 900 drivers, backed the plan on Monday.\n\n"
                 "\"Our drivers have waited years for this,\" the union said in a statement. "
                 "\"A fair deal takes the pressure off every depot.\"\n\n"
                 "In a statement, the union said: \"We will ballot members next week on the offer.\"\n");
    CHECK(speaker(r, "Our drivers have waited") == "org:westshire-bus-drivers-union");
    CHECK(speaker(r, "A fair deal takes") == "org:westshire-bus-drivers-union");
    CHECK(speaker(r, "We will ballot members") == "org:westshire-bus-drivers-union");
}

TEST_CASE("attribution: a surname shared by two people goes to the one named most recently") {
    auto r = run("Cllr Ann Vale, who leads the council, presented the parking plan to the committee.\n\n"
                 "Her nephew Tom Vale, a shop owner on the high street, spoke against the plan at length.\n\n"
                 "Cllr Ann Vale replied to the questions from the floor after the break.\n\n"
                 "\"The charges will pay for the new buses,\" Ms Vale said.\n");
    CHECK(speaker(r, "The charges will pay") == "person:ann-vale");
}

TEST_CASE("attribution: a full name given only inside an appositive resolves a later surname") {
    auto r = run("The Westshire Traders Association has not endorsed the plan, according to its director, Jo Brandt.\n\n"
                 "\"Our members are split on the charges,\" Brandt said.\n");
    CHECK(speaker(r, "Our members are split") == "person:jo-brandt");
}

TEST_CASE("attribution: names given to things are not quotes, short words near a reporting verb are") {
    auto r = run("Drivers say the new car park has become known as " LD "the cage" RD " among locals in the town.\n\n"
                 "The scheme, dubbed " LQ "park and pay" RQ " by traders, starts in May across the town centre.\n\n"
                 "The old market is a " LQ "hotspot" RQ " for parking fines in the area, figures show.\n\n"
                 "Mr Leo Dunn said he was " LQ "thrilled" RQ " by the decision of the council.\n\n"
                 "He described the old scheme as " LQ "reckless" RQ " at the meeting.\n\n"
                 "Ms Ida Rook said the money would be better spent on what she called " LQ "really useful buses" RQ ".\n");
    CHECK_FALSE(claim_starting(r, "the cage"));
    CHECK_FALSE(claim_starting(r, "park and pay"));
    CHECK_FALSE(claim_starting(r, "hotspot"));
    CHECK(speaker(r, "thrilled") == "person:leo-dunn");
    CHECK(speaker(r, "reckless") == "person:leo-dunn");
    CHECK(speaker(r, "really useful buses") == "person:ida-rook");
}

TEST_CASE("attribution: 'She called the plan ‘…’' is a partial quote of the subject") {
    auto r = run("Ms Ida Rook, a trader on the high street, spoke at the meeting on Tuesday.\n\n"
                 "She called the plan " LQ "a reckless waste of public money" RQ " and walked out.\n");
    const ClaimRecord* c = claim_starting(r, "a reckless waste");
    REQUIRE(c);
    CHECK(c->kind == sg::ClaimKind::Partial);
    CHECK(c->speaker_key == "person:ida-rook");
}

TEST_CASE("attribution: 'said a spokesperson for X' is the organisation's") {
    auto r = run("\"We will review the charges in the spring,\" said a spokesperson for the Westshire Parking Authority.\n");
    CHECK(speaker(r, "We will review") == "org:westshire-parking-authority");
}

TEST_CASE("attribution: 'the governor' right before a partial quote is the person holding that title") {
    auto r = run("Gov. Lia Marsh visited the depot on Monday with the transport board.\n\n"
                 "Her office said later that the governor \"wants every town to follow the same plan\" next year.\n");
    CHECK(speaker(r, "wants every town") == "person:lia-marsh");
}

TEST_CASE("attribution: 'Speaking to X, he said:' is not X's quote") {
    auto r = run("Mr Omar Hale, who runs the depot, said the plan could not come soon enough.\n\n"
                 "Speaking to Jane Pike of the Gazette, he said: \"The buses will be full by June.\"\n");
    CHECK(speaker(r, "The buses will be full") == "person:omar-hale");
}

TEST_CASE("attribution: a quote-only paragraph after a new speaker is named is the new speaker's") {
    auto r = run("\"The charges are fair,\" said Mr Omar Hale, who runs the depot.\n\n"
                 "Ms Ida Rook, a trader on the high street, said the plan would close shops.\n\n"
                 "\"Nobody will drive into town to pay that much.\"\n");
    CHECK(speaker(r, "The charges are fair") == "person:omar-hale");
    CHECK(speaker(r, "Nobody will drive") == "person:ida-rook");
}

TEST_CASE("attribution: scare-quote test on its own") {
    std::string t = "It was known as \xE2\x80\x9Cthe cage\xE2\x80\x9D by all.";
    auto qs = find_quotes(t, 0, t.size());
    REQUIRE(qs.size() == 1);
    CHECK(is_scare_quote(t, qs[0], true));
    std::string u = "She said it was \xE2\x80\x9Cshameful\xE2\x80\x9D and left.";
    auto qu = find_quotes(u, 0, u.size());
    REQUIRE(qu.size() == 1);
    CHECK_FALSE(is_scare_quote(u, qu[0], true));
}

TEST_CASE("attribution: a councillor's words are the councillor's, not the council's") {
    auto r = run("Westshire Council leader Cllr Jo Hart said the charges would start in May.\n\n"
                 "\"We have no other way to pay for the buses,\" said Cllr Jo Hart of Westshire Council.\n\n"
                 "Cllr Mel Ross, cabinet member for transport at Westshire Council, said: \"It is the right call.\"\n\n"
                 "\"It is a fair price,\" Cllr Hart said.\n");
    CHECK(speaker(r, "the charges would start") == "person:jo-hart");
    CHECK(speaker(r, "We have no other way") == "person:jo-hart");
    CHECK(speaker(r, "It is the right call") == "person:mel-ross");
    CHECK(speaker(r, "It is a fair price") == "person:jo-hart");
}

TEST_CASE("attribution: 'She said:' ending a paragraph introduces the next paragraph's quote") {
    auto r = run("Ms Ida Rook, from Eastvale, runs a bakery near the new car park in Millbrook. She said:\n\n"
                 "\"Trade has halved since the charges came in and I cannot go on like this.\"\n");
    CHECK(speaker(r, "Trade has halved") == "person:ida-rook");
}

TEST_CASE("attribution: 'Role, Cllr A B, said' is the person's, not the organisation before the role") {
    auto r = run("The council's deputy leader, Cllr Ann Kerr, said: \"The scheme will be reviewed in a year.\"\n");
    CHECK(speaker(r, "The scheme will be reviewed") == "person:ann-kerr");
}

TEST_CASE("interview: answers after 'Q:' questions are the interviewee's claims, questions are not claims") {
    auto r = run("We spoke to Ms Ida Rook, who runs the bakery on Station Road, about the charges.\n\n"
                 "Q: Why are you against the plan?\n\n"
                 "A: Because trade has halved since the charges came in.\n\n"
                 "Q: What would you do instead?\n\n"
                 "A: Free parking for the first hour, like every other town.\n\n"
                 "The council will decide on the plan next month after a consultation.\n");
    const ClaimRecord* a = claim_starting(r, "Because trade has halved");
    REQUIRE(a);
    CHECK(a->kind == sg::ClaimKind::Direct);
    CHECK(a->speaker_key == "person:ida-rook");
    CHECK(speaker(r, "Free parking for the first hour") == "person:ida-rook");
    CHECK_FALSE(claim_starting(r, "Why are you against"));
    CHECK_FALSE(claim_starting(r, "Q:"));
    CHECK_FALSE(claim_starting(r, "The council will decide"));
}

TEST_CASE("interview: question and answer markers") {
    CHECK(question_prefix("Q: Why now?") == 3);
    CHECK(question_prefix("Question: Why now?") == 10);
    CHECK(question_prefix("**Why now?**") == 2);
    CHECK(question_prefix("Quite a few people came.") == 0);
    CHECK(answer_prefix("A: Because.") == 3);
    CHECK(answer_prefix("A new plan was drawn up.") == 0);
}

TEST_CASE("attribution: 'the trust' is the latest organisation whose name has 'trust', not merely the latest one") {
    auto r = run("The Eastvale Schools Trust runs four schools and met the Westshire Parking Authority on Monday.\n\n"
                 "In a statement, the trust said: \"Our staff will not pay these charges.\"\n");
    CHECK(speaker(r, "Our staff will not pay") == "org:eastvale-schools-trust");
}

TEST_CASE("attribution: a one-word term far from any reporting verb is a scare quote") {
    auto r = run("Ms Ida Rook said the council would bring more " LQ "place-making" RQ " to the high street next year.\n");
    CHECK_FALSE(claim_starting(r, "place-making"));
}

TEST_CASE("attribution: a pronoun skips a lone name after a preposition (a place, most likely)") {
    auto r = run("Dr Ida Rook has run the surgery for twenty years, most of them in Millbrook. She said:\n\n"
                 "\"Patients cannot afford to park here any more.\"\n");
    CHECK(speaker(r, "Patients cannot afford") == "person:ida-rook");
}

TEST_CASE("attribution: both halves of a split quote are direct and the speaker's") {
    auto r = run("\"We cannot keep giving land away,\" Mayor Lena Carver said, \"and then wonder why we have no money.\"\n");
    const ClaimRecord* a = claim_starting(r, "We cannot keep");
    const ClaimRecord* b = claim_starting(r, "and then wonder");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->speaker_key == "person:lena-carver");
    CHECK(b->speaker_key == "person:lena-carver");
    CHECK(b->kind == sg::ClaimKind::Direct);
}

TEST_CASE("interview: one question in an explainer does not turn the rest of the page into answers") {
    auto r = run("Ms Ida Rook said she would fight the charges at the next meeting of the council.\n\n"
                 "Q: What happens next?\n\n"
                 "The council will take up the plan again on May 4 after the consultation.\n\n"
                 "Rook said she would be there. \"I am not going anywhere,\" she said.\n");
    CHECK_FALSE(claim_starting(r, "The council will take up"));
    CHECK(speaker(r, "I am not going anywhere") == "person:ida-rook");
}

TEST_CASE("attribution: 'state Sen.' and 'the state' are not the verb 'state'") {
    auto r = run("Republican state Sen. Carl Ness of Dover, who voted against the bill, said the plan was too costly for towns.\n\n"
                 "The state has not yet paid for any of the new parking meters in the town.\n");
    CHECK_FALSE(claim_starting(r, "Sen. Carl Ness"));
    CHECK(speaker(r, "the plan was too costly") == "person:carl-ness");
    CHECK_FALSE(claim_starting(r, "has not yet paid"));
}

TEST_CASE("attribution: a verb coordinated with an earlier one keeps its subject; a label in brackets is skipped") {
    auto r = run("Civic Society chairman Peter Lyle called the designs bland and said the society would object to them.\n\n"
                 "Cllr Meg Owen (Con) said the plan would " LD "breathe new life" RD " into the town.\n");
    CHECK(speaker(r, "the society would object") == "person:peter-lyle");
    CHECK(speaker(r, "breathe new life") == "person:meg-owen");
    // the label before an appositive, which itself names another body and person
    auto a = run("Fenmouth, DC \xE2\x80\x93 Congressman Tom Vell (D-CA), a senior member of the House Harbour "
                 "Committee and a selected member of Prime Minister Ann Keller\xE2\x80\x99s escort Committee, released "
                 "the following statement after Ann Keller delivered a speech to the council. " LD "The charges are "
                 "wrong, and the town knows it." RD " " LD "Every speech repeats itself." RD "\n");
    CHECK(speaker(a, "The charges are wrong") == "person:tom-vell");
}

TEST_CASE("attribution: a quote after a sentence that opens with a person and has no reporting verb") {
    auto r = run("Library user Joan Marsh, 82, was not impressed. " LQ "I come here every day. Where else would I go?" RQ "\n\n"
                 "The plan was approved. " LQ "It is a sad day," RQ " said one of the staff.\n");
    CHECK(speaker(r, "I come here every day") == "person:joan-marsh");
}

TEST_CASE("attribution: 'said state Sen. A B, R-Town,' after the quote") {
    auto r = run(LD "We are not going to raise taxes on working families," RD " said state Sen. Bill Hart, R-Greeley, in an interview.\n");
    CHECK(speaker(r, "We are not going to raise") == "person:bill-hart");
}

TEST_CASE("interview: unmarked questions on the line above their answers") {
    auto r = run("The Courier put two questions to Ms Ida Rook.\n\n"
                 "Is the charge a problem for the bakery?\n"
                 "Yes. Trade has halved since it came in.\n\n"
                 "Would you accept a lower charge?\n"
                 "Only if the first hour stays free.\n\n"
                 "The council will decide on the plan next month after a consultation.\n");
    CHECK(speaker(r, "Yes. Trade has halved") == "person:ida-rook");
    CHECK(speaker(r, "Only if the first hour") == "person:ida-rook");
    CHECK_FALSE(claim_starting(r, "Is the charge"));
    CHECK_FALSE(claim_starting(r, "The council will decide"));
}

TEST_CASE("interview: one rhetorical question over a paragraph is not an interview") {
    auto r = run("Ms Ida Rook runs the bakery on Station Road and has fought the charges for a year.\n\n"
                 "Who pays for the car park?\n"
                 "The council says the charges cover the cost of repairs to the surface.\n");
    CHECK_FALSE(claim_starting(r, "The council says the charges"));
}

TEST_CASE("attribution: a partial quote joined by 'and'/'but' to the previous one of the sentence has its speaker") {
    auto r = run("Ms Ida Rook said the bakery would \"stay open on Sundays\" and backed \"a free first hour\" in town.\n");
    CHECK(speaker(r, "stay open on Sundays") == "person:ida-rook");
    CHECK(speaker(r, "a free first hour") == "person:ida-rook");
    // far from the first, after more than a conjunction and two words, nothing carries over
    auto s = run("Ms Ida Rook said the bakery would \"stay open on Sundays\" and the market traders at the "
                 "far end of the square have put up a sign reading \"closed for good\" this week.\n");
    CHECK(speaker(s, "stay open on Sundays") == "person:ida-rook");
    CHECK(speaker(s, "closed for good") != "person:ida-rook");
}

TEST_CASE("attribution: a subject after the verb ('…, revealed the X director') is no reported clause") {
    auto r = run("Officials are reviewing the permit rules for every street in the ward, revealed the "
                 "Westshire Parking Board's deputy director.\n\n"
                 "Dr Jo Amis argued that the permit rules should be scrapped before the summer.\n");
    for (const auto& c : r.claims) CHECK_MESSAGE(c.text.find("deputy director") != 0, c.text);
    CHECK(claim_starting(r, "the Westshire Parking Board") == nullptr);
    // A subject before the verb still gives its reported clause.
    CHECK(speaker(r, "the permit rules should be scrapped") == "person:jo-amis");
}

// Issue 9: a headline fragment must not become the speaker of the quotes under it.
TEST_CASE("attribution: a Title Case headline gives no speaker to the quotes under it") {
    CorpusContext ctx;
    const std::string page =
        "Capital Wire\n\n"
        "Unlike Obama, Trump Says Voters Don't Care About the Deficit or the National Debt\n\n"
        "\"Nobody talks to me about the deficit. Nobody. They talk about jobs,\" the president told a rally in "
        "Ohio on Saturday, brushing aside a new forecast.\n\n"
        "\"They want paychecks and they want them now,\" he said.\n";
    auto r = extract_document(clean_source("t.txt", page), ctx);
    for (const auto& c : r.claims) CHECK(c.speaker_key != "person:unlike-obama");
    CHECK(r.title == "Unlike Obama, Trump Says Voters Don't Care About the Deficit or the National Debt");
    // near miss: the same quotes under a sentence-case lede that names the speaker keep him
    auto named = run("President Dan Trask told a rally in Ohio on Saturday that voters did not care about the deficit.\n\n"
                     "\"They want paychecks and they want them now,\" he said.\n");
    CHECK(speaker(named, "They want paychecks") == "person:dan-trask");
}

// Issue 9: in a reaction ("X said Y's plan was divisive", "'…,' X said of Y's plan") the claim is
// X's; the possessor Y is what X talks about.
TEST_CASE("attribution: a reaction to someone's plan is the reactor's claim, not the possessor's") {
    auto r = run("Gov. Helen Marsh unveiled a plan on Monday to close eleven rural schools.\n\n"
                 "State Rep. Owen Tate said Marsh's plan was divisive and wrong for the region's families.\n\n"
                 "\"It is divisive, and it punishes the towns that can least afford it,\" Tate said of Marsh's plan.\n\n"
                 "\"We will fight this in committee,\" he said.\n\n"
                 "Tate has long opposed Marsh's approach to rural schools. He said the closures would add an hour "
                 "to many pupils' days.\n\n"
                 "\"The plan is divisive,\" said Sen. Amy Cho of Marsh's proposal.\n");
    const ClaimRecord* ind = claim_starting(r, "Marsh's plan was divisive");
    REQUIRE(ind);
    CHECK(ind->kind == sg::ClaimKind::Indirect);
    CHECK(ind->speaker_key == "person:owen-tate");
    CHECK(speaker(r, "It is divisive") == "person:owen-tate");
    CHECK(speaker(r, "We will fight") == "person:owen-tate");
    CHECK(speaker(r, "the closures would add") == "person:owen-tate");
    CHECK(speaker(r, "The plan is divisive") == "person:amy-cho");
}

TEST_CASE("attribution: near misses of reactions: a possessor who speaks, or is the only one named") {
    auto r = run("Gov. Helen Marsh unveiled a plan on Monday to close eleven rural schools.\n\n"
                 "\"Nobody will lose a teacher,\" said Marsh's spokesman, who declined to give his name.\n\n"
                 "Marsh's office said the plan would save $40 million a year.\n\n"
                 "Marsh's plan drew fire all week. She said the critics had not read it.\n");
    CHECK(speaker(r, "Nobody will lose") == "person:helen-marsh");
    CHECK(speaker(r, "the plan would save") == "person:helen-marsh");
    CHECK(speaker(r, "the critics had not read") == "person:helen-marsh");
}

// Issue 9: the capitalised words of a book's title ("The Quiet Majority: How Americans Really
// Decide") were taken for a person, who then answered every question of the interview.
TEST_CASE("attribution: names in the title of a book are not the interviewee or a speaker") {
    auto r = run("Grace Lindqvist, a historian at Carver College, has spent a decade studying why people vote. "
                 "Her new book, The Quiet Majority: How Americans Really Decide, argues that polls miss most of "
                 "what matters. We spoke to her about it.\n\n"
                 "Q: Why did you write The Quiet Majority?\n\n"
                 "A: Because every election night I heard pundits say voters were confused. They are busy.\n\n"
                 "Q: Is the book a warning?\n\n"
                 "A: It is an invitation. Listen to people before you explain them.\n");
    CHECK(speaker(r, "Because every election night") == "person:grace-lindqvist");
    CHECK(speaker(r, "It is an invitation") == "person:grace-lindqvist");
    for (const auto& c : r.claims) CHECK(c.speaker_key != "person:americans-decide");
}

TEST_CASE("attribution: near misses of titles: a person named after a cue word still speaks") {
    auto r = run("Tom Reyes, a water engineer, has written about the subject for twenty years.\n\n"
                 "In his new book, Reyes argues that small towns pay the most for clean water.\n\n"
                 "Her memoir, A Life on the River, came out in May. Nora Quill said the book took ten years to write.\n\n"
                 "\"It was the hardest thing I have done,\" she said.\n");
    CHECK(speaker(r, "small towns pay the most") == "person:tom-reyes");
    CHECK(speaker(r, "the book took ten years") == "person:nora-quill");
    CHECK(speaker(r, "It was the hardest") == "person:nora-quill");
}

// Issue 9: with ``…'' and ''…'' marks, split quotes and multi-paragraph quotes keep working as
// they do with curly and straight marks.
TEST_CASE("attribution: split and multi-paragraph quotes in doubled ASCII marks") {
    auto r = run("Tina Brooks, president of the dockworkers' local, said the vote was not close.\n\n"
                 "'We gave them every chance,' she said, 'and they gave us nothing back.'\n\n"
                 "''We are not asking for the moon,'' Brooks said, ''only for the contract they signed.''\n\n"
                 "``It is a fair offer,'' said Mark Deane, a spokesman for the port authority. ``It is the best "
                 "in the region.\n\n"
                 "``We hope the workers will take another look at it.''\n");
    CHECK(speaker(r, "We gave them every chance") == "person:tina-brooks");
    CHECK(speaker(r, "and they gave us nothing back.") == "person:tina-brooks");
    CHECK(speaker(r, "We are not asking for the moon") == "person:tina-brooks");
    const ClaimRecord* second = claim_starting(r, "only for the contract they signed.");
    REQUIRE(second);
    CHECK(second->speaker_key == "person:tina-brooks");
    CHECK(second->kind == sg::ClaimKind::Direct);
    CHECK(speaker(r, "It is a fair offer") == "person:mark-deane");
    CHECK(speaker(r, "It is the best in the region.") == "person:mark-deane");
    const ClaimRecord* last = claim_starting(r, "We hope the workers");
    REQUIRE(last);
    CHECK(last->text == "We hope the workers will take another look at it.");
    CHECK(last->speaker_key == "person:mark-deane");
}

// A release opens "X issued the following statement after Y did Z:": the statement is X's, however
// many people the rest of the sentence names, and an adverb of time may stand before the verb.
TEST_CASE("attribution: the subject of 'issued the following statement' is the author of the quote after it") {
    auto r = run("Washington, DC - Congressman Tom Quayle (FN-02) today issued the following statement after "
                 "Prime Minister Ed Marsh addressed a joint meeting of Congress:\n\n"
                 "\"It was an honor to welcome the Prime Minister to Washington this week.\"\n\n"
                 "Senator Ida Rook released this statement on the vote. \"The bill is a step forward.\"\n");
    CHECK(speaker(r, "It was an honor") == "person:tom-quayle");
    CHECK(speaker(r, "The bill is a step forward") == "person:ida-rook");
    // near miss: a statement noun without an announcing verb names no author
    auto n = run("After the statement of Prime Minister Ed Marsh to the chamber, Tom Quayle spoke.\n\n"
                 "\"We heard nothing new,\" Quayle said.\n");
    CHECK(speaker(n, "We heard nothing new") == "person:tom-quayle");
}

// The context a reported claim is read in ends where a quote after it opens: the quote is another
// speaker's words, and its cues ("disappointed") are no side of the reported speaker's.
TEST_CASE("attribution: a reported claim's context stops at the quote that follows it") {
    static const Codebook book = parse_codebook(R"({"positions": [{"id": "parking-levy", "label": "Parking levy",
        "cues": ["parking levy"]}]})", "book.json");
    static const StanceClassifier stance(book);
    CorpusContext ctx;
    ctx.stance = &stance;
    auto r = extract_document(clean_source("t.txt", "Levy row\n\nCouncillor Tom Quayle issued the following statement "
        "after Mayor Ed Marsh announced a new parking levy for the town centre: \"I am disappointed that the mayor "
        "has made more concessions to the car park operators.\"\n"), ctx);
    const ClaimRecord* reported = claim_starting(r, "a new parking levy");
    REQUIRE(reported);
    CHECK(reported->speaker_key == "person:ed-marsh");
    for (const auto& s : reported->stances) CHECK(s.polarity >= 0);
    CHECK(speaker(r, "I am disappointed") == "person:tom-quayle");
    // near miss: in the main clause the quote is the same speaker's, and names what is backed
    auto own = extract_document(clean_source("u.txt", "Levy row\n\nAnn Hale, director of the Fenmouth Traders "
        "Association, says the group is now officially backing a change: \"We feel the town needs a parking levy.\"\n"), ctx);
    const ClaimRecord* backing = claim_starting(own, "the group is now officially backing");
    REQUIRE(backing);
    REQUIRE_FALSE(backing->stances.empty());
    CHECK(backing->stances.front().polarity == 1);
}

// Real news writes a date after a name ("President A B Tuesday laid out"), hyphenated titles
// ("Secretary-General") and family names first ("Pak Jin-woo", then "Pak said"): one person each.
TEST_CASE("attribution: weekdays, hyphenated titles and a family name written first keep one person") {
    auto r = run("President Ann Hale Tuesday laid out the parking plan. \"It is fair,\" Hale said.\n\n"
                 "U.N. Secretary-General Pak Jin-woo called the plan \"ill-considered.\" Pak said it would hurt "
                 "the shops on the high street.\n");
    CHECK(speaker(r, "It is fair") == "person:ann-hale");
    const ClaimRecord* pak = claim_starting(r, "it would hurt");
    REQUIRE(pak);
    CHECK(pak->speaker_key == "person:pak-jin-woo");
    for (const auto& a : r.actors) {
        CHECK(a.name.find("Tuesday") == std::string::npos);
        CHECK(a.key != "person:pak");
    }
}

TEST_CASE("attribution: 'A B says she will ...' reports; 'told the <body> that' skips the audience") {
    auto r = run("Ann Hale says she will wait for council approval before making a final decision.\n\n"
                 "Tom Quayle told the Fenmouth Planning Committee that the parking plan was sound.\n\n"
                 "\"It is wrong,\" said Ed Marsh, chair of the Fenmouth Traders Association.\n");
    CHECK(speaker(r, "she will wait for council approval") == "person:ann-hale");
    CHECK(speaker(r, "the parking plan was sound") == "person:tom-quayle");
    // near miss: after a quote, "said A B, chair of X" attributes; it reports nothing
    CHECK(speaker(r, "It is wrong") == "person:ed-marsh");
    CHECK_FALSE(claim_starting(r, "Ed Marsh, chair"));
}

TEST_CASE("attribution: 'said he supported any measure that ...' keeps the clause from its subject") {
    auto r = run("Ann Hale said he supported any measure that returned homes to long-term rental, including the cap.\n");
    CHECK(claim_starting(r, "he supported any measure"));
}

TEST_CASE("attribution: a lead ending in a colon: its subject speaks next, not a person named in its object") {
    // "X called for Y to approve the plan after ...:" names Y as whom X asks
    auto r = run("Senator Ann Vale (D-Wessex) again called for Mayor Tom Quayle to approve the tram line following "
                 "the release today of the council's review of the route:\n\n"
                 "\"The review shows the line would carry ten thousand riders a day. It is time to build it.\"\n");
    CHECK(speaker(r, "The review shows the line") == "person:ann-vale");
    // near miss: the person right before the colon is who speaks next
    auto s = run("Whatever Tom Quayle says, it will not satisfy Dr Ida Rook:\n\n"
                 "\"The line will close my shop for a year.\"\n");
    CHECK(speaker(s, "The line will close") == "person:ida-rook");
}

TEST_CASE("attribution: a time phrase between the subject and its reporting verb") {
    auto r = run("The Fenmouth Harbour Board on Monday said it would build a new breakwater before the winter.\n\n"
                 "Ann Vale in November announced that she would stand down as chair of the board.\n\n"
                 "Tom Quayle last week said the tolls were too high for the fishing fleet.\n");
    CHECK(speaker(r, "it would build a new breakwater") == "org:fenmouth-harbour-board");
    CHECK(speaker(r, "she would stand down") == "person:ann-vale");
    CHECK(speaker(r, "the tolls were too high") == "person:tom-quayle");
}

TEST_CASE("attribution: 'as X put it' after a quote names its author, whoever the sentence's subject is") {
    auto r = run("Transport Minister Ann Keller spoke first.\n\n"
                 "Council chief Tom Vell told councillors the plan would bring " LD "no new cars into the centre" RD
                 ", as Keller put it.\n");
    CHECK(speaker(r, "no new cars") == "person:ann-keller");
    // near miss: without it, the subject speaks
    auto n = run("Transport Minister Ann Keller spoke first.\n\n"
                 "Council chief Tom Vell told councillors the plan would bring " LD "no new cars into the centre" RD
                 " by next year.\n");
    CHECK(speaker(n, "no new cars") == "person:tom-vell");
}

TEST_CASE("attribution: 'the secretary of state' is the holder of that office, and 'the secretary' after it too") {
    auto r = run("Secretary of State Ann Vale and Defence Secretary Tom Quayle faced the committee on Tuesday.\n\n"
                 "The defence secretary said troops were ready.\n\n"
                 "The secretary of state repeated the argument she has made all week.\n\n"
                 LD "The harbour was attacked, and we know who did it," RD " the secretary said.\n");
    CHECK(speaker(r, "The harbour was attacked") == "person:ann-vale");
}

TEST_CASE("attribution: an appositive left unclosed before the verb is the person's, not the body it names") {
    auto r = run("Fenmouth \xE2\x80\x93 Councillor Tom Vell (Lab), a senior member of the Harbour Committee released the "
                 "following statement on the fees: " LD "The charges are wrong, and the town knows it." RD "\n");
    CHECK(speaker(r, "The charges are wrong") == "person:tom-vell");
}

TEST_CASE("attribution: 'said Deputy Mayor A B' after a quote: a rank and a role before the name") {
    auto r = run(LD "We are asking for the tools," RD " said Mayor Ann Vale.\n\n"
                 LD "Our fee has cut litter in half," RD " said Deputy Mayor Tom Quayle, who chairs the committee.\n");
    CHECK(speaker(r, "Our fee has cut litter") == "person:tom-quayle");
}

TEST_CASE("attribution: a role named inside the quote is no antecedent of the pronoun after it") {
    auto r = run("Mayor Tom Quayle spoke at the vote.\n\n"
                 "Harbour group convenor Ann Vale told the paper after the vote that the council had done well.\n\n"
                 LD "We will be on the bus to the capital, and we would like the mayor to be on it with us," RD
                 " she said.\n");
    CHECK(speaker(r, "We will be on the bus") == "person:ann-vale");
}

TEST_CASE("attribution: 'said Green housing spokesperson A B': a lower-case word may qualify the role after it") {
    auto r = run("The Greens want sleepouts counted as home-sharing.\n\n"
                 LD "If you sleep under the same roof as your guests, you share your home," RD
                 " said Green housing spokesperson Ann Vale.\n");
    CHECK(speaker(r, "If you sleep under the same roof") == "person:ann-vale");
}

TEST_CASE("attribution: a label in brackets that opens the block is no name's (the fuzzer's '(i) believes that')") {
    // the walk back over "(i)" reached the block's first token; under the sanitizers it had read
    // before the token list
    auto r = run("Delegates at the Annual Conference debated the motion on phones.\n\n"
                 "That conference:\n\n"
                 "(i) believes that phones should be locked away during lessons.\n");
    CHECK_FALSE(claim_starting(r, "phones should be locked away"));
}

TEST_CASE("attribution: 'confirmed that ...' reports what the speaker said") {
    auto r = run("3.2 Harbour Ferries Ltd (Mr Tom Quayle, Managing Director) gave evidence.\n\n"
                 "Mr Quayle confirmed that the company would accept the berth charge.\n");
    const ClaimRecord* ind = claim_starting(r, "the company would accept");
    REQUIRE(ind);
    CHECK(ind->kind == sg::ClaimKind::Indirect);
    CHECK(ind->speaker_key == "person:tom-quayle");
}

TEST_CASE("attribution: the verbs of hearings and formal statements report speech ('submitted that', 'reiterated that')") {
    auto r = run("Mr Tom Quayle submitted that the berth charge was too high.\n\n"
                 "Ms Ann Vale reiterated that the council would not move.\n\n"
                 "The minister's answer on berths was disappointing, said Ms Vale.\n");
    const ClaimRecord* sub = claim_starting(r, "the berth charge was too high");
    REQUIRE(sub);
    CHECK(sub->speaker_key == "person:tom-quayle");
    const ClaimRecord* rei = claim_starting(r, "the council would not move");
    REQUIRE(rei);
    CHECK(rei->speaker_key == "person:ann-vale");
    // near miss: "answer" is a noun there, no verb of speech
    CHECK(!claim_starting(r, "on berths was disappointing"));
}

TEST_CASE("attribution: a body's witnesses in brackets before the verb ('The X Trust (Ms A B, Chair; Mr C D) submitted that')") {
    auto r = run("2.4 The Fenmouth Harbour Trust (Ms Ann Vale, Chair; Mr Tom Quayle) submitted that the berth charge "
                 "should be dropped.\n");
    const ClaimRecord* c = claim_starting(r, "the berth charge should be dropped");
    REQUIRE(c);
    CHECK(c->speaker_key == "org:fenmouth-harbour-trust");
}

TEST_CASE("attribution: a relative clause of speech is its antecedent's claim ('X, which argues that Y, ...')") {
    auto r = run("The Fenmouth Harbour Trust, which argues that the berth charge is unfair, will appear on Monday.\n\n"
                 "Ann Vale, who says the berth charge came too late, chairs the trust.\n");
    const ClaimRecord* org = claim_starting(r, "the berth charge is unfair");
    REQUIRE(org);
    CHECK(org->speaker_key == "org:fenmouth-harbour-trust");
    CHECK(org->text == "the berth charge is unfair");  // up to the clause's comma
    const ClaimRecord* person = claim_starting(r, "the berth charge came too late");
    REQUIRE(person);
    CHECK(person->speaker_key == "person:ann-vale");
    // near miss: "which" after a person is no relative of speech of theirs
    auto n = run("Ann Vale wrote the report, which says the berth charge is unfair.\n");
    const ClaimRecord* c = claim_starting(n, "the berth charge is unfair");
    CHECK((!c || c->speaker_key != "person:ann-vale"));
}

TEST_CASE("attribution: the possessor of an argument before 'that' speaks the quotation ('A's argument that \"...\"')") {
    auto r = run("Ann Vale spoke on Monday.\n\n"
                 "I have read Ann Vale's argument that \"the harbour belongs to the people who use it,\" and it is a "
                 "good line. Tom Quayle's case, which he made again on Friday, is that the trust \"cannot run a "
                 "port it has never measured.\"\n");
    CHECK(speaker(r, "the harbour belongs to the people") == "person:ann-vale");
    CHECK(speaker(r, "cannot run a port") == "person:tom-quayle");
    // near miss: a possessor of something that is no argument
    auto n = run("Ann Vale's boat, which sank in May, is the one that \"everyone remembers.\"\n");
    CHECK(speaker(n, "everyone remembers") != "person:ann-vale");
}

TEST_CASE("attribution: 'which it called \"...\"' after a sentence's attributed quote is that quote's speaker") {
    auto r = run("In a statement, the Fenmouth Harbour Trust said it was \"deeply disappointed\" by the berth charge, "
                 "which it called \"a decision made ahead of the evidence.\"\n");
    CHECK(speaker(r, "deeply disappointed") == "org:fenmouth-harbour-trust");
    CHECK(speaker(r, "a decision made ahead of the evidence") == "org:fenmouth-harbour-trust");
}

TEST_CASE("attribution: 'but that ...' before a quote goes on with the sentence's attributed quote") {
    auto r = run("Asked about the berth charge, Mayor Ann Vale said it was \"too early to say,\" but that the town "
                 "wanted the power written \"in the law, not in a press release.\"\n");
    CHECK(speaker(r, "in the law, not in a press release") == "person:ann-vale");
}

TEST_CASE("attribution: a participle of speech after a comma reports the sentence's subject ('..., telling the crowd ...')") {
    auto r = run("Harbour Party transport critic Ann Vale also spoke, telling the crowd her party would \"stand with "
                 "the ferry crews\" and vote against the berth charge.\n");
    CHECK(speaker(r, "stand with the ferry crews") == "person:ann-vale");
}

TEST_CASE("attribution: a second quote of a sentence with a verbless lead-in goes on with the first one's speaker") {
    auto r = run("Ann Vale warned, though, that \"next year\" in harbour politics \"has a way of turning into never.\"\n\n"
                 "Tom Quayle called the charge \"a tax on ferries\" while the Trust \"wants it gone.\"\n");
    CHECK(speaker(r, "has a way of turning into never") == "person:ann-vale");
    // near miss: a body named between the quotes speaks the second
    CHECK(speaker(r, "wants it gone") != "person:tom-quayle");
}
