"""Genre battery: modern digital news, 2015-2025 (web), in the form of ``temporal_cases.py``.

Own phrasings of British, Irish, Australian and Indian wire and web copy: web stamps and live-blog times, British
and Commonwealth phrasing ("at the weekend", "Tuesday week", "a fortnight ago", "Sunday 5 June"), modern phrasing
("this past weekend", "in the coming days", "FY24", "pre-pandemic 2019 levels"), and names that look like times
("The Sunday Times", "the Today programme").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE = datetime(2022, 5, 3, 11, 0)  # a Tuesday, late morning
FRI = datetime(2019, 6, 14)  # a Friday
SUN = datetime(2024, 9, 22)  # a Sunday
THU = datetime(2016, 11, 10)  # a Thursday
MON = datetime(2021, 3, 1)  # a Monday
WED = datetime(2023, 12, 20)  # a Wednesday, before Christmas
SAT = datetime(2018, 7, 28)  # a Saturday
THU25 = datetime(2025, 2, 6)  # a Thursday
TUE15 = datetime(2015, 10, 13)  # a Tuesday
JUN = datetime(2022, 6, 8)  # a Wednesday
AUG = datetime(2022, 8, 2)  # a Tuesday, after the first half
MAY24 = datetime(2024, 5, 10)  # a Friday, after India's fiscal year end

CASES: list[Case] = [
    # --- web stamps and live-blog times
    # a count of hours back keeps the hour as its finest unit, as "six weeks ago" keeps the week
    ("Updated [[2 hours ago]]", TUE, ("TIME", "2022-05-03T09", "")),
    ("Updated [[an hour ago]]", TUE, ("TIME", "2022-05-03T10", "")),
    ("Posted [[5 mins ago]]", TUE, ("TIME", "2022-05-03T10:55", "")),
    ("Posted [[2h ago]]", TUE, ("TIME", "2022-05-03T09", "")),
    ("Published [[14:05 BST]]", TUE, ("TIME", "2022-05-03T14:05", "")),
    ("Last modified on [[Tue 3 May 2022 09.12 BST]]", TUE, ("TIME", "2022-05-03T09:12", "")),
    ("First published on [[Sun 22 Sep 2024 07.30 BST]]", SUN, ("TIME", "2024-09-22T07:30", "")),
    ("Published: [[07:05 BST, 3 May 2022]] | Updated: 09:12 BST, 3 May 2022", TUE, ("TIME", "2022-05-03T07:05", "")),
    ("Updated: [[June 14, 2019 10:41 IST]]", FRI, ("TIME", "2019-06-14T10:41", "")),
    ("Last Updated: [[May 03, 2022, 11:42 IST]]", TUE, ("TIME", "2022-05-03T11:42", "")),
    ("Last updated: [[13/10/2015, 16:20]]", TUE15, ("TIME", "2015-10-13T16:20", "")),
    ("Posted [[Thu 6 Feb 2025 at 5:30am]]", THU25, ("TIME", "2025-02-06T05:30", "")),
    ("Published [[9:15am AEDT]]", THU25, ("TIME", "2025-02-06T09:15", "")),
    ("Updated [[3 May 2022]]", TUE, ("DATE", "2022-05-03", "")),
    ("[[Thursday, 6 February 2025]]", THU25, ("DATE", "2025-02-06", "")),
    ("[[14:05]]\nThe minister has arrived at Downing Street.", TUE, ("TIME", "2022-05-03T14:05", "")),
    ("[[2.05pm]]\nMPs have begun voting on the motion.", TUE, ("TIME", "2022-05-03T14:05", "")),
    ("The live blog opened at [[08.00 GMT]].", TUE, ("TIME", "2022-05-03T08:00", "")),
    # --- British and Commonwealth phrasing: days
    ("Protesters marched through London at [[the weekend]].", TUE, ("DATE", "2022-W17-WE", "")),
    ("The prime minister will visit Belfast at [[the weekend]].", TUE, ("DATE", "2022-W18-WE", "")),
    ("The vote takes place on [[Tuesday week]].", THU, ("DATE", "2016-11-22", "")),
    ("The hearing resumes on [[Monday week]].", TUE, ("DATE", "2022-05-16", "")),
    ("The minister resigned [[a fortnight ago]].", THU, ("DATE", "2016-W43", "")),
    ("The festival closed on [[Sunday 5 June]].", JUN, ("DATE", "2022-06-05", "")),
    ("The results will be published on [[5 June]].", TUE, ("DATE", "2022-06-05", "")),
    ("The final was played on [[5th June 2022]].", JUN, ("DATE", "2022-06-05", "")),
    ("The strike was called off on [[Friday 29 April]].", TUE, ("DATE", "2022-04-29", "")),
    ("Schools break up on [[22 July]].", TUE, ("DATE", "2022-07-22", "")),
    ("The scheme ends on [[31 March]].", THU25, ("DATE", "2025-03-31", "")),
    ("The deadline was [[31 January]].", THU25, ("DATE", "2025-01-31", "")),
    ("The chancellor spoke [[this morning]].", TUE, ("TIME", "2022-05-03TMO", "")),
    ("The report will be released [[later today]].", TUE, ("DATE", "2022-05-03", "END")),
    ("Police confirmed [[earlier today]] that a man had been arrested.", TUE, ("DATE", "2022-05-03", "START")),
    ("Gales are expected [[tomorrow night]].", TUE, ("TIME", "2022-05-04TNI", "")),
    ("Talks resume [[tomorrow morning]].", TUE, ("TIME", "2022-05-04TMO", "")),
    # TBAQ never spans a preposition: "yesterday" and "3pm" are two timexes, the clock time on that day
    ("The minister spoke yesterday at [[3pm]].", TUE, ("TIME", "2022-05-02T15:00", "")),
    ("The ferry sank [[yesterday afternoon]].", TUE, ("TIME", "2022-05-02TAF", "")),
    ("The council will vote [[this evening]].", TUE, ("TIME", "2022-05-03TEV", "")),
    ("Police were called on [[Saturday evening]].", TUE, ("DATE", "2022-04-30TEV", "")),
    ("The minister resigned on [[Tuesday night]].", WED, ("DATE", "2023-12-19TNI", "")),
    ("The bill returns to the Commons on [[Wednesday]].", TUE, ("DATE", "2022-05-04", "")),
    ("Figures published on [[Thursday]] showed inflation at 9%.", TUE, ("DATE", "2022-04-28", "")),
    ("The firm said on [[Tuesday]] that it would cut 500 jobs.", TUE, ("DATE", "2022-05-03", "")),
    ("He was sentenced on [[Friday]] at the Old Bailey.", FRI, ("DATE", "2019-06-14", "")),
    ("The trial continues on [[Tuesday]].", FRI, ("DATE", "2019-06-18", "")),
    ("The ban will be lifted from [[Monday]].", TUE, ("DATE", "2022-05-09", "")),
    ("The Bank of England meets [[next Thursday]].", SAT, ("DATE", "2018-08-02", "")),
    ("Police made 20 arrests [[last weekend]].", TUE, ("DATE", "2022-W17-WE", "")),
    ("The match kicks off at [[7.45pm]] on Saturday.", THU, ("TIME", "2016-11-12T19:45", "")),
    ("The prime minister will make a statement at [[11am]].", TUE, ("TIME", "2022-05-03T11:00", "")),
    ("Voting closes at [[midnight]] on Sunday.", TUE, ("TIME", "2022-05-08T24:00", "")),
    ("Rain is forecast for [[bank holiday Monday]].", datetime(2019, 8, 21), ("DATE", "2019-08-26", "")),
    # --- British and Commonwealth phrasing: months, seasons, holidays
    ("The inquiry will report in [[the autumn]].", TUE, ("DATE", "2022-FA", "")),
    ("Sales collapsed [[last autumn]].", TUE, ("DATE", "2021-FA", "")),
    ("The festival returns [[next summer]].", SUN, ("DATE", "2025-SU", "")),
    ("The Budget is due [[next month]].", TUE, ("DATE", "2022-06", "")),
    ("Inflation rose to 9% [[last month]].", TUE, ("DATE", "2022-04", "")),
    ("The minister will visit Kyiv [[this week]].", TUE, ("DATE", "2022-W18", "")),
    ("The rate rise [[earlier this month]] hit borrowers.", TUE, ("DATE", "2022-05", "START")),
    ("Fireworks lit up the sky on [[Bonfire Night]].", THU, ("DATE", "2016-11-05", "")),
    ("Crowds gathered in Edinburgh for [[Hogmanay]].", datetime(2024, 1, 2), ("DATE", "2023-12-31", "")),
    ("Veterans marched on [[Anzac Day]].", datetime(2018, 4, 26), ("DATE", "2018-04-25", "")),
    ("Protests were held on [[Australia Day]].", THU25, ("DATE", "2025-01-26", "")),
    ("Troops paraded in Delhi on [[Republic Day]].", datetime(2025, 1, 27), ("DATE", "2025-01-26", "")),
    ("Parades were held on [[St Patrick's Day]].", datetime(2021, 3, 18), ("DATE", "2021-03-17", "")),
    ("Shoppers flocked to the high street in the run-up to [[Christmas]].", WED, ("DATE", "2023-12-25", "")),
    ("Retailers reported strong [[Christmas]] trading.", datetime(2024, 1, 9), ("DATE", "2023-12-25", "")),
    # "a year on" is "a year later": the year of the date named, a year ahead ("Two years later" gives the year)
    ("The flood hit in July 2021. [[A year on]], little has changed.", TUE, ("DATE", "2022", "")),
    # --- modern phrasing
    ("Cinemas were busy [[this past weekend]].", MON, ("DATE", "2021-W08-WE", "")),
    # TimeBank marks "earlier [this week]" (the project keeps its START)
    ("Prices rose earlier [[this week]].", FRI, ("DATE", "2019-W24", "START")),
    ("The plan will be unveiled [[later this month]].", TUE, ("DATE", "2022-05", "END")),
    ("Talks should conclude by [[the end of next week]].", TUE, ("DATE", "2022-W19", "END")),
    ("The vote is due by [[the end of the month]].", TUE, ("DATE", "2022-05", "END")),
    ("More details are expected in [[the coming days]].", TUE, ("DATE", "FUTURE_REF", "")),
    ("Forecasters warn of heavy rain in [[the next 48 hours]].", TUE, ("DURATION", "PT48H", "")),
    ("The rules will change in [[the next few weeks]].", TUE, ("DURATION", "PXW", "")),
    ("Ten people died over [[the past 24 hours]].", TUE, ("DURATION", "PT24H", "")),
    ("Cases doubled in [[a fortnight]].", TUE, ("DURATION", "P2W", "")),
    ("Rents have soared over [[the past fortnight]].", TUE, ("DURATION", "P2W", "")),
    ("Prices are expected to rise over [[the next 12 months]].", TUE, ("DURATION", "P12M", "")),
    ("Rates rose for the first time in [[a decade]].", TUE, ("DURATION", "P10Y", "")),
    ("Prices have risen since [[March 2020]].", TUE, ("DATE", "2020-03", "")),
    ("Passenger numbers are back to pre-pandemic [[2019]] levels.", TUE, ("DATE", "2019", "")),
    ("Turnout in the [[2024]] election was low.", THU25, ("DATE", "2024", "")),
    ("The minister quit [[a day]] after the vote.", TUE, ("DURATION", "P1D", "")),
    ("Police arrived [[hours]] before the match.", TUE, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("Unemployment hit a [[three-year]] high.", TUE, ("DURATION", "P3Y", "")),
    ("Inflation hit a [[40-year]] high in October.", TUE, ("DURATION", "P40Y", "")),
    ("The company cut 300 jobs [[last quarter]].", AUG, ("DATE", "2022-Q2", "")),
    # --- business shorthand (UK, India)
    ("[[H1]] profits rose 8%.", AUG, ("DATE", "2022-H1", "")),
    ("The retailer expects a stronger [[H2]].", AUG, ("DATE", "2022-H2", "")),
    ("Revenue rose 6% in [[Q2]].", AUG, ("DATE", "2022-Q2", "")),
    ("The Sensex rose 20% in [[FY24]].", MAY24, ("DATE", "2024", "")),
    ("The central bank sees growth of 7% in [[FY25]].", MAY24, ("DATE", "2025", "")),
    ("Net profit rose 12% in [[Q3 FY24]].", datetime(2024, 1, 25), ("DATE", "2024-Q3", "")),
    ("Profit rose 8% in [[the year]] to March.", MAY24, ("DURATION", "P1Y", "")),
    ("Sales fell in [[the three months]] to June.", AUG, ("DURATION", "P3M", "")),
    # --- names that look like times
    ("The [[May]] government fell in 2019.", TUE, None),
    ("The [[Sunday]] Times reported the leak.", TUE, None),
    ("The story ran in the Mail on [[Sunday]].", TUE, None),
    ("He appeared on Good [[Morning]] Britain.", TUE, None),
    ("She told the BBC's [[Today]] programme that talks had stalled.", TUE, None),
    # --- added with the fixes (not part of the battery written first)
    ("Posted [[3d ago]]", TUE, ("DATE", "2022-04-30", "")),
    ("Updated [[1 hr ago]]", TUE, ("TIME", "2022-05-03T10", "")),
    ("Posted [[Wednesday 20 December 2023 15:42 GMT]]", WED, ("TIME", "2023-12-20T15:42", "")),
    ("Nurses work [[two weeks]] on, two weeks off.", TUE, ("DURATION", "P2W", "")),
    ("[[Two years]] on from the referendum, the country is divided.", TUE, ("DURATION", "P2Y", "")),
    ("The war began in 2014. [[A decade on]], it rages.", TUE, ("DATE", "2024", "")),
    ("He spent [[a year]] on the project.", TUE, ("DURATION", "P1Y", "")),
    ("Talks resume on [[Friday week]].", MON, ("DATE", "2021-03-12", "")),
    ("A [[Monday]] week-long course was cancelled.", TUE, ("DATE", "2022-05-02", "")),
    ("Wreaths were laid on [[Remembrance Sunday]].", datetime(2023, 11, 14), ("DATE", "2023-11-12", "")),
    ("Florists were busy before [[Mothering Sunday]].", datetime(2024, 3, 12), ("DATE", "2024-03-10", "")),
    ("Flags were raised on [[St George's Day]].", datetime(2024, 4, 24), ("DATE", "2024-04-23", "")),
    ("Profit rose in [[the year]] to the end of June.", AUG, ("DURATION", "P1Y", "")),
    ("The Observer and the Independent on [[Sunday]] ran the story.", TUE, None),
    ("The [[Sunday]] Telegraph broke the news.", TUE, None),
    ("The rally was held on [[Sunday]].", TUE, ("DATE", "2022-05-01", "")),
]
