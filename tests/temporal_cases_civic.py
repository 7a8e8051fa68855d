"""Genre battery: local government, labor and housing news (city councils, school boards, unions, strikes, rents,
permits), US/UK/Canada/Australia 2015-2025 (civic), in the form of ``temporal_cases.py``.

Own phrasings of meeting dates ("at its Oct. 22 meeting", "the last Thursday of each month", "Council meets
fortnightly"), budgets and fiscal years (a fiscal or financial year and a budget named by a span of years take
their closing year, as "FY 2025-26" in temporal_cases_notices.py; a school year its first), strike deadlines and
contracts ("a strike deadline of 12:01 a.m. Friday", "the contract expires at midnight Sunday", "a three-year deal
retroactive to Jan. 1"), housing ("the lease runs through June 30", "a 30-day notice", "rent is due on the 1st of
each month"), elections ("the first Tuesday in November", "polls close at 8 p.m. on Nov. 6") and notice periods
("within 10 business days", valued in days as "30 business days").  "The council's next meeting" and "day 12 of
the strike" are no timexes.  Traps: numbers naming bylaws, ordinances, union locals, statute sections,
propositions, street addresses and vote tallies ("Bylaw 2024-17", "Local 1199", "Section 8", "Proposition 13",
"2025 Market Street", "a 7-0 vote").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

COUNCIL = datetime(2024, 11, 14)  # a Thursday, after a council week
STRIKE = datetime(2023, 9, 27)  # a Wednesday, twelve days into a walkout
RENT = datetime(2022, 6, 28)  # a Tuesday, end of the lease season
ELECT = datetime(2018, 10, 30)  # a Tuesday, a week before a US Election Day
JUNE = datetime(2025, 6, 11)  # a Wednesday, budget season before a July 1 fiscal year
SUMMER = datetime(2025, 7, 9)  # a Wednesday
UK = datetime(2025, 3, 20)  # a Thursday, before the UK council-tax year and local elections
AU = datetime(2024, 5, 15)  # a Wednesday, before the Australian financial year
CA = datetime(2023, 4, 12)  # a Wednesday, Canadian bargaining

CASES: list[Case] = [
    # --- council and school-board meetings
    ("The council approved the rezoning at its [[Oct. 22]] meeting.", COUNCIL, ("DATE", "2024-10-22", "")),
    ("The board will vote on the plan at its [[Dec. 3]] meeting.", COUNCIL, ("DATE", "2024-12-03", "")),
    ("The item was deferred to the council's [[next meeting]].", COUNCIL, None),
    ("[[Tuesday]]'s council vote drew a packed chamber.", COUNCIL, ("DATE", "2024-11-12", "")),
    ("The council voted 7-2 [[late Monday]] to approve the tower.", COUNCIL, ("DATE", "2024-11-11", "END")),
    # a weekday's part of the day is a DATE, as "[[Sunday night]]" in temporal_cases.py
    ("The vote came [[Tuesday night]] after four hours of testimony.", COUNCIL, ("DATE", "2024-11-12TNI", "")),
    ("The council will hold a special meeting [[next Wednesday]].", COUNCIL, ("DATE", "2024-11-20", "")),
    ("The planning commission meets [[the last Thursday of each month]].", COUNCIL, ("SET", "XXXX-WXX-4", "")),
    ("The board meets on [[the second Monday of every month]].", COUNCIL, ("SET", "XXXX-WXX-1", "")),
    ("Council meets [[fortnightly]] on Tuesdays.", UK, ("SET", "P2W", "")),
    ("The finance committee meets [[biweekly]].", COUNCIL, ("SET", "P2W", "")),
    ("Recycling is picked up [[every other week]].", COUNCIL, ("SET", "P2W", "")),
    ("Bins will be emptied [[every three weeks]] under the new plan.", UK, ("SET", "P3W", "")),
    ("The council has met [[monthly]] since 2020.", COUNCIL, ("SET", "P1M", "")),
    ("The council has met monthly since [[2020]].", COUNCIL, ("DATE", "2020", "")),
    # the season dates the recess: "the" and "recess" stay outside, as "the [[summer]] recess" in temporal_cases_world.py
    ("The council will take up the issue after the [[summer]] recess.", UK, ("DATE", "2025-SU", "")),
    ("Hearings resume over the [[summer]] recess.", JUNE, ("DATE", "2025-SU", "")),
    ("The public comment period ends [[Dec. 5]].", COUNCIL, ("DATE", "2024-12-05", "")),
    ("The city opened a [[30-day]] public comment period.", COUNCIL, ("DURATION", "P30D", "")),
    ("Staff must respond to records requests within [[10 business days]].", COUNCIL, ("DURATION", "P10D", "")),
    ("The ordinance takes effect [[30 days]] after passage.", COUNCIL, ("DURATION", "P30D", "")),
    # "in six months" is tagged as its span, as "in two weeks" elsewhere in the project
    ("The council will revisit the policy in [[six months]].", COUNCIL, ("DURATION", "P6M", "")),
    ("The board approved the contract [[earlier this month]].", COUNCIL, ("DATE", "2024-11", "START")),
    ("The mayor serves a [[four-year]] term.", COUNCIL, ("DURATION", "P4Y", "")),
    ("A two-year pilot program begins in [[the fall]].", JUNE, ("DATE", "2025-FA", "")),
    ("The consultation closes on [[5 May]].", UK, ("DATE", "2025-05-05", "")),
    ("Council tax will rise 4.99% from [[April]].", UK, ("DATE", "2025-04", "")),
    ("Rates rise from [[1 July]], the council said.", AU, ("DATE", "2024-07-01", "")),
    ("Classes resume after [[Labor Day]].", JUNE, ("DATE", "2025-09-01", "")),
    ("The district approved the calendar for the [[2025-26]] school year.", JUNE, ("DATE", "2025", "")),
    # --- budgets and fiscal years
    ("The budget covers the fiscal year beginning [[July 1]].", JUNE, ("DATE", "2025-07-01", "")),
    ("The council passed the [[2024-25]] budget on a 5-2 vote.", datetime(2024, 6, 19), ("DATE", "2025", "")),
    ("The city faces a deficit in [[fiscal 2026]].", JUNE, ("DATE", "2026", "")),
    ("Officials expect a shortfall [[next fiscal year]].", JUNE, ("DATE", "2026", "")),
    ("The grant must be spent in [[the financial year 2024-25]].", AU, ("DATE", "2025", "")),
    ("Rates revenue rose in [[the 2023-24 financial year]].", AU, ("DATE", "2024", "")),
    ("The council's [[2025/26]] budget cuts library hours.", UK, ("DATE", "2026", "")),
    ("The allowance is frozen for [[the 2025-26 tax year]].", UK, ("DATE", "2026", "")),
    ("Toronto's [[2023]] budget adds 500 police officers.", CA, ("DATE", "2023", "")),
    ("The school board adopted the [[FY2025-26]] spending plan.", JUNE, ("DATE", "2026", "")),
    # --- strikes and contracts
    ("The walkout began [[Sept. 15]] at three plants.", STRIKE, ("DATE", "2023-09-15", "")),
    ("Workers have been off the job since [[Sept. 15]].", STRIKE, ("DATE", "2023-09-15", "")),
    ("The union set a strike deadline of [[12:01 a.m. Friday]].", STRIKE, ("TIME", "2023-09-29T00:01", "")),
    ("The contract expires at [[midnight Sunday]].", STRIKE, ("TIME", "2023-10-01T24:00", "")),
    ("Pickets went up at [[6 a.m. Monday]].", STRIKE, ("TIME", "2023-09-25T06:00", "")),
    ("Bargaining resumes [[Thursday]] in Detroit.", STRIKE, ("DATE", "2023-09-28", "")),
    ("Nurses voted to authorize a strike [[last week]].", STRIKE, ("DATE", "2023-W38", "")),
    ("Talks broke down on [[day 12]] of the strike.", STRIKE, None),
    ("The strike is now in its [[third week]].", STRIKE, None),
    ("Members ratified a [[three-year]] deal retroactive to Jan. 1.", STRIKE, ("DURATION", "P3Y", "")),
    ("Members ratified a three-year deal retroactive to [[Jan. 1]].", STRIKE, ("DATE", "2023-01-01", "")),
    ("Drivers staged a [[48-hour]] walkout.", STRIKE, ("DURATION", "PT48H", "")),
    ("The union issued a [[10-day]] strike notice.", STRIKE, ("DURATION", "P10D", "")),
    ("The agreement runs through [[2027]].", STRIKE, ("DATE", "2027", "")),
    ("The new contract expires [[June 30, 2026]].", STRIKE, ("DATE", "2026-06-30", "")),
    ("Teachers have worked without a contract since [[August]].", STRIKE, ("DATE", "2023-08", "")),
    ("The old contract expired in [[June]].", STRIKE, ("DATE", "2023-06", "")),
    ("Workers will get a 25% raise over [[four years]].", STRIKE, ("DURATION", "P4Y", "")),
    ("Staff get raises of 4% [[a year]] under the deal.", STRIKE, ("SET", "P1Y", "")),
    ("The 2019 strike ended after [[46 days]].", STRIKE, ("DURATION", "P46D", "")),
    ("The [[2019]] strike ended after 46 days.", STRIKE, ("DATE", "2019", "")),
    ("Chicago teachers struck for [[11 days]] in 2019.", STRIKE, ("DURATION", "P11D", "")),
    ("Federal workers could walk off the job as early as [[next week]].", CA, ("DATE", "2023-W16", "")),
    # a quantity per week is one SET, as "Parliament sits [[four days a week]]" in temporal_cases_world.py
    ("Overtime kicks in after [[40 hours a week]].", STRIKE, ("SET", "P1W", "")),
    # --- housing, rents and permits
    ("The lease runs through [[June 30]].", RENT, ("DATE", "2022-06-30", "")),
    ("Tenants have until [[Friday]] to respond.", RENT, ("DATE", "2022-07-01", "")),
    ("Rent is due on [[the 1st of each month]].", RENT, ("SET", "XXXX-XX-01", "")),
    ("Landlords may raise rents only [[once a year]].", RENT, ("SET", "P1Y", "")),
    ("The rent freeze expires at [[the end of the year]].", RENT, ("DATE", "2022", "END")),
    ("Tenants received a [[30-day]] notice to vacate.", RENT, ("DURATION", "P30D", "")),
    ("Most renters sign a [[one-year]] lease.", RENT, ("DURATION", "P1Y", "")),
    ("The federal eviction moratorium expired [[July 31, 2021]].", RENT, ("DATE", "2021-07-31", "")),
    ("Median rent hit $2,100 in [[May]].", RENT, ("DATE", "2022-05", "")),
    ("Rents rose 14% over [[the past year]].", RENT, ("DATE", "2021", "")),
    ("The building went up in [[the 1960s]].", RENT, ("DATE", "196", "")),
    ("Permit applications have doubled since [[January]].", RENT, ("DATE", "2022-01", "")),
    ("The building permit is valid for [[180 days]].", RENT, ("DURATION", "P180D", "")),
    ("Construction is expected to begin in [[early 2023]].", RENT, ("DATE", "2023", "START")),
    ("The project should be finished by [[late 2024]].", RENT, ("DATE", "2024", "END")),
    ("The eviction moratorium lasts until [[spring]].", COUNCIL, ("DATE", "2025-SP", "")),
    ("The landlord must make repairs within [[72 hours]].", RENT, ("DURATION", "PT72H", "")),
    ("She rents on a [[month-to-month]] basis.", RENT, None),
    # --- elections
    ("The [[2026]] municipal election will decide four seats.", COUNCIL, ("DATE", "2026", "")),
    ("Polls close at [[8 p.m.]] on Nov. 6.", ELECT, ("TIME", "2018-11-06T20:00", "")),
    ("Early voting began [[Oct. 22]].", ELECT, ("DATE", "2018-10-22", "")),
    ("This year's election falls on [[the first Tuesday in November]].", SUMMER, ("DATE", "2025-11-04", "")),
    ("Municipal elections are held [[every four years]].", COUNCIL, ("SET", "P4Y", "")),
    ("Local elections take place on [[May 1]].", UK, ("DATE", "2025-05-01", "")),
    ("Councillors will be elected in [[October]].", AU, ("DATE", "2024-10", "")),
    # --- numbers that are no time
    ("The council passed Bylaw [[2024-17]] on Tuesday.", COUNCIL, None),
    ("Ordinance No. [[2023-41]] was repealed.", COUNCIL, None),
    ("Members of Local [[1199]] rallied outside City Hall.", COUNCIL, None),
    ("Families using Section [[8]] vouchers struggle to find units.", RENT, None),
    ("Proposition [[13]] capped property taxes.", RENT, None),
    ("Proposition 13 capped property taxes in [[1978]].", RENT, ("DATE", "1978", "")),
    ("The developer plans 300 units at [[2025]] Market Street.", COUNCIL, None),
    ("The hearing is at [[1200]] Main St.", COUNCIL, None),
    ("The motion passed on a [[7-0]] vote.", COUNCIL, None),
    ("The committee backed it by a [[1-0]] vote after two members left.", COUNCIL, None),
    ("Bill [[C-58]] would ban replacement workers.", CA, None),
    ("Tenants at 14 Elm St., Apt. [[2024]], complained of mold.", COUNCIL, None),
    # --- guards for the fixes (added after the first run)
    ("Residents pay the fee on [[the first of every month]].", RENT, ("SET", "XXXX-XX-01", "")),
    ("Payments are due [[the 15th of every month]].", RENT, ("SET", "XXXX-XX-15", "")),
    ("The rent is due on [[the 1st]].", RENT, ("DATE", "2022-07-01", "")),
    ("The council set its [[2023/24]] budget in February.", datetime(2023, 3, 1), ("DATE", "2024", "")),
    ("The district cut staff in the [[2023-24]] season.", datetime(2023, 3, 1), ("DATE", "2023", "")),
    ("Transit workers gave a strike deadline of [[midnight Tuesday]].", STRIKE, ("TIME", "2023-10-03T24:00", "")),
    ("The firm moved to Suite [[2010]] in March.", COUNCIL, None),
]
