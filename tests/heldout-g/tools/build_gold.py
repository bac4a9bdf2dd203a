import json
P=lambda name,aliases,affs,role:{"name":name,"aliases":aliases,"affiliations":affs,"role":role}
GOV="Government of New Brunswick"; TW="Tidewell Springs Inc."; WB="Town of Wendover Brook"
EIC="Wendover Brook Environment and Infrastructure Committee"; CWK="Carrow Watershed Keepers"
L217="Food, Bottling and Allied Workers Local 217"; TCFF="Tri-County Farmers' Federation"
NBAOA="New Brunswick Aggregate Operators' Association"; ABWC="Atlantic Bottled Water Council"
HU="Halloran University"; VA="Village of Ashcombe"; WC="Water Commons NB"
people=[
 P("Paulette Kelland",["Environment Minister Paulette Kelland","Minister Paulette Kelland","Minister Kelland"],[GOV],"Minister of Environment; introduced Bill 31"),
 P("Graham Tully",["G. Tully","Mr G. Tully","Tidewell president Graham Tully"],[TW],"president"),
 P("L. Brathwaite",["Ms L. Brathwaite"],[TW],"environmental manager"),
 P("Tom Ellery",["Mayor Tom Ellery","Wendover Brook Mayor Tom Ellery"],[WB],"mayor of Wendover Brook"),
 P("Wade Gillis",[],[NBAOA],"executive director"),
 P("Raymond Thibodeau",[],[],"opposition critic for the environment, MLA for Carrow-Wendover"),
 P("Keith Lavigne",[],[],"government backbencher, MLA for Kelso Ridge"),
 P("Albert Pelkey",["A. Pelkey","Mr A. Pelkey"],[CWK],"Fenwick Road resident whose well ran dry; appeared with the group as a delegation"),
 P("Janine Whitcombe",["J. Whitcombe","Ms J. Whitcombe"],[CWK],"co-chair"),
 P("Kevin Sturgeon",["Mr Kevin Sturgeon"],[L217],"president of the local"),
 P("Gerald Haines",["Coun. Gerald Haines","Coun. G. Haines","Coun. Haines"],[WB,EIC],"town councillor; committee member (dissenting note)"),
 P("Priya Nandakumar",["Coun. Priya Nandakumar"],[WB,EIC],"town councillor; committee chair"),
 P("Len Strickland",["Deputy Mayor Len Strickland"],[WB,EIC],"deputy mayor; committee member"),
 P("Ruth Alcorn",["Coun. Ruth Alcorn"],[WB,EIC],"town councillor; committee member"),
 P("Peter Okonkwo",["Peter Okonkwo, P.Eng."],[WB],"Director of Engineering and Public Works"),
 P("Anne-Marie Cyr",[],[WB],"Town Clerk"),
 P("Shauna McTavish",[],[],"potato grower in the Carrow Valley"),
 P("Lucien Doiron",["L. Doiron","Mr L. Doiron"],[TCFF],"president"),
 P("Ngozi Okafor",["Dr. Ngozi Okafor"],[HU],"hydrogeologist"),
 P("Colm Reardon",["Dr. Colm Reardon"],[HU],"agricultural economist"),
 P("Doug Brennock",[],["Brennock Aggregates Ltd."],"owner of the family firm"),
 P("Irene Fougère",["Irene Fougere"],[VA],"mayor of Ashcombe"),
 P("Corinne Aucoin",["ABWC Executive Director Corinne Aucoin"],[ABWC],"executive director"),
 P("Farid Nasser",[],[ABWC,"Kelso Ridge Spring Water"],"chair of the ABWC board; president of Kelso Ridge Spring Water"),
 P("Danielle Roy",[],[ABWC],"communications manager (media contact)"),
 P("Simone Achterberg",[],[WC],"policy director"),
 P("Nadine Cormier",["NADINE CORMIER (HOST)"],["Valley 24"],"host of The Briefing"),
 P("Alasdair Pike",[],["The Capital Courier"],"columnist (author of the column in 008)"),
]
O=lambda n,a:{"name":n,"aliases":a}
orgs=[
 O(GOV,["New Brunswick government","provincial government","the Province"]),
 O("Legislative Assembly of New Brunswick",["Legislative Assembly","provincial legislature","the legislature"]),
 O(TW,["Tidewell Springs","Tidewell"]),
 O(WB,["Wendover Brook council","Wendover Brook town council","the Town"]),
 O(EIC,["Environment and Infrastructure Committee"]),
 O(CWK,["Watershed Keepers","@CarrowKeepers"]),
 O(L217,["Local 217","Local 217 of the Food, Bottling and Allied Workers","Local 217, Food, Bottling and Allied Workers"]),
 O(TCFF,["Tri-County Farmers Federation"]),
 O(NBAOA,["NBAOA","New Brunswick Aggregate Operators Association"]),
 O(ABWC,["ABWC"]),
 O("Kelso Ridge Spring Water",[]),
 O(WC,[]),
 O(HU,[]),
 O("Brennock Aggregates Ltd.",["Brennock Aggregates"]),
 O(VA,[]),
 O("North Atlantic Wire",["NAW"]),
 O("The Carrow Valley Sentinel",["the Sentinel"]),
 O("The National Standard",[]),
 O("Stone & Grade Review",[]),
 O("Valley 24",["Carrow Valley Broadcasting Ltd."]),
 O("The Maritime Echo",[]),
 O("The Capital Courier",[]),
 O("The Tideline",[]),
]
def q(s,sp,opt=False):
  d={"starts":s,"speaker":sp}
  if opt: d["optional"]=True
  return d
