"""Genre battery: breaking news on weather, disasters, fires, accidents, crime, police and transport, 2010-2025
(emergency), in the form of ``temporal_cases.py``.

Own phrasings in the style of local papers, wires and TV station websites: clock readings with US zones and a day
("at 9:10 a.m. EDT Sunday", "at 6:37 a.m. HST on Tuesday"), police reports' military time ("at 0215 hours"), edges
of the night ("shortly before midnight", "late Saturday night", "in the predawn hours of Sunday"), warnings and
watches ("until 8 p.m.", "from Tuesday evening through Thursday morning"), curfews ("a 48-hour curfew"; "a
dusk-to-dawn curfew" names the kind of curfew, no time: neither word is a time there, while "at dawn" is: see
temporal_cases_daytime.py), clock ranges that
run past midnight ("from 10 p.m. Saturday until 6 a.m."), anchored counts ("about 90 minutes later", "six minutes
later"), AP's closed compounds ("weeklong", "monthslong", "hourslong", "daylong"), records ("the coldest night of
[the year]", "the wettest October on record", "a 100-year flood") and numbers that are no time ("a 911 call",
"Category 4", "Interstate 95", "magnitude 6.1", "a 19-year-old driver", "three-alarm").  A rush hour is a traffic
period, not a calendar or clock expression: not a timex (the day it is on is).
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

SUN17 = datetime(2017, 9, 10)  # a Sunday, a hurricane's landfall in Florida
MON18 = datetime(2018, 11, 12)  # a Monday, a wildfire's fifth day
SAT16 = datetime(2016, 4, 16)  # a Saturday, the day after a quake
TUE21 = datetime(2021, 2, 16)  # a Tuesday, a deep freeze
MON22 = datetime(2022, 9, 26)  # a Monday, a hurricane on its way
WED22 = datetime(2022, 9, 28)  # a Wednesday, its landfall
MON23 = datetime(2023, 2, 6)  # a Monday, a quake's day
THU23 = datetime(2023, 8, 10)  # a Thursday, an island wildfire
TUE24 = datetime(2024, 1, 16)  # a Tuesday, a police story
WED24 = datetime(2024, 2, 14)  # a Wednesday, snow and transport chaos
MON24 = datetime(2024, 7, 8)  # a Monday, storms and a weekend of crime
FRI24 = datetime(2024, 5, 24)  # a Friday, before Memorial Day
THU25 = datetime(2025, 1, 9)  # a Thursday, city wildfires
MON12 = datetime(2012, 10, 29)  # a Monday, a superstorm's landfall
TUE20 = datetime(2020, 8, 4)  # a Tuesday, a port blast and curfew
TUE14 = datetime(2014, 11, 18)  # a Tuesday, lake-effect snow
FRI21 = datetime(2021, 9, 10)  # a Friday, before the 20th anniversary of 9/11
NOV19 = datetime(2019, 11, 1)  # a Friday, the month's weather summary

CASES: list[Case] = [
    # --- clock readings with zones and days
    ("Hurricane Irma made landfall in the Keys at [[9:10 a.m. EDT Sunday]].", SUN17, ("TIME", "2017-09-10T09:10", "")),
    ("The eye passed over Naples at [[3:35 p.m.]] local time.", SUN17, ("TIME", "2017-09-10T15:35", "")),
    ("The storm was centered 50 miles south of Miami at [[5 a.m. EDT]].", SUN17, ("TIME", "2017-09-10T05:00", "")),
    (
        "A magnitude 6.1 quake struck at [[11:52 a.m.]] local time (0352 GMT) on Friday.",
        SAT16,
        ("TIME", "2016-04-15T11:52", ""),
    ),
    ("A magnitude 6.1 quake struck at 11:52 a.m. local time ([[0352 GMT]]) on Friday.", SAT16, None),
    ("A magnitude [[6.1]] quake struck early Saturday.", SAT16, None),
    ("The 7.8-magnitude quake hit at [[4:17 a.m.]] on Monday.", MON23, ("TIME", "2023-02-06T04:17", "")),
    ("Flights to the region resume at [[0600 GMT]] on Tuesday.", MON23, ("TIME", "2023-02-07T06:00", "")),
    ("Police were called at [[around 2.30am]] on Saturday.", MON24, ("TIME", "2024-07-06T02:30", "APPROX")),
    ("The tornado touched down at approximately [[5:20 p.m. CDT]].", MON24, ("TIME", "2024-07-08T17:20", "APPROX")),
    ("A Red Flag warning is in effect until [[8 p.m.]]", THU25, ("TIME", "2025-01-09T20:00", "")),
    ("A tornado warning remains in effect until [[9:15 p.m. CDT]].", MON24, ("TIME", "2024-07-08T21:15", "")),
    ("The evacuation order took effect at [[6 p.m. PST]].", THU25, ("TIME", "2025-01-09T18:00", "")),
    ("The fire was first reported at [[6:37 a.m. HST]] on Tuesday.", THU23, ("TIME", "2023-08-08T06:37", "")),
    # police reports: military time with "hours" is a clock reading, not a span
    ("Officers responded to the call at [[0215 hours]].", TUE24, ("TIME", "2024-01-16T02:15", "")),
    ("The suspect was taken into custody at [[1340 hours]] on Monday.", TUE24, ("TIME", "2024-01-15T13:40", "")),
    ("Power to the tunnel was cut at [[12:01 a.m. Monday]].", MON12, ("TIME", "2012-10-29T00:01", "")),
    # "shortly before", "just after" are signals outside the extent, as in TimeBank
    ("The shooting happened shortly before [[midnight]] on Saturday.", MON24, ("TIME", "2024-07-06T24:00", "")),
    ("Gunfire erupted just after [[10 p.m.]], police said.", MON24, ("TIME", "2024-07-08T22:00", "")),
    ("The blaze was reported [[around 11:15 p.m. Saturday]].", MON24, ("TIME", "2024-07-06T23:15", "APPROX")),
    ("The boy was last seen at about [[4 p.m. Tuesday]].", THU25, ("TIME", "2025-01-07T16:00", "APPROX")),
    # a clock reading of an event named with its day before it is on that day
    ("Sunday's quake struck at a depth of 10 km at [[2:03 p.m.]]", MON23, ("TIME", "2023-02-05T14:03", "")),
    ("A [[911]] call came in at 9:12 p.m.", TUE24, None),
    ("A 911 call came in at [[9:12 p.m.]]", TUE24, ("TIME", "2024-01-16T21:12", "")),
    ("By [[6 a.m. Sunday]], 200,000 customers were without power.", MON24, ("TIME", "2024-07-07T06:00", "")),
    ("Trains will resume at [[5 a.m. Wednesday]].", MON24, ("TIME", "2024-07-10T05:00", "")),
    ("Gusts peaked at 90 mph [[around midnight]].", MON12, ("TIME", "2012-10-28T24:00", "APPROX")),
    # --- curfews and closures: clock ranges
    ("The curfew runs from [[10 p.m. Saturday]] until 6 a.m.", SAT16, ("TIME", "2016-04-16T22:00", "")),
    # the end of a range earlier on the clock than its start is on the next day
    ("The curfew runs from 10 p.m. Saturday until [[6 a.m.]]", SAT16, ("TIME", "2016-04-17T06:00", "")),
    ("A [[48-hour]] curfew was imposed on the city.", TUE20, ("DURATION", "PT48H", "")),
    ("The army imposed a [[dusk-to-dawn]] curfew.", TUE20, None),
    ("The curfew was lifted at [[6 a.m. Monday]].", TUE20, ("TIME", "2020-08-03T06:00", "")),
    ("The M25 will close from [[9pm Friday]] until 6am Monday.", WED24, ("TIME", "2024-02-16T21:00", "")),
    ("The M25 will close from 9pm Friday until [[6am Monday]].", WED24, ("TIME", "2024-02-19T06:00", "")),
    ("Evacuation orders remain in effect [[until further notice]].", THU25, None),
    ("Residents were told to leave [[immediately]].", THU25, None),
    # --- nights, mornings and parts of days
    ("Two people were killed in a crash [[late Saturday night]].", MON24, ("DATE", "2024-07-06TNI", "END")),
    ("Snow will taper off by [[Thursday night]].", TUE24, ("DATE", "2024-01-18TNI", "")),
    ("Ian is expected to come ashore again [[Friday afternoon]].", WED22, ("DATE", "2022-09-30TAF", "")),
    ("Flights were grounded for three hours [[Tuesday morning]].", WED24, ("DATE", "2024-02-13TMO", "")),
    ("Flights were grounded for [[three hours]] Tuesday morning.", WED24, ("DURATION", "PT3H", "")),
    ("By [[midafternoon]], more than 2,000 flights had been canceled.", WED24, ("TIME", "2024-02-14TAF", "MID")),
    ("By [[midmorning]], the water had reached the second floor.", MON12, ("TIME", "2012-10-29TMO", "MID")),
    ("The fire started around 1 p.m. By [[evening]], 500 homes had been evacuated.", THU25, ("TIME", "2025-01-09TEV", "")),
    ("[[Last night]]'s quake was felt as far away as Kumamoto.", SAT16, ("TIME", "2016-04-15TNI", "")),
    ("The fire was 40% contained as of [[Sunday morning]].", MON23, ("DATE", "2023-02-05TMO", "")),
    ("Snow is likely Tuesday night into [[Wednesday morning]].", MON23, ("DATE", "2023-02-08TMO", "")),
    (
        "A winter storm watch is in effect from [[Tuesday evening]] through Thursday morning.",
        MON23,
        ("DATE", "2023-02-07TEV", ""),
    ),
    (
        "A winter storm watch is in effect from Tuesday evening through [[Thursday morning]].",
        MON23,
        ("DATE", "2023-02-09TMO", ""),
    ),
    ("Crashes snarled [[the evening rush hour]] on Tuesday.", WED24, None),
    ("Crashes snarled the evening rush hour on [[Tuesday]].", WED24, ("DATE", "2024-02-13", "")),
    ("Deputies found the car in the predawn hours of [[Sunday]].", MON23, ("DATE", "2023-02-05", "")),
    ("The evacuation order was lifted at [[noon]].", TUE20, ("TIME", "2020-08-04T12:00", "")),
    ("The storm knocked out power to a million homes [[early Monday morning]].", MON12, ("DATE", "2012-10-29TMO", "START")),
    ("The fire broke out Sunday evening. By [[Monday morning]], it had spread.", TUE20, ("DATE", "2020-08-03TMO", "")),
    ("The crash happened late Friday. The driver turned himself in [[the next morning]].", MON24, ("TIME", "2024-07-06TMO", "")),
    # --- days: tolls, searches, closures
    ("The death toll rose to 48 [[Monday]].", TUE20, ("DATE", "2020-08-03", "")),
    ("The hiker has been missing since [[Tuesday]].", THU25, ("DATE", "2025-01-07", "")),
    ("Rescuers have pulled 12 people from the rubble since [[Friday]].", MON23, ("DATE", "2023-02-03", "")),
    ("Schools will be closed [[Monday]] and Tuesday.", FRI21, ("DATE", "2021-09-13", "")),
    ("Power may not be restored until [[next week]].", MON24, ("DATE", "2024-W29", "")),
    ("Amtrak suspended service until at least [[Wednesday]].", MON24, ("DATE", "2024-07-10", "")),
    ("Ian could make landfall as early as [[Wednesday]].", MON22, ("DATE", "2022-09-28", "")),
    # in apposition to a day, "the third day" of a search is that day
    ("Searchers returned on Tuesday, [[the third day]] of the search.", THU25, ("DATE", "2025-01-07", "")),
    ("Police have made 12 arrests since the rioting began [[last Tuesday]].", MON24, ("DATE", "2024-07-02", "")),
    ("The bridge reopened to traffic [[Sunday]] after repairs.", MON24, ("DATE", "2024-07-07", "")),
    ("Flood waters are expected to crest [[early next week]].", MON24, ("DATE", "2024-W29", "START")),
    ("Buses will run on a [[Sunday]] schedule on Monday.", FRI21, None),
    ("Buses will run on a Sunday schedule on [[Monday]].", FRI21, ("DATE", "2021-09-13", "")),
    ("Trains were suspended for most of [[the day]].", WED24, ("DATE", "2024-02-14", "")),
    # --- anchored counts
    (
        "The shooting happened at 2:10 p.m. The suspect was arrested [[about 90 minutes later]].",
        TUE24,
        ("TIME", "2024-01-16T15:40", "APPROX"),
    ),
    (
        "The gunman opened fire at 10:05 a.m. and was shot by police [[six minutes later]].",
        TUE24,
        ("TIME", "2024-01-16T10:11", ""),
    ),
    ("The tremor struck at 3:02 a.m. [[Twenty minutes later]], a second quake hit.", SAT16, ("TIME", "2016-04-16T03:22", "")),
    ("The boy vanished on Tuesday. His body was found [[two days later]].", THU25, ("DATE", "2025-01-09", "")),
    # --- spans
    ("Rescuers found 30 more bodies in [[the last 24 hours]].", MON23, ("DURATION", "PT24H", "")),
    ("Firefighters had the blaze under control within [[an hour]].", TUE24, ("DURATION", "PT1H", "")),
    ("Aftershocks have rattled the region in the [[days]] since.", MON23, ("DURATION", "PXD", "")),
    ("The standoff ended after [[nearly 12 hours]].", TUE20, ("DURATION", "PT12H", "LESS_THAN")),
    ("Commuters faced delays of [[up to 90 minutes]].", WED24, ("DURATION", "PT90M", "EQUAL_OR_LESS")),
    ("Riders should expect [[45-minute]] delays.", WED24, ("DURATION", "PT45M", "")),
    ("Police ended a [[weeklong]] manhunt on Friday.", FRI21, ("DURATION", "P1W", "")),
    ("The [[monthslong]] investigation ended with three arrests.", FRI21, ("DURATION", "PXM", "")),
    ("Officers ended an [[hourslong]] standoff early Sunday.", MON24, ("DURATION", "PTXH", "")),
    ("Hundreds of volunteers joined the [[daylong]] search.", THU25, ("DURATION", "P1D", "")),
    ("The storm dumped 20 inches of snow in [[36 hours]].", TUE14, ("DURATION", "PT36H", "")),
    ("The city recorded 8 inches of rain in [[the 24 hours]] to 9 a.m.", TUE14, ("DURATION", "PT24H", "")),
    ("The city recorded 8 inches of rain in the 24 hours to [[9 a.m.]]", TUE14, ("TIME", "2014-11-18T09:00", "")),
    ("Forecasters expect 6 to 12 inches of snow by [[Friday]].", TUE14, ("DATE", "2014-11-21", "")),
    ("Forecasters expect [[6 to 12]] inches of snow by Friday.", TUE14, None),
    ("The levee breach was the worst flooding in [[a century]].", MON24, ("DURATION", "P100Y", "")),
    # a return period, a span as "a 52-week high" and "the worst in 500 years" are
    ("Engineers called it a [[100-year]] flood.", MON24, ("DURATION", "P100Y", "")),
    ("Residents had [[less than 15 minutes]] to flee.", THU23, ("DURATION", "PT15M", "LESS_THAN")),
    ("The region has had no measurable rain in [[100 days]].", THU23, ("DURATION", "P100D", "")),
    ("The shaking lasted about [[40 seconds]].", MON23, ("DURATION", "PT40S", "APPROX")),
    ("The shaking lasted [[nearly a minute]].", MON23, ("DURATION", "PT1M", "LESS_THAN")),
    ("Trains ran [[every 20 minutes]] during the strike.", WED24, ("SET", "PT20M", "")),
    # --- seasons, records, anniversaries, past disasters
    (
        "The hurricane season, which runs from [[June 1]] to Nov. 30, is forecast to be busy.",
        FRI24,
        ("DATE", "2024-06-01", ""),
    ),
    (
        "The hurricane season, which runs from June 1 to [[Nov. 30]], is forecast to be busy.",
        FRI24,
        ("DATE", "2024-11-30", ""),
    ),
    ("Forecasters expect an active [[hurricane season]].", FRI24, None),
    ("The storm is the first named storm of the [[2024]] hurricane season.", FRI24, ("DATE", "2024", "")),
    ("It was [[the coldest night]] of the year.", TUE21, None),
    ("It was the coldest night of [[the year]].", TUE21, ("DATE", "2021", "")),
    ("It was the wettest [[October]] on record.", NOV19, ("DATE", "2019-10", "")),
    ("[[This winter]] has been the warmest on record.", WED24, ("DATE", "2023-WI", "")),
    ("Security was tight ahead of the [[Sept. 11]] anniversary.", FRI21, ("DATE", "2021-09-11", "")),
    ("Fireworks on [[the Fourth of July]] sparked dozens of brush fires.", MON24, ("DATE", "2024-07-04", "")),
    ("AAA expects record travel over [[Memorial Day weekend]].", FRI24, ("DATE", "2024-W21-WE", "")),
    ("The Camp Fire, which began on [[Nov. 8]], has killed 42 people.", MON18, ("DATE", "2018-11-08", "")),
    ("The town was destroyed in the [[2018]] Camp Fire.", THU25, ("DATE", "2018", "")),
    ("Officials compared it to Hurricane Andrew in [[August 1992]].", WED22, ("DATE", "1992-08", "")),
    # --- guards for the fixes (added after the first run)
    ("Volunteers logged [[1340 hours]] of service last year.", TUE24, ("DURATION", "PT1340H", "")),
    ("The strike ran from 6 a.m. Monday until [[10 a.m.]]", TUE24, ("TIME", "2024-01-15T10:00", "")),
    ("The line was shut from 6 a.m. until [[10 a.m.]] on Monday.", TUE24, ("TIME", "2024-01-15T10:00", "")),
    ("The season runs from [[May 15]] to Nov. 30.", FRI24, ("DATE", "2024-05-15", "")),
    ("Rationing began on Friday. By [[evening]], the shelves were empty.", TUE24, ("TIME", "2024-01-12TEV", "")),
    ("He spent a [[yearlong]] sabbatical in Rome.", TUE24, ("DURATION", "P1Y", "")),
    ("Fans waited for the [[Saturday]] matinee.", TUE24, ("DATE", "2024-01-13", "")),
    # --- numbers that are no time
    ("The crash closed Interstate [[95]] in both directions.", TUE24, None),
    ("Ian made landfall as a Category [[4]] storm.", WED22, None),
    ("The [[19-year-old]] driver was arrested at the scene.", MON24, None),
    ("He was charged with [[second-degree]] murder.", MON24, None),
    ("Firefighters battled a [[three-alarm]] fire.", MON24, None),
]
