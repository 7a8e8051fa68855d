"""Genre battery: technology and business-tech news, live blogs and web stamps, 2020-2027 (tech).

Own phrasings of tech-site stamps and live-blog times ("Updated 3:45 p.m. ET", "Posted 45m ago", ISO stamps in
the text, log lines), fiscal shorthand of tech earnings ("Q3 FY2025", "2H24", "CY2023", "Q2'25", "the July
quarter"), product life cycles (end of support, sunsets, trials, warranties, roadmaps), uptime and latency
(outages, "every 15 minutes", "200 milliseconds"), launch seasons ("the fall launch event", "early next year"),
and product and version names that look like dates or durations ("Windows 95", "Office 365", "Xbox 360",
"Windows 11 24H2", "iOS 26", "a zero-day flaw", "a Day One patch", "the Y2K bug"), which are no timexes.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

SAT = datetime(2026, 11, 28, 16, 5)  # a Saturday afternoon, the day after Black Friday
TUE = datetime(2026, 6, 9, 10, 0)  # a Tuesday morning, a developer-conference keynote day
MON = datetime(2026, 11, 30, 9, 0)  # a Monday morning
JAN = datetime(2026, 1, 29)  # a Thursday, holiday-quarter earnings season
AUG = datetime(2025, 8, 20)  # a Wednesday
MAY = datetime(2024, 5, 14)  # a Tuesday

CASES: list[Case] = [
    # --- web stamps, live-blog times, timestamps in the text
    ("Updated [[3:45 p.m. ET]]", SAT, ("TIME", "2026-11-28T15:45", "")),
    ("Posted [[2 hours ago]]", SAT, ("TIME", "2026-11-28T14", "")),
    ("Last updated: [[28 Nov 2026, 14:05 GMT]]", SAT, ("TIME", "2026-11-28T14:05", "")),
    ("The crash log shows the first error at [[2026-11-28T14:00Z]].", SAT, ("TIME", "2026-11-28T14:00", "")),
    ("The maintenance window opens at [[2026-11-28 14:00 UTC]].", SAT, ("TIME", "2026-11-28T14:00", "")),
    ("The incident report was filed at [[2026-11-27T22:41:09-05:00]].", SAT, ("TIME", "2026-11-27T22:41:09", "")),
    ("Published [[Nov. 27, 2026 at 9:02 a.m. PT]]", SAT, ("TIME", "2026-11-27T09:02", "")),
    ("Updated [[20 minutes ago]]", SAT, ("TIME", "2026-11-28T15:45", "")),
    ("Posted [[45m ago]]", SAT, ("TIME", "2026-11-28T15:20", "")),
    ("Posted yesterday at [[6:10 pm]]", SAT, ("TIME", "2026-11-27T18:10", "")),
    ("Edited [[4 days ago]]", SAT, ("DATE", "2026-11-24", "")),
    ("[[4:12 p.m.]]: The CEO takes the stage to a standing ovation.", TUE, ("TIME", "2026-06-09T16:12", "")),
    ("[[11:03 a.m. PT]] — The keynote is starting.", TUE, ("TIME", "2026-06-09T11:03", "")),
    ("Updated [[Friday, Nov. 27, 2026]]", SAT, ("DATE", "2026-11-27", "")),
    ("The status page said at [[09:14 UTC]] that the issue was resolved.", SAT, ("TIME", "2026-11-28T09:14", "")),
    # TBAQ marks only "now" in "right now" (two times of three): the adverb before it stays outside
    ("Posted just [[now]]", SAT, ("DATE", "PRESENT_REF", "")),
    ("The stream begins at [[10 a.m. PT]] (1 p.m. ET).", TUE, ("TIME", "2026-06-09T10:00", "")),
    # the zone gloss in parentheses is no timex of its own, as "(0735 GMT)" after a local time
    ("The stream begins at 10 a.m. PT ([[1 p.m. ET]]).", TUE, None),
    ("Preorders open at [[12:01 a.m. PT]] on Friday.", TUE, ("TIME", "2026-06-12T00:01", "")),
    # a weekday right after the reading is part of it, as in "noon ET Friday"
    ("The embargo lifts at [[9 a.m. ET Thursday]].", TUE, ("TIME", "2026-06-11T09:00", "")),
    ("The server logged the request at [[Nov 28 2026 14:05:33 UTC]].", SAT, ("TIME", "2026-11-28T14:05:33", "")),
    ("Updated [[Sat 28 Nov 2026 15.40 GMT]]", SAT, ("TIME", "2026-11-28T15:40", "")),
    # --- fiscal shorthand of tech earnings
    ("The chipmaker's revenue jumped in [[Q3 FY2025]].", AUG, ("DATE", "2025-Q3", "")),
    ("The software maker posted a loss in [[fiscal Q1]].", SAT, ("DATE", "2026-Q1", "")),
    ("[[H1 2024]] smartphone shipments fell 3%.", datetime(2024, 8, 1), ("DATE", "2024-H1", "")),
    ("Analysts expect memory prices to recover in [[2H24]].", MAY, ("DATE", "2024-H2", "")),
    ("[[FY24]] revenue topped $60 billion.", datetime(2024, 8, 28), ("DATE", "2024", "")),
    ("Global PC shipments shrank in [[CY2023]].", datetime(2024, 1, 15), ("DATE", "2023", "")),
    ("The company sold a record number of phones in [[the holiday quarter]].", JAN, ("DATE", "2025-Q4", "")),
    ("Apple guided to slower growth in [[the September quarter]].", datetime(2026, 7, 30), ("DATE", "2026-Q3", "")),
    ("Management issued weak [[Q4 2026]] guidance.", datetime(2026, 10, 29), ("DATE", "2026-Q4", "")),
    ("Revenue for [[the fourth quarter of fiscal 2026]] rose 11%.", datetime(2026, 8, 26), ("DATE", "2026-Q4", "")),
    ("The cloud unit turned profitable in [[3Q26]].", SAT, ("DATE", "2026-Q3", "")),
    ("Shipments in [[Q2'25]] beat forecasts.", AUG, ("DATE", "2025-Q2", "")),
    ("The foundry expects a stronger [[1H25]].", datetime(2024, 12, 10), ("DATE", "2025-H1", "")),
    ("The startup expects to break even [[this fiscal year]].", SAT, ("DATE", "2026", "")),
    ("Cloud revenue doubled from [[the prior fiscal year]].", SAT, ("DATE", "2025", "")),
    ("The chipmaker will report [[fiscal third-quarter]] results on Wednesday.", datetime(2026, 11, 16), ("DATE", "2026-Q3", "")),
    ("[[Calendar 2027]] capital spending is expected to rise.", SAT, ("DATE", "2027", "")),
    ("The chip ships in [[Q1 next year]].", SAT, ("DATE", "2027-Q1", "")),
    ("Bookings rose in [[the first half of fiscal 2027]].", SAT, ("DATE", "2027-H1", "")),
    # a quarter named by its last month: May-July is the second calendar quarter
    ("Gross margin hit 70% in [[the July quarter]].", datetime(2026, 8, 27), ("DATE", "2026-Q2", "")),
    # --- product life cycles
    ("Security updates for the tablet stop in [[October 2027]].", SAT, ("DATE", "2027-10", "")),
    ("Windows 7 reached end of life on [[Jan. 14, 2020]].", SAT, ("DATE", "2020-01-14", "")),
    ("Windows [[7]] reached end of life on Jan. 14, 2020.", SAT, None),
    ("The messaging app will be shut down on [[March 31, 2027]].", SAT, ("DATE", "2027-03-31", "")),
    ("Extended support for the database runs through [[2028]].", SAT, ("DATE", "2028", "")),
    ("Support for the old API ends [[next June]].", SAT, ("DATE", "2027-06", "")),
    # --- durations: trials, warranties, roadmaps, outages, latency
    ("Enterprise customers can sign up for a [[90-day]] trial.", SAT, ("DURATION", "P90D", "")),
    ("New subscribers get a [[one-month]] free trial.", SAT, ("DURATION", "P1M", "")),
    ("The company published a [[12-month]] roadmap for the platform.", SAT, ("DURATION", "P12M", "")),
    ("Each laptop carries a [[three-year]] warranty.", SAT, ("DURATION", "P3Y", "")),
    ("An outage lasting [[six hours]] knocked the service offline.", SAT, ("DURATION", "PT6H", "")),
    ("Engineers restored service within [[48 hours]].", SAT, ("DURATION", "PT48H", "")),
    ("The database answers most queries in [[200 milliseconds]].", SAT, ("DURATION", "PT0.2S", "")),
    ("The battery lasts [[up to 18 hours]] on a charge.", SAT, ("DURATION", "PT18H", "EQUAL_OR_LESS")),
    ("The phone charges to half capacity in [[30 minutes]].", SAT, ("DURATION", "PT30M", "")),
    ("The provider reported 99.9% uptime over [[the past 90 days]].", SAT, ("DURATION", "P90D", "")),
    # an unknown count of decades is PXE in the project ("for decades"), though TBAQ once writes PXY
    ("The bank still runs a [[decades-old]] mainframe system.", SAT, ("DURATION", "PXE", "")),
    ("Customers have [[14 days]] to return the headset.", SAT, ("DURATION", "P14D", "")),
    ("The phone will get [[seven years]] of software updates.", SAT, ("DURATION", "P7Y", "")),
    ("The company signed a [[five-year]] cloud contract.", SAT, ("DURATION", "P5Y", "")),
    ("Students built the app at a [[48-hour]] hackathon.", SAT, ("DURATION", "PT48H", "")),
    ("The launch slipped by [[six months]].", SAT, ("DURATION", "P6M", "")),
    ("The outage lasted [[an hour and 40 minutes]].", SAT, ("DURATION", "PT1H40M", "")),
    # --- sets
    ("The network operations center is staffed [[24/7]].", SAT, None),
    ("Engineers are on call [[around the clock]].", SAT, None),
    ("The backup job runs [[every 15 minutes]].", SAT, ("SET", "PT15M", "")),
    ("The team ships a new build [[every two weeks]].", SAT, ("SET", "P2W", "")),
    ("Passwords must be changed [[every 90 days]].", SAT, ("SET", "P90D", "")),
    ("The firmware checks for updates [[once a day]].", SAT, ("SET", "P1D", "")),
    ("The app costs $4.99 [[per month]].", SAT, ("SET", "P1M", "")),
    ("The company holds its developer conference [[every June]].", SAT, ("SET", "XXXX-06", "")),
    # --- launches, seasons, vague and relative times
    ("The feature was released in beta [[last spring]].", SAT, ("DATE", "2026-SP", "")),
    ("Analysts are watching the company's [[fall]] launch event.", TUE, ("DATE", "2026-FA", "")),
    ("A foldable model is planned for [[later this year]].", TUE, ("DATE", "2026", "END")),
    ("The headset goes on sale [[early next year]].", SAT, ("DATE", "2027", "START")),
    ("The carrier aims to retire its 3G network by [[the end of 2027]].", SAT, ("DATE", "2027", "END")),
    ("The chipmaker plans to ship samples by [[the end of the quarter]].", SAT, ("DATE", "2026-Q4", "END")),
    ("The patch will roll out [[later this month]].", SAT, ("DATE", "2026-11", "END")),
    ("More details will come in [[the coming months]].", SAT, ("DATE", "FUTURE_REF", "")),
    ("The site went down [[late Tuesday]].", SAT, ("DATE", "2026-11-24", "END")),
    # TimeBank marks "earlier [this week]"; the project keeps its START
    ("The company fixed the bug earlier [[this week]].", SAT, ("DATE", "2026-W48", "START")),
    ("The update rolls out over [[the next few weeks]].", SAT, ("DURATION", "PXW", "")),
    ("Online spending hit a record on [[Black Friday]].", SAT, ("DATE", "2026-11-27", "")),
    ("Apple's [[September]] event is expected to feature new phones.", datetime(2026, 8, 10), ("DATE", "2026-09", "")),
    ("The developer conference opens on [[June 8]].", datetime(2026, 5, 20), ("DATE", "2026-06-08", "")),
    ("The site was down over [[the weekend]].", MON, ("DATE", "2026-W48-WE", "")),
    ("The new chips arrive in [[mid-December]].", SAT, ("DATE", "2026-12", "MID")),
    ("The dot-com bubble burst in [[2000]].", SAT, ("DATE", "2000", "")),
    ("Broadband spread fast in [[the early 2000s]].", SAT, ("DATE", "200", "START")),
    ("[[Tuesday]]'s keynote drew 2 million viewers.", SAT, ("DATE", "2026-11-24", "")),
    ("The app launched [[three years ago]].", SAT, ("DATE", "2023", "")),
    ("The company will share its roadmap [[next quarter]].", SAT, ("DATE", "2027-Q1", "")),
    # a year after a capitalized name is part of the name, as in "Windows 2000"
    ("The company will show the car at CES [[2027]] in January.", SAT, None),
    ("The company will show the car at CES 2027 in [[January]].", SAT, ("DATE", "2027-01", "")),
    # --- product and version names that look like dates or durations
    ("Many offices still ran Windows [[95]] at the time.", SAT, None),
    ("Office [[365]] subscriptions rose 15%.", SAT, None),
    ("The iPhone [[15]] went on sale in September 2023.", SAT, None),
    ("The iPhone 15 went on sale in [[September 2023]].", SAT, ("DATE", "2023-09", "")),
    ("The Pixel [[8]] gets updates until 2030.", SAT, None),
    ("The Pixel 8 gets updates until [[2030]].", SAT, ("DATE", "2030", "")),
    ("Android [[14]] arrived on Pixel phones in October.", SAT, None),
    ("Carriers sold more [[5G]] phones this year.", SAT, None),
    ("Investors poured money into Web [[3.0]] startups.", SAT, None),
    ("Banks spent billions fixing the [[Y2K]] bug.", SAT, None),
    ("The Galaxy [[S24]] sold well in Korea.", SAT, None),
    ("The Xbox [[360]] was discontinued in 2016.", SAT, None),
    ("The Xbox 360 was discontinued in [[2016]].", SAT, ("DATE", "2016", "")),
    ("Regulators grounded the Boeing [[737]] MAX.", SAT, None),
    ("The Intel [[486]] chip powered many early PCs.", SAT, None),
    ("The firm shipped version [[2.1]] of the app on Tuesday.", SAT, None),
    ("The firm shipped version 2.1 of the app on [[Tuesday]].", SAT, ("DATE", "2026-11-24", "")),
    ("The service now supports Python [[3.13]].", SAT, None),
    ("The camera records [[1080p]] video.", SAT, None),
    ("The set streams [[4K]] video.", SAT, None),
    ("The startup raised a $20 million [[Series A]] round.", SAT, None),
    ("Twitter raised its limit to [[280]] characters in 2017.", SAT, None),
    ("Twitter raised its limit to 280 characters in [[2017]].", SAT, ("DATE", "2017", "")),
    ("The Macintosh [[128K]] went on sale in January 1984.", SAT, None),
    ("The Macintosh 128K went on sale in [[January 1984]].", SAT, ("DATE", "1984-01", "")),
    ("The studio released a [[Day One]] patch for the game.", SAT, None),
    ("Hackers exploited a [[zero-day]] flaw in the browser.", SAT, None),
    ("The laptop ships with Windows 11 [[24H2]].", SAT, None),
    ("Apple released iOS [[26]] in September.", SAT, None),
    ("Some hospitals still run Windows [[2000]].", SAT, None),
    ("The app sends a [[one-time]] passcode.", SAT, None),
    ("The dashboard shows [[real-time]] data.", SAT, None),
    ("Amazon's [[Prime Day]] sale starts on July 14.", TUE, None),
    ("Amazon's Prime Day sale starts on [[July 14]].", TUE, ("DATE", "2026-07-14", "")),
    # --- added with the fixes (not part of the battery written first)
    ("The game launches [[Thursday]].", TUE, ("DATE", "2026-06-11", "")),
    ("The update rolls out [[Tuesday]] to all users.", SAT, ("DATE", "2026-12-01", "")),
    ("The rouble's [[fall]] in value worried officials.", SAT, None),
    ("Nintendo's [[summer]] showcase drew record viewers.", SAT, ("DATE", "2026-SU", "")),
    ("Sales fell in [[the January quarter]].", datetime(2024, 3, 1), ("DATE", "2023-Q4", "")),
    ("The retailer expects a loss in [[the April quarter]].", datetime(2024, 3, 1), ("DATE", "2024-Q1", "")),
    ("Demand in [[CY24]] was soft.", datetime(2025, 2, 3), ("DATE", "2024", "")),
    ("Margins recovered in [[Q4 last year]].", datetime(2024, 3, 1), ("DATE", "2023-Q4", "")),
    ("The switch adds a [[5-microsecond]] delay.", SAT, ("DURATION", "PT0.000005S", "")),
    ("The car debuts at CES [[2027]].", SAT, None),
    ("The EU [[2030]] target is strict.", SAT, ("DATE", "2030", "")),
    ("Posted [[3 hours ago]]", MON, ("TIME", "2026-11-30T06", "")),
    ("The outage began at [[2026-11-28 03:12:44 GMT]].", SAT, ("TIME", "2026-11-28T03:12:44", "")),
]
