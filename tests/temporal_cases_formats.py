"""Genre battery: the written forms of dates and times in English-language news worldwide, 2010-2025 (formats).

Own phrasings in the house styles of US, UK, Indian, Singaporean, Nigerian, Kenyan, Australian and Gulf papers, the
Xinhua/AFP/Reuters wires and TV websites: numeric dates (ISO, "22.03.2013", "22/03/2013", "03/22/2013",
"22-03-2013", "22-Mar-2013"), ordinals ("March 22nd", "the 26th of March"), abbreviations ("Sept", "Sep"), web
stamps and bylines, clock readings with zones ("1530 GMT", "9.15am IST", "10:15 SGT", "6pm WAT", "7pm Gulf time"),
military and official readings ("0830hrs", "2130 hours", "16.00 hrs"), fiscal shorthand ("FY13", "Q4FY13",
"1Q13", "H1 2013", "fiscal 2013-14"), seasons of sport ("the 2012/13 season"), dates of other calendars written
beside Gregorian ones, and numbers that are no dates or times (phone numbers, scores, versions, prices); "9/11" names its day
(2001-09-11), as the politics battery has it.

An ambiguous numeric date ("04/05/2013") is read as the text writes its other dates: day first after "21 March",
month first otherwise (the project's convention, see ``temporal_cases.py``).  A year of another calendar ("1434
AH", "2069 BS") is left untagged: the project's values are Gregorian and a wrong year is worse than none.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

FRI = datetime(2013, 3, 22, 10, 0)  # a Friday
TUE = datetime(2019, 7, 16)  # a Tuesday
SAT = datetime(2024, 11, 9)  # a Saturday
WED = datetime(2016, 6, 8)  # a Wednesday
MON = datetime(2021, 2, 15)  # a Monday
THU = datetime(2023, 5, 18)  # a Thursday

CASES: list[Case] = [
    # --- numeric dates: only an unambiguous one gets its day without a cue
    ("In a circular dated [[2013-03-20]], the ministry barred the imports.", FRI, ("DATE", "2013-03-20", "")),
    ("The commission fixed polling for [[22.04.2013]].", FRI, ("DATE", "2013-04-22", "")),
    ("The notice, dated [[14/03/2013]], was signed by the registrar.", FRI, ("DATE", "2013-03-14", "")),
    ("The invoice dated [[03/14/2013]] was never paid.", FRI, ("DATE", "2013-03-14", "")),
    ("The lease ends on [[22/3/2013]].", FRI, ("DATE", "2013-03-22", "")),
    # ambiguous: month first unless the text writes its dates day first
    ("The hearing was adjourned to [[04/05/2013]].", FRI, ("DATE", "2013-04-05", "")),
    ("The court sat on 21 March and adjourned the case to [[04/05/2013]].", FRI, ("DATE", "2013-05-04", "")),
    ("Date of issue: [[22/03/13]]", FRI, ("DATE", "2013-03-22", "")),
    # Indian official forms write the day first with dashes, or the month abbreviated between dashes
    ("The tender closes on [[28-03-2013]].", FRI, ("DATE", "2013-03-28", "")),
    ("Date of order: [[22-Mar-2013]]", FRI, ("DATE", "2013-03-22", "")),
    ("Tickets go on sale on [[Monday 25/3]].", FRI, ("DATE", "2013-03-25", "")),
    ("Fans queued outside the stadium on [[Monday 18/3]].", FRI, ("DATE", "2013-03-18", "")),
    # --- ordinals, "of", abbreviations
    ("The deadline is [[March 29th]].", FRI, ("DATE", "2013-03-29", "")),
    ("Polls open on [[the 26th of March]].", FRI, ("DATE", "2013-03-26", "")),
    ("The tribunal adjourned to [[the 28th]] inst.", FRI, ("DATE", "2013-03-28", "")),
    ("Bookings open [[Mar 25]].", FRI, ("DATE", "2013-03-25", "")),
    ("The talks collapsed in [[Sept 2012]].", FRI, ("DATE", "2012-09", "")),
    ("The bond matures on [[15 Sep 2015]].", FRI, ("DATE", "2015-09-15", "")),
    ("The loan falls due on [[Sept 30]].", FRI, ("DATE", "2013-09-30", "")),
    ("The governor was sworn in on [[Friday 22nd March]].", FRI, ("DATE", "2013-03-22", "")),
    ("The ceremony was held on [[March 22nd, 2013]].", FRI, ("DATE", "2013-03-22", "")),
    ("Nominations closed on [[Friday, 15 March, 2013]].", FRI, ("DATE", "2013-03-15", "")),
    ("Registration ended on [[Wednesday March 20 2013]].", FRI, ("DATE", "2013-03-20", "")),
    # --- bylines and web stamps of papers and wires
    ("Published: [[22 March 2013 10:15 GMT]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("[[22 March 2013]] Last updated at 10:15 GMT", FRI, ("DATE", "2013-03-22", "")),
    ("22 March 2013 Last updated at [[10:15 GMT]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("Last updated at [[14:35]]", FRI, ("TIME", "2013-03-22T14:35", "")),
    ("Updated [[22 Mar 2013, 08:40]]", FRI, ("TIME", "2013-03-22T08:40", "")),
    ("Posted [[22 Mar 2013, 10:15am]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("Published [[Mar 22, 2013, 10:15 AM SGT]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("TNN | [[Mar 22, 2013, 10.15 AM IST]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("[[Fri Mar 22, 2013 10:15am EDT]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("Posted on [[March 22, 2013 at 10:15 am]] by the news desk", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("[[Friday, March 22, 2013, 9:05 AM]]", FRI, ("TIME", "2013-03-22T09:05", "")),
    ("Editor: Li Wei | [[2013-03-22 10:15]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("Last updated: [[22 Mar 2013 10:15]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("[[22 March 2013]] | 10:15 AM IST", FRI, ("DATE", "2013-03-22", "")),
    ("22 March 2013 | [[10:15 AM IST]]", FRI, ("TIME", "2013-03-22T10:15", "")),
    ("Published [[Nov 9, 2024 06:30 am]] | Updated Nov 9, 2024 07:45 am", SAT, ("TIME", "2024-11-09T06:30", "")),
    # --- clock readings with zones from around the world
    ("Trading was halted at [[1530 GMT]] on Thursday.", FRI, ("TIME", "2013-03-21T15:30", "")),
    ("Trading resumes at [[noon ET]].", TUE, ("TIME", "2019-07-16T12:00", "")),
    ("The Fed statement is due at [[2pm ET]].", TUE, ("TIME", "2019-07-16T14:00", "")),
    ("The Sensex opened at [[9.15am IST]].", TUE, ("TIME", "2019-07-16T09:15", "")),
    ("The index was flat at [[10:15 SGT]].", TUE, ("TIME", "2019-07-16T10:15", "")),
    ("The central bank decision is due at [[2.30pm AEST]].", TUE, ("TIME", "2019-07-16T14:30", "")),
    ("The curfew in Kano starts at [[6pm WAT]].", TUE, ("TIME", "2019-07-16T18:00", "")),
    ("Results will be announced at [[11am EAT]].", TUE, ("TIME", "2019-07-16T11:00", "")),
    ("The final kicks off at [[7pm Gulf time]].", TUE, ("TIME", "2019-07-16T19:00", "")),
    ("Markets in Dubai close at [[2pm GST]].", TUE, ("TIME", "2019-07-16T14:00", "")),
    ("The blast was heard at [[1 a.m.]] local (2200 GMT).", TUE, ("TIME", "2019-07-16T01:00", "")),
    ("The blast was heard at 1 a.m. local ([[2200 GMT]]).", TUE, None),
    ("The shooting began at [[2:07:33 p.m.]]", TUE, ("TIME", "2019-07-16T14:07:33", "")),
    ("The session resumed at [[12.30 pm]].", TUE, ("TIME", "2019-07-16T12:30", "")),
    ("Results are expected by [[3pm]].", TUE, ("TIME", "2019-07-16T15:00", "")),
    ("Rain is expected between [[2pm]] and 4pm.", TUE, ("TIME", "2019-07-16T14:00", "")),
    ("Rain is expected between 2pm and [[4pm]].", TUE, ("TIME", "2019-07-16T16:00", "")),
    ("Polling stations are open from [[9am]]-5pm.", TUE, ("TIME", "2019-07-16T09:00", "")),
    ("Polling stations are open from 9am-[[5pm]].", TUE, ("TIME", "2019-07-16T17:00", "")),
    # military and official readings
    ("The convoy left the base at [[0830hrs]].", TUE, ("TIME", "2019-07-16T08:30", "")),
    ("Police were called to the house at [[2130 hours]].", TUE, ("TIME", "2019-07-16T21:30", "")),
    ("The meeting will begin at [[16.00 hrs]].", TUE, ("TIME", "2019-07-16T16:00", "")),
    ("The flight landed at [[0645 hrs]] local time.", TUE, ("TIME", "2019-07-16T06:45", "")),
    ("Volunteers logged [[1200 hours]] of work.", TUE, ("DURATION", "PT1200H", "")),
    # --- fiscal shorthand
    ("Profit rose 12% in [[FY13]].", FRI, ("DATE", "2013", "")),
    ("The lender's [[Q4FY13]] net profit beat estimates.", FRI, ("DATE", "2013-Q4", "")),
    ("Orders rose in [[Q1 FY14]], the company said.", datetime(2013, 8, 1), ("DATE", "2014-Q1", "")),
    ("The bank's [[4Q12]] earnings fell.", FRI, ("DATE", "2012-Q4", "")),
    ("Sales are expected to rise in [[H1 2013]].", FRI, ("DATE", "2013-H1", "")),
    ("Margins narrowed in [[H2 FY12]].", FRI, ("DATE", "2012-H2", "")),
    ("The minister presented the budget for [[fiscal 2013-14]].", FRI, ("DATE", "2014", "")),
    # a span over two years is valued by the first, as "the 1998-2000 boom" and "the 2022-23 season" are
    ("The growth forecast for [[2013-14]] was cut to 6.1%.", FRI, ("DATE", "2013", "")),
    ("He scored 20 goals in the [[2012/13]] season.", FRI, ("DATE", "2012", "")),
    # --- years, seasons, decades
    ("The line opens in [[mid 2014]].", FRI, ("DATE", "2014", "MID")),
    ("Elections are due in [[spring 2014]].", FRI, ("DATE", "2014-SP", "")),
    ("The band was huge in [[the 90's]].", FRI, ("DATE", "199", "")),
    ("Growth slowed through [[the 2010s]].", SAT, ("DATE", "201", "")),
    # --- other calendars beside the Gregorian date
    ("The decree, dated 10 Jumada al-Awwal 1434 ([[22 March 2013]]), took effect at once.", FRI, ("DATE", "2013-03-22", "")),
    ("The decree, dated 10 Jumada al-Awwal [[1434]] (22 March 2013), took effect at once.", FRI, None),
    ("The mosque was rebuilt in [[1434]] AH.", FRI, None),
    ("The notice is dated Chaitra 9, [[2069]] BS.", FRI, None),
    ("The notice is dated Chaitra 9, 2069 BS ([[March 22, 2013]]).", FRI, ("DATE", "2013-03-22", "")),
    ("The new Ethiopian year [[2006]] E.C. begins in September.", FRI, None),
    ("The new Ethiopian year 2006 E.C. begins in [[September]].", FRI, ("DATE", "2013-09", "")),
    # --- numbers that are no dates or times
    ("Call [[1800]] 737 732 for support.", SAT, None),
    ("Call the helpline on [[1-800-273-8255]].", SAT, None),
    ("Arsenal won [[2-1]] on Saturday.", SAT, None),
    ("India were [[24/3]] at lunch on Friday.", SAT, None),
    ("India were 24/3 at lunch on [[Friday]].", SAT, ("DATE", "2024-11-08", "")),
    ("Security has been tight since [[9/11]].", SAT, ("DATE", "2001-09-11", "")),
    ("Fans gathered in the park for [[4/20]] celebrations.", SAT, None),
    ("Python [[3.11]] was released in October 2022.", SAT, None),
    ("Shares closed at [[12.30]] rupees.", SAT, None),
    ("The firm installed firmware [[8.30]] on its routers.", SAT, None),
    ("The ratio stood at [[3/4]] last year.", SAT, None),
    ("The hotline runs [[24/7]] during the floods.", SAT, None),
    ("The Kenyan shilling traded at [[101.25]] to the dollar.", SAT, None),
    ("Room [[2130]] was booked for the talks.", SAT, None),
    ("The Boeing 737 MAX returned to service in [[December 2020]].", SAT, ("DATE", "2020-12", "")),
    ("The [[2-0]] defeat on Wednesday ended the run.", SAT, None),
    ("The 2-0 defeat on [[Wednesday]] ended the run.", SAT, ("DATE", "2024-11-06", "")),
    ("He scored in [[the 90th]] minute.", SAT, None),
    # --- guards added with the fixes: the same shapes where they are (or are not) timexes
    ("The report was dated [[Friday, 22/03/2013]].", FRI, ("DATE", "2013-03-22", "")),
    ("The forms were filed on [[03-28-2013]].", FRI, ("DATE", "2013-03-28", "")),
    # a weekday's day and month follow the text's order: "30 March" writes the day first, so 2/4 is 2 April
    ("The final is on 30 March and the replay on [[Tuesday 2/4]].", FRI, ("DATE", "2013-04-02", "")),
    ("Spain fell to [[the 5th]].", SAT, None),
    ("The hearing was postponed to [[the 12th]].", SAT, ("DATE", "2024-11-12", "")),
    ("Your letter of [[the 3rd]] ult. was received.", FRI, ("DATE", "2013-02-03", "")),
    ("In [[2013]] EC officials proposed the ban.", FRI, ("DATE", "2013", "")),
    ("Each pilot has logged about [[1500 hours]].", SAT, ("DURATION", "PT1500H", "APPROX")),
    ("Highs will reach [[the 80's]] on Friday.", SAT, None),
    ("The buses run until [[2300 hrs]].", SAT, ("TIME", "2024-11-09T23:00", "")),
    # --- second round (written after the first fixes, before running them)
    ("The rally starts at [[20h30]].", FRI, ("TIME", "2013-03-22T20:30", "")),
    ("The talks resume at [[20h00 GMT]].", FRI, ("TIME", "2013-03-22T20:00", "")),
    ("Polls are open from [[0600]] to 1800 GMT.", FRI, ("TIME", "2013-03-22T06:00", "")),
    ("Polls are open from 0600 to [[1800 GMT]].", FRI, ("TIME", "2013-03-22T18:00", "")),
    ("The shop closes at [[12:00 midnight]].", FRI, ("TIME", "2013-03-22T24:00", "")),
    ("The curfew ends at [[2400 hours]].", FRI, ("TIME", "2013-03-22T24:00", "")),
    ("Sales rose in [[the first quarter of FY14]].", datetime(2013, 8, 1), ("DATE", "2014-Q1", "")),
    ("Sales rose in [[the March 2013 quarter]].", datetime(2013, 5, 2), ("DATE", "2013-Q1", "")),
    ("The ceremony starts at [[half past ten]].", FRI, ("TIME", "2013-03-22T10:30", "")),
    ("The train leaves at [[a quarter past nine]].", FRI, ("TIME", "2013-03-22T09:15", "")),
    ("The bells rang at [[quarter to three]].", FRI, ("TIME", "2013-03-22T02:45", "")),
    # a weekday glossed by its date in parentheses (Indian wire style) is that date, and the other way round
    ("The vote was held on [[Friday]] (March 15).", FRI, ("DATE", "2013-03-15", "")),
    ("The vote was held on Friday ([[March 15]]).", FRI, ("DATE", "2013-03-15", "")),
    ("The vote is on March 29 ([[Friday]]).", FRI, ("DATE", "2013-03-29", "")),
    ("Fasting for [[Ramadan 1434]] began in July.", datetime(2013, 8, 1), ("DATE", "2013-07-09", "")),
    # guards for the second round
    ("Output fell by [[a quarter to three]] million barrels.", FRI, None),
    ("The bill came to [[1500]]", FRI, None),
    # a gloss that falls on another weekday is a slip: the weekday is read alone
    ("The vote was held on [[Friday]] (March 14).", FRI, ("DATE", "2013-03-22", "")),
    ("Crowds gathered on [[Eid al-Adha 1445]].", datetime(2024, 7, 1), ("DATE", "2024-06-17", "")),
    # the colon or dot of a reading does not cut the clause off its tense cue
    ("The talks will resume at 14:00 GMT on [[Monday]].", FRI, ("DATE", "2013-03-25", "")),
    ("Flights will restart at 8.30pm on [[Sunday]].", FRI, ("DATE", "2013-03-24", "")),
    # a year ending a text (a caption, a stamp) is still a year, not the start of a range of readings
    ("The firm was founded [[2010]]", FRI, ("DATE", "2010", "")),
    ("Crews worked that [[1500 hours]] without a break.", FRI, ("DURATION", "PT1500H", "")),
]
