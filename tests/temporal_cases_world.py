"""Genre battery: international news and opinion or analysis columns, 2020-2025 (world), in the form of
``temporal_cases.py``.

Own phrasings of British, Irish, Indian, Australian, Canadian and New Zealand news and comment: day-first dates
("on Tuesday 3 March", "Saturday, 12th July", "the 14th of July", "3-5 June", "31/03/2024"), British relative days
("a fortnight today", "this day fortnight", "a week on Monday", "Thursday week", "Friday next", "Tuesday last", "at
the weekend", "on the weekend"), columnists' eras ("the Nineties", "the noughties", "the last decade", "this
decade", "by the middle of the century", "in the run-up to 2030"), Commonwealth fiscal years ("financial year
2023-24", "FY26", "H1 FY25", "the six months to June 30", "Budget 2024") and national days, and names that hold a
number or a month but no time ("the Big Six", "Vision 2030", "Agenda 2063", "Article 50", "Section 28", "Year 12",
"Mr March", "Channel 4").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

MAR20 = datetime(2020, 3, 5)  # a Thursday
SAT = datetime(2025, 7, 5)  # a Saturday
IND = datetime(2024, 5, 20)  # a Monday, India's results season after the March year-end
WED = datetime(2024, 2, 14)  # a Wednesday
AUS = datetime(2023, 8, 24)  # a Thursday, Australia's reporting season after the June year-end
IRL = datetime(2022, 10, 12)  # a Wednesday, after Ireland's October budget
THU = datetime(2023, 11, 16)  # a Thursday
DEC = datetime(2024, 12, 18)  # a Wednesday, before Christmas
JAN = datetime(2025, 1, 9)  # a Thursday
MON = datetime(2024, 3, 4)  # a Monday
COL = datetime(2024, 9, 18)  # a Wednesday, an opinion column

CASES: list[Case] = [
    # --- day-first dates
    ("The summit opens on [[3 March]].", WED, ("DATE", "2024-03-03", "")),
    ("Ministers met in Brussels on [[Tuesday 3 March]].", MAR20, ("DATE", "2020-03-03", "")),
    ("The festival closes on [[Saturday, 12th July]].", SAT, ("DATE", "2025-07-12", "")),
    ("The new rules apply from [[the 14th of July]].", SAT, ("DATE", "2025-07-14", "")),
    ("The law was passed on [[3rd March 2021]].", SAT, ("DATE", "2021-03-03", "")),
    # a range of days in one month is one timex valued by its first day, as "June 12-13" (only "and" splits a list)
    ("Talks run from [[3 to 5 June]] in Geneva.", IND, ("DATE", "2024-06-03", "")),
    ("The conference takes place on [[3-5 June]].", IND, ("DATE", "2024-06-03", "")),
    ("Storms battered the coast on [[12–14 January 2025]].", JAN, ("DATE", "2025-01-12", "")),
    ("The strike ran from [[Monday 2 December]] to Friday.", DEC, ("DATE", "2024-12-02", "")),
    ("Applications close on [[Friday 31st January]].", JAN, ("DATE", "2025-01-31", "")),
    ("The verdict was delivered on [[30th November]].", DEC, ("DATE", "2024-11-30", "")),
    ("The inquiry reopened on [[Mon 9 Dec]] in Belfast.", DEC, ("DATE", "2024-12-09", "")),
    ("The deadline for returns is [[31/03/2024]].", WED, ("DATE", "2024-03-31", "")),
    ("The singer was born on [[the 2nd of August, 1990]].", SAT, ("DATE", "1990-08-02", "")),
    ("Polls open on [[Thursday, 4th July]].", datetime(2024, 6, 20), ("DATE", "2024-07-04", "")),
    ("Parliament was dissolved on [[30 May 2024]].", SAT, ("DATE", "2024-05-30", "")),
    ("The hearing is listed for [[17 and 18 March]].", WED, None),
    ("The hearing is listed for [[17]] and 18 March.", WED, ("DATE", "2024-03-17", "")),
    # --- British and Irish relative days and weeks
    ("The trial begins [[a fortnight today]].", WED, ("DATE", "2024-02-28", "")),
    ("The report is due [[this day fortnight]].", WED, ("DATE", "2024-02-28", "")),
    ("The vote is [[a week tomorrow]].", WED, ("DATE", "2024-02-22", "")),
    ("Parliament returns [[a week on Monday]].", WED, ("DATE", "2024-02-26", "")),
    ("The hearing was adjourned until [[Thursday week]].", WED, ("DATE", "2024-02-22", "")),
    ("The minister will reply [[Friday next]].", WED, ("DATE", "2024-02-16", "")),
    ("He was arrested on [[Tuesday last]] in Cork.", WED, ("DATE", "2024-02-13", "")),
    ("Protesters marched through Glasgow at [[the weekend]].", MON, ("DATE", "2024-W09-WE", "")),
    ("Australians go to the polls on [[the weekend]].", AUS, ("DATE", "2023-W34-WE", "")),
    ("Police were stretched over [[the weekend just gone]].", MON, ("DATE", "2024-W09-WE", "")),
    ("The bill returns to the Lords [[the week after next]].", WED, ("DATE", "2024-W09", "")),
    ("Decisions are expected in [[the coming fortnight]].", WED, ("DURATION", "P2W", "")),
    ("Ministers must respond within [[a fortnight]].", WED, ("DURATION", "P2W", "")),
    ("Prices could double by [[this time next year]].", WED, ("DATE", "2025-02-14", "")),
    ("Turnover peaked [[the year before last]].", WED, ("DATE", "2022", "")),
    ("Roads will be busy over [[the bank holiday weekend]].", datetime(2024, 5, 22), ("DATE", "2024-W21-WE", "")),
    # --- seasons, terms and named days
    ("MPs are away for the [[summer]] recess until September.", datetime(2024, 8, 20), ("DATE", "2024-SU", "")),
    ("The chancellor will set out her plans in the [[autumn]] budget.", COL, ("DATE", "2024-FA", "")),
    ("Talks will resume in [[the new year]].", DEC, ("DATE", "2025", "")),
    ("The tournament is held in [[summer 2026]].", SAT, ("DATE", "2026-SU", "")),
    ("Australia meet India in the [[Boxing Day]] Test at the MCG.", DEC, ("DATE", "2024-12-26", "")),
    ("Racing returns to Leopardstown on [[St Stephen's Day]].", DEC, ("DATE", "2024-12-26", "")),
    ("Crowds gathered on Parliament Hill for [[Canada Day]].", SAT, ("DATE", "2025-07-01", "")),
    ("Protesters marched to Waitangi on [[Waitangi Day]].", datetime(2025, 2, 7), ("DATE", "2025-02-06", "")),
    ("Wreaths were laid at the Cenotaph on [[Remembrance Day]].", THU, ("DATE", "2023-11-11", "")),
    ("Children raced with frying pans on [[Pancake Day]].", WED, ("DATE", "2024-02-13", "")),
    ("Colour filled the streets of Mathura for [[Holi]].", datetime(2024, 3, 27), ("DATE", "2024-03-25", "")),
    ("Shops in Jakarta were quieter during [[Ramadan]].", datetime(2024, 4, 15), ("DATE", "2024-03-11", "")),
    ("Fireworks were let off across Britain on [[Guy Fawkes Night]].", THU, ("DATE", "2023-11-05", "")),
    ("The election is likely in [[the back end of the year]].", WED, ("DATE", "2024", "END")),
    # --- eras, decades and centuries in comment pieces
    ("Britain's economy boomed in [[the Nineties]].", COL, ("DATE", "199", "")),
    ("Indie guitar bands ruled [[the Noughties]].", COL, ("DATE", "200", "")),
    ("House prices took off in [[the early noughties]].", COL, ("DATE", "200", "START")),
    ("The club was relegated in [[the late Nineties]].", COL, ("DATE", "199", "END")),
    ("Dublin was transformed in [[the Sixties]].", COL, ("DATE", "196", "")),
    ("The miners' strikes defined [[the eighties]].", COL, ("DATE", "198", "")),
    ("Austerity set in during [[the mid-2010s]].", COL, ("DATE", "201", "MID")),
    ("Ireland boomed in [[the 1990s]] and 2000s.", COL, ("DATE", "199", "")),
    ("Ireland boomed in the 1990s and [[2000s]].", COL, ("DATE", "200", "")),
    ("Coal will be phased out in [[the 2030s]].", COL, ("DATE", "203", "")),
    ("Wages have stagnated for [[the past decade]].", COL, ("DURATION", "P10Y", "")),
    ("Growth averaged 2% over [[the last 20 years]].", COL, ("DURATION", "P20Y", "")),
    ("Productivity growth collapsed in [[the last decade]].", COL, ("DATE", "201", "")),
    ("Emissions must fall sharply [[this decade]].", COL, ("DATE", "202", "")),
    # "the next decade" is the coming one, as TimeBank dates "the last decade" (198 in 1998)
    ("Spending will double over [[the next decade]].", COL, ("DATE", "203", "")),
    # TimeBank leaves "over" outside the extent; the modifier keeps it
    ("The policy has failed for over [[a decade]].", COL, ("DURATION", "P10Y", "MORE_THAN")),
    ("[[Two decades ago]], Ireland was booming.", IRL, ("DATE", "2002", "")),
    ("The border was drawn in [[the last century]].", COL, ("DATE", "19", "")),
    ("This is the great challenge of [[the 21st century]].", COL, ("DATE", "20", "")),
    ("The city must be carbon neutral by [[the middle of the century]].", COL, ("DATE", "20", "MID")),
    ("The economy has not recovered since the [[2008]] crisis.", COL, ("DATE", "2008", "")),
    ("Investment will pick up in [[the coming months]].", COL, ("DATE", "FUTURE_REF", "")),
    ("Stadiums will be built in the run-up to [[2030]].", COL, ("DATE", "2030", "")),
    ("India aims to be a developed nation by [[2047]].", COL, ("DATE", "2047", "")),
    ("The country has been divided since the [[2016]] referendum.", COL, ("DATE", "2016", "")),
    ("Such riots were common [[a generation ago]].", COL, ("DATE", "PAST_REF", "")),
    # --- Commonwealth fiscal years and reporting periods
    ("Tax receipts rose in [[financial year 2023-24]].", IND, ("DATE", "2024", "")),
    ("The deficit widened in [[the 2023-24 fiscal year]].", IND, ("DATE", "2024", "")),
    ("The government expects growth to slow in [[FY26]].", IND, ("DATE", "2026", "")),
    ("Net profit jumped 30% in [[H1 FY25]].", datetime(2024, 11, 6), ("DATE", "2025-H1", "")),
    ("Exports rose in [[the March quarter]].", IND, ("DATE", "2024-Q1", "")),
    ("Exports fell in [[the July-September quarter]].", THU, ("DATE", "2023-Q3", "")),
    ("Miners reported record profits for [[FY23]].", AUS, ("DATE", "2023", "")),
    ("Profit rose 9% in [[the six months]] to June 30.", AUS, ("DURATION", "P6M", "")),
    ("Profit rose 9% in the six months to [[June 30]].", AUS, ("DATE", "2023-06-30", "")),
    ("Revenue rose in the year to [[31 March 2024]].", IND, ("DATE", "2024-03-31", "")),
    ("Allowances are frozen for [[the 2024-25 tax year]].", IND, ("DATE", "2025", "")),
    ("Budget [[2023]] cut the rate of VAT on energy.", IRL, ("DATE", "2023", "")),
    ("The RBI held rates at its [[June]] meeting.", datetime(2024, 6, 10), ("DATE", "2024-06", "")),
    ("Retail sales fell in [[the three months]] to September.", THU, ("DURATION", "P3M", "")),
    # --- names that hold a number, a month or a day but no time
    ("The Premier League's Big [[Six]] clubs voted against the plan.", COL, None),
    ("The [[G7]] finance ministers met in Stresa.", COL, None),
    ("Saudi Arabia's Vision [[2030]] aims to diversify the economy.", COL, None),
    ("The African Union's Agenda [[2063]] sets out a plan for growth.", COL, None),
    ("Britain triggered Article [[50]] in 2017.", COL, None),
    ("Campaigners fought for years to repeal Section [[28]].", COL, None),
    ("Police imposed Section [[144]] in the old city.", COL, None),
    ("[[Year 12]] students sat their final exams.", COL, None),
    ("The striker was dubbed Mr [[March]] for his late-season goals.", COL, None),
    ("Prime Minister [[May]] told MPs the deal was dead.", COL, None),
    ("The story was first reported by Channel [[4]] News.", COL, None),
    ("Ireland won the [[Six]] Nations.", COL, None),
    ("The report ran in India [[Today]].", COL, None),
    ("The interview ran in the [[Evening]] Standard.", COL, None),
    ("She played [[Sunday]] League football as a girl.", COL, None),
    ("The [[Twenty20]] format has transformed cricket.", COL, None),
    ("The investigators examined the [[2G]] spectrum sale.", COL, None),
    ("Europe was remade in [[the interwar years]].", COL, None),
    ("Beckham came through with United's Class of [[1992]].", COL, ("DATE", "1992", "")),
    # --- added with the fixes (not part of the battery written first)
    ("He resigned on [[Tuesday]] last week.", WED, ("DATE", "2024-02-13", "")),
    ("Talks collapsed on Friday [[last-minute]].", WED, None),
    ("Sales were weak in [[the month just gone]].", WED, ("DATE", "2024-01", "")),
    ("Growth slowed at [[the tail end of 2023]].", WED, ("DATE", "2023", "END")),
    ("The back end of the stadium was empty.", WED, None),
    ("Demand peaks in the [[winter]] months.", WED, ("DATE", "2024-WI", "")),
    ("Prices rose in [[the summer]], the agency said.", COL, ("DATE", "2024-SU", "")),
    ("The [[2021]] census counted five million people.", COL, ("DATE", "2021", "")),
    ("The vote was delayed [[a week]] on Monday.", WED, ("DURATION", "P1W", "")),
    ("See you [[tomorrow week]].", WED, ("DATE", "2024-02-22", "")),
    ("Plans for [[the new year]]'s budget were shelved.", DEC, None),
    ("Crowds marked the new year quietly.", DEC, None),
]
