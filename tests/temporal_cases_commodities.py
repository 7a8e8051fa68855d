"""Genre battery: energy, commodities, agriculture, shipping and airline news, 2015-2025 (commodities), in the form of
``temporal_cases.py``.

Own phrasings of oil and OPEC+ copy ("OPEC+ meets on Dec. 1", "cuts through the end of 2025", "Brent for January
delivery", "in the week ended Nov. 10", "the five-year average"), grains and softs ("the 2023/24 crop year", valued
by its first year as "the 2023/24 season"; "the marketing year that began Sept. 1", "December corn"), gas and power
("the winter heating season"), metals ("three-month copper", "by 0630 GMT"), shipping and airlines ("flights resume
on Monday", "the summer schedule", "the 18:45 departure", "a 14-hour flight").  Rates follow the project's sets:
"barrels a day", "per day" and "daily output" are ``P1D`` sets as "$5 million a year"; "bpd" and "year-on-year" are no
timexes.  A contract or delivery month is the traded one, this month or later: "the March wheat contract" in
September is next March, whatever the verb's tense.  "a three-year low" is a span, as "a 22-year high" in
temporal_cases_econ.py; "the 2025 Brent contract" is the year it names.  Untagged: unanchored seasons of trade and
farming ("hurricane season", "planting", "the harvest", "the monsoon"), crop kinds ("spring wheat", "hard red winter
wheat"), and numbers naming flights, aircraft, roads and spreads ("Flight 370", "Boeing 737", "787-9", "Route 66",
"the 3-2-1 crack spread").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

OPEC = datetime(2024, 11, 27)  # a Wednesday, before an OPEC+ meeting
EIA = datetime(2023, 11, 15)  # a Wednesday, the EIA weekly inventory report
CFTC = datetime(2024, 11, 18)  # a Monday, after the CFTC positioning data
GRAIN = datetime(2023, 9, 12)  # a Tuesday, the USDA WASDE report
PLANT = datetime(2023, 5, 30)  # a Tuesday, spring planting
MONSOON = datetime(2019, 6, 3)  # a Monday, the Indian monsoon's onset
GAS = datetime(2022, 10, 6)  # a Thursday, European gas before winter
GOLD = datetime(2024, 10, 30)  # a Wednesday, metals and the World Gold Council's Q3 report
DRIVE = datetime(2015, 5, 21)  # a Thursday, before Memorial Day
AIR = datetime(2025, 3, 20)  # a Thursday, before the summer schedule
DELIV = datetime(2025, 1, 2)  # a Thursday, fourth-quarter deliveries
SHIP = datetime(2024, 1, 19)  # a Friday, Red Sea shipping disruption

CASES: list[Case] = [
    # --- oil and OPEC+
    ("OPEC+ meets on [[Dec. 1]] to set output policy.", OPEC, ("DATE", "2024-12-01", "")),
    ("Delegates said the [[Dec. 1]] meeting could be held online.", OPEC, ("DATE", "2024-12-01", "")),
    ("The meeting was postponed to [[Dec. 5]].", OPEC, ("DATE", "2024-12-05", "")),
    ("The group agreed to extend output cuts through [[the end of 2025]].", OPEC, ("DATE", "2025", "END")),
    ("OPEC+ has twice delayed plans to start unwinding cuts until [[January]].", OPEC, ("DATE", "2025-01", "")),
    ("Ministers last met on [[June 2]].", OPEC, ("DATE", "2024-06-02", "")),
    ("The cuts of 2.2 million bpd would be phased out over [[12 months]].", OPEC, ("DURATION", "P12M", "")),
    ("The group pumps about 41 million barrels [[per day]].", OPEC, ("SET", "P1D", "")),
    ("Saudi Arabia produces about 9 million barrels [[a day]].", OPEC, ("SET", "P1D", "")),
    ("Libya's [[daily]] output has recovered to 1.2 million barrels.", OPEC, ("SET", "P1D", "")),
    ("Kazakhstan exceeded its quota by 100,000 [[bpd]].", OPEC, None),
    ("Brent crude futures for [[January]] delivery rose 50 cents to $73.31 a barrel.", OPEC, ("DATE", "2025-01", "")),
    ("The [[January]] WTI contract expires on Dec. 19.", OPEC, ("DATE", "2025-01", "")),
    ("The January WTI contract expires on [[Dec. 19]].", OPEC, ("DATE", "2024-12-19", "")),
    ("The [[2025]] Brent contract traded at $72.", OPEC, ("DATE", "2025", "")),
    ("Oil prices have fallen about 6% [[this year]].", OPEC, ("DATE", "2024", "")),
    ("Brent fell 3% [[last week]].", OPEC, ("DATE", "2024-W47", "")),
    ("Brent slid to its lowest since [[2021]].", OPEC, ("DATE", "2021", "")),
    ("Brent hit a [[three-year]] low in September.", OPEC, ("DURATION", "P3Y", "")),
    ("Brent hit a three-year low in [[September]].", OPEC, ("DATE", "2024-09", "")),
    ("Prices have swung widely since [[mid-2022]].", OPEC, ("DATE", "2022", "MID")),
    ("OPEC+ has been cutting output since [[late 2022]].", OPEC, ("DATE", "2022", "END")),
    ("The 3-2-1 crack spread widened.", OPEC, None),
    ("Analysts compared the slump to [[the 1986]] price collapse.", OPEC, None),
    ("Analysts compared the slump to the [[1986]] price collapse.", OPEC, ("DATE", "1986", "")),
    # --- weekly inventories
    ("U.S. crude stocks rose 3.6 million barrels in [[the week]] ended Nov. 10.", EIA, ("DATE", "2023-W45", "")),
    ("U.S. crude stocks rose 3.6 million barrels in the week ended [[Nov. 10]].", EIA, ("DATE", "2023-11-10", "")),
    (
        "Stocks rose in the week ended Nov. 10, after a drop in [[the prior week]].",
        EIA,
        ("DATE", "2023-W44", ""),
    ),
    ("Refinery runs rose in [[the week]] to Friday.", EIA, ("DATE", "2023-W45", "")),
    ("Refinery runs rose in the week to [[Friday]].", EIA, ("DATE", "2023-11-10", "")),
    ("Distillate stocks are 12% below the [[five-year]] average.", EIA, ("DURATION", "P5Y", "")),
    ("Crude imports averaged 6.4 million bpd over [[the past four weeks]].", EIA, ("DURATION", "P4W", "")),
    ("The American Petroleum Institute reported a build [[late Tuesday]].", EIA, ("DATE", "2023-11-14", "END")),
    # "later on" stays outside the extent: the timex is the day
    ("The government's report is due later on [[Wednesday]].", EIA, ("DATE", "2023-11-15", "")),
    ("Cushing stocks fell for a fourth [[straight week]].", EIA, None),
    ("Gasoline demand was up 1% [[year-on-year]].", EIA, None),
    # the seven days to Tuesday, Nov. 12, are valued by the ISO week holding most of them
    ("Money managers raised their net long in [[the week]] to Nov. 12.", CFTC, ("DATE", "2024-W45", "")),
    ("Money managers raised their net long in the week to [[Nov. 12]].", CFTC, ("DATE", "2024-11-12", "")),
    # --- grains, oilseeds and softs
    ("USDA raised its corn crop forecast for the [[2023/24]] marketing year.", GRAIN, ("DATE", "2023", "")),
    ("Ending stocks for [[2024/25]] are seen at 2.1 billion bushels.", GRAIN, ("DATE", "2024", "")),
    ("Exports in the marketing year that began [[Sept. 1]] are running behind.", GRAIN, ("DATE", "2023-09-01", "")),
    ("Corn futures for [[December]] delivery fell 4 cents.", GRAIN, ("DATE", "2023-12", "")),
    ("[[December]] corn settled at $4.78 a bushel.", GRAIN, ("DATE", "2023-12", "")),
    ("The [[March]] wheat contract rose 2%.", GRAIN, ("DATE", "2024-03", "")),
    # a contract month names a month traded in the year the sentence gives; a contract word alone is no contract month
    ("In 2008, the [[July]] Brent contract hit $147.", GRAIN, ("DATE", "2008-07", "")),
    ("The [[August]] Brent contract fell 1%.", GRAIN, ("DATE", "2024-08", "")),
    ("The union rejected the [[May]] contract offer.", GRAIN, ("DATE", "2023-05", "")),
    ("Iraq's [[August]] crude exports rose 3%.", GRAIN, ("DATE", "2023-08", "")),
    ("Corn was 15% harvested as of [[Sunday]].", GRAIN, ("DATE", "2023-09-10", "")),
    ("Export inspections in [[the week]] to Sept. 7 topped 500,000 tonnes.", GRAIN, ("DATE", "2023-W36", "")),
    ("Farmers are racing to bring in [[the harvest]].", GRAIN, None),
    ("[[Spring]] wheat futures in Minneapolis rose 1%.", GRAIN, None),
    ("Kansas hard red [[winter]] wheat gained 3 cents.", GRAIN, None),
    ("Farmers in Ukraine have finished [[spring]] planting.", PLANT, ("DATE", "2023-SP", "")),
    ("Rain delayed [[planting]] in the northern Plains.", PLANT, None),
    ("Growers expect a poor [[summer]] harvest.", PLANT, ("DATE", "2023-SU", "")),
    ("Arabica coffee hit a [[two-year]] low on Monday.", PLANT, ("DURATION", "P2Y", "")),
    ("Arabica coffee hit a two-year low on [[Monday]].", PLANT, ("DATE", "2023-05-29", "")),
    ("Cocoa futures have doubled over [[the past 12 months]].", PLANT, ("DURATION", "P12M", "")),
    ("Ivory Coast's [[2023/24]] main crop is forecast to shrink.", PLANT, ("DATE", "2023", "")),
    ("Cocoa arrivals from [[Oct. 1]] to May 28 fell 27%.", PLANT, ("DATE", "2022-10-01", "")),
    ("Cocoa arrivals from Oct. 1 to [[May 28]] fell 27%.", PLANT, ("DATE", "2023-05-28", "")),
    ("The monsoon is expected to reach Kerala by [[June 8]].", MONSOON, ("DATE", "2019-06-08", "")),
    ("Farmers rely on [[the monsoon]] to water crops.", MONSOON, None),
    ("Rains are expected to pick up in [[the second half of June]].", MONSOON, ("DATE", "2019-06", "END")),
    ("Rainfall was 33% below [[the 50-year]] average last year.", MONSOON, None),
    ("Rainfall was 33% below the [[50-year]] average last year.", MONSOON, ("DURATION", "P50Y", "")),
    # --- gas and power
    ("Europe's gas storage is 90% full ahead of the [[winter]] heating season.", GAS, ("DATE", "2022-WI", "")),
    ("Dutch front-month gas for [[November]] delivery fell 5%.", GAS, ("DATE", "2022-11", "")),
    ("Prices have halved since [[late August]].", GAS, ("DATE", "2022-08", "END")),
    ("Gas prices hit a record in [[August]].", GAS, ("DATE", "2022-08", "")),
    ("The EU agreed to cut gas demand by 15% [[this winter]].", GAS, ("DATE", "2022-WI", "")),
    ("The heating season runs from [[October]] to March.", GAS, ("DATE", "2022-10", "")),
    ("The heating season runs from October to [[March]].", GAS, ("DATE", "2023-03", "")),
    ("Flows through Nord Stream 1 have been halted since [[the end of August]].", GAS, ("DATE", "2022-08", "END")),
    ("German power for delivery [[next year]] traded at 500 euros.", GAS, ("DATE", "2023", "")),
    ("Power for [[the first quarter of 2023]] jumped 8%.", GAS, ("DATE", "2023-Q1", "")),
    # --- metals
    ("Gold demand rose 5% in [[the three months]] to September.", GOLD, ("DURATION", "P3M", "")),
    ("Gold demand rose 5% in the three months to [[September]].", GOLD, ("DATE", "2024-09", "")),
    ("Central banks bought 186 tonnes in [[the third quarter]].", GOLD, ("DATE", "2024-Q3", "")),
    ("Gold has gained 30% so far [[this year]].", GOLD, ("DATE", "2024", "")),
    ("Spot gold was up 0.3% at $2,785 an ounce by [[0630 GMT]].", GOLD, ("TIME", "2024-10-30T06:30", "")),
    ("Silver rose to its highest since [[2012]].", GOLD, ("DATE", "2012", "")),
    ("[[Three-month]] copper on the London Metal Exchange fell 1%.", GOLD, ("DURATION", "P3M", "")),
    ("Copper touched its lowest in [[more than a month]].", GOLD, ("DURATION", "P1M", "MORE_THAN")),
    ("China's aluminium output rose 4% in [[the first nine months]].", GOLD, ("DURATION", "P9M", "")),
    ("The most-traded [[January]] iron ore contract in Dalian rose 1.2%.", GOLD, ("DATE", "2025-01", "")),
    # --- gasoline and the driving season
    (
        "Pump prices are climbing ahead of the [[summer]] driving season, which starts with Memorial Day.",
        DRIVE,
        ("DATE", "2015-SU", ""),
    ),
    (
        "Pump prices are climbing ahead of the summer driving season, which starts with [[Memorial Day]].",
        DRIVE,
        ("DATE", "2015-05-25", ""),
    ),
    ("AAA expects record travel over [[the Memorial Day weekend]].", DRIVE, ("DATE", "2015-W21-WE", "")),
    ("Gasoline averaged $2.74 a gallon, down from $3.65 [[a year ago]].", DRIVE, ("DATE", "2014", "")),
    ("Gasoline futures for [[June]] delivery rose 2 cents.", DRIVE, ("DATE", "2015-06", "")),
    ("Gulf Coast refiners are bracing for [[hurricane season]].", DRIVE, None),
    ("The hurricane season starts on [[June 1]].", DRIVE, ("DATE", "2015-06-01", "")),
    ("U.S. crude output has risen since [[2010]].", DRIVE, ("DATE", "2010", "")),
    # --- airlines
    ("The airline's [[summer]] schedule starts on March 30.", AIR, ("DATE", "2025-SU", "")),
    ("The airline's summer schedule starts on [[March 30]].", AIR, ("DATE", "2025-03-30", "")),
    ("Flights to Tel Aviv resume on [[Monday]].", AIR, ("DATE", "2025-03-24", "")),
    ("Flights to Tel Aviv resumed on [[Monday]].", AIR, ("DATE", "2025-03-17", "")),
    ("The new timetable will add flights to Lisbon from [[Dec. 15]].", AIR, ("DATE", "2025-12-15", "")),
    ("The [[18:45]] departure to Singapore was cancelled.", AIR, ("TIME", "2025-03-20T18:45", "")),
    ("Passengers face a [[14-hour]] flight to Sydney.", AIR, ("DURATION", "PT14H", "")),
    ("The carrier runs [[hourly]] shuttles between Boston and New York.", AIR, ("SET", "PT1H", "")),
    ("The route will be served [[three times a week]].", AIR, ("SET", "P1W", "")),
    ("Check-in closes [[45 minutes]] before departure.", AIR, ("DURATION", "PT45M", "")),
    ("Fares rose 4% over [[the past 12 months]].", AIR, ("DURATION", "P12M", "")),
    ("Bookings for [[summer 2025]] are up 8%.", AIR, ("DATE", "2025-SU", "")),
    ("Pilots plan to strike on [[March 26-27]].", AIR, ("DATE", "2025-03-26", "")),
    ("Passenger numbers recovered to [[2019]] levels.", AIR, ("DATE", "2019", "")),
    ("Malaysia Airlines Flight [[370]] vanished in March 2014.", AIR, None),
    ("Malaysia Airlines Flight 370 vanished in [[March 2014]].", AIR, ("DATE", "2014-03", "")),
    ("Regulators grounded the Boeing [[737]] MAX 9.", AIR, None),
    ("The airline ordered 20 Boeing [[787-9]] Dreamliners.", AIR, None),
    ("Tourists drive Route [[66]] every summer.", AIR, None),
    ("Airbus delivered 766 jets in [[2024]].", AIR, ("DATE", "2024", "")),
    ("Boeing's [[Q4]] deliveries rose to 57 jets.", DELIV, ("DATE", "2024-Q4", "")),
    ("The carmaker's [[fourth-quarter]] deliveries fell 2%.", DELIV, ("DATE", "2024-Q4", "")),
    # --- shipping
    ("Container rates have more than doubled since [[mid-December]].", SHIP, ("DATE", "2023-12", "MID")),
    ("Sailing around the Cape adds [[10 to 14 days]] to voyages.", SHIP, ("DURATION", "PXD", "")),
    ("Charter rates for a supertanker hit $100,000 [[a day]].", SHIP, ("SET", "P1D", "")),
    ("Drought has cut [[daily]] transits at the Panama Canal to 24.", SHIP, ("SET", "P1D", "")),
    ("Attacks on ships since [[November]] have disrupted trade.", SHIP, ("DATE", "2023-11", "")),
    ("Transits fell 30% in [[the first two weeks of January]].", SHIP, ("DATE", "2024-01", "START")),
    ("The Suez Canal handled 12% of world trade [[last year]].", SHIP, ("DATE", "2023", "")),
    ("The Ever Given blocked the canal for [[six days]] in March 2021.", SHIP, ("DURATION", "P6D", "")),
    ("Freight rates rose 23% [[week on week]].", SHIP, None),
    ("Spot rates rose 5% in [[the week]] to Friday.", SHIP, ("DATE", "2024-W03", "")),
    ("The alliance between Maersk and MSC ends in [[January 2025]].", SHIP, ("DATE", "2025-01", "")),
]