K="Paulette Kelland"
docs=[
 {"doc":"001-naw-aquifer-bill-tabled.txt","title":"New Brunswick moves to freeze bottling permits, charge firms for groundwater","comments":0,"quotes":[
  q("For a hundred years we have treated the water under our feet",K),
  q("Last summer people on Fenwick Road were hauling water",K),
  q("four to five years, if we are honest",K),
  q("If the province tells a farmer to shut off his pivots",K),
  q("a ban by headline","Graham Tully"),
  q("We have metered every litre since 2014","Graham Tully"),
  q("What we object to is being told our permit depends","Graham Tully"),
  q("We asked for a pause and we got one","Tom Ellery"),
  q("put half the gravel in the province off limits",NBAOA),
  q("a timid number","Raymond Thibodeau"),
  q("at least a start","Raymond Thibodeau")],"not_quotes":[]},
 {"doc":"002-sentinel-wendover-reaction.txt","title":"Relief on Fenwick Road, worry at the plant as province freezes bottling permits","comments":4,"quotes":[
  q("Fourteen hundred dollars, and the old pump wasn’t broken","Albert Pelkey"),
  q("There was just nothing left for it to pump","Albert Pelkey"),
  q("about cried","Albert Pelkey",True),
  q("Inconclusive is exactly the point","Janine Whitcombe"),
  q("You don’t hand out a million litres a day","Janine Whitcombe"),
  q("The people who drink this water elect the council","Janine Whitcombe"),
  q("My guys live on Fenwick Road too","Kevin Sturgeon"),
  q("Nobody wants anybody’s well to go dry","Kevin Sturgeon"),
  q("disappointed",TW,True),
  q("a decision made ahead of the science",TW),
  q("continue to work with the province",TW),
  q("I’ve got friends on that line","Tom Ellery"),
  q("But the plant will still be there tomorrow","Tom Ellery"),
  q("too early to say","Tom Ellery"),
  q("in the law, not in a press release","Tom Ellery"),
  q("Who owns the water under Carrow Valley?",None,True)],"not_quotes":[]},
 {"doc":"003-national-standard-feature.txt","title":"The water beneath the potato fields","comments":0,"quotes":[
  q("We got the order on a Thursday","Shauna McTavish"),
  q("Shut down irrigation from the Carrow wells","Shauna McTavish"),
  q("If there’s a drought and I’m told to shut off my pivots","Shauna McTavish"),
  q("Last year my neighbours lost somewhere north of four million","Lucien Doiron"),
  q("I don’t argue with that decision","Lucien Doiron"),
  q("Charge the bottlers what you like","Lucien Doiron"),
  q("But a meter on my well is a bill waiting to be written","Lucien Doiron"),
  q("The minute a town can say no to my well","Lucien Doiron"),
  q("The honest answer is that we don’t know","Ngozi Okafor"),
  q("Whether you put a bottling plant on top of it","Ngozi Okafor"),
  q("You can’t manage what you don’t measure","Ngozi Okafor"),
  q("Nobody is singling anybody out",K),
  q("What else would I do?","Shauna McTavish"),
  q("You farm on faith","Shauna McTavish"),
  q("We’re not going back",None,True)],"not_quotes":[]},
 {"doc":"004-stone-grade-quarry-setback.txt","title":"N.B. operators say 500-metre well setback would strand pits","comments":3,"quotes":[
  q("Rural New Brunswick is a string of houses along a road","Wade Gillis"),
  q("Draw a 500-metre circle around each of them","Wade Gillis"),
  q("by tens of millions a year","Wade Gillis"),
  q("Aggregate is a provincial resource","Wade Gillis"),
  q("There's no pit. There's a very expensive hole","Doug Brennock"),
  q("There's no pit","Doug Brennock",True),
  q("We've blasted in this county for fifty years","Doug Brennock"),
  q("Five hundred metres is the least they could do","Irene Fougère"),
  q("People out here don't have a municipal water system","Irene Fougère"),
  q("I don't want a veto","Irene Fougère"),
  q("In fractured bedrock, 500 metres may not be enough","Ngozi Okafor"),
  q("A fixed number is easy to enforce","Ngozi Okafor"),
  q("that protect wells better, not worse",K)],"not_quotes":["grandfather"]},
 {"doc":"005-abwc-media-release.txt","title":"Bottled water producers urge MLAs to rethink \"single-industry\" Aquifer Protection Act","comments":0,"quotes":[
  q("single-industry",ABWC,True),
  q("Our members have been told, in effect","Corinne Aucoin"),
  q("No other water user in this province is being asked","Corinne Aucoin"),
  q("We hear a lot about fairness in this debate","Corinne Aucoin"),
  q("a tax on one industry wearing a conservation badge","Corinne Aucoin"),
  q("We employ 19 people in a village of 800","Farid Nasser"),
  q("the ordinary right to maintain what we have","Farid Nasser")],"not_quotes":[]},
 {"doc":"006-valley24-briefing-transcript.txt","title":"Who should decide? Farmers and watershed group clash over local veto in water bill","comments":0,"quotes":[
  q("Good evening. The province's Aquifer Protection Act","Nadine Cormier",True),
  q("Because it puts a farmer's livelihood","Lucien Doiron"),
  q("But isn't that democracy?","Nadine Cormier",True),
  q("It's democracy for the people in town","Lucien Doiron"),
  q("Janine Whitcombe.","Nadine Cormier",True),
  q("With respect, Lucien, the province has made the call","Janine Whitcombe"),
  q("Mr. Doiron says farmers would be outvoted","Nadine Cormier",True),
  q("And I'd say to him, nobody on our side","Janine Whitcombe"),
  q("That's fine today","Lucien Doiron"),
  q("Let me bring in what the minister said","Nadine Cormier",True),
  q("The member asks whether a council should be able",K),
  q("Mr. Doiron, the other part of this bill","Nadine Cormier",True),
  q("We support the fund one hundred per cent","Lucien Doiron"),
  q("Ms. Whitcombe, does your group support","Nadine Cormier",True),
  q("Yes, I've no quarrel with that","Janine Whitcombe"),
  q("We're almost out of time","Nadine Cormier",True),
  q("Not the way it's written, I hope","Lucien Doiron"),
  q("It'll pass. Whether it survives the lobbyists","Janine Whitcombe"),
  q("Lucien Doiron, Janine Whitcombe, thank you both","Nadine Cormier",True),
  q("Thank you.","Lucien Doiron",True),
  q("Thanks, Nadine","Janine Whitcombe",True)],"not_quotes":[]},
 {"doc":"007-maritime-echo-live-town-hall.txt","title":"Kelland faces Wendover Brook crowd over water bill - as it happened","comments":0,"quotes":[
  q("Map It First",None,True),
  q("Our Water, Our Say",None,True),
  q("Jobs Live Here Too",None,True),
  q("I know some of you think this bill goes too far",K),
  q("The freeze on new bottling permits is not a punishment",K),
  q("eleven years","Tom Ellery",True),
  q("are gone","Kevin Sturgeon",True),
  q("You're asking us to pay for a drought we didn't cause","Kevin Sturgeon"),
  q("about to lose its best employer's future to make a point","Gerald Haines"),
  q("I've got nothing against anybody who works at that plant","Albert Pelkey"),
  q("The farmer who turns off his pivots",K),
  q("look at every option","Graham Tully"),
  q("tomorrow","Graham Tully",True),
  q("If the mapping is late, and it will be late","Raymond Thibodeau"),
  q("Packed hall in Wendover Brook tonight",CWK,True),
  q("Because if it's the companies, I've got a bridge to sell you",None,True)],"not_quotes":[]},
 {"doc":"008-capital-courier-pike-column.txt","title":"Alasdair Pike: Price the water. Don't freeze the bottlers, and don't pay for the weather","comments":3,"quotes":[
  q("infinite and free",K),
  q("the people who drink this water elect the council","Janine Whitcombe"),
  q("an expropriation cheque","Lucien Doiron",True),
  q("You can't have it both ways",None,True),
  q("My well, my business",None,True)],"not_quotes":[]},
 {"doc":"009-wendover-brook-committee-report.txt","title":"Report to Council EIC-2027-07: Bill 31, Aquifer Protection Act - delegations and recommended position of the Town","comments":0,"quotes":[
  q("a permit lottery","Graham Tully")],"not_quotes":[]},
 {"doc":"010-tideline-explainer.txt","title":"Who owns the water? Your guide to New Brunswick's Aquifer Protection Act","comments":0,"quotes":[
  q("cannot protect what it has never bothered to measure",K),
  q("the bare minimum","Simone Achterberg"),
  q("Once the province has a revenue line from the aquifer","Simone Achterberg"),
  q("We'd meter everything and charge nothing","Simone Achterberg"),
  q("If the fund pays the same per hectare","Colm Reardon"),
  q("Tie it to efficiency and it's a good idea","Colm Reardon")],"not_quotes":["grandfathered"]},
]
def S(sup,supo,opp,oppo,amb): return {"supports":sup,"supports_optional":supo,"opposes":opp,"opposes_optional":oppo,"ambiguous":amb}
stances={
 "bottling-moratorium":S([K,GOV,"Tom Ellery",WB,"Raymond Thibodeau","Janine Whitcombe",CWK,"Albert Pelkey","Shauna McTavish",WC,"Simone Achterberg",EIC],
   ["Priya Nandakumar","Len Strickland","Ruth Alcorn"],
   ["Graham Tully",TW,"Kevin Sturgeon",L217,ABWC,"Corinne Aucoin","Farid Nasser","Gerald Haines","Alasdair Pike"],
   ["Kelso Ridge Spring Water","L. Brathwaite"],["Ngozi Okafor","Keith Lavigne"]),
 "groundwater-charge":S([K,GOV,"Graham Tully",TW,"Raymond Thibodeau","Gerald Haines","Alasdair Pike",EIC],
   ["Ngozi Okafor","Priya Nandakumar","Len Strickland","Ruth Alcorn"],
   [WC,"Simone Achterberg"],[ABWC,"Corinne Aucoin"],["Lucien Doiron",TCFF]),
 "quarry-setbacks":S([K,GOV,"Irene Fougère",VA,"Albert Pelkey",CWK,"Gerald Haines",EIC],
   ["Janine Whitcombe","Priya Nandakumar","Len Strickland","Ruth Alcorn"],
   ["Wade Gillis",NBAOA,"Doug Brennock"],["Brennock Aggregates Ltd."],["Ngozi Okafor"]),
 "municipal-veto":S([K,GOV,"Tom Ellery",WB,"Janine Whitcombe",CWK,"Priya Nandakumar",EIC],
   ["Len Strickland","Ruth Alcorn"],
   ["Graham Tully",TW,"Wade Gillis",NBAOA,"Lucien Doiron",TCFF,"Irene Fougère",ABWC,"Gerald Haines","Alasdair Pike"],
   [VA,"Corinne Aucoin"],[]),
 "drought-compensation":S([K,GOV,"Lucien Doiron",TCFF,"Shauna McTavish","Janine Whitcombe"],
   [CWK,ABWC],["Alasdair Pike"],[],["Colm Reardon"]),
}
cb=json.load(open('/tmp/heldout-g/codebook.json'))
positions={p["id"]:p["description"] for p in cb["positions"]}
about=("Held-out set G (invented corpus on a proposed New Brunswick groundwater law, the Aquifer Protection Act (Bill 31), tabled on 13 April 2027: "
 "a five-year moratorium on new or expanded water-bottling permits above 50,000 litres a day, metering of commercial withdrawals above 25,000 litres a day and a charge of $3 per 1,000 litres "
 "(farm irrigation metered but exempt), a 500-metre setback between new gravel pits or quarries and drinking-water wells, municipal consent (a veto) over new extraction permits inside a municipality, "
 "and a Drought Irrigation Relief Fund compensating farmers ordered to stop irrigating in a declared drought). Written blind to the extraction code, with the codebook written before the articles. "
 "Same conventions as seeds.gold.json and heldout-f: quotes list each direct (or partial) quotation of the article body once, by its first words; each paragraph of a multi-paragraph quotation "
 "and each part of a quotation split by an attribution is a separate quote; one- or two-word partial quotes, headline and subhead quotes, quoted placards, quoted headlines under Related / Most read / Read more, "
 "the TV host's questions and the guests' closing thanks, an embedded social-media post, a reader's letter quoted in a column and anonymous quotes (speaker null) are optional. "
 "The guests' answers in the TV transcript (006, labelled by surname) and the minister's words in the clip are verbatim quotes. Quotes of a body speaking through an unnamed spokesperson or a statement are attributed to the body. "
 "Stances are corpus-level; 'optional' ones are tolerated but not required; 'ambiguous' actors are not scored on that position. Comments are readers' comments below the article. "
 "The author of the opinion column (008) is coded for the stances his column argues; the town committee (009) is coded for its view and recommendations, and its members for their votes, dissenting note or chair's note.")
gold={"about":about,"positions":positions,"people":people,"organisations":orgs,"documents":docs,"stances":stances}
json.dump(gold,open('/tmp/heldout-g/gold.json','w'),ensure_ascii=False,indent=1)
print("written")
