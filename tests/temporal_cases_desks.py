"""Genre battery: the domain desks of a modern newsroom, 2015-2025 (desks), in the form of ``temporal_cases.py``.

Own phrasings of sports (seasons, fixtures, kick-off times; "Game 7" is no timex), weather (forecast days and parts of
days, "through the weekend", "the next 24 to 48 hours", "overnight lows"), courts and crime (sentences, stays,
deadlines; "life without parole" is no timex), elections ("Election Day", poll closing times, runoffs, "the first 100
days") and disasters and health ("the past 24 hours", quarantines, dosing intervals).
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

THU = datetime(2023, 4, 20)  # a Thursday
MON = datetime(2019, 2, 4)  # a Monday, early February
TUE = datetime(2022, 9, 27)  # a Tuesday, a hurricane on its way
WED = datetime(2021, 11, 17)  # a Wednesday
SUN = datetime(2025, 6, 15)  # a Sunday
FRI = datetime(2015, 5, 22)  # a Friday
SAT = datetime(2025, 3, 1)  # a Saturday
MON24 = datetime(2024, 10, 28)  # the Monday before a US election
EDAY = datetime(2024, 11, 5, 6, 0)  # a US Election Day, a Tuesday
THU22 = datetime(2022, 11, 10)  # the Thursday after the midterms
WED20 = datetime(2020, 3, 25)  # a Wednesday, early in the pandemic
TUE17 = datetime(2017, 8, 29)  # a Tuesday, after a hurricane's landfall
MON23 = datetime(2023, 5, 15)  # a Monday in the playoffs
OCT22 = datetime(2022, 10, 25)  # a Tuesday before the midterms

CASES: list[Case] = [
    # --- sports: seasons, fixtures, kick-off times
    ("Her contract runs through the [[2025-26]] season.", SUN, ("DATE", "2025", "")),
    ("The Chiefs open [[the regular season]] on Sept. 5.", datetime(2024, 8, 20), None),
    ("The Chiefs open the regular season on [[Sept. 5]].", datetime(2024, 8, 20), ("DATE", "2024-09-05", "")),
    ("The midfielder will become a free agent [[next season]].", THU, ("DATE", "FUTURE_REF", "")),
    ("He struggled with injuries [[last season]].", THU, ("DATE", "PAST_REF", "")),
    # guards: "this season" is the present one; "that season" is one the story told of, no reference to the present
    ("She is the league's top scorer [[this season]].", THU, ("DATE", "PRESENT_REF", "")),
    ("He scored 20 goals in 2019 and was injured [[that season]].", THU, None),
    ("The club rebuilt its defense in [[the offseason]].", SUN, None),
    ("Both managers hold press conferences ahead of [[Saturday]]'s derby.", THU, ("DATE", "2023-04-22", "")),
    # guard: a possessive weekday not looked forward to is still the past one
    ("Fans rioted after [[Saturday]]'s derby.", THU, ("DATE", "2023-04-15", "")),
    ("The match kicks off at [[3pm]] on Saturday.", THU, ("TIME", "2023-04-22T15:00", "")),
    ("[[Game 7]] is on Wednesday night in Denver.", MON23, None),
    ("Game 7 is on [[Wednesday night]] in Denver.", MON23, ("DATE", "2023-05-17TNI", "")),
    ("The Celtics forced a [[Game 7]] with a win on Friday.", MON23, None),
    ("The forward signed a [[three-year]] deal worth $60 million.", SAT, ("DURATION", "P3Y", "")),
    ("He was banned for [[six matches]] after the incident.", SAT, None),
    ("She won the marathon in [[2 hours 14 minutes]].", datetime(2019, 10, 14), ("DURATION", "PT2H14M", "")),
    ("The Masters begins [[Thursday]] at Augusta National.", datetime(2024, 4, 8), ("DATE", "2024-04-11", "")),
    ("He retired after the [[2018]] season.", SAT, ("DATE", "2018", "")),
    ("The club has not won the league since [[1992]].", SAT, ("DATE", "1992", "")),
    ("The win ended a [[108-year]] title drought.", datetime(2016, 11, 3), ("DURATION", "P108Y", "")),
    ("Tickets for the [[2026]] World Cup go on sale in October.", SUN, ("DATE", "2026", "")),
    ("Tickets for the 2026 World Cup go on sale in [[October]].", SUN, ("DATE", "2025-10", "")),
    ("Tip-off is at [[7:30 p.m. ET Friday]].", THU, ("TIME", "2023-04-21T19:30", "")),
    ("He scored in [[stoppage time]] to win it.", SAT, None),
    ("The [[preseason]] opener is Aug. 10.", SUN, None),
    ("He will miss [[the rest of the season]] with a torn ACL.", THU, None),
    ("The Yankees host the Red Sox in a doubleheader on [[Sunday]].", THU, ("DATE", "2023-04-23", "")),
    ("The transfer window closes on [[Sept. 1]].", datetime(2022, 8, 24), ("DATE", "2022-09-01", "")),
    ("The race was postponed to [[Sunday]] because of rain.", SAT, ("DATE", "2025-03-02", "")),
    ("The NBA suspended its season on [[March 11, 2020]].", WED20, ("DATE", "2020-03-11", "")),
    ("He played [[90 minutes]] on Saturday.", THU, ("DURATION", "PT90M", "")),
    # --- weather: forecasts
    ("Rain will move in [[late Thursday]].", TUE, ("DATE", "2022-09-29", "END")),
    ("Snow should taper off by [[Wednesday morning]].", MON, ("DATE", "2019-02-06TMO", "")),
    ("Showers will linger through [[the weekend]].", TUE, ("DATE", "2022-W39-WE", "")),
    ("The cool spell will last into [[next week]].", TUE, ("DATE", "2022-W40", "")),
    ("[[Overnight]] lows will dip into the 40s.", TUE, ("TIME", "2022-09-27TNI", "")),
    ("Forecasters expect heavy rain over [[the next 24 to 48 hours]].", TUE, ("DURATION", "PTXH", "")),
    ("The hurricane could make landfall [[early Friday]].", TUE, ("DATE", "2022-09-30", "START")),
    ("Last month was the coldest [[January]] since 1985.", MON, ("DATE", "2019-01", "")),
    ("Last month was the coldest January since [[1985]].", MON, ("DATE", "1985", "")),
    ("Highs [[today]] will reach the upper 70s.", SUN, ("DATE", "2025-06-15", "")),
    ("A heat advisory remains in effect until [[8 p.m. Sunday]].", THU, ("TIME", "2023-04-23T20:00", "")),
    ("Storms will develop [[this afternoon]].", SUN, ("TIME", "2025-06-15TAF", "")),
    ("A flood watch is in effect through [[Tuesday evening]].", MON, ("DATE", "2019-02-05TEV", "")),
    ("Thunderstorms will pop up [[every afternoon]] this week.", SUN, ("SET", "XXXX-XX-XXTAF", "")),
    ("The storm could dump a foot of snow [[Friday night]] into Saturday.", THU, ("DATE", "2023-04-21TNI", "")),
    ("The drought is the worst in [[500 years]].", SUN, ("DURATION", "P500Y", "")),
    ("Temperatures will stay below normal for [[the next 10 days]].", SUN, ("DURATION", "P10D", "")),
    ("The system should weaken by [[midweek]].", SUN, ("DATE", "2025-W25", "MID")),
    ("Temperatures peaked [[midweek]] before the storm.", SUN, ("DATE", "2025-W24", "MID")),
    # TimeBank: "earlier [this week]", the edge word outside the extent (it gives the mod)
    ("More storms are possible later [[this week]].", MON, ("DATE", "2019-W06", "END")),
    ("Hurricane season runs through [[Nov. 30]].", datetime(2023, 6, 6), ("DATE", "2023-11-30", "")),
    ("Record highs were set [[Tuesday]] in Phoenix.", THU, ("DATE", "2023-04-18", "")),
    ("The storm dumped 50 inches of rain in [[four days]].", TUE17, ("DURATION", "P4D", "")),
    ("Wind gusts reached 90 mph [[early Monday]].", TUE17, ("DATE", "2017-08-28", "START")),
    # a clock time and the day right after it are one timex, as "9 p.m. Thursday" is
    ("Sunrise is at [[6:12 a.m. tomorrow]].", SUN, ("TIME", "2025-06-16T06:12", "")),
    ("Temperatures fell 30 degrees in [[12 hours]].", MON, ("DURATION", "PT12H", "")),
    # --- courts and crime
    ("He was sentenced to [[10 years]] in prison.", WED, ("DURATION", "P10Y", "")),
    ("The judge granted a [[30-day]] stay of the order.", WED, ("DURATION", "P30D", "")),
    ("The trial resumes [[Monday]].", THU, ("DATE", "2023-04-24", "")),
    ("He was arrested on [[Dec. 3]].", datetime(2019, 12, 10), ("DATE", "2019-12-03", "")),
    ("The defense must file its appeal within [[14 days]].", WED, ("DURATION", "P14D", "")),
    ("She was sentenced to [[life without parole]].", WED, None),
    # "about" gives the mod but stays outside the extent, as in "about [[two weeks]]"
    ("The jury deliberated for about [[three hours]].", FRI, ("DURATION", "PT3H", "APPROX")),
    ("He faces [[up to 20 years]] in prison.", FRI, ("DURATION", "P20Y", "EQUAL_OR_LESS")),
    ("Sentencing is set for [[Jan. 12]].", WED, ("DATE", "2022-01-12", "")),
    ("The suspect was released on bail [[Tuesday night]].", THU, ("DATE", "2023-04-18TNI", "")),
    ("He served [[18 months]] of a two-year sentence.", FRI, ("DURATION", "P18M", "")),
    ("He served 18 months of a [[two-year]] sentence.", FRI, ("DURATION", "P2Y", "")),
    ("The appeals court ruled [[last month]] that the law was unconstitutional.", WED, ("DATE", "2021-10", "")),
    ("The Supreme Court will hear arguments in [[the fall]].", SAT, ("DATE", "2025-FA", "")),
    ("The robbery happened [[around 2 a.m.]], police said.", FRI, ("TIME", "2015-05-22T02:00", "APPROX")),
    ("He was placed on [[three years]] of probation.", FRI, ("DURATION", "P3Y", "")),
    ("He was jailed for [[three years and six months]].", FRI, ("DURATION", "P3Y6M", "")),
    # guard: units that are no unit and its next smaller one stay two spans
    ("He served [[2 years]] 3 days after the ruling.", FRI, ("DURATION", "P2Y", "")),
    ("The judge gave prosecutors until [[5 p.m. Friday]] to respond.", WED, ("TIME", "2021-11-19T17:00", "")),
    # guard: "could not" is no forecast
    ("The lawyer could not be reached for comment on [[Tuesday]].", THU, ("DATE", "2023-04-18", "")),
    ("The verdict came after [[two days]] of deliberations.", FRI, ("DURATION", "P2D", "")),
    ("Closing arguments are scheduled for [[next Tuesday]].", THU, ("DATE", "2023-04-25", "")),
    ("The officer was fired in [[2021]], two years after the incident.", SAT, ("DATE", "2021", "")),
    ("The case has dragged on for [[more than a decade]].", SAT, ("DURATION", "P10Y", "MORE_THAN")),
    ("He pleaded guilty on [[Wednesday]] to two counts of fraud.", WED, ("DATE", "2021-11-17", "")),
    # --- elections
    ("Millions of Americans vote on [[Election Day]].", MON24, ("DATE", "2024-11-05", "")),
    ("Polls close at [[8 p.m. ET]] in most of Pennsylvania.", EDAY, ("TIME", "2024-11-05T20:00", "")),
    ("Early voting began [[Oct. 15]] in the state.", MON24, ("DATE", "2024-10-15", "")),
    ("Turnout in the [[Nov. 5]] election broke records.", datetime(2024, 11, 7), ("DATE", "2024-11-05", "")),
    ("He lost the [[2020]] race by 12,000 votes.", THU22, ("DATE", "2020", "")),
    ("The Senate race heads to a runoff on [[Dec. 6]].", THU22, ("DATE", "2022-12-06", "")),
    ("The state holds its presidential primary in [[March]].", datetime(2023, 12, 12), ("DATE", "2024-03", "")),
    ("The president laid out his agenda for [[the first 100 days]].", datetime(2025, 1, 20), ("DURATION", "P100D", "")),
    ("Polls open at [[7 a.m.]] on Tuesday.", MON24, ("TIME", "2024-10-29T07:00", "")),
    ("Candidates are campaigning ahead of [[Super Tuesday]].", datetime(2024, 2, 20), ("DATE", "2024-03-05", "")),
    ("Biden swept the South on [[Super Tuesday]].", datetime(2020, 3, 10), ("DATE", "2020-03-03", "")),
    ("The midterms are [[two weeks]] away.", OCT22, ("DURATION", "P2W", "")),
    ("The governor is seeking a second [[four-year]] term.", OCT22, ("DURATION", "P4Y", "")),
    ("Absentee ballots must arrive by [[Nov. 8]].", OCT22, ("DATE", "2022-11-08", "")),
    ("She has held the seat since [[2010]].", THU22, ("DATE", "2010", "")),
    ("Early voting runs through [[Saturday]].", MON24, ("DATE", "2024-11-02", "")),
    ("Results may not be known until [[late Wednesday]].", EDAY, ("DATE", "2024-11-06", "END")),
    ("Republicans gained seats on [[Election Day]].", THU22, ("DATE", "2022-11-08", "")),
    # --- disasters and health
    ("Survivors of the [[2011]] earthquake gathered on the coast.", SAT, ("DATE", "2011", "")),
    ("Officials reported 300 new cases in [[the past 24 hours]].", WED20, ("DURATION", "PT24H", "")),
    ("Travelers face a [[two-week]] quarantine on arrival.", WED20, ("DURATION", "P2W", "")),
    ("Take one tablet [[every six hours]].", WED20, ("SET", "PT6H", "")),
    ("The death toll rose to 40 on [[Wednesday]].", WED20, ("DATE", "2020-03-25", "")),
    ("Rescuers say they have [[72 hours]] to find survivors.", SAT, ("DURATION", "PT72H", "")),
    ("The [[1918]] flu pandemic killed millions.", WED20, ("DATE", "1918", "")),
    ("Aftershocks continued for [[days]].", SAT, ("DURATION", "PXD", "")),
    # TBAQ values "the last week", "the past year" as the calendar week or year they fall in
    ("Cases have doubled in [[the past week]].", WED20, ("DATE", "2020-W13", "")),
    ("Vaccinations began in [[December 2020]].", WED, ("DATE", "2020-12", "")),
    ("The region is in a [[decade-long]] drought.", SUN, ("DURATION", "P10Y", "")),
    ("Patients should isolate for [[at least five days]].", WED20, ("DURATION", "P5D", "EQUAL_OR_MORE")),
    ("The wildfire has burned since [[Aug. 16]].", datetime(2020, 9, 2), ("DATE", "2020-08-16", "")),
    ("Doses are given [[twice a day]].", WED20, ("SET", "P1D", "")),
    ("Evacuation orders were lifted [[late Sunday]].", TUE17, ("DATE", "2017-08-27", "END")),
    ("The [[2004]] tsunami killed more than 200,000 people.", SAT, ("DATE", "2004", "")),
    ("[[Hours]] after the quake, aftershocks rattled the city.", SAT, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("The hospital has been at capacity for [[weeks]].", WED20, ("DURATION", "PXW", "")),
]
