"""Genre battery: ranges, lists and spans of dates and times in news (ranges), in the form of ``temporal_cases.py``.

Own phrasings of the ways news writes more than one date at once.  Hyphenated spans are one timex valued by their
first member, as "July 7-8" and "1998-2000" are: "Jan. 30-Feb. 2", "the June-September monsoon", "the 1990-91
recession"; a hyphenated span of months that is a calendar quarter with "period" or "quarter" is that quarter
("the April-June period").  Spans and lists with words ("Jan. 30 to Feb. 2", "from Monday through Wednesday",
"between the 5th and the 7th", "March 3, 4 and 5", "June 2 or 3", "the 1980s and 1990s", "this year and next",
"late Tuesday or early Wednesday") are one timex per member, a later member read after the earlier one and
lending it the year or month it leaves out ("between June and August 2023").  A night named by two days ("the
night of Nov. 26-27", Indian police English "the intervening night of 26 and 27 November") is the night of the
first day; "the night of" stays outside the timex as for "the night of March 9", and the two days are one timex
valued by the first.  "The weekend of June 8-9" is that weekend.  Counted ranges of durations ("three to five
years", "a week or two", "24-48 hours") are durations with an unknown count (``PXY``).  Scores, votes, ages,
grades, routes and ratings written with a hyphen or "to" are no time.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

THU = datetime(2024, 11, 28)  # a Thursday; Indian police copy
FRI = datetime(2024, 11, 22)  # a Friday
DEC = datetime(2024, 12, 20)  # a Friday before the year-end holidays
JAN = datetime(2025, 1, 20)  # a Monday
OCT = datetime(2024, 10, 2)  # a Wednesday, after the monsoon
AUG = datetime(2024, 8, 1)  # a Thursday, in the June-quarter earnings season
MAY = datetime(2024, 5, 30)  # a Thursday
MAR = datetime(2025, 3, 1)  # a Saturday

CASES: list[Case] = [
    # --- hyphenated spans of days: one timex valued by the first day
    ("The fair runs [[Jan. 30-Feb. 2]] in Denver.", JAN, ("DATE", "2025-01-30", "")),
    ("The trade show runs [[Jan. 30 - Feb. 2]] at the convention center.", JAN, ("DATE", "2025-01-30", "")),
    ("The summit is set for [[30 January-2 February]] in Addis Ababa.", JAN, ("DATE", "2025-01-30", "")),
    ("The shop will close [[Dec. 30-Jan. 2]] for the holidays.", DEC, ("DATE", "2024-12-30", "")),
    ("Talks are planned for [[June 2-4]] in Oslo.", MAY, ("DATE", "2024-06-02", "")),
    ("The festival runs [[26-27 November]] in Pune.", datetime(2024, 11, 1), ("DATE", "2024-11-26", "")),
    # --- spans of days with words: one timex per end, the end after the start
    ("The fair runs [[Jan. 30]] to Feb. 2 in Denver.", JAN, ("DATE", "2025-01-30", "")),
    ("The fair runs Jan. 30 to [[Feb. 2]] in Denver.", JAN, ("DATE", "2025-02-02", "")),
    ("The exhibit is open from Jan. 30 through [[Feb. 2]].", JAN, ("DATE", "2025-02-02", "")),
    ("The office is closed from [[Dec. 28]] to Jan. 3.", DEC, ("DATE", "2024-12-28", "")),
    ("The office is closed from Dec. 28 to [[Jan. 3]].", DEC, ("DATE", "2025-01-03", "")),
    # days of one month joined by "to" are one span, as "from 3 to 5 June" is
    ("Talks will run from [[June 2 to 4]] in Oslo.", MAY, ("DATE", "2024-06-02", "")),
    ("Talks will run from [[2 to 4 June]] in Oslo.", MAY, ("DATE", "2024-06-02", "")),
    # the later end lends the earlier one its year
    ("Prices rose between [[June]] and August 2023.", MAR, ("DATE", "2023-06", "")),
    ("Prices rose between June and [[August 2023]].", MAR, ("DATE", "2023-08", "")),
    ("The plant was shut from [[March 3]] to April 5, 2022.", MAR, ("DATE", "2022-03-03", "")),
    ("The plant was shut from March 3 to [[April 5, 2022]].", MAR, ("DATE", "2022-04-05", "")),
    # --- lists of days of one month: each day its own timex
    ("The fair was held on [[March 3]], 4 and 5.", THU, ("DATE", "2024-03-03", "")),
    ("The fair was held on March 3, [[4]] and 5.", THU, ("DATE", "2024-03-04", "")),
    ("The fair was held on March 3, 4 and [[5]].", THU, ("DATE", "2024-03-05", "")),
    ("Hearings are set for Dec. 2, [[3]] and 4.", FRI, ("DATE", "2024-12-03", "")),
    ("Talks resume on [[3]], 4 and 5 December in Delhi.", FRI, ("DATE", "2024-12-03", "")),
    ("Talks resume on 3, 4 and [[5 December]] in Delhi.", FRI, ("DATE", "2024-12-05", "")),
    ("Polling was held on [[26]] and 27 November.", THU, ("DATE", "2024-11-26", "")),
    ("Polling was held on 26 and [[27 November]].", THU, ("DATE", "2024-11-27", "")),
    ("The vote is set for [[June 2]] or 3.", MAY, ("DATE", "2024-06-02", "")),
    ("The vote is set for June 2 or [[3]].", MAY, ("DATE", "2024-06-03", "")),
    ("Elections are due in March, between [[the 5th]] and the 7th.", JAN, ("DATE", "2025-03-05", "")),
    ("Elections are due in March, between the 5th and [[the 7th]].", JAN, ("DATE", "2025-03-07", "")),
    # ordinals before a noun rank things: "between the 1st and 2nd floors"
    ("Smoke filled the stairs between [[the 1st]] and 2nd floors.", JAN, None),
    ("He led between [[the 5th]] and the 7th laps.", JAN, None),
    ("Workers struck in October, on [[the 3rd]], 4th and 5th.", THU, ("DATE", "2024-10-03", "")),
    ("Workers struck in October, on the 3rd, 4th and [[5th]].", THU, ("DATE", "2024-10-05", "")),
    # --- a night named by two days is the night of the first; "the night of" stays outside
    ("The theft took place on the intervening night of [[26 and 27 November]].", THU, ("DATE", "2024-11-26", "")),
    ("Police said the gang struck on the intervening night of [[November 26 and 27]].", THU, ("DATE", "2024-11-26", "")),
    ("The shop was looted on the intervening night of [[26/27 November]].", THU, ("DATE", "2024-11-26", "")),
    ("The village was shelled on the night of [[Nov. 26-27]].", THU, ("DATE", "2024-11-26", "")),
    ("The body was found on the night of [[26th and 27th November]].", THU, ("DATE", "2024-11-26", "")),
    # --- weekends and weeks of a span
    ("The festival takes place [[the weekend of June 8-9]].", MAY, ("DATE", "2024-W23-WE", "")),
    ("The race is held over [[the weekend of 8 and 9 June]].", MAY, ("DATE", "2024-W23-WE", "")),
    ("The show runs [[the weekend of Nov. 29-Dec. 1]].", FRI, ("DATE", "2024-W48-WE", "")),
    ("[[The weekend of June 8]] was wet.", datetime(2024, 6, 12), ("DATE", "2024-W23-WE", "")),
    # --- weekdays: each its own timex, the later one on or after the earlier
    ("Schools will be closed from [[Monday]] through Wednesday.", FRI, ("DATE", "2024-11-25", "")),
    ("Schools will be closed from Monday through [[Wednesday]].", FRI, ("DATE", "2024-11-27", "")),
    ("Voting ran from [[Monday]] through Wednesday.", FRI, ("DATE", "2024-11-18", "")),
    ("Voting ran from Monday through [[Wednesday]].", FRI, ("DATE", "2024-11-20", "")),
    ("A decision is expected [[Monday]] or Tuesday.", FRI, ("DATE", "2024-11-25", "")),
    ("A decision is expected Monday or [[Tuesday]].", FRI, ("DATE", "2024-11-26", "")),
    ("Heavy rain fell [[overnight Tuesday]] into Wednesday.", FRI, ("TIME", "2024-11-19TNI", "")),
    ("Heavy rain fell overnight Tuesday into [[Wednesday]].", FRI, ("DATE", "2024-11-20", "")),
    ("Snow is expected [[overnight Tuesday]] into Wednesday.", THU, ("TIME", "2024-12-03TNI", "")),
    ("Snow is expected overnight Tuesday into [[Wednesday]].", THU, ("DATE", "2024-12-04", "")),
    ("Gunfire rang out [[Saturday night]] into Sunday morning.", FRI, ("DATE", "2024-11-16TNI", "")),
    ("Gunfire rang out Saturday night into [[Sunday morning]].", FRI, ("DATE", "2024-11-17TMO", "")),
    ("The deal was signed [[late Tuesday]] or early Wednesday.", FRI, ("DATE", "2024-11-19", "END")),
    ("The deal was signed late Tuesday or [[early Wednesday]].", FRI, ("DATE", "2024-11-20", "START")),
    ("The council meets [[the first and third Tuesdays of each month]].", FRI, ("SET", "XXXX-WXX-2", "")),
    ("The board meets [[the second and fourth Thursdays of each month]].", FRI, ("SET", "XXXX-WXX-4", "")),
    # --- clock ranges: the first reading takes the am/pm of the second
    ("The outage lasted from [[2]] to 4 p.m. on Tuesday.", FRI, ("TIME", "2024-11-19T14:00", "")),
    ("The outage lasted from 2 to [[4 p.m.]] on Tuesday.", FRI, ("TIME", "2024-11-19T16:00", "")),
    ("Roads will be closed between [[2]] and 4 p.m.", FRI, ("TIME", "2024-11-22T14:00", "")),
    ("The attack happened between [[1]] and 3 a.m. Sunday.", FRI, ("TIME", "2024-11-17T01:00", "")),
    ("The curfew ran from 10 p.m. Saturday until [[6 a.m.]]", FRI, ("TIME", "2024-11-17T06:00", "")),
    ("He wants a [[9-to-5]] job.", FRI, None),
    # --- hyphenated spans of months: the first month; a quarter with "period" is that quarter
    ("Rainfall in the [[June-September]] monsoon was 8% above normal.", OCT, ("DATE", "2024-06", "")),
    ("Tourist numbers peaked in the [[July-August]] holidays.", OCT, ("DATE", "2024-07", "")),
    ("Exports rose 5% in [[the April-June period]].", AUG, ("DATE", "2024-Q2", "")),
    ("GDP grew 1.2% in [[the July-September period]].", datetime(2024, 11, 15), ("DATE", "2024-Q3", "")),
    # --- spans and lists of months and seasons
    ("Prices rose [[May]] through July.", OCT, ("DATE", "2024-05", "")),
    ("Prices rose May through [[July]].", OCT, ("DATE", "2024-07", "")),
    ("Talks ran from [[May]] to July 2019.", OCT, ("DATE", "2019-05", "")),
    ("Sales rose in [[June]] and July.", OCT, ("DATE", "2024-06", "")),
    ("Sales rose in June and [[July]].", OCT, ("DATE", "2024-07", "")),
    ("The plant flooded in [[May]] and again in September.", OCT, ("DATE", "2024-05", "")),
    ("The plant flooded in May and again in [[September]].", OCT, ("DATE", "2024-09", "")),
    ("The heat wave lasted from [[mid-June]] to mid-July.", OCT, ("DATE", "2024-06", "MID")),
    ("The heat wave lasted from mid-June to [[mid-July]].", OCT, ("DATE", "2024-07", "MID")),
    ("The crop was sown in [[late May]] or early June.", OCT, ("DATE", "2024-05", "END")),
    ("The crop was sown in late May or [[early June]].", OCT, ("DATE", "2024-06", "START")),
    ("Prices rose [[this spring]] and summer.", OCT, ("DATE", "2024-SP", "")),
    ("Prices rose this spring and [[summer]].", OCT, ("DATE", "2024-SU", "")),
    # --- "this year and next": the bare "next" is the unit after
    ("Growth will slow [[this year]] and next.", OCT, ("DATE", "2024", "")),
    ("Growth will slow this year and [[next]].", OCT, ("DATE", "2025", "")),
    ("Sales should hold up this month and [[next]].", OCT, ("DATE", "2024-11", "")),
    ("Storms are likely this week and [[next]].", OCT, ("DATE", "2024-W41", "")),
    ("Growth may slow this year or [[next]].", OCT, ("DATE", "2025", "")),
    ("He will coach this year and [[next]] season.", OCT, None),
    # --- years: hyphenated spans valued by the first year; lists and spans one timex per year
    ("Jobs vanished in the [[1990-91]] recession.", OCT, ("DATE", "1990", "")),
    ("Output doubled in the [[2019-2021]] period.", OCT, ("DATE", "2019", "")),
    ("He played in the [[1999-2000]] season.", OCT, ("DATE", "1999", "")),
    ("The [[1939-45]] war changed Europe.", OCT, ("DATE", "1939", "")),
    ("Prices rose from [[late 1999]] to early 2000.", OCT, ("DATE", "1999", "END")),
    ("Prices rose from late 1999 to [[early 2000]].", OCT, ("DATE", "2000", "START")),
    ("The virus spread in [[2019]] and again in 2021.", OCT, ("DATE", "2019", "")),
    ("The virus spread in 2019 and again in [[2021]].", OCT, ("DATE", "2021", "")),
    ("Elections were held in 1990, [[1995]] and 2000.", OCT, ("DATE", "1995", "")),
    ("Rents climbed between 1990 and [[1995]].", OCT, ("DATE", "1995", "")),
    ("Output fell from 2019 to [[2021]].", OCT, ("DATE", "2021", "")),
    ("Lakes froze hard in [[winter 2023-24]].", OCT, ("DATE", "2023-WI", "")),
    ("The merger should close in [[late 2025]] or early 2026.", OCT, ("DATE", "2025", "END")),
    ("The merger should close in late 2025 or [[early 2026]].", OCT, ("DATE", "2026", "START")),
    # --- decades and centuries
    ("Crime rose in [[the 1980s]] and 1990s.", OCT, ("DATE", "198", "")),
    ("Crime rose in the 1980s and [[1990s]].", OCT, ("DATE", "199", "")),
    ("The mills closed in [[the late 1980s]] and early 1990s.", OCT, ("DATE", "198", "END")),
    ("The mills closed in the late 1980s and [[early 1990s]].", OCT, ("DATE", "199", "START")),
    ("Demand is expected to peak in [[the mid-to-late 2020s]].", datetime(2021, 6, 1), ("DATE", "202", "END")),
    ("Prices peaked in [[the early-to-mid 1990s]].", OCT, ("DATE", "199", "START")),
    ("The town grew in the 18th and [[19th centuries]].", OCT, ("DATE", "18", "")),
    # --- counted ranges of durations: an unknown count of the unit
    ("Repairs will take [[a week or two]].", OCT, ("DURATION", "PXW", "")),
    ("The results should be known in [[a day or two]].", OCT, ("DURATION", "PXD", "")),
    ("Delivery takes [[two or three days]].", OCT, ("DURATION", "PXD", "")),
    ("The rebuild could take [[three to five years]].", OCT, ("DURATION", "PXY", "")),
    ("The project will take [[3-5 years]].", OCT, ("DURATION", "PXY", "")),
    ("He faces [[between five and 10 years]] in prison.", OCT, ("DURATION", "PXY", "")),
    ("Symptoms appear within [[24-48 hours]].", OCT, ("DURATION", "PTXH", "")),
    ("The strike could last [[one or two months]].", OCT, ("DURATION", "PXM", "")),
    # --- scores, votes, ages, grades, routes and ratings are no time
    ("The council approved the plan on a [[3-2]] vote.", OCT, None),
    ("She won [[6-4]], 6-3 in the final.", OCT, None),
    ("She won 6-4, [[6-3]] in the final.", OCT, None),
    ("The survey polled adults ages [[18-24]].", OCT, None),
    ("The vaccine is cleared for children aged [[5 to 11]].", OCT, None),
    ("The court ruled in a [[5-4]] decision.", OCT, None),
    ("The team lost [[2-1]] at home.", OCT, None),
    ("The 49ers sealed a [[5-3]] win.", OCT, None),
    ("Prices rose [[5 to 10]] percent.", OCT, None),
    ("Between [[20]] and 30 people were hurt.", OCT, None),
    ("The school serves grades [[9-12]].", OCT, None),
    ("Rate the film on a scale of [[1 to 10]].", OCT, None),
    ("Crews closed lanes [[3 and 4]] of the bridge.", OCT, None),
    ("The channel offers [[24-7]] coverage.", OCT, None),
    ("A crash closed Route [[9]] near the exit.", OCT, None),
]
