"""Genre battery: modern business, markets and technology news, 2015-2025 (biz), in the form of ``temporal_cases.py``.

Own phrasings of earnings reports ("the three months ended June 30", "the June quarter", fiscal quarters, "year over
year" and "sequentially" are no timexes), market reports (trading days and clock times; "in early trading", "at the
close", "after the bell" are no timexes; "52-week high" and the maturity in "the 10-year yield" or "a two-year note"
are spans, as TimeBank marks "far below their 52-week high" and "the benchmark 30-year Treasury bond"), product and
technology news (release months, "later this year", version numbers that look like years, trials and subscriptions)
and deals and guidance ("expected to close in the second half", "by mid-2026", "within 90 days", "through 2030").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE = datetime(2024, 7, 30)  # a Tuesday in the second-quarter earnings season
THU = datetime(2023, 10, 26)  # a Thursday in the third-quarter earnings season
FRI = datetime(2024, 8, 2)  # a Friday, the day after a June-quarter report
FRI23 = datetime(2023, 11, 3)  # a Friday, after a September-quarter report
TUE23 = datetime(2023, 11, 7)  # a Tuesday
MON = datetime(2025, 2, 3)  # a Monday
FRI25 = datetime(2025, 6, 13)  # a Friday
WED = datetime(2024, 12, 11)  # a Wednesday
FRI7 = datetime(2023, 7, 14)  # a Friday, the end of a trading week
MON24 = datetime(2024, 11, 25)  # the Monday of Thanksgiving week
TUE24 = datetime(2024, 11, 12)  # a Tuesday
MON6 = datetime(2024, 6, 10)  # a Monday, a developer conference
TUE12 = datetime(2024, 12, 3)  # the Tuesday after Cyber Monday
TUE25 = datetime(2025, 4, 15)  # a Tuesday in the first-quarter earnings season
FRI16 = datetime(2016, 4, 29)  # a Friday
SUN = datetime(2018, 12, 2)  # a Sunday
THU15 = datetime(2015, 8, 27)  # a Thursday
SAT = datetime(2021, 1, 16)  # a Saturday
WED19 = datetime(2019, 9, 11)  # a Wednesday, the day after a phone launch
WED22 = datetime(2022, 3, 16)  # a Wednesday, a central-bank decision day
THU20 = datetime(2020, 4, 30)  # a Thursday
THU17 = datetime(2017, 1, 26)  # a Thursday

CASES: list[Case] = [
    # --- earnings: reporting periods
    ("Revenue rose 9% to $4.1 billion for [[the three months]] ended June 30.", TUE, ("DURATION", "P3M", "")),
    ("Revenue rose 9% to $4.1 billion for the three months ended [[June 30]].", TUE, ("DATE", "2024-06-30", "")),
    ("Net income fell 8% in [[the quarter]] ending in September.", THU, ("DATE", "2023-Q3", "")),
    ("Net income fell 8% in the quarter ending in [[September]].", THU, ("DATE", "2023-09", "")),
    ("iPhone sales rose 3% in [[the June quarter]].", FRI, ("DATE", "2024-Q2", "")),
    ("Apple expects revenue to grow in [[the December quarter]].", FRI, ("DATE", "2024-Q4", "")),
    ("Services revenue hit a record in [[the September quarter]].", FRI23, ("DATE", "2023-Q3", "")),
    # TimeBank values a fiscal quarter by its label in the article's year
    ("The chipmaker lost money in its [[fiscal first quarter]], which ended Oct. 1.", TUE23, ("DATE", "2023-Q1", "")),
    ("The chipmaker lost money in its fiscal first quarter, which ended [[Oct. 1]].", TUE23, ("DATE", "2023-10-01", "")),
    ("Revenue rose 12% [[year over year]].", TUE, None),
    ("Cloud revenue grew 20% [[year-on-year]].", TUE, None),
    ("Bookings were flat [[quarter over quarter]].", TUE, None),
    ("Gross margin improved sequentially.", TUE, None),
    ("Third-quarter operating income doubled from [[the year-ago quarter]].", THU, ("DATE", "2022-Q3", "")),
    ("Revenue for [[the second quarter of fiscal 2025]] rose 8%.", MON, ("DATE", "2025-Q2", "")),
    ("The company raised its outlook for [[fiscal 2026]].", FRI25, ("DATE", "2026", "")),
    ("Sales rose 15% in [[the six months]] ended Dec. 31.", MON, ("DURATION", "P6M", "")),
    ("For [[the 13 weeks]] ended Jan. 28, comparable sales fell 2%.", datetime(2023, 3, 2), ("DURATION", "P13W", "")),
    ("The bank will report [[second-quarter]] results on July 16.", datetime(2024, 7, 2), ("DATE", "2024-Q2", "")),
    ("The bank will report second-quarter results on [[July 16]].", datetime(2024, 7, 2), ("DATE", "2024-07-16", "")),
    ("The retailer reaffirmed its [[full-year]] guidance.", TUE, ("DATE", "2024", "")),
    ("Management guided to [[third-quarter]] revenue of $2.1 billion.", TUE, ("DATE", "2024-Q3", "")),
    ("Sales should pick up in [[the current quarter]].", TUE, ("DATE", "2024-Q3", "")),
    ("Executives expect margins to widen [[next quarter]].", TUE, ("DATE", "2024-Q4", "")),
    ("Orders typically peak in [[the final quarter of the year]].", TUE, ("DATE", "2024-Q4", "")),
    ("Revenue has declined for [[three consecutive quarters]].", TUE, ("DURATION", "P3Q", "")),
    ("The bank's [[1Q25]] results beat estimates.", TUE25, ("DATE", "2025-Q1", "")),
    ("Net debt stood at $4 billion at [[end-June]].", TUE, ("DATE", "2024-06", "END")),
    ("Net debt should fall to $3 billion by [[end-2025]].", TUE, ("DATE", "2025", "END")),
    # guard: without "of the year", "the final quarter" is the one just reported
    ("Sales rose in [[the final quarter]].", TUE, ("DATE", "2024-Q2", "")),
    ("The lender expects loan growth to slow in [[the second half of 2025]].", MON, ("DATE", "2025-H2", "")),
    ("The firm expects [[calendar 2025]] revenue of $5 billion.", TUE24, ("DATE", "2025", "")),
    ("Profit fell 30% in [[fiscal 2016]], which ended in March.", FRI16, ("DATE", "2016", "")),
    ("Profit fell 30% in fiscal 2016, which ended in [[March]].", FRI16, ("DATE", "2016-03", "")),
    ("[[Fourth-quarter]] profit more than doubled.", THU17, ("DATE", "2016-Q4", "")),
    ("Earnings in [[the first quarter]] were hit by the pandemic.", THU20, ("DATE", "2020-Q1", "")),
    # --- markets
    ("The Nasdaq closed at a record on [[Tuesday]].", WED, ("DATE", "2024-12-10", "")),
    ("Shares of the chipmaker fell 3% on [[Monday]].", WED, ("DATE", "2024-12-09", "")),
    ("Stocks rose in [[early trading]] on Wednesday.", WED, None),
    ("Stocks rose in early trading on [[Wednesday]].", WED, ("DATE", "2024-12-11", "")),
    ("The Dow was down 200 points at [[the close]].", WED, None),
    ("Shares jumped 8% after [[the bell]].", WED, None),
    ("Tesla shares slipped in [[premarket]] trading.", WED, None),
    ("Shares rose 5% in [[after-hours]] trading.", WED, None),
    ("The stock is up 30% [[year to date]].", WED, ("DATE", "2024", "")),
    ("[[Year-to-date]], the fund has returned 11%.", WED, ("DATE", "2024", "")),
    ("[[Year-to-date]] gains topped 20% at the fund.", datetime(2016, 1, 8), ("DATE", "2016", "")),
    ("Shares have gained 40% since [[the start of the year]].", WED, ("DATE", "2024", "START")),
    ("Shares have fallen 25% over [[the past 12 months]].", WED, ("DURATION", "P12M", "")),
    ("The S&P 500 had its best week since [[November]].", FRI7, ("DATE", "2022-11", "")),
    ("The stock suffered its biggest [[one-day]] drop since 2020.", WED, ("DURATION", "P1D", "")),
    ("The stock suffered its biggest one-day drop since [[2020]].", WED, ("DATE", "2020", "")),
    # TimeBank: "far below their [52-week] high"
    ("Shares hit a [[52-week]] high on Friday.", FRI7, ("DURATION", "P52W", "")),
    ("Shares hit a 52-week high on [[Friday]].", FRI7, ("DATE", "2023-07-14", "")),
    ("Unemployment fell to a [[two-year]] low.", WED22, ("DURATION", "P2Y", "")),
    # TimeBank marks a maturity as a span ("the benchmark [30-year] Treasury bond", "the Treasury's [10-year] note")
    ("The [[10-year]] yield rose to 4.3%.", WED, ("DURATION", "P10Y", "")),
    ("The yield on the [[10-year]] Treasury note rose.", WED, ("DURATION", "P10Y", "")),
    ("The [[two-year]] note yield fell 5 basis points.", WED, ("DURATION", "P2Y", "")),
    ("The average [[30-year]] mortgage rate fell to 6.9%.", WED, ("DURATION", "P30Y", "")),
    ("The Treasury sold $42 billion of [[10-year]] notes.", WED, ("DURATION", "P10Y", "")),
    ("Trading volume was well above the [[30-day]] average.", WED, ("DURATION", "P30D", "")),
    ("The stock fell below its [[200-day]] moving average.", WED, ("DURATION", "P200D", "")),
    ("The yen hit its weakest level in [[34 years]].", datetime(2024, 4, 29), ("DURATION", "P34Y", "")),
    ("The Fed will announce its decision at [[2 p.m. Wednesday]].", WED22, ("TIME", "2022-03-16T14:00", "")),
    ("Retail sales figures are due at [[8:30 a.m. ET]].", WED, ("TIME", "2024-12-11T08:30", "")),
    ("Markets will be closed [[Thursday]] for Thanksgiving.", MON24, ("DATE", "2024-11-28", "")),
    ("Traders expect the Fed to cut rates in [[September]].", TUE, ("DATE", "2024-09", "")),
    ("Oil settled at $78 a barrel on [[Monday]].", THU15, ("DATE", "2015-08-24", "")),
    ("The stock has lost half its value [[this year]].", THU15, ("DATE", "2015", "")),
    ("The rate rise was the first since [[March 2020]].", WED22, ("DATE", "2020-03", "")),
    ("The Dow rose 300 points [[Thursday afternoon]].", datetime(2024, 12, 13), ("DATE", "2024-12-12TAF", "")),
    ("Stocks rose for [[five straight days]].", WED, ("DURATION", "P5D", "")),
    ("Online sales reached $13 billion on [[Cyber Monday]].", TUE12, ("DATE", "2024-12-02", "")),
    ("Bitcoin topped $40,000 for the first time on [[Jan. 7]].", SAT, ("DATE", "2021-01-07", "")),
    # --- products and technology
    ("The iPhone 16, released in [[September]], sold well.", TUE24, ("DATE", "2024-09", "")),
    ("The iPhone [[16]], released in September, sold well.", TUE24, None),
    ("The headset ships in [[the first half of 2026]].", FRI25, ("DATE", "2026-H1", "")),
    ("A cheaper model will arrive [[later this year]].", FRI25, ("DATE", "2025", "END")),
    ("Windows [[10]] support ends in October 2025.", TUE24, None),
    ("Windows 10 support ends in [[October 2025]].", TUE24, ("DATE", "2025-10", "")),
    ("New users get a [[30-day]] free trial.", TUE24, ("DURATION", "P30D", "")),
    ("The service offers [[24/7]] support.", TUE24, None),
    ("Beta testing begins [[next month]].", TUE24, ("DATE", "2024-12", "")),
    ("The update rolls out [[next week]].", TUE24, ("DATE", "2024-W47", "")),
    ("Apple released iOS [[18]] in September.", TUE24, None),
    ("Many firms still run Office [[2019]].", TUE24, None),
    ("The feature arrives [[this fall]].", MON6, ("DATE", "2024-FA", "")),
    ("The data center should be running by [[early 2027]].", FRI25, ("DATE", "2027", "START")),
    ("Deliveries of the sedan began in [[mid-2017]].", SUN, ("DATE", "2017", "MID")),
    ("The console launched [[five years ago]].", FRI25, ("DATE", "2020", "")),
    ("The phone went on sale on [[Jan. 31]].", datetime(2024, 2, 5), ("DATE", "2024-01-31", "")),
    ("The outage lasted about [[six hours]].", SAT, ("DURATION", "PT6H", "APPROX")),
    ("The streaming service costs $15.99 [[a month]].", TUE24, ("SET", "P1M", "")),
    ("Subscribers pay $99 [[per year]].", TUE24, ("SET", "P1Y", "")),
    ("The phone was unveiled [[Tuesday]] in Cupertino.", WED19, ("DATE", "2019-09-10", "")),
    ("Preorders open on [[Friday]].", WED19, ("DATE", "2019-09-13", "")),
    ("Support for the app ends on [[June 30, 2025]].", TUE24, ("DATE", "2025-06-30", "")),
    # --- deals and guidance
    ("The deal is expected to close in [[the second half]].", MON, ("DATE", "2025-H2", "")),
    ("The merger should be completed by [[mid-2026]].", FRI25, ("DATE", "2026", "MID")),
    ("The company plans to invest $10 billion over [[the next five years]].", FRI25, ("DURATION", "P5Y", "")),
    ("Shareholders must respond within [[90 days]].", FRI25, ("DURATION", "P90D", "")),
    ("The utility signed a [[three-year]] supply agreement.", FRI25, ("DURATION", "P3Y", "")),
    ("The targets run through [[2030]].", FRI25, ("DATE", "2030", "")),
    ("The tender offer expires at [[5 p.m. ET]] on Friday.", MON, ("TIME", "2025-02-07T17:00", "")),
    ("The acquisition closed on [[Oct. 27, 2022]].", MON, ("DATE", "2022-10-27", "")),
    ("The companies expect to close the deal in [[the first quarter of 2026]].", FRI25, ("DATE", "2026-Q1", "")),
    ("Regulators have until [[March 14]] to decide.", MON, ("DATE", "2025-03-14", "")),
    ("The buyback program runs for [[18 months]].", MON, ("DURATION", "P18M", "")),
    ("Analysts expect earnings to grow 10% [[next year]].", TUE, ("DATE", "2025", "")),
    ("The retailer will close 100 stores by [[year-end]].", TUE, ("DATE", "2024", "END")),
    ("The company expects to be profitable by [[the end of 2025]].", TUE, ("DATE", "2025", "END")),
    ("Insiders face a [[180-day]] lockup period.", TUE, ("DURATION", "P180D", "")),
    ("The deal, announced in [[January]], values the company at $8 billion.", FRI25, ("DATE", "2025-01", "")),
    ("The bank plans to shut 50 branches in [[2026]].", FRI25, ("DATE", "2026", "")),
    ("The license runs through [[the end of 2027]].", FRI25, ("DATE", "2027", "END")),
    ("The borrower has [[30 days]] to cure the default.", FRI25, ("DURATION", "P30D", "")),
    ("The IPO is expected in [[the coming weeks]].", FRI25, ("DATE", "FUTURE_REF", "")),
    ("The stock split takes effect after the close on [[June 7]].", datetime(2024, 5, 23), ("DATE", "2024-06-07", "")),
    ("The carrier will report results [[Thursday]] before the market opens.", TUE, ("DATE", "2024-08-01", "")),
]
