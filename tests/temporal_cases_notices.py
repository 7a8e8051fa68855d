"""Genre battery: press releases, official announcements and public notices, 2010-2025 (notices), in the form of
``temporal_cases.py``.
Own phrasings of notices as newsrooms reprint or quote them: effective dates ("effective Jan. 1, 2025", "as of July
1", "beginning in April"; "effective immediately" and "FOR IMMEDIATE RELEASE" are no timexes), deadlines ("on or
before March 31", "no later than 5 p.m. on Friday, March 3", "postmarked by", "extended to March 15"), regulatory
periods ("the comment period closes 60 days after publication", "within 30 business days", "a 45-day comment
period"), school and local-government news ("the 2024-25 school year", "the fall semester", "at its Nov. 12
meeting", "the second Tuesday of each month", "every other Wednesday", opening hours and holiday closures),
recalls and product notices ("sold between Jan. 2023 and March 2024", "best before 12/2025", "a two-year warranty",
"expires in 90 days"), fiscal years ("the fiscal year beginning Oct. 1", "FY 2025-26", "tax year 2024") and the page
stamps of a notice ("Posted: 03/14/2024", "Last reviewed: June 2023", "EMBARGOED UNTIL ...").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE = datetime(2024, 12, 10)  # a Tuesday, before the holidays and the new year
MON = datetime(2025, 2, 24)  # a Monday, filing season
THU = datetime(2023, 6, 15)  # a Thursday
WED = datetime(2024, 8, 14)  # a Wednesday, before the school year
THU24 = datetime(2024, 3, 14)  # a Thursday
WED23 = datetime(2023, 2, 22)  # a Wednesday, a bid notice
FRI = datetime(2024, 12, 20)  # a Friday
FRI9 = datetime(2024, 9, 20)  # a Friday, a hearing notice
RECALL = datetime(2024, 5, 8)  # a Wednesday, a product recall
SUN = datetime(2024, 10, 20)  # a Sunday, before open enrollment
WED11 = datetime(2024, 11, 6)  # a Wednesday, before Veterans Day
WED12 = datetime(2024, 12, 18)  # a Wednesday, before Christmas
JUN = datetime(2025, 6, 18)  # a Wednesday, budget season
SEP = datetime(2024, 9, 5)  # a Thursday, before the federal fiscal year
MAY = datetime(2024, 5, 10)  # a Friday, before Memorial Day
JUL = datetime(2024, 7, 10)  # a Wednesday
NOV = datetime(2024, 11, 20)  # a Wednesday, before Thanksgiving week

CASES: list[Case] = [
    # --- effective dates
    ("The new fees take effect [[Jan. 1, 2025]].", TUE, ("DATE", "2025-01-01", "")),
    ("The policy is effective [[immediately]].", TUE, None),
    ("The changes are effective immediately, the district said [[Tuesday]].", TUE, ("DATE", "2024-12-10", "")),
    ("Effective [[July 1]], the library will no longer charge late fees.", THU24, ("DATE", "2024-07-01", "")),
    ("As of [[July 1]], all permits must be renewed online.", THU24, ("DATE", "2024-07-01", "")),
    ("As of [[Monday]], 40 households remained without water.", TUE, ("DATE", "2024-12-09", "")),
    ("Beginning [[Jan. 1]], customers will pay a $5 monthly fee.", TUE, ("DATE", "2025-01-01", "")),
    ("The new rates will appear on bills beginning in [[April]].", MON, ("DATE", "2025-04", "")),
    ("Curbside pickup resumes starting [[Monday]].", TUE, ("DATE", "2024-12-16", "")),
    ("The new schedule begins [[next month]].", TUE, ("DATE", "2025-01", "")),
    ("The curfew is effective [[12:01 a.m. Sunday]].", THU, ("TIME", "2023-06-18T00:01", "")),
    ("The price increase applies to plans renewed on or after [[March 1]].", MON, ("DATE", "2025-03-01", "")),
    ("The service will be discontinued as of [[Dec. 31]].", TUE, ("DATE", "2024-12-31", "")),
    ("The app will no longer be supported after [[June 30]].", THU24, ("DATE", "2024-06-30", "")),
    ("FOR [[IMMEDIATE]] RELEASE", TUE, None),
    ("Consumers should stop using the heaters [[immediately]].", RECALL, None),
    # --- deadlines
    ("Applications must be submitted on or before [[March 31]].", MON, ("DATE", "2025-03-31", "")),
    ("Bids are due no later than [[5 p.m.]] on Friday, March 3.", WED23, ("TIME", "2023-03-03T17:00", "")),
    ("Bids are due no later than 5 p.m. on [[Friday, March 3]].", WED23, ("DATE", "2023-03-03", "")),
    ("Registration closes at [[11:59 p.m.]] on Sunday, Jan. 5.", FRI, ("TIME", "2025-01-05T23:59", "")),
    ("Registration closes at 11:59 p.m. on [[Sunday, Jan. 5]].", FRI, ("DATE", "2025-01-05", "")),
    ("Written comments will be accepted until [[April 15]].", MON, ("DATE", "2025-04-15", "")),
    ("The deadline was extended to [[March 15]].", MON, ("DATE", "2025-03-15", "")),
    ("The deadline was extended by [[two weeks]].", MON, ("DURATION", "P2W", "")),
    ("Applications open [[Feb. 1]] and close Feb. 28.", TUE, ("DATE", "2025-02-01", "")),
    ("Applications open Feb. 1 and close [[Feb. 28]].", TUE, ("DATE", "2025-02-28", "")),
    ("Last day to register: [[Oct. 7]]", FRI9, ("DATE", "2024-10-07", "")),
    ("The agency expects to finalize the rule by [[year's end]].", TUE, ("DATE", "2024", "END")),
    ("Open enrollment runs [[Nov. 1]] through Jan. 15.", SUN, ("DATE", "2024-11-01", "")),
    ("Open enrollment runs Nov. 1 through [[Jan. 15]].", SUN, ("DATE", "2025-01-15", "")),
    ("Claims must be filed within [[one year]] of the date of purchase.", RECALL, ("DURATION", "P1Y", "")),
    ("The moratorium lasts through [[March 2026]].", MON, ("DATE", "2026-03", "")),
    # --- regulatory periods and legal notices
    ("The comment period closes [[60 days]] after publication in the Federal Register.", MON, ("DURATION", "P60D", "")),
    ("Refunds will be issued within [[30 business days]].", MON, ("DURATION", "P30D", "")),
    ("The [[45-day]] comment period ends April 8.", MON, ("DURATION", "P45D", "")),
    ("The 45-day comment period ends [[April 8]].", MON, ("DATE", "2025-04-08", "")),
    ("The proposed rule was published in the Federal Register on [[Jan. 8]].", MON, ("DATE", "2025-01-08", "")),
    ("The report covers the period ending [[Dec. 31, 2023]].", THU24, ("DATE", "2023-12-31", "")),
    ("The order takes effect [[30 days]] after the governor signs it.", MON, ("DURATION", "P30D", "")),
    ("The notice period is [[six weeks]].", MON, ("DURATION", "P6W", "")),
    ("The hearing is scheduled for [[10 a.m. Thursday, Oct. 3]], at City Hall.", FRI9, ("TIME", "2024-10-03T10:00", "")),
    # a date and the clock reading after it are one timex, as the stamp "March 22, 2013 at 10:15 am" is
    ("A public hearing will be held on [[Tuesday, Sept. 10, 2024, at 6 p.m.]]", datetime(2024, 8, 28), ("TIME", "2024-09-10T18:00", "")),
    ("The settlement covers [[tax year 2024]].", MON, ("DATE", "2024", "")),
    ("Income earned during [[calendar year 2023]] is exempt.", MON, ("DATE", "2023", "")),
    ("Each household may receive one kit [[per calendar year]].", MON, ("SET", "P1Y", "")),
    ("The firm agreed to a [[one-time]] payment of $4 million.", MON, None),
    # --- school news
    ("Tuition rises 3% for the [[2024-25]] school year.", WED, ("DATE", "2024", "")),
    ("The district's [[2025-2026]] calendar was approved Monday.", JUN, ("DATE", "2025", "")),
    ("Classes for the [[fall]] semester begin Aug. 26.", WED, ("DATE", "2024-FA", "")),
    ("Classes for the fall semester begin [[Aug. 26]].", WED, ("DATE", "2024-08-26", "")),
    ("Schools close for spring break [[the week of March 17]].", MON, ("DATE", "2025-W12", "")),
    ("Winter break runs [[Dec. 23]] to Jan. 3.", TUE, ("DATE", "2024-12-23", "")),
    ("Winter break runs Dec. 23 to [[Jan. 3]].", TUE, ("DATE", "2025-01-03", "")),
    ("Students return from winter break on [[Jan. 6]].", TUE, ("DATE", "2025-01-06", "")),
    ("The last day of school is [[June 12]].", THU24, ("DATE", "2024-06-12", "")),
    ("Report cards will be mailed [[the week of Jan. 13]].", TUE, ("DATE", "2025-W03", "")),
    ("The district will move to a [[four-day]] school week.", WED, ("DURATION", "P4D", "")),
    ("Schools open on a [[two-hour]] delay Wednesday.", TUE, ("DURATION", "PT2H", "")),
    ("Schools open on a two-hour delay [[Wednesday]].", TUE, ("DATE", "2024-12-11", "")),
    ("The school board will vote at its meeting [[next Tuesday]].", TUE, ("DATE", "2024-12-17", "")),
    ("Summer school runs [[four weeks]] this year.", THU24, ("DURATION", "P4W", "")),
    # --- local government: meetings, hours, closures
    ("The council approved the plan at its [[Nov. 12]] meeting.", TUE, ("DATE", "2024-11-12", "")),
    ("Commissioners discussed the levy at the [[Feb. 3]] work session.", MON, ("DATE", "2025-02-03", "")),
    ("The board meets [[the second Tuesday of each month]].", TUE, ("SET", "XXXX-WXX-2", "")),
    ("Office hours are [[9 a.m.]] to 5 p.m. weekdays.", TUE, ("TIME", "2024-12-10T09:00", "")),
    ("City offices are closed on [[federal holidays]].", TUE, None),
    ("Recycling is collected [[every other Wednesday]].", TUE, ("SET", "XXXX-WXX-3", "")),
    ("The office is open [[Saturdays]] from 9 to noon.", TUE, ("SET", "XXXX-WXX-6", "")),
    ("Residents can call the hotline [[24 hours a day]].", TUE, ("SET", "P1D", "")),
    ("The shelter is staffed [[seven days a week]].", TUE, ("SET", "P1W", "")),
    # "quarterly" is left untagged, as "The dividend is paid quarterly" (temporal_cases.py)
    ("Property taxes are payable [[quarterly]].", TUE, None),
    ("The newsletter is published [[biweekly]].", TUE, ("SET", "P2W", "")),
    ("City Hall will be closed [[Monday]] in observance of Veterans Day.", WED11, ("DATE", "2024-11-11", "")),
    ("City Hall will be closed Monday in observance of [[Veterans Day]].", WED11, ("DATE", "2024-11-11", "")),
    ("Offices close at [[noon]] on Christmas Eve.", WED12, ("TIME", "2024-12-24T12:00", "")),
    ("Offices close at noon on [[Christmas Eve]].", WED12, ("DATE", "2024-12-24", "")),
    ("Trash pickup will be delayed [[one day]] during Thanksgiving week.", NOV, ("DURATION", "P1D", "")),
    ("Trash pickup will be delayed one day during [[Thanksgiving week]].", NOV, ("DATE", "2024-W48", "")),
    ("The pool is open daily through [[Labor Day]].", datetime(2024, 6, 20), ("DATE", "2024-09-02", "")),
    ("The beach is staffed from [[Memorial Day]] through Labor Day.", MAY, ("DATE", "2024-05-27", "")),
    ("The library will close [[one hour]] early on Wednesday.", TUE, ("DURATION", "PT1H", "")),
    # a clock time and the weekday right after it are one timex ("9 p.m. Thursday")
    ("The boil-water advisory was lifted at [[noon Saturday]].", MON, ("TIME", "2025-02-22T12:00", "")),
    # "about" stays outside a span's extent, as "lasted about [[six hours]]" (temporal_cases_biz.py)
    ("The water main work will take about [[three weeks]].", TUE, ("DURATION", "P3W", "APPROX")),
    ("The boil notice will stay in place for [[at least 48 hours]].", TUE, ("DURATION", "PT48H", "EQUAL_OR_MORE")),
    ("The agency will hold a [[two-hour]] virtual session on the plan.", TUE, ("DURATION", "PT2H", "")),
    ("A Q&A session follows at [[2pm ET]].", TUE, ("TIME", "2024-12-10T14:00", "")),
    ("The meeting has been moved from Tuesday to [[Thursday]].", TUE, ("DATE", "2024-12-12", "")),
    # --- budgets and fiscal years
    ("The budget covers the fiscal year beginning [[Oct. 1]].", SEP, ("DATE", "2024-10-01", "")),
    ("The council adopted the [[FY 2025-26]] budget.", JUN, ("DATE", "2026", "")),
    ("The grant period runs [[July 1, 2024]], through June 30, 2025.", JUN, ("DATE", "2024-07-01", "")),
    ("The grant period runs July 1, 2024, through [[June 30, 2025]].", JUN, ("DATE", "2025-06-30", "")),
    # --- recalls and product notices
    ("The recall covers heaters sold between [[Jan. 2023]] and March 2024.", RECALL, ("DATE", "2023-01", "")),
    ("The recall covers heaters sold between Jan. 2023 and [[March 2024]].", RECALL, ("DATE", "2024-03", "")),
    ("The chargers were sold between [[March 1]] and June 30, 2023.", RECALL, ("DATE", "2023-03-01", "")),
    ("The product was sold nationwide from [[October 2022]] through January 2024.", RECALL, ("DATE", "2022-10", "")),
    ("Affected jars carry a best-before date of [[12/2025]].", RECALL, ("DATE", "2025-12", "")),
    ("The recalled bags are marked best if used by [[Sept. 30, 2025]].", RECALL, ("DATE", "2025-09-30", "")),
    ("The recall was first announced in [[March]] and expanded last week.", RECALL, ("DATE", "2024-03", "")),
    ("The firm has received four reports of burns since [[2021]].", RECALL, ("DATE", "2021", "")),
    ("The code expires in [[90 days]].", TUE, ("DURATION", "P90D", "")),
    ("All models come with a [[two-year]] warranty.", TUE, ("DURATION", "P2Y", "")),
    ("Customers get a [[14-day]] return window.", TUE, ("DURATION", "P14D", "")),
    ("The season pass is valid for [[12 months]] from the date of purchase.", TUE, ("DURATION", "P12M", "")),
    ("The subscription renews automatically [[each year]].", TUE, ("SET", "P1Y", "")),
    # --- stamps of a notice
    ("Posted: [[03/14/2024]]", THU24, ("DATE", "2024-03-14", "")),
    ("Last reviewed: [[June 2023]]", THU24, ("DATE", "2023-06", "")),
    ("Posted [[3/14/24]]", THU24, ("DATE", "2024-03-14", "")),
    ("Last modified: [[Thu, 14 Mar 2024 09:12:33 GMT]]", THU24, ("TIME", "2024-03-14T09:12:33", "")),
    ("Published [[March 14, 2024 5:00 PM EDT]]", THU24, ("TIME", "2024-03-14T17:00", "")),
    ("EMBARGOED UNTIL [[6 A.M. ET, TUESDAY, JUNE 4, 2024]]", datetime(2024, 6, 3), ("TIME", "2024-06-04T06:00", "")),
    ("Last updated [[Aug. 2, 2024]]", WED, ("DATE", "2024-08-02", "")),
    # --- added with the fixes (not part of the battery written first)
    ("The clinic closes at [[3 p.m.]] on New Year's Eve.", WED12, ("TIME", "2024-12-31T15:00", "")),
    ("The pantry opens [[the first Saturday of every month]].", TUE, ("SET", "XXXX-WXX-6", "")),
    ("The board met on [[the first Monday in December]].", TUE, ("DATE", "2024-12-02", "")),
    ("Use-by dates run from [[01/2025]] to 06/2025.", RECALL, ("DATE", "2025-01", "")),
    ("Filers may claim the credit for [[tax year 2023-24]].", MON, ("DATE", "2024", "")),
    ("Volunteers may work up to 20 hours [[per calendar year]].", MON, ("SET", "P1Y", "")),
    ("Doors open at [[7 p.m.]] on Thursday, Jan. 9.", FRI, ("TIME", "2025-01-09T19:00", "")),
]
