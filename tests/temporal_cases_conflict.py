"""Genre battery: war, conflict and diplomacy chronology in wire copy (Ukraine, the Middle East, Sudan, the 1990-91
Gulf crisis, summits), in the form of ``temporal_cases.py``.

Own phrasings, written before the tagger was run on them.  Conventions followed: counts of war are durations ("nearly
1,000 days into the war", "two years and four months"); "the night of", "the early hours of" stay outside the timex
and a range "Feb. 23-24" is valued by its first day; a clock reading takes the weekday after a local-time or GMT
gloss; a year naming a war or a border ("the 1991 Gulf War", "the 1967 borders", "the 2008-09 Gaza war") is a DATE
(TBAQ tags "the 1956 uprising", "its 1990 invasion of Kuwait"), the war's name is not ("the Yom Kippur War");
anniversaries and ordinals of a war are not timexes; weapon, unit, road, gate and resolution numbers are no times.
"""

from __future__ import annotations

from datetime import datetime

from tests.temporal_cases import Case

INV = datetime(2022, 3, 1)  # a Tuesday, five days into the invasion
SUD = datetime(2023, 4, 23)  # a Sunday, during Sudan's Eid truce
NOV = datetime(2023, 11, 1)  # a Wednesday, weeks after Oct. 7
TRU = datetime(2023, 12, 5)  # a Tuesday, after the Gaza truce collapsed on Friday Dec. 1
RED = datetime(2024, 1, 15)  # a Monday, Red Sea shipping crisis
ANN = datetime(2024, 2, 22)  # a Thursday, two days before the war's second anniversary
IRN = datetime(2024, 4, 20)  # a Saturday
VIC = datetime(2024, 5, 10)  # a Friday, the day after Victory Day
NATO = datetime(2023, 6, 20)  # a Tuesday, three weeks before the Vilnius summit
VIS = datetime(2024, 7, 9)  # a Tuesday
WED = datetime(2024, 7, 10)  # a Wednesday
KD = datetime(2024, 11, 21)  # a Thursday, two days after the war's 1,000th day
V25 = datetime(2025, 5, 6)  # a Tuesday, before Moscow's May 8-10 truce
SUD25 = datetime(2025, 4, 15)  # a Tuesday, the second anniversary of Sudan's war
GULF = datetime(1990, 8, 15)  # a Wednesday, two weeks into the Gulf crisis
DEAD = datetime(1990, 12, 5)  # a Wednesday, before the U.N. deadline
CEA = datetime(1991, 3, 10)  # a Sunday, after the Gulf War ceasefire
GAZ25 = datetime(2025, 2, 10)  # a Monday, in the first phase of the January 2025 Gaza ceasefire
IR25 = datetime(2025, 8, 4)  # a Monday, weeks after the June war between Israel and Iran

