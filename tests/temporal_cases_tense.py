"""Tense battery: which way an unmarked weekday, month or season points, decided by the clause's tense and wording.

Irregular past verbs, the present perfect, the passive past, reported futures, past perfect plans, conditionals,
negation, "was to have" (a cancelled plan), and news headlines in the historical present against headline "to"
futures ("Fed to raise rates in June").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

WED = datetime(2019, 3, 13)  # a Wednesday
MON = datetime(2021, 9, 20)  # a Monday
SAT = datetime(2015, 11, 14)  # a Saturday

CASES: list[Case] = [
    # --- irregular past verbs outweigh a future cue earlier in the clause
    ("The striker, set to leave the club, tore a hamstring [[Saturday]].", WED, ("DATE", "2019-03-09", "")),
    ("Rebels who planned to attack the city hid their weapons [[Friday]].", WED, ("DATE", "2019-03-08", "")),
    ("The swimmer, who hopes to compete, swam the channel [[Thursday]].", WED, ("DATE", "2019-03-07", "")),
    ("The firm, which plans to expand, overtook its rival [[Monday]].", WED, ("DATE", "2019-03-11", "")),
    ("The senator who aims to run again swore in his aide [[Tuesday]].", MON, ("DATE", "2021-09-14", "")),
    ("The envoy, expected to return, withdrew from the talks [[Friday]].", MON, ("DATE", "2021-09-17", "")),
    ("The thief, who intends to appeal, stole a car [[Thursday]].", SAT, ("DATE", "2015-11-12", "")),
    ("A pilot scheduled to fly again woke up in hospital [[Wednesday]].", SAT, ("DATE", "2015-11-11", "")),
    # ... and put a month or season still ahead of the article date in the year before
    ("The singer wore the gown in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The team retook the lead in [[April]].", WED, ("DATE", "2018-04", "")),
    ("Rebels hid in the hills in [[June]].", WED, ("DATE", "2018-06", "")),
    ("The mayor swore an oath in [[May]].", WED, ("DATE", "2018-05", "")),
    ("An earthquake shook the region in [[April]].", WED, ("DATE", "2018-04", "")),
    ("Burglars stole the painting in [[June]].", WED, ("DATE", "2018-06", "")),
    ("The charity fed 3,000 families in [[October]].", MON, ("DATE", "2020-10", "")),
    ("She led the party in [[November]].", MON, ("DATE", "2020-11", "")),
    ("Prices slid sharply in [[October]].", MON, ("DATE", "2020-10", "")),
    ("Protesters tore down the statue in [[December]].", MON, ("DATE", "2020-12", "")),
    ("The patient woke from a coma in [[November]].", MON, ("DATE", "2020-11", "")),
    ("The wound bled for hours in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("She swam across the lake in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("The widow forgave the driver in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("The company overtook Ford in [[June]].", WED, ("DATE", "2018-06", "")),
    ("The army withdrew from the town in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The ministry undertook a review in [[April]].", WED, ("DATE", "2018-04", "")),
    ("The court upheld the ban in [[October]].", MON, ("DATE", "2020-10", "")),
    ("Few foresaw the crash in [[November]].", MON, ("DATE", "2020-11", "")),
    ("The family sought asylum in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("The band wore masks on stage in [[the summer]].", WED, ("DATE", "2018-SU", "")),
    ("Investors fled the market in [[the fall]].", WED, ("DATE", "2018-FA", "")),
    ("The company shook up its board in [[the summer]].", WED, ("DATE", "2018-SU", "")),
    ("Farmers sought relief in [[the spring]].", MON, ("DATE", "2021-SP", "")),
    ("The mayor forbade the march in [[June]].", WED, ("DATE", "2018-06", "")),
    ("Demand shrank in [[November]].", MON, ("DATE", "2020-11", "")),
    ("The choir sang at the cathedral in [[December]].", MON, ("DATE", "2020-12", "")),
    ("The river froze solid in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("The pair split up in [[June]].", WED, ("DATE", "2019-06", "")),  # "split" is also the present: neutral
    # present-tense forms that look like pasts do not make a month past
    ("Officials read the results in [[April]].", WED, ("DATE", "2019-04", "")),
    ("Markets set the tone in [[May]].", WED, ("DATE", "2019-05", "")),
    ("The left wing gains ground in [[May]].", WED, ("DATE", "2019-05", "")),
    ("The union will lead the march in [[April]].", WED, ("DATE", "2019-04", "")),
    # --- the present perfect is past
    ("The two leaders have met [[Tuesday]] and again this week.", WED, ("DATE", "2019-03-12", "")),
    ("Negotiators, set to resume talks, have agreed on a text [[Monday]].", WED, ("DATE", "2019-03-11", "")),
    ("Investors expected to sell have taken profits since [[April]].", MON, ("DATE", "2021-04", "")),
    ("The firm has withdrawn its bid, filed in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The fund has grown sharply since [[January]].", WED, ("DATE", "2019-01", "")),
    ("The council has undertaken a review it began in [[June]].", WED, ("DATE", "2018-06", "")),
    ("Police have sought the man in [[April]] and in May.", WED, ("DATE", "2018-04", "")),
    # --- the passive past
    ("The treaty was signed [[Tuesday]].", WED, ("DATE", "2019-03-12", "")),
    ("The bill, set to become law, was signed [[Friday]].", MON, ("DATE", "2021-09-17", "")),
    ("The contract was awarded in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The results were published in [[October]].", MON, ("DATE", "2020-10", "")),
    ("The suspect was taken into custody [[Thursday]].", SAT, ("DATE", "2015-11-12", "")),
    ("The painting was stolen in [[December]].", SAT, ("DATE", "2014-12", "")),
    ("The letter was written in [[the summer]].", WED, ("DATE", "2018-SU", "")),
    # --- reported futures
    ("The minister said he would resign [[Friday]].", WED, ("DATE", "2019-03-15", "")),
    ("The company said it will cut jobs in [[August]].", MON, ("DATE", "2022-08", "")),
    ("Officials told reporters the bridge would reopen [[Thursday]].", SAT, ("DATE", "2015-11-19", "")),
    ("She announced that she would retire in [[July]].", MON, ("DATE", "2022-07", "")),
    ("He said the team would travel to Spain [[Sunday]].", MON, ("DATE", "2021-09-26", "")),
    ("The board said the merger would close in [[the spring]].", MON, ("DATE", "2022-SP", "")),
    ("Aides said the president was going to visit Ohio [[Thursday]].", MON, ("DATE", "2021-09-23", "")),
    # --- past perfect plans are over
    ("The council had planned to vote [[Monday]].", WED, ("DATE", "2019-03-11", "")),
    ("Lawmakers had intended to finish the bill in [[January]].", WED, ("DATE", "2019-01", "")),
    ("The airline had hoped to resume flights [[Tuesday]].", SAT, ("DATE", "2015-11-10", "")),
    ("The band had been scheduled to play [[Friday]].", MON, ("DATE", "2021-09-17", "")),
    ("The two had wanted to marry in [[August]].", MON, ("DATE", "2021-08", "")),
    ("The pair had expected to sign the deal [[Thursday]].", WED, ("DATE", "2019-03-07", "")),
    # --- a cancelled plan: "was to have"
    ("The two presidents were to have met [[Friday]].", WED, ("DATE", "2019-03-08", "")),
    ("The ship was to have sailed in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The trial was to have opened [[Tuesday]].", SAT, ("DATE", "2015-11-10", "")),
    # --- future perfect and expectation of completion look ahead
    ("The work is expected to have finished by [[Friday]].", WED, ("DATE", "2019-03-15", "")),
    ("The crews will have cleared the road by [[Thursday]].", SAT, ("DATE", "2015-11-19", "")),
    ("The firm is expected to have completed the sale in [[August]].", MON, ("DATE", "2022-08", "")),
    # --- conditionals
    ("If the talks fail [[Friday]], the strike will go ahead.", WED, ("DATE", "2019-03-15", "")),
    ("Unless lawmakers act by [[Thursday]], funding lapses.", SAT, ("DATE", "2015-11-19", "")),
    ("If the vote passes [[Tuesday]], the bill goes to the Senate.", MON, ("DATE", "2021-09-21", "")),
    ("The deal would have closed [[Friday]] had the bank agreed.", MON, ("DATE", "2021-09-17", "")),
    ("If rates rise in [[August]], mortgages will cost more.", MON, ("DATE", "2022-08", "")),
    ("The plant would reopen in [[July]] if demand recovers.", MON, ("DATE", "2022-07", "")),
    # --- negation
    ("The committee did not meet [[Tuesday]].", WED, ("DATE", "2019-03-12", "")),
    ("The committee didn't meet [[Tuesday]].", WED, ("DATE", "2019-03-12", "")),
    ("The committee won't meet [[Tuesday]].", SAT, ("DATE", "2015-11-17", "")),
    ("The board did not meet in [[May]].", WED, ("DATE", "2018-05", "")),
    ("The ferry did not leave [[Sunday]].", SAT, ("DATE", "2015-11-08", "")),
    ("The shop will not open [[Sunday]].", SAT, ("DATE", "2015-11-15", "")),
    ("The minister wasn't at the meeting [[Thursday]].", SAT, ("DATE", "2015-11-12", "")),
    ("The league hasn't announced a date for [[October]] games.", MON, ("DATE", "2021-10", "")),
    # --- agreements: "agreed to" a thing is past; "agreed to" a verb points ahead
    ("The rebels agreed to a ceasefire [[Sunday]].", WED, ("DATE", "2019-03-10", "")),
    ("The rebels agreed to meet [[Sunday]].", WED, ("DATE", "2019-03-17", "")),
    ("The union voted to strike in [[May]].", WED, ("DATE", "2019-05", "")),
    # --- headlines in the historical present are past
    ("Quake kills 12 in Peru [[Tuesday]]", WED, ("DATE", "2019-03-12", "")),
    ("Police arrest suspect [[Sunday]]", MON, ("DATE", "2021-09-19", "")),
    ("Storm knocks out power [[Friday]]", SAT, ("DATE", "2015-11-13", "")),
    ("Rebels seize town [[Monday]] after a long siege", WED, ("DATE", "2019-03-11", "")),
    # ... headline "to" futures point ahead
    ("Fed to raise rates in [[June]]", WED, ("DATE", "2019-06", "")),
    ("Biden to visit Kyiv [[Friday]]", MON, ("DATE", "2021-09-24", "")),
    ("Apple to unveil new iPhone in [[the fall]]", WED, ("DATE", "2019-FA", "")),
    ("Bank to cut rates in [[August]]", MON, ("DATE", "2022-08", "")),
    ("Union to strike [[Thursday]]", SAT, ("DATE", "2015-11-19", "")),
    ("Pope to visit Iraq in [[July]]", MON, ("DATE", "2022-07", "")),
]
