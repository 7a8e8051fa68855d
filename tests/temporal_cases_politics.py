"""Genre battery: politics, elections, legislatures, courts and law enforcement, 2010-2025 (politics), in the form of
``temporal_cases.py``.

Own phrasings of US, UK, EU and other political copy: election calendars ("Inauguration Day", "the March 5
primaries", "the Feb. 23 snap election", poll closing times, "election night"), legislatures (stopgap bills "through
Dec. 20", shutdown deadlines at "12:01 a.m. Saturday", recesses, "the July Fourth recess", "sine die" and "the 116th
Congress" are no timex), courts ("the first Monday in October", "the court's term, which ends in June", sentences,
"time served" and "a life sentence" are no timex), British politics ("Mrs May", "the Autumn Statement", "the 1922
Committee", "Question Time" are no timex) and dates used as names of events ("the Jan. 6 attack", "the 9/11
attacks", "the Oct. 7 attack"), which keep the event's own year.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

THU24 = datetime(2024, 11, 7)  # a Thursday, two days after the US election
WED24 = datetime(2024, 9, 25)  # a Wednesday, a stopgap bill in Congress
MON24 = datetime(2024, 7, 1)  # a Monday, the Supreme Court's last opinion day
OCT24 = datetime(2024, 10, 7)  # a Monday, the first of the Supreme Court's term
WED25 = datetime(2025, 3, 12)  # a Wednesday, a shutdown deadline that week
JUL23 = datetime(2023, 7, 12)  # a Wednesday
WED19 = datetime(2019, 9, 4)  # a Wednesday, Brexit
MAR19 = datetime(2019, 3, 13)  # a Wednesday, Theresa May's Brexit votes
MAY24 = datetime(2024, 5, 22)  # a Wednesday, a UK snap election called
UKDAY = datetime(2024, 7, 4)  # a Thursday, UK polling day
EDAY = datetime(2024, 11, 5)  # a Tuesday, US Election Day

CASES: list[Case] = [
    # --- elections: named days, primaries, poll closings
    ("Thousands watched the swearing-in on [[Inauguration Day]].", datetime(2021, 1, 22), ("DATE", "2021-01-20", "")),
    ("Biden will leave office on [[Inauguration Day]].", THU24, ("DATE", "2025-01-20", "")),
    ("Republicans are favored to win the House in [[the midterms]].", datetime(2022, 10, 3), None),
    ("Democrats lost the House in the [[2022]] midterms.", THU24, ("DATE", "2022", "")),
    ("Donors gave record sums in the [[2024]] cycle.", WED25, ("DATE", "2024", "")),
    ("Trump still disputes the result of the [[2020]] election.", datetime(2024, 2, 7), ("DATE", "2020", "")),
    ("Michigan holds its primary on [[Feb. 27]].", datetime(2024, 2, 7), ("DATE", "2024-02-27", "")),
    ("Voters in 15 states cast ballots in the [[March 5]] primaries.", datetime(2024, 3, 7), ("DATE", "2024-03-05", "")),
    ("The Iowa caucuses are [[Jan. 15]].", datetime(2023, 12, 12), ("DATE", "2024-01-15", "")),
    ("Polls close at [[7 p.m.]] local time in Georgia.", EDAY, ("TIME", "2024-11-05T19:00", "")),
    ("The AP called the race at [[12:15 a.m. ET Wednesday]].", THU24, ("TIME", "2024-11-06T00:15", "")),
    ("Trump addressed supporters in Florida on [[election night]].", THU24, ("TIME", "2024-11-05TNI", "")),
    ("He won a [[six-year]] term in 2018.", THU24, ("DURATION", "P6Y", "")),
    ("He won a six-year term in [[2018]].", THU24, ("DATE", "2018", "")),
    ("Her term ends in [[2027]].", THU24, ("DATE", "2027", "")),
    ("Obama served [[two terms]], from 2009 to 2017.", THU24, None),
    ("Obama served two terms, from [[2009]] to 2017.", THU24, ("DATE", "2009", "")),
    ("Obama served two terms, from 2009 to [[2017]].", THU24, ("DATE", "2017", "")),
    ("The winner will be sworn in on [[Jan. 20]].", THU24, ("DATE", "2025-01-20", "")),
    ("Germans vote in the [[Feb. 23]] snap election.", datetime(2025, 1, 10), ("DATE", "2025-02-23", "")),
    ("France holds the second round on [[July 7]].", MON24, ("DATE", "2024-07-07", "")),
    ("Macron called the snap election on [[June 9]], hours after the European vote.", MON24, ("DATE", "2024-06-09", "")),
    ("India's seven-phase election runs from [[April 19]] to June 1.", datetime(2024, 3, 20), ("DATE", "2024-04-19", "")),
    ("India's seven-phase election runs from April 19 to [[June 1]].", datetime(2024, 3, 20), ("DATE", "2024-06-01", "")),
    ("The European Parliament elections are in [[June]].", datetime(2024, 1, 15), ("DATE", "2024-06", "")),
    # --- British elections and Westminster
    ("Sunak called a general election for [[4 July]].", MAY24, ("DATE", "2024-07-04", "")),
    ("The next general election must be held by [[January 2025]].", datetime(2023, 4, 1), ("DATE", "2025-01", "")),
    ("Polling stations open at [[7am]] on Thursday.", datetime(2024, 7, 3), ("TIME", "2024-07-04T07:00", "")),
    ("The exit poll is published at [[10pm]].", UKDAY, ("TIME", "2024-07-04T22:00", "")),
    ("Results are expected in the early hours of [[Friday]].", UKDAY, ("DATE", "2024-07-05", "")),
    ("Mrs [[May]] said on Tuesday she would not resign.", MAR19, None),
    ("Mrs May said on [[Tuesday]] she would not resign.", MAR19, ("DATE", "2019-03-12", "")),
    ("Theresa May announced her resignation in [[May 2019]].", THU24, ("DATE", "2019-05", "")),
    ("Theresa [[May]] announced her resignation in May 2019.", THU24, None),
    (
        "Starmer clashed with Badenoch at Prime Minister's Questions on [[Wednesday]].",
        datetime(2024, 12, 12),
        ("DATE", "2024-12-11", ""),
    ),
    ("The minister appeared on [[Question Time]] last week.", WED25, None),
    ("The minister appeared on Question Time [[last week]].", WED25, ("DATE", "2025-W10", "")),
    ("Hunt delivered the [[Autumn]] Statement to MPs.", datetime(2023, 11, 23), None),
    ("The chancellor will set out the [[Spring]] Budget on 6 March.", datetime(2024, 2, 1), None),
    ("The chancellor will set out the Spring Budget on [[6 March]].", datetime(2024, 2, 1), ("DATE", "2024-03-06", "")),
    ("Reeves will deliver the Budget on [[30 October]].", datetime(2024, 9, 18), ("DATE", "2024-10-30", "")),
    ("Senior Tories on the [[1922]] Committee met on Monday.", WED25, None),
    ("The King's Speech on [[17 July]] set out 40 bills.", datetime(2024, 7, 20), ("DATE", "2024-07-17", "")),
    ("Parliament was suspended for [[five weeks]].", WED19, ("DURATION", "P5W", "")),
    ("Parliament returns on [[2 September]].", datetime(2024, 8, 20), ("DATE", "2024-09-02", "")),
    ("The government unveiled a [[10-year]] plan for the NHS.", WED25, ("DURATION", "P10Y", "")),
    # --- Brexit and the EU
    ("Johnson vowed to leave by the Brexit deadline of [[Oct. 31]].", WED19, ("DATE", "2019-10-31", "")),
    ("Britain left the EU at [[11 p.m.]] on Jan. 31, 2020.", datetime(2021, 1, 31), ("TIME", "2020-01-31T23:00", "")),
    ("The transition period ends on [[Dec. 31]].", datetime(2020, 6, 12), ("DATE", "2020-12-31", "")),
    ("Article [[50]] was triggered in March 2017.", WED19, None),
    ("Article 50 was triggered in [[March 2017]].", WED19, ("DATE", "2017-03", "")),
    ("EU leaders meet in Brussels on [[26-27 June]].", datetime(2025, 6, 2), ("DATE", "2025-06-26", "")),
    ("Hungary takes over the EU's [[six-month]] rotating presidency on July 1.", datetime(2024, 6, 20), ("DURATION", "P6M", "")),
    ("Hungary takes over the EU's six-month rotating presidency on [[July 1]].", datetime(2024, 6, 20), ("DATE", "2024-07-01", "")),
    ("The [[2014]] annexation of Crimea drew sanctions.", WED25, ("DATE", "2014", "")),
    ("The bloc aims to reach net zero by [[2050]].", WED25, ("DATE", "2050", "")),
    # --- Congress: bills, deadlines, shutdowns, recesses
    ("The House passed the bill [[last month]] and the Senate takes it up next week.", WED24, ("DATE", "2024-08", "")),
    ("The House passed the bill last month and the Senate takes it up [[next week]].", WED24, ("DATE", "2024-W40", "")),
    ("The [[116th]] Congress ended in January 2021.", THU24, None),
    ("The 116th Congress ended in [[January 2021]].", THU24, ("DATE", "2021-01", "")),
    ("The [[2017]] tax law cut the corporate rate to 21%.", THU24, ("DATE", "2017", "")),
    ("The Inflation Reduction Act of [[2022]] extended the subsidies.", THU24, ("DATE", "2022", "")),
    ("Lawmakers face a deadline of [[midnight Friday]] to fund the government.", WED25, ("TIME", "2025-03-14T24:00", "")),
    ("A shutdown begins at [[12:01 a.m. Saturday]] unless Congress acts.", WED25, ("TIME", "2025-03-15T00:01", "")),
    ("The House passed a stopgap bill funding the government through [[Dec. 20]].", WED24, ("DATE", "2024-12-20", "")),
    ("The new fiscal year begins [[Oct. 1]].", WED24, ("DATE", "2024-10-01", "")),
    ("The [[2018-19]] shutdown lasted 35 days.", WED25, ("DATE", "2018", "")),
    ("The 2018-19 shutdown lasted [[35 days]].", WED25, ("DURATION", "P35D", "")),
    ("The shutdown is now in its [[third week]].", datetime(2019, 1, 9), None),
    ("The new Congress convenes [[Jan. 3]].", datetime(2024, 12, 18), ("DATE", "2025-01-03", "")),
    ("The House is out next week for the [[July Fourth]] recess.", datetime(2024, 6, 26), ("DATE", "2024-07-04", "")),
    ("Congress leaves town for the [[August]] recess on Friday.", datetime(2024, 7, 24), ("DATE", "2024-08", "")),
    ("Lawmakers return from the [[Easter]] recess on April 28.", datetime(2025, 4, 10), ("DATE", "2025-04-20", "")),
    ("The legislature adjourned [[sine die]] on May 31.", datetime(2023, 6, 2), None),
    ("The legislature adjourned sine die on [[May 31]].", datetime(2023, 6, 2), ("DATE", "2023-05-31", "")),
    ("The law takes effect [[July 1]] if the governor signs it.", datetime(2025, 4, 2), ("DATE", "2025-07-01", "")),
    ("The rule took effect in [[January]].", THU24, ("DATE", "2024-01", "")),
    ("The bill cleared committee [[last week]] on a party-line vote.", WED25, ("DATE", "2025-W10", "")),
    ("The House could vote as soon as [[Thursday]].", WED25, ("DATE", "2025-03-13", "")),
    ("The governor signed the bill [[Friday]].", WED25, ("DATE", "2025-03-07", "")),
    ("The president has [[10 days]] to sign or veto the bill.", WED25, ("DURATION", "P10D", "")),
    ("The senator's filibuster lasted [[25 hours and 5 minutes]].", datetime(2025, 4, 2), ("DURATION", "PT25H5M", "")),
    ("The Senate voted [[68-29]] on Tuesday to confirm her.", WED25, None),
    ("The Senate voted 68-29 on [[Tuesday]] to confirm her.", WED25, ("DATE", "2025-03-11", "")),
    ("Rep. [[August]] Pfluger said the deal was dead.", WED25, None),
    ("Critics graded the president's [[first 100 days]].", datetime(2025, 4, 30), ("DURATION", "P100D", "")),
    ("The agency ordered a [[90-day]] review of the policy.", WED25, ("DURATION", "P90D", "")),
    # --- courts
    ("The justices return on [[the first Monday in October]].", MON24, ("DATE", "2024-10-07", "")),
    ("The court's term, which ends in [[June]], is packed with major cases.", OCT24, ("DATE", "2025-06", "")),
    ("Decisions in the biggest cases are expected by [[the end of June]].", datetime(2024, 5, 20), ("DATE", "2024-06", "END")),
    ("Oral arguments are set for [[Nov. 4]].", OCT24, ("DATE", "2024-11-04", "")),
    ("The justices heard arguments in the case on [[Monday]].", WED25, ("DATE", "2025-03-10", "")),
    ("The court ruled [[6-3]] that the law was valid.", MON24, None),
    ("Roe v. Wade ([[1973]]) was overturned in June 2022.", THU24, ("DATE", "1973", "")),
    ("Roe v. Wade (1973) was overturned in [[June 2022]].", THU24, ("DATE", "2022-06", "")),
    ("The [[14th]] Amendment bars insurrectionists from office.", THU24, None),
    ("Arizona's SB [[1070]] was partly struck down in 2012.", THU24, None),
    ("Arizona's SB 1070 was partly struck down in [[2012]].", THU24, ("DATE", "2012", "")),
    ("The state must appeal within [[30 days]] of the ruling.", WED25, ("DURATION", "P30D", "")),
    ("The statute of limitations expired in [[2019]].", WED25, ("DATE", "2019", "")),
    ("The statute of limitations for the crime is [[five years]].", WED25, ("DURATION", "P5Y", "")),
    ("The trial is set to begin [[Jan. 10]].", JUL23, ("DATE", "2024-01-10", "")),
    ("He pleaded not guilty [[Monday]] to all charges.", WED25, ("DATE", "2025-03-10", "")),
    ("He is due to be arraigned [[Monday]].", WED25, ("DATE", "2025-03-17", "")),
    ("The hearing was adjourned until [[next Tuesday]].", WED25, ("DATE", "2025-03-18", "")),
    ("The judge set a status conference for [[10 a.m.]] on March 4.", datetime(2025, 2, 20), ("TIME", "2025-03-04T10:00", "")),
    ("Jury selection begins [[Monday]] in Manhattan.", datetime(2024, 4, 12), ("DATE", "2024-04-15", "")),
    ("A grand jury indicted him in [[August]].", THU24, ("DATE", "2024-08", "")),
    ("The [[2019]] indictment named six defendants.", WED25, ("DATE", "2019", "")),
    ("Prosecutors have until [[Feb. 1]] to respond.", datetime(2025, 1, 14), ("DATE", "2025-02-01", "")),
    ("Court is in recess until [[9 a.m. tomorrow]].", WED25, ("TIME", "2025-03-13T09:00", "")),
    ("The appeal will be heard [[next month]].", WED25, ("DATE", "2025-04", "")),
    # --- sentences
    ("He was sentenced to [[87 months]] in federal prison.", WED25, ("DURATION", "P87M", "")),
    ("She was sentenced to [[six years and eight months]].", WED25, ("DURATION", "P6Y8M", "")),
    ("He was given a [[life]] sentence for the murders.", WED25, None),
    ("He was sentenced to [[time served]].", WED25, None),
    ("She was ordered to perform [[200 hours]] of community service.", WED25, ("DURATION", "PT200H", "")),
    ("He will be eligible for parole in [[2031]].", WED25, ("DATE", "2031", "")),
    # --- police
    ("The suspect, [[34]], was charged with murder on Tuesday.", WED25, None),
    ("The suspect, 34, was charged with murder on [[Tuesday]].", WED25, ("DATE", "2025-03-11", "")),
    # a clock time and the weekday right after it are one timex, as "9 p.m. Thursday" is
    ("Officers were called to the house at [[11:42 p.m. Saturday]].", datetime(2024, 6, 3), ("TIME", "2024-06-01T23:42", "")),
    ("Police ended a [[12-hour]] standoff on Sunday.", datetime(2024, 6, 3), ("DURATION", "PT12H", "")),
    ("He was held without bail over [[the weekend]].", WED25, ("DATE", "2025-W10-WE", "")),
    ("He has been jailed since his arrest in [[March]].", THU24, ("DATE", "2024-03", "")),
    # --- dates used as names of events keep the event's year; names that hold a date are no timex
    ("The [[Jan. 6]] attack on the Capitol left five dead.", datetime(2023, 6, 1), ("DATE", "2021-01-06", "")),
    ("The House [[Jan. 6]] committee issued its final report.", datetime(2022, 12, 23), ("DATE", "2021-01-06", "")),
    ("Airport security has been tightened since the [[9/11]] attacks.", datetime(2021, 9, 10), ("DATE", "2001-09-11", "")),
    ("Israel has been at war since the [[Oct. 7]] attack.", datetime(2024, 12, 3), ("DATE", "2023-10-07", "")),
    ("London marked the anniversary of the [[7/7]] bombings.", datetime(2015, 7, 7), ("DATE", "2005-07-07", "")),
    # guards, added with the fixes: a day before another noun, "24/7", a British election night, "the fund's"
    ("The board's [[Jan. 6]] meeting was cancelled.", datetime(2024, 1, 10), ("DATE", "2024-01-06", "")),
    ("The hotline is staffed [[24/7]].", THU24, None),
    ("Labour celebrated a landslide on [[election night]].", datetime(2024, 7, 10), None),
    ("The fund's sales were weak this year through [[August]].", OCT24, ("DATE", "2024-08", "")),
    ("Shareholders meet on [[the last Thursday of November]].", MON24, ("DATE", "2024-11-28", "")),
    ("Unions led [[the 1992]] protests.", THU24, None),
    ("Unions led the [[1992]] protests.", THU24, ("DATE", "1992", "")),
    ("The [[Good Friday]] Agreement ended decades of violence.", THU24, None),
    ("Protests swept the region during the Arab [[Spring]].", THU24, None),
    # --- second batch, written before its run: schedules, sittings, counts, sets
    ("Lawmakers return on [[Monday]] from a two-week recess.", WED25, ("DATE", "2025-03-17", "")),
    ("The Senate reconvenes [[Tuesday]].", WED25, ("DATE", "2025-03-18", "")),
    ("The committee will hold a hearing [[the week of March 24]].", WED25, ("DATE", "2025-W13", "")),
    ("The filing deadline is [[5 p.m.]] on Friday.", WED25, ("TIME", "2025-03-14T17:00", "")),
    ("Voters go to the polls on [[Sunday]] in a runoff.", WED25, ("DATE", "2025-03-16", "")),
    ("The bill would take effect [[90 days]] after it is signed.", WED25, ("DURATION", "P90D", "")),
    ("The former president was convicted on [[May 30]].", THU24, ("DATE", "2024-05-30", "")),
    ("He was convicted on 34 felony counts in [[May]].", THU24, ("DATE", "2024-05", "")),
    ("The parliament's [[five-year]] term ends in 2029.", THU24, ("DURATION", "P5Y", "")),
    ("The parliament's five-year term ends in [[2029]].", THU24, ("DATE", "2029", "")),
    ("The Senate is in session through [[Friday]].", WED25, ("DATE", "2025-03-14", "")),
    ("The House voted [[late Wednesday]] to pass the bill.", datetime(2025, 3, 13), ("DATE", "2025-03-12", "END")),
    ("The special election is [[next Tuesday]].", WED25, ("DATE", "2025-03-18", "")),
    ("The Bundestag vote is set for [[mid-March]].", datetime(2025, 2, 20), ("DATE", "2025-03", "MID")),
    ("Parliament sits [[four days a week]].", WED25, ("SET", "P1W", "")),
    # TIMEX3's value names the day; the "other" of "every other Thursday" is a frequency the project does not carry
    ("The assembly meets [[every other Thursday]].", WED25, ("SET", "XXXX-WXX-4", "")),
    ("Officials expect the count to take [[up to a week]].", THU24, ("DURATION", "P1W", "EQUAL_OR_LESS")),
    ("The electoral college meets on [[Dec. 17]].", THU24, ("DATE", "2024-12-17", "")),
    ("Congress certifies the results on [[Jan. 6]].", THU24, ("DATE", "2025-01-06", "")),
    ("The poll was conducted [[Oct. 1-3]].", OCT24, ("DATE", "2024-10-01", "")),
    ("The governor has until [[midnight]] to sign the bill.", WED25, ("TIME", "2025-03-12T24:00", "")),
    ("Ballots will be counted [[through the night]].", THU24, None),
    ("The rule was struck down in [[the spring]].", THU24, ("DATE", "2024-SP", "")),
    ("The House adjourned for the [[Thanksgiving]] recess.", datetime(2024, 11, 20), ("DATE", "2024-11-28", "")),
    ("The minister resigned [[hours]] before the vote.", WED25, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("The prime minister survived a confidence vote on [[Dec. 12]].", datetime(2018, 12, 14), ("DATE", "2018-12-12", "")),
    ("The Dail rises for the summer on [[July 17]].", datetime(2025, 7, 2), ("DATE", "2025-07-17", "")),
    ("The caretaker government must hold elections within [[90 days]].", WED25, ("DURATION", "P90D", "")),
    ("The opposition boycotted the [[Jan. 7]] election.", datetime(2024, 1, 9), ("DATE", "2024-01-07", "")),
    ("The EU's [[2028-2034]] budget is under negotiation.", WED25, ("DATE", "2028", "")),
]
