"""Genre battery: schedules in education and travel/transport news, 2024-2025 (schedules), in the form of
``temporal_cases.py``.

Own phrasings of school calendars ("the first day of school, Monday, Aug. 26", "the 2024-25 academic year" valued by
its first year as in temporal_cases_anaphora.py, "the Class of 2028", "the autumn term", "graduation in May") and of
timetables and travel ("the timetable change on Dec. 15", "flights resume on the 15th", "trains run every half hour
until midnight", "a 24-hour strike from 00:01 on Tuesday", "the Easter getaway", "the Sunday after Thanksgiving",
"the 4:15 p.m. train", "a 13-hour flight", "delays of up to two hours").  A season before a noun it dates is tagged
("the winter timetable", "winter break", "spring break", as "the summer recess" in temporal_cases_world.py), but
not "spring training", which starts in February.  A clock time naming a train or a flight ("the 7:40
from Brighton") is still its departure time and tagged.  Traps: numbers that name flights, gates, terminals, roads,
platforms, aircraft, lines, rooms and school grades ("Flight 370", "Gate B12", "Terminal 5", "Route 66", "the 405",
"Boeing 777", "A320", "the No. 7 train", "Room 101", "Grade 3", "Year 9", "K-12"), kinds of service ("an overnight
train", "the red-eye") and unanchored school periods ("finals week", "exam season", "peak season").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

AUG = datetime(2024, 8, 21)  # a Wednesday, before the school year
NOV = datetime(2024, 11, 26)  # a Tuesday, Thanksgiving week
DEC = datetime(2024, 12, 3)  # a Tuesday, before the European timetable change
MAR = datetime(2025, 3, 5)  # a Wednesday, before spring break and the summer schedule
UK = datetime(2025, 4, 14)  # a Monday, the week before Easter
JUN = datetime(2025, 6, 12)  # a Thursday, graduation and the summer travel season

CASES: list[Case] = [
    # --- school calendars
    ("The first day of school is [[Monday, Aug. 26]].", AUG, ("DATE", "2024-08-26", "")),
    ("The [[2024-25]] academic year begins next week.", AUG, ("DATE", "2024", "")),
    ("The 2024-25 academic year begins [[next week]].", AUG, ("DATE", "2024-W35", "")),
    ("Freshmen in the Class of [[2028]] moved into dorms on Saturday.", AUG, ("DATE", "2028", "")),
    ("Freshmen in the Class of 2028 moved into dorms on [[Saturday]].", AUG, ("DATE", "2024-08-17", "")),
    ("Students register in November for the [[spring]] semester.", NOV, ("DATE", "2025-SP", "")),
    ("The spring semester starts [[Jan. 13]].", NOV, ("DATE", "2025-01-13", "")),
    ("Course listings for [[spring 2025]] are online.", NOV, ("DATE", "2025-SP", "")),
    ("Pupils return for the [[autumn]] term on Sept. 3.", AUG, ("DATE", "2024-FA", "")),
    ("Pupils return for the autumn term on [[Sept. 3]].", AUG, ("DATE", "2024-09-03", "")),
    ("[[This fall]], the district will open two new schools.", AUG, ("DATE", "2024-FA", "")),
    ("Schools close for [[winter]] break on Dec. 20.", NOV, ("DATE", "2024-WI", "")),
    ("Schools close for winter break on [[Dec. 20]].", NOV, ("DATE", "2024-12-20", "")),
    ("Students get [[two weeks]] off at Christmas.", DEC, ("DURATION", "P2W", "")),
    ("Students get two weeks off at [[Christmas]].", DEC, ("DATE", "2024-12-25", "")),
    ("Students will have [[a week]] off for Thanksgiving.", NOV, ("DURATION", "P1W", "")),
    ("Spring break starts [[next week]].", MAR, ("DATE", "2025-W11", "")),
    # "spring break" falls in spring, as "winter break" in winter; only "spring training" (February) is no season
    ("Thousands of students head to Florida for [[spring]] break.", MAR, ("DATE", "2025-SP", "")),
    ("Graduation is in [[May]].", MAR, ("DATE", "2025-05", "")),
    ("Commencement is set for [[May 17]].", MAR, ("DATE", "2025-05-17", "")),
    ("Seniors graduate [[next spring]].", AUG, ("DATE", "2025-SP", "")),
    ("The last day of classes is [[June 13]].", MAR, ("DATE", "2025-06-13", "")),
    ("GCSE results are published on [[Thursday]].", AUG, ("DATE", "2024-08-22", "")),
    ("The state requires a [[180-day]] school year.", AUG, ("DURATION", "P180D", "")),
    ("The semester lasts [[15 weeks]].", AUG, ("DURATION", "P15W", "")),
    ("Students get a [[30-minute]] lunch break.", AUG, ("DURATION", "PT30M", "")),
    ("The district added [[10 minutes]] to the school day.", AUG, ("DURATION", "PT10M", "")),
    ("The school day starts at [[7:45 a.m.]]", AUG, ("TIME", "2024-08-21T07:45", "")),
    ("The new term starts [[next Monday]].", UK, ("DATE", "2025-04-21", "")),
    ("Pupils break up for the summer on [[July 23]].", UK, ("DATE", "2025-07-23", "")),
    ("Pupils return after the [[summer]] holidays.", AUG, ("DATE", "2024-SU", "")),
    ("The [[2025]] graduating class is the largest yet.", JUN, ("DATE", "2025", "")),
    # --- timetables
    ("The summer schedule takes effect [[March 30]].", MAR, ("DATE", "2025-03-30", "")),
    ("Summer flights are scheduled through [[Oct. 26]].", MAR, ("DATE", "2025-10-26", "")),
    ("The timetable change on [[Dec. 15]] adds 40 trains a day.", DEC, ("DATE", "2024-12-15", "")),
    ("The [[winter]] timetable runs until March 29.", DEC, ("DATE", "2024-WI", "")),
    ("The [[2025]] timetable cuts late-night services.", DEC, ("DATE", "2025", "")),
    ("Flights to the island resume on [[the 15th]].", DEC, ("DATE", "2024-12-15", "")),
    ("Fares rise [[Jan. 1]].", DEC, ("DATE", "2025-01-01", "")),
    ("The new line opens in [[December 2025]].", DEC, ("DATE", "2025-12", "")),
    ("Buses leave [[every 12 minutes]] at peak times.", DEC, ("SET", "PT12M", "")),
    ("Trains run [[every half hour]] until midnight.", DEC, ("SET", "PT30M", "")),
    ("Trains run every half hour until [[midnight]].", DEC, ("TIME", "2024-12-03T24:00", "")),
    ("Trains run [[hourly]] on Sundays.", DEC, ("SET", "PT1H", "")),
    ("Trains run hourly on [[Sundays]].", DEC, ("SET", "XXXX-WXX-7", "")),
    ("The Night Tube runs on [[Friday and Saturday nights]].", DEC, ("SET", "XXXX-WXX-5TNI", "")),
    ("The airline operates [[daily]] flights to Lisbon.", DEC, ("SET", "P1D", "")),
    ("The route is served [[three times a week]].", DEC, ("SET", "P1W", "")),
    ("The [[4:15 p.m.]] train to Boston was canceled.", DEC, ("TIME", "2024-12-03T16:15", "")),
    ("The [[7:40]] from Brighton was cancelled again.", UK, ("TIME", "2025-04-14T07:40", "")),
    ("The [[14:35]] departure to Paris was scrapped.", UK, ("TIME", "2025-04-14T14:35", "")),
    ("She booked the [[6 a.m.]] flight to Denver.", DEC, ("TIME", "2024-12-03T06:00", "")),
    ("The flight departs at [[11:55 p.m.]] and lands in Newark at 6:10 a.m.", DEC, ("TIME", "2024-12-03T23:55", "")),
    # --- strikes, disruption and journeys
    ("Unions will stage a [[24-hour]] strike from 00:01 on Tuesday.", UK, ("DURATION", "PT24H", "")),
    ("Unions will stage a 24-hour strike from [[00:01]] on Tuesday.", UK, ("TIME", "2025-04-15T00:01", "")),
    ("Unions will stage a 24-hour strike from 00:01 on [[Tuesday]].", UK, ("DATE", "2025-04-15", "")),
    ("Passengers faced delays of [[up to two hours]].", UK, ("DURATION", "PT2H", "EQUAL_OR_LESS")),
    ("Passengers were stuck on the tarmac for [[six hours]].", UK, ("DURATION", "PT6H", "")),
    ("Qantas flies a [[13-hour]] route to Dallas.", UK, ("DURATION", "PT13H", "")),
    ("The ferry crossing takes [[an hour and 40 minutes]].", UK, ("DURATION", "PT1H40M", "")),
    ("Check-in closes [[45 minutes]] before departure.", UK, ("DURATION", "PT45M", "")),
    ("Crews will work [[overnight]] to repair the track.", DEC, ("TIME", "2024-12-03TNI", "")),
    ("They took an [[overnight]] train to Vienna.", DEC, None),
    ("He flew home on the [[red-eye]].", DEC, None),
    ("Families planned a [[two-week]] trip to Spain.", UK, ("DURATION", "P2W", "")),
    # --- holiday travel
    ("The [[Easter]] getaway starts on Thursday.", UK, ("DATE", "2025-04-20", "")),
    ("Roads will be busy over [[the Easter weekend]].", UK, ("DATE", "2025-W16-WE", "")),
    ("Airlines expect record crowds for [[this summer]]'s travel season.", JUN, ("DATE", "2025-SU", "")),
    ("Airports were chaotic [[last summer]].", JUN, ("DATE", "2024-SU", "")),
    ("Amtrak adds trains on [[the Sunday after Thanksgiving]].", NOV, ("DATE", "2024-12-01", "")),
    ("Airports are busiest on [[the Wednesday before Thanksgiving]].", NOV, ("DATE", "2024-11-27", "")),
    ("It is the busiest travel day of [[the year]].", NOV, ("DATE", "2024", "")),
    ("It is [[the busiest travel day]] of the year.", NOV, None),
    ("Hotels raise prices in [[peak season]].", JUN, None),
    # --- school periods with no date
    ("Libraries stay open late during [[finals week]].", DEC, None),
    ("Counselors see more stress in [[exam season]].", JUN, None),
    ("Parents lined up on [[the first day]] of school.", AUG, None),
    # --- numbers that are no time
    ("Debris from Flight [[370]] washed ashore.", DEC, None),
    ("The flight boards at Gate [[B12]].", DEC, None),
    ("Passengers queued outside Terminal [[5]].", UK, None),
    ("The diner sits on Route [[66]].", DEC, None),
    ("Traffic crawled on the [[405]] freeway.", DEC, None),
    ("Fans posed at Platform [[9 3/4]].", UK, None),
    ("The airline grounded its Boeing [[777]] fleet.", DEC, None),
    ("The [[A320]] landed safely.", DEC, None),
    ("Snow closed Interstate [[80]] over Donner Pass.", DEC, None),
    ("Riders waited for the No. [[7]] train.", DEC, None),
    ("The exam was held in Room [[101]].", JUN, None),
    ("She teaches Grade [[3]] in Toronto.", AUG, None),
    ("She teaches [[third grade]] in Ohio.", AUG, None),
    ("[[Year 9]] pupils sit the tests.", UK, None),
    ("The state funds [[K-12]] schools.", AUG, None),
    # --- guards for the fixes (added after the first run)
    ("Schools reopen [[the Tuesday after Easter]].", UK, ("DATE", "2025-04-22", "")),
    ("The meeting is [[the Friday before Christmas]].", DEC, ("DATE", "2024-12-20", "")),
    ("Shares fall [[months]] after a listing.", DEC, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Shares [[fall]] months after a listing.", DEC, None),
    ("Pupils sit mock exams before [[summer]] holidays.", MAR, ("DATE", "2025-SU", "")),
    ("[[Overnight]] service on the line is suspended.", DEC, None),
    ("Ferries were cancelled [[overnight]] because of the gale.", DEC, ("TIME", "2024-12-02TNI", "")),
    ("The official figures are released on [[Friday]].", DEC, ("DATE", "2024-12-06", "")),
    ("The [[9:05]] to Leeds runs every day.", UK, ("TIME", "2025-04-14T09:05", "")),
]