CASES: list[Case] = [
    # --- counts of war: durations
    ("[[Nearly 1,000 days]] into the war, Ukraine braces for winter.", KD, ("DURATION", "P1000D", "LESS_THAN")),
    ("Ukraine marked [[1,000 days]] since the invasion on Tuesday.", KD, ("DURATION", "P1000D", "")),
    ("Ukrainians will mark [[two years]] of war on Saturday.", ANN, ("DURATION", "P2Y", "")),
    ("After [[14 months]] of fighting, the front line has barely moved.", ANN, ("DURATION", "P14M", "")),
    ("The war has now lasted [[two years and four months]].", VIS, ("DURATION", "P2Y4M", "")),
    ("Russia lost thousands of men in [[the first 100 days]] of the war.", ANN, ("DURATION", "P100D", "")),
    ("Air-raid alerts sounded across Ukraine for [[nearly four hours]].", ANN, ("DURATION", "PT4H", "LESS_THAN")),
    ("Russia launched an [[hours-long]] barrage on Kyiv.", ANN, ("DURATION", "PTXH", "")),
    ("It was the first visit to Kyiv by a Chinese leader in [[more than a decade]].", ANN, ("DURATION", "P10Y", "MORE_THAN")),
    ("The army said it had struck 150 targets in [[the last 24 hours]].", NOV, ("DURATION", "PT24H", "")),
    # --- anniversaries: the day is a timex, the anniversary is not
    ("Rallies are planned in the run-up to the anniversary on [[Saturday]].", ANN, ("DATE", "2024-02-24", "")),
    ("Kyiv prepared for the [[Feb. 24]] anniversary.", ANN, ("DATE", "2024-02-24", "")),
    ("Ukraine marked the first anniversary of the invasion.", ANN, None),
    # --- nights and early hours of the invasion
    ("Russian forces crossed the border on the night of [[Feb. 23-24]].", INV, ("DATE", "2022-02-23", "")),
    ("The first missiles struck in the early hours of [[Feb. 24]].", INV, ("DATE", "2022-02-24", "")),
    ("Russia invaded on Feb. 24. [[That night]], Kyiv was shelled.", INV, ("TIME", "2022-02-24TNI", "")),
    # --- truces and ceasefires
    ("A 72-hour truce that began at [[6 a.m.]] local time Friday was largely holding.", SUD, ("TIME", "2023-04-21T06:00", "")),
    ("A 72-hour truce that began at 6 a.m. local time [[Friday]] was largely holding.", SUD, ("DATE", "2023-04-21", "")),
    ("Fighting resumed at [[7 a.m.]] (0500 GMT) on Friday when the truce expired.", TRU, ("TIME", "2023-12-01T07:00", "")),
    ("Fighting resumed at 7 a.m. ([[0500 GMT]]) on Friday when the truce expired.", TRU, None),
    ("The truce was extended by [[48 hours]].", TRU, ("DURATION", "PT48H", "")),
    ("The truce that began on [[Nov. 24]] collapsed on Dec. 1.", TRU, ("DATE", "2023-11-24", "")),
    ("The truce that began on Nov. 24 collapsed on [[Dec. 1]].", TRU, ("DATE", "2023-12-01", "")),
    ("Mediators want a [[week-long]] pause in the fighting.", TRU, ("DURATION", "P1W", "")),
    ("The army allowed [[four-hour]] pauses each day.", TRU, ("DURATION", "PT4H", "")),
    ("The army allowed four-hour pauses [[each day]].", TRU, ("SET", "P1D", "")),
    ("The ceasefire took effect at [[midnight]] (2200 GMT) on Sunday.", RED, ("TIME", "2024-01-14T24:00", "")),
    ("The strike hit at [[3:40 a.m.]] local time (0040 GMT) on Sunday.", RED, ("TIME", "2024-01-14T03:40", "")),
    ("Explosions were heard at [[4 a.m. Tehran time]] on Friday.", IRN, ("TIME", "2024-04-19T04:00", "")),
    ("Moscow declared a [[three-day]] ceasefire for Victory Day.", V25, ("DURATION", "P3D", "")),
    ("The truce runs from [[May 8]] to May 10.", V25, ("DATE", "2025-05-08", "")),
    ("The truce runs from May 8 to [[May 10]].", V25, ("DATE", "2025-05-10", "")),
    ("Putin reviewed troops on Red Square on [[Victory Day]].", VIC, ("DATE", "2024-05-09", "")),
    # --- summits, visits, talks
    ("NATO leaders meet in Vilnius on [[July 11-12]].", NATO, ("DATE", "2023-07-11", "")),
    ("Leaders will discuss Ukraine at [[next month]]'s NATO summit.", NATO, ("DATE", "2023-07", "")),
    ("Modi is on a two-day visit to Moscow that ends [[Wednesday]].", VIS, ("DATE", "2024-07-10", "")),
    ("Talks in Jeddah resumed for a second day on [[Wednesday]].", WED, ("DATE", "2024-07-10", "")),
    ("[[This week]]'s talks in Jeddah ended without a deal.", VIS, ("DATE", "2024-W28", "")),
    ("The talks, which began [[Monday]], are expected to run through Wednesday.", VIS, ("DATE", "2024-07-08", "")),
    ("The talks, which began Monday, are expected to run through [[Wednesday]].", VIS, ("DATE", "2024-07-10", "")),
    ("The envoy hopes to wrap up his tour by [[the end of the week]].", VIS, ("DATE", "2024-W28", "END")),
    ("Foreign ministers meet in Brussels [[this weekend]].", VIS, ("DATE", "2024-W28-WE", "")),
    ("A second round of talks is planned for [[early next month]].", VIS, ("DATE", "2024-08", "START")),
    ("The General Assembly meets in New York in [[late September]].", VIS, ("DATE", "2024-09", "END")),
    # --- strikes and raids of days past
    ("[[Last month]]'s drone strikes on the refinery cut output.", ANN, ("DATE", "2024-01", "")),
    ("Houthi attacks on shipping began [[late last year]].", RED, ("DATE", "2023", "END")),
    ("Strikes on the port intensified [[earlier this month]].", RED, ("DATE", "2024-01", "START")),
    ("Hamas attacked on Oct. 7. [[The following week]], Israel ordered northern Gaza evacuated.", NOV, ("DATE", "2023-W41", "")),
    ("The war, which began on [[October 7]], has displaced most of Gaza's people.", RED, ("DATE", "2023-10-07", "")),
    ("Hamas's attack on [[Oct. 7, 2023]], triggered the war.", RED, ("DATE", "2023-10-07", "")),
    ("Israel declared war on [[Oct. 8]], a day after the attack.", NOV, ("DATE", "2023-10-08", "")),
    ("The fighting in Sudan erupted in [[April 2023]].", SUD25, ("DATE", "2023-04", "")),
    # --- the 1990-91 Gulf crisis
    ("Iraq's [[Aug. 2]] invasion of Kuwait drew swift sanctions.", GULF, ("DATE", "1990-08-02", "")),
    ("Iraq invaded Kuwait [[two weeks ago]].", GULF, ("DATE", "1990-W31", "")),
    ("Iraq invaded Kuwait on Aug. 2. [[A month later]], the embargo was tightened.", DEAD, ("DATE", "1990-09", "")),
    ("Iraq must leave Kuwait by the [[Jan. 15]] deadline.", DEAD, ("DATE", "1991-01-15", "")),
    ("The allied air war began on [[Jan. 17]].", CEA, ("DATE", "1991-01-17", "")),
    ("Fighting stopped with the [[Feb. 28]] ceasefire.", CEA, ("DATE", "1991-02-28", "")),
    # --- years naming wars and borders: the year is a DATE, the name is not
    ("Troops returned from the [[1991]] Gulf War.", ANN, ("DATE", "1991", "")),
    ("Talks are based on the [[1967]] borders.", ANN, ("DATE", "1967", "")),
    ("Israel captured the West Bank in the [[1967]] Six-Day War.", ANN, ("DATE", "1967", "")),
    ("Resolution 1701 ended the [[2006]] war.", ANN, ("DATE", "2006", "")),
    ("Thousands died in the [[2008-09]] Gaza war.", ANN, ("DATE", "2008", "")),
    ("The Iran-Iraq war of [[1980-88]] killed a million people.", ANN, ("DATE", "1980", "")),
    ("The [[50-day]] war of 2014 left Gaza in ruins.", ANN, ("DURATION", "P50D", "")),
    ("The 50-day war of [[2014]] left Gaza in ruins.", ANN, ("DATE", "2014", "")),
    ("Veterans of the Yom Kippur War gathered in Jerusalem.", ANN, None),
    # --- weapons, units, roads, gates, resolutions: no time
    ("Resolution [[1701]] ended the 2006 war.", ANN, None),
    ("Kyiv received its first F-16 jets.", ANN, None),
    ("Ukraine wants more HIMARS and Patriot systems.", ANN, None),
    ("Settlers expanded outposts in Area C.", ANN, None),
    ("The two Koreas are divided near the 38th parallel.", ANN, None),
    ("Brigade 155 was sent to Pokrovsk.", ANN, None),
    ("The Minsk II accords never took hold.", ANN, None),
    ("Greece still operates S-300 missiles.", ANN, None),
    ("A Su-25 jet was shot down near Avdiivka.", ANN, None),
    ("The convoy was stuck on Highway 1 near Hebron.", ANN, None),
    ("Route 9 to Ramallah was closed.", ANN, None),
    ("Aid trucks queued at Gate 4 of the Kerem Shalom crossing.", ANN, None),
    ("Troops regrouped at Kilo 40 outside the city.", ANN, None),
    ("Relatives of the MH17 victims met in The Hague.", ANN, None),
    ("Russia lost hundreds of T-72 tanks.", ANN, None),
    ("Iran admitted downing Flight 752.", ANN, None),
    ("Russia fired Kh-101 missiles and Shahed-136 drones.", ANN, None),
    # --- second round (written before the tagger was run on them)
    ("Sudan's war entered its third year on [[Tuesday]].", SUD25, ("DATE", "2025-04-15", "")),
    ("Russian missiles hit Kyiv [[early on Feb. 24]].", INV, ("DATE", "2022-02-24", "START")),
    ("Hamas attacked on Oct. 7. [[The following morning]], Israel declared war.", NOV, ("TIME", "2023-10-08TMO", "")),
    ("Iran blamed Israel for the [[April 1]] strike on its consulate in Damascus.", IRN, ("DATE", "2024-04-01", "")),
    ("Syria's [[13-year]] civil war ended with Assad's fall.", GAZ25, ("DURATION", "P13Y", "")),
    ("The [[decade-long]] war in Yemen has no end in sight.", GAZ25, ("DURATION", "P10Y", "")),
    ("A [[six-week]] ceasefire took hold in Gaza on Jan. 19.", GAZ25, ("DURATION", "P6W", "")),
    ("A six-week ceasefire took hold in Gaza on [[Jan. 19]].", GAZ25, ("DATE", "2025-01-19", "")),
    ("The ceasefire's first phase is due to end on [[March 1]].", GAZ25, ("DATE", "2025-03-01", "")),
    ("Hostages are to be freed during the [[42-day]] first phase.", GAZ25, ("DURATION", "P42D", "")),
    ("Israel and Iran fought a [[12-day]] war in June.", IR25, ("DURATION", "P12D", "")),
    ("Israel and Iran fought a 12-day war in [[June]].", IR25, ("DATE", "2025-06", "")),
    ("Israel first struck Iran on [[June 13]].", IR25, ("DATE", "2025-06-13", "")),
    ("The assault began at [[0600 hrs]].", ANN, ("TIME", "2024-02-22T06:00", "")),
    ("Shelling has intensified over [[the past two days]].", ANN, ("DURATION", "P2D", "")),
    ("Prices have tripled since the [[February 2022]] invasion.", ANN, ("DATE", "2022-02", "")),
    ("UN Resolution 242 of [[1967]] calls for withdrawal.", ANN, ("DATE", "1967", "")),
    ("Zelensky presented his 10-point peace plan.", ANN, None),
    ("A 20-year-old soldier was killed near Bakhmut.", ANN, None),
    ("Allies invoked Article 5 for the first time.", ANN, None),
    ("The resolution was passed under Chapter 7 of the U.N. Charter.", ANN, None),
    ("Ukraine is running short of 155mm shells.", ANN, None),
    ("The 3rd Assault Brigade holds the line.", ANN, None),
    ("Troops dug in along the 1,000-km front line.", ANN, None),
    ("Officials from both countries met in the 2+2 format.", ANN, None),
    # --- guards for the fixes (added after the first run)
    ("Negotiations would start from the [[1967]] lines.", ANN, ("DATE", "1967", "")),
    ("Dozens died in the [[1992]] clashes.", ANN, ("DATE", "1992", "")),
    ("The plant hired 1992 workers.", ANN, None),
    ("Veterans marched on [[Victory Day]] in 1995.", ANN, ("DATE", "1995-05-09", "")),
    ("It was a victory day for the rebels.", ANN, None),
    ("The talks broke up [[late on 3 March]].", V25, ("DATE", "2025-03-03", "END")),
]
