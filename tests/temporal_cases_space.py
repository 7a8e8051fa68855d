"""Genre battery: spaceflight and around-the-clock markets news, 2015-2025 (space), in the form of ``temporal_cases.py``.

Own phrasings of launch coverage (liftoff times with US zones and a weekday, "the launch window opens at 14:32 UTC",
"a 10-minute window", scrubs and next attempts, splashdowns, "a six-month stay aboard the station", mission plans
"the 2026 lunar landing", "in the mid-2030s", "a 2028 launch") and of crypto, FX and 24-hour markets ("in the past
24 hours", "over the weekend", "at 0800 GMT", "since the April halving", "its all-time high in March", "the Sept. 15
Merge", "year to date", "every 10 minutes", "a four-year cycle", ISO stamps).  Untagged: Mars days and mission
days ("on sol 1000", "mission day 3", "flight day 2": the project's values are Gregorian, as for "day 28" in the
science battery), names and numbers of missions, rockets and crews ("Falcon 9", "Apollo 11", "Soyuz MS-25",
"Starship Flight 5", "Crew-7", "Artemis II"), a name ending in a year ("the Bitcoin 2024 conference", as "Mars 2020"
and "Euro 2024"), index names ("Nikkei 225", "Russell 2000"), tickers ("DAY", "NOW"), "24/7" and "around the clock",
sessions of trade ("in early Asian trading", "late New York trade", as "in early trading"), "all-time" and "crypto
winter" (no season).
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

STAR = datetime(2023, 4, 18)  # a Tuesday, a day after a scrubbed test flight
CFT = datetime(2024, 6, 4)  # a Tuesday, a crew capsule's launch eve
ART = datetime(2022, 11, 15)  # a Tuesday, a night launch to the moon ahead
SPLASH = datetime(2024, 3, 12)  # a Tuesday, a crew back from the station
FLT5 = datetime(2024, 10, 14)  # a Monday, the day after a booster catch
GLENN = datetime(2025, 1, 17)  # a Friday, a new rocket's debut the day before
AUG = datetime(2024, 8, 24)  # a Saturday, a stranded crew's return decided
MERGE = datetime(2022, 9, 13)  # a Tuesday, two days before an upgrade
HALV = datetime(2024, 4, 22)  # a Monday, after a weekend halving
CRASH = datetime(2024, 8, 5)  # a Monday, a global sell-off
ATH = datetime(2021, 11, 10)  # a Wednesday, a record high
FRI = datetime(2025, 3, 14)  # a Friday, options expiry
JAN = datetime(2025, 1, 13)  # a Monday

CASES: list[Case] = [
    # --- launch times, windows and countdowns
    ("Liftoff is set for [[8:28 a.m. CDT Thursday]] from South Texas.", STAR, ("TIME", "2023-04-20T08:28", "")),
    ("The launch window opens at [[13:28 UTC]] on Thursday.", STAR, ("TIME", "2023-04-20T13:28", "")),
    ("SpaceX scrubbed [[Monday]]'s attempt after a pressure valve froze.", STAR, ("DATE", "2023-04-17", "")),
    ("The next attempt is [[Thursday]].", STAR, ("DATE", "2023-04-20", "")),
    ("The company has a [[62-minute]] window to get the rocket off the pad.", STAR, ("DURATION", "PT62M", "")),
    ("The countdown was stopped at T-minus [[40 seconds]].", STAR, ("DURATION", "PT40S", "")),
    ("The rocket tumbled and blew up [[four minutes]] after liftoff.", STAR, ("DURATION", "PT4M", "")),
    ("Starliner is set to launch at [[10:52 a.m. EDT Wednesday]].", CFT, ("TIME", "2024-06-05T10:52", "")),
    ("A ground computer halted [[Saturday]]'s countdown.", CFT, ("DATE", "2024-06-01", "")),
    ("The astronauts were to spend about [[a week]] at the station.", CFT, ("DURATION", "P1W", "APPROX")),
    ("Their [[eight-day]] test flight stretched to more than nine months.", AUG, ("DURATION", "P8D", "")),
    ("The rocket is scheduled to lift off at [[1:04 a.m. EST Wednesday]].", ART, ("TIME", "2022-11-16T01:04", "")),
    ("The launch window is [[two hours]] long.", ART, ("DURATION", "PT2H", "")),
    ("The window closes at [[3:04 a.m.]]", ART, ("TIME", "2022-11-15T03:04", "")),
    ("The Orion capsule will spend [[25 days]] in space.", ART, ("DURATION", "P25D", "")),
    ("The capsule is due to splash down on [[Dec. 11]].", ART, ("DATE", "2022-12-11", "")),
    ("It is the first moon rocket launch in [[more than 50 years]].", ART, ("DURATION", "P50Y", "MORE_THAN")),
    ("The launch slipped by [[a day]] because of high winds.", FLT5, ("DURATION", "P1D", "")),
    ("New Glenn lifted off at [[2:03 a.m. EST Thursday]] from Cape Canaveral.", GLENN, ("TIME", "2025-01-16T02:03", "")),
    ("The rocket reached orbit [[early Thursday]].", GLENN, ("DATE", "2025-01-16", "START")),
    ("The booster was lost about [[eight minutes]] into the flight.", GLENN, ("DURATION", "PT8M", "APPROX")),
    ("The engines burned for [[six minutes]].", GLENN, ("DURATION", "PT6M", "")),
    ("The launch was pushed back [[24 hours]].", GLENN, ("DURATION", "PT24H", "")),
    ("The docking is scheduled for [[11:15 a.m. Thursday]].", CFT, ("TIME", "2024-06-06T11:15", "")),
    ("Launch is targeted for no earlier than [[Nov. 16]].", ART, ("DATE", "2022-11-16", "")),
    # --- the station, splashdowns, spacewalks
    ("The four astronauts splashed down [[early Tuesday]] off Florida.", SPLASH, ("DATE", "2024-03-12", "START")),
    ("The capsule undocked at [[11:20 a.m. EDT Monday]].", SPLASH, ("TIME", "2024-03-11T11:20", "")),
    ("They returned after [[nearly 200 days]] in orbit.", SPLASH, ("DURATION", "P200D", "LESS_THAN")),
    ("The crew began a [[six-month]] stay aboard the station.", SPLASH, ("DURATION", "P6M", "")),
    ("The spacewalk lasted [[6 hours and 42 minutes]].", SPLASH, ("DURATION", "PT6H42M", "")),
    ("The station has been continuously occupied since [[November 2000]].", SPLASH, ("DATE", "2000-11", "")),
    ("The station is to be steered into the Pacific in [[2030]].", SPLASH, ("DATE", "2030", "")),
    ("The station circles the planet [[16 times a day]].", SPLASH, ("SET", "P1D", "")),
    ("Soyuz MS-25 is due to launch [[March 21]].", SPLASH, ("DATE", "2024-03-21", "")),
    ("NASA said [[Saturday]] the astronauts would fly home on a SpaceX capsule.", AUG, ("DATE", "2024-08-24", "")),
    ("The two astronauts will return in [[February]].", AUG, ("DATE", "2025-02", "")),
    ("The booster was caught by the launch tower [[Sunday]].", FLT5, ("DATE", "2024-10-13", "")),
    ("SpaceX hopes to fly Starship 25 times [[next year]].", FLT5, ("DATE", "2025", "")),
    ("Falcon 9 has flown more than 100 times [[this year]].", FLT5, ("DATE", "2024", "")),
    # --- plans and eras
    ("The Artemis II mission is planned for [[2024]].", ART, ("DATE", "2024", "")),
    ("NASA is counting on the [[2026]] lunar landing to beat China.", FLT5, ("DATE", "2026", "")),
    ("China plans to land astronauts on the moon by [[2030]].", FLT5, ("DATE", "2030", "")),
    ("The partners want a lunar base in [[the mid-2030s]].", FLT5, ("DATE", "203", "MID")),
    ("The probe is aiming for a [[2028]] launch.", FLT5, ("DATE", "2028", "")),
    ("Samples could reach Earth in [[the early 2030s]].", FLT5, ("DATE", "203", "START")),
    ("Crewed Mars flights are unlikely before [[the 2040s]].", FLT5, ("DATE", "204", "")),
    ("Starship could fly to Mars in [[late 2026]].", FLT5, ("DATE", "2026", "END")),
    ("Windows for Mars launches open [[every 26 months]].", FLT5, ("SET", "P26M", "")),
    ("Voyager 1, launched in [[1977]], is still talking to Earth.", FLT5, ("DATE", "1977", "")),
    ("Apollo 17 left the moon in [[December 1972]].", ART, ("DATE", "1972-12", "")),
    ("A Martian day lasts [[24 hours and 37 minutes]].", FLT5, ("DURATION", "PT24H37M", "")),
    ("The station will be retired by [[the end of the decade]].", FLT5, ("DATE", "202", "END")),
    # --- names, numbers and days of missions: no timex
    ("The rover drilled its first core on [[sol 1000]].", FLT5, None),
    ("On [[mission day 3]], the crew tested the toilet.", FLT5, None),
    ("The crew tested the docking radar on [[flight day 2]].", FLT5, None),
    ("A Falcon [[9]] carried 23 Starlink satellites.", FLT5, None),
    ("Apollo [[11]] landed on the moon in 1969.", FLT5, None),
    ("Apollo 11 landed on the moon in [[1969]].", FLT5, ("DATE", "1969", "")),
    ("Soyuz MS-[[25]] docked with the station.", SPLASH, None),
    ("Starship Flight [[5]] ended with a booster catch.", FLT5, None),
    ("The Crew-[[7]] astronauts are home.", SPLASH, None),
    ("The Artemis [[II]] crew was named in April.", ART, None),
    ("Expedition [[70]] ends this week.", SPLASH, None),
    # --- crypto: windows of trade, records, upgrades, halvings
    ("Bitcoin rose 2% in [[the past 24 hours]].", HALV, ("DURATION", "PT24H", "")),
    ("Ether slid over [[the weekend]].", HALV, ("DATE", "2024-W16-WE", "")),
    ("Bitcoin's fourth halving took place [[late Friday]].", HALV, ("DATE", "2024-04-19", "END")),
    ("The halving occurred at [[00:09 UTC]] on Saturday.", HALV, ("TIME", "2024-04-20T00:09", "")),
    ("The reward is cut in half [[every four years]].", HALV, ("SET", "P4Y", "")),
    ("Traders watch bitcoin's [[four-year]] cycle.", HALV, ("DURATION", "P4Y", "")),
    ("The network adds a block [[every 10 minutes]].", HALV, ("SET", "PT10M", "")),
    ("The next halving is expected in [[2028]].", HALV, ("DATE", "2028", "")),
    ("Bitcoin is up 50% [[year to date]].", HALV, ("DATE", "2024", "")),
    ("Bitcoin hit its all-time high in [[March]].", HALV, ("DATE", "2024-03", "")),
    ("Bitcoin hit its [[all-time]] high in March.", HALV, None),
    ("Spot bitcoin ETFs were approved in [[January]].", HALV, ("DATE", "2024-01", "")),
    ("The Bitcoin [[2024]] conference drew thousands to Nashville.", HALV, None),
    ("Crypto markets trade [[24/7]].", HALV, None),
    ("Miners' revenue has slumped since the [[April]] halving.", CRASH, ("DATE", "2024-04", "")),
    ("Developers are ready for the [[Sept. 15]] Merge.", MERGE, ("DATE", "2022-09-15", "")),
    ("The switch is expected [[Thursday]].", MERGE, ("DATE", "2022-09-15", "")),
    ("The Merge has been [[years]] in the making.", MERGE, ("DURATION", "PXY", "")),
    ("Ethereum went live in [[July 2015]].", MERGE, ("DATE", "2015-07", "")),
    ("Bitcoin hit a record [[early Wednesday]].", ATH, ("DATE", "2021-11-10", "START")),
    ("Bitcoin has gained more than 130% [[this year]].", ATH, ("DATE", "2021", "")),
    ("The previous record was set in [[April]].", ATH, ("DATE", "2021-04", "")),
    ("The price has quadrupled since [[last November]].", ATH, ("DATE", "2020-11", "")),
    ("Ether peaked at [[4:00 UTC]] on Wednesday.", ATH, ("TIME", "2021-11-10T04:00", "")),
    ("Prices are far above the peak of the [[2017]] bubble.", ATH, ("DATE", "2017", "")),
    ("Survivors of the crypto [[winter]] are hiring again.", ATH, None),
    ("Few lenders survived [[2022]]'s crypto winter.", JAN, ("DATE", "2022", "")),
    ("Bitcoin dropped below $90,000 on [[Monday]].", JAN, ("DATE", "2025-01-13", "")),
    ("Bitcoin fell 4% [[last week]].", JAN, ("DATE", "2025-W02", "")),
    ("Traders are betting on the [[Jan. 20]] inauguration.", JAN, ("DATE", "2025-01-20", "")),
    ("Crypto stocks fell in [[premarket trading]].", JAN, None),
    # --- FX and 24-hour markets
    ("The yen surged [[in early Asian trading]].", CRASH, None),
    ("The yen surged in early Asian trading on [[Monday]].", CRASH, ("DATE", "2024-08-05", "")),
    ("The dollar was at 142 yen at [[0800 GMT]].", CRASH, ("TIME", "2024-08-05T08:00", "")),
    ("The dollar was little changed in [[late New York trade]].", CRASH, None),
    ("The dollar was little changed in late New York trade on [[Friday]].", CRASH, ("DATE", "2024-08-02", "")),
    ("Bitcoin slid below $50,000 on [[Sunday]].", CRASH, ("DATE", "2024-08-04", "")),
    ("The Nikkei [[225]] fell 12%.", CRASH, None),
    ("It was the index's worst day since [[1987]].", CRASH, ("DATE", "1987", "")),
    ("The VIX hit its highest since [[March 2020]].", CRASH, ("DATE", "2020-03", "")),
    ("Bitcoin lost 15% over [[the past seven days]].", CRASH, ("DURATION", "P7D", "")),
    ("The Bank of Japan's [[July 31]] rate hike sparked the unwind.", CRASH, ("DATE", "2024-07-31", "")),
    ("Tokyo stocks opened at [[9 a.m.]] local time.", CRASH, ("TIME", "2024-08-05T09:00", "")),
    ("Futures trade [[around the clock]].", CRASH, None),
    ("Crypto exchanges stay open on [[weekends]].", CRASH, ("SET", "XXXX-WXX-WE", "")),
    ("The feed was stamped [[2024-08-05T07:00:00Z]].", CRASH, ("TIME", "2024-08-05T07:00:00", "")),
    ("Small caps in the Russell [[2000]] slid.", CRASH, None),
    ("The quote was stamped [[2025-03-14T09:30:00Z]].", FRI, ("TIME", "2025-03-14T09:30:00", "")),
    ("Options worth $2 billion expire at [[08:00 UTC Friday]].", FRI, ("TIME", "2025-03-14T08:00", "")),
    ("The price is fixed at [[4:00 UTC]] on Friday.", FRI, ("TIME", "2025-03-14T04:00", "")),
    ("Funding payments settle [[every eight hours]].", FRI, ("SET", "PT8H", "")),
    ("The index is rebalanced on a [[weekly]] basis.", FRI, ("SET", "P1W", "")),
    ("The SEC extended its review by [[45 days]].", FRI, ("DURATION", "P45D", "")),
    ("The SEC must rule by [[May 23]].", FRI, ("DATE", "2025-05-23", "")),
    ("Bitcoin is down 12% since [[the start of the year]].", FRI, ("DATE", "2025", "START")),
    ("Bitcoin fell 3% in [[the last hour]].", FRI, ("DURATION", "PT1H", "")),
    ("Dayforce (NYSE: [[DAY]]) shares rose.", FRI, None),
    ("ServiceNow (NYSE: [[NOW]]) fell 3%.", FRI, None),
    ("Bitcoin's [[200-day]] moving average is near $80,000.", FRI, ("DURATION", "P200D", "")),
    ("Trading volume over [[24 hours]] topped $40 billion.", FRI, ("DURATION", "PT24H", "")),
    # --- second pass (written before running, after the first fixes)
    ("Liftoff is set for [[10:32 a.m. EDT]] (1432 GMT) Wednesday.", CFT, ("TIME", "2024-06-05T10:32", "")),
    ("The window opens at 10:32 a.m. EDT ([[1432 GMT]]) Wednesday.", CFT, None),
    ("The next launch opportunity is Thursday at [[8:28 a.m.]]", STAR, ("TIME", "2023-04-20T08:28", "")),
    ("The team needs a [[48-hour]] turnaround after a scrub.", STAR, ("DURATION", "PT48H", "")),
    ("It was the second scrub in [[three days]].", STAR, ("DURATION", "P3D", "")),
    ("Engineers delayed the flight by [[a week]].", STAR, ("DURATION", "P1W", "")),
    ("The rocket could fly as early as [[Thursday]].", STAR, ("DATE", "2023-04-20", "")),
    ("Starship could fly again as soon as [[next month]].", FLT5, ("DATE", "2024-11", "")),
    ("Station crews rotate [[every six months]].", SPLASH, ("SET", "P6M", "")),
    ("The station circles the globe [[every 92 minutes]].", SPLASH, ("SET", "PT92M", "")),
    ("The astronauts have been in orbit since [[last June]].", datetime(2025, 3, 18), ("DATE", "2024-06", "")),
    ("Their [[eight-day]] flight became an eight-month stay.", datetime(2025, 3, 18), ("DURATION", "P8D", "")),
    ("Europa Clipper lifted off [[Monday]] from Florida.", datetime(2024, 10, 15), ("DATE", "2024-10-14", "")),
    ("The probe will reach Jupiter in [[April 2030]].", datetime(2024, 10, 15), ("DATE", "2030-04", "")),
    ("The probe faces a [[5.5-year]] cruise.", datetime(2024, 10, 15), ("DURATION", "P5Y6M", "")),
    ("NASA pushed the landing to [[mid-2027]].", JAN, ("DATE", "2027", "MID")),
    ("The crewed flyby is now slated for [[April 2026]].", JAN, ("DATE", "2026-04", "")),
    ("The company aims to launch in [[the first half of next year]].", JAN, ("DATE", "2026-H1", "")),
    ("The lander set down near the south pole on [[Aug. 23, 2023]].", JAN, ("DATE", "2023-08-23", "")),
    ("Chang'e-[[6]] brought back samples from the far side.", JAN, None),
    ("The space race of [[the 1960s]] ended with Apollo.", JAN, ("DATE", "196", "")),
    ("The rover marked its [[4,000th sol]] on Mars.", JAN, None),
    # --- markets, second pass
    ("Bitcoin tumbled [[overnight]] as Asian markets opened.", CRASH, ("TIME", "2024-08-04TNI", "")),
    ("The yen was at 143 per dollar by [[0930 GMT]].", CRASH, ("TIME", "2024-08-05T09:30", "")),
    ("Ether fell 8% [[week-on-week]].", FRI, None),
    ("Bitcoin was up 4% on [[the week]].", FRI, ("DATE", "2025-W11", "")),
    ("The fund is down 6% [[month-to-date]].", FRI, ("DATE", "2025-03", "")),
    ("Inflows are at a record [[quarter-to-date]].", FRI, ("DATE", "2025-Q1", "")),
    ("Ether is flat [[week to date]].", FRI, ("DATE", "2025-W11", "")),
    ("Average [[daily]] volume doubled.", FRI, ("SET", "P1D", "")),
    ("The token hit a [[52-week]] high.", FRI, ("DURATION", "P52W", "")),
    ("Bitcoin fell to a [[two-week]] low.", FRI, ("DURATION", "P2W", "")),
    ("The snapshot is taken at [[midnight UTC]] on Friday.", FRI, ("TIME", "2025-03-14T24:00", "")),
    ("Trading was halted at [[14:32:05 UTC]].", FRI, ("TIME", "2025-03-14T14:32:05", "")),
    ("The block was mined at [[2024-04-20 00:09:27 UTC]].", HALV, ("TIME", "2024-04-20T00:09:27", "")),
    ("The halving came at block [[840,000]].", HALV, None),
    ("It came [[four years]] after the last halving.", HALV, ("DURATION", "P4Y", "")),
    ("The genesis block was mined on [[Jan. 3, 2009]].", HALV, ("DATE", "2009-01-03", "")),
    ("Satoshi Nakamoto published the white paper in [[2008]].", HALV, ("DATE", "2008", "")),
    ("Stock trades now settle on a T+[[1]] basis.", HALV, None),
    ("Exchanges run [[24/7/365]].", HALV, None),
    ("Bitcoin futures reopen [[Sunday evening]].", FRI, ("DATE", "2025-03-16TEV", "")),
    ("Bitcoin fell [[Monday morning]] in Tokyo.", CRASH, ("DATE", "2024-08-05TMO", "")),
    ("The 2020-21 bull run peaked in [[November 2021]].", FRI, ("DATE", "2021-11", "")),
    ("Ether's Shanghai upgrade went live in [[April 2023]].", MERGE, ("DATE", "2023-04", "")),
    ("Bitcoin's [[Q1]] loss was its worst since 2018.", FRI, ("DATE", "2025-Q1", "")),
]
