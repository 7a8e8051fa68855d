"""Genre battery: economic data releases and central-bank news (econ), in the form of ``temporal_cases.py``.

Own phrasings of US, UK, euro-area and Asian releases: jobs reports and weekly claims ("the week ending Nov. 30",
"the four-week moving average"), inflation ("the 12 months through October", "the prior month"), GDP ("the July-
September period", "1Q24", "the September quarter"), housing, retail sales and surveys, and rate decisions ("its
two-day meeting", "at its December meeting").  "year-on-year", "month on month", "q/q", "annualised" and "a
seasonally adjusted annual rate" are no timexes; "for a third straight month" is no span (TimeBank leaves "the third
consecutive month" untagged); "a year earlier" takes the period under discussion a year back.  False friends: index
names (S&P 500, Nikkei 225, FTSE 100), forms and statute sections (10-Q, Section 232), vote tallies (8-1), exchange
rates that look like dates (7.12, 1.27) and the "2/10" curve.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

JOBS = datetime(2024, 6, 7)  # a Friday, the May jobs report
CLAIMS = datetime(2024, 12, 5)  # a Thursday, weekly jobless claims
CPI = datetime(2022, 11, 10)  # a Thursday, the October CPI
GDP = datetime(2023, 10, 26)  # a Thursday, the advance third-quarter GDP estimate
FED = datetime(2023, 12, 13)  # a Wednesday, an FOMC decision day
FEDEVE = datetime(2023, 12, 12)  # a Tuesday, the first day of the FOMC meeting
UK = datetime(2024, 11, 12)  # a Tuesday, the ONS labour market release
UKGDP = datetime(2024, 11, 15)  # a Friday, UK third-quarter GDP
EZ = datetime(2025, 1, 7)  # a Tuesday, euro-area flash inflation
ECB = datetime(2024, 12, 12)  # a Thursday, an ECB decision day
CHINA = datetime(2024, 10, 18)  # a Friday, China's third-quarter GDP
CHINA3 = datetime(2024, 3, 18)  # a Monday, China's January-February activity data
AUS = datetime(2024, 10, 30)  # a Wednesday, Australia's quarterly CPI
INDIA = datetime(2024, 11, 29)  # a Friday, India's second-quarter GDP
US_RETAIL = datetime(2024, 11, 15)  # a Friday, US retail sales for October
US_PPI = datetime(2024, 12, 13)  # a Friday, US producer prices
ISM = datetime(2024, 12, 2)  # a Monday, the ISM manufacturing survey
PREVIEW = datetime(2024, 12, 4)  # a Wednesday, two days before a jobs report
KOREA = datetime(2024, 11, 21)  # a Thursday, Korea's 20-day export figures
JAPAN = datetime(2024, 11, 15)  # a Friday, Japan's preliminary GDP

CASES: list[Case] = [
    # --- US jobs report
    ("Employers added 272,000 jobs in [[May]], the Labor Department said Friday.", JOBS, ("DATE", "2024-05", "")),
    ("Employers added 272,000 jobs in May, the Labor Department said [[Friday]].", JOBS, ("DATE", "2024-06-07", "")),
    ("The unemployment rate rose to 4% [[last month]].", JOBS, ("DATE", "2024-05", "")),
    ("The [[May]] jobs report beat forecasts.", JOBS, ("DATE", "2024-05", "")),
    ("Revised figures for [[April]] and March showed 15,000 fewer jobs.", JOBS, ("DATE", "2024-04", "")),
    ("Revised figures for April and [[March]] showed 15,000 fewer jobs.", JOBS, ("DATE", "2024-03", "")),
    # TimeBank values "wages 3.8 percent higher than a year earlier", after January's figures, as the year
    ("Average hourly earnings rose 4.1% in May from [[a year earlier]].", JOBS, ("DATE", "2023", "")),
    # TimeBank: "Average [hourly] earnings of production workers"
    ("Average [[hourly]] earnings rose 0.4%.", JOBS, ("SET", "PT1H", "")),
    ("Payroll growth has averaged 249,000 [[a month]] over the past year.", JOBS, ("SET", "P1M", "")),
    # TimeBank: "over [the past year]" is the year before the article's (a DATE), as "in the past year"
    ("Payroll growth has averaged 249,000 a month over [[the past year]].", JOBS, ("DATE", "2023", "")),
    ("The jobless rate has held at or below 4% for [[27 straight months]].", JOBS, ("DURATION", "P27M", "")),
    # an ordinal run ("the third consecutive month") is no span: TimeBank leaves it untagged
    ("Job growth slowed for a third [[straight month]].", JOBS, None),
    ("It was the biggest gain since [[January 2023]].", JOBS, ("DATE", "2023-01", "")),
    ("Wage growth was the slowest in [[nearly three years]].", JOBS, ("DURATION", "P3Y", "LESS_THAN")),
    ("The jobless rate is at its highest level since [[November 2021]].", JOBS, ("DATE", "2021-11", "")),
    ("The report for [[June]] is due on July 5.", JOBS, ("DATE", "2024-06", "")),
    ("The report for June is due on [[July 5]].", JOBS, ("DATE", "2024-07-05", "")),
    ("Nonfarm payrolls for [[November]] are due on Friday.", PREVIEW, ("DATE", "2024-11", "")),
    ("The consensus for [[Friday]]'s payrolls report is 200,000.", PREVIEW, ("DATE", "2024-12-06", "")),
    # --- weekly claims: "the week ending X" is that week, with X a date of its own
    ("Initial jobless claims rose to 224,000 in [[the week]] ending Nov. 30.", CLAIMS, ("DATE", "2024-W48", "")),
    ("Initial jobless claims rose to 224,000 in the week ending [[Nov. 30]].", CLAIMS, ("DATE", "2024-11-30", "")),
    ("Continuing claims rose to 1.87 million in [[the week]] ended Nov. 23.", CLAIMS, ("DATE", "2024-W47", "")),
    (
        "Claims rose to 224,000 in the week ending Nov. 30, up 9,000 from [[the prior week]].",
        CLAIMS,
        ("DATE", "2024-W47", ""),
    ),
    ("Claims edged up in [[the latest week]].", CLAIMS, ("DATE", "2024-W48", "")),
    ("Hiring slowed in [[the latest month]].", CLAIMS, ("DATE", "2024-11", "")),
    ("The index has risen in each month since [[the latest week]] of data was published.", CLAIMS, ("DATE", "2024-W48", "")),
    ("The [[four-week]] moving average of claims fell to 218,000.", CLAIMS, ("DURATION", "P4W", "")),
    ("Mortgage applications rose 2.8% in [[the week]] to Friday.", CLAIMS, ("DATE", "2024-W48", "")),
    ("Mortgage applications rose 2.8% in the week to [[Friday]].", CLAIMS, ("DATE", "2024-11-29", "")),
    ("The Labor Department reports claims [[weekly]].", CLAIMS, ("SET", "P1W", "")),
    ("Jobless claims fell by 2,000 to 213,000.", CLAIMS, None),
    # --- US inflation
    ("Consumer prices rose 7.7% in [[the 12 months]] through October.", CPI, ("DURATION", "P12M", "")),
    ("Consumer prices rose 7.7% in the 12 months through [[October]].", CPI, ("DATE", "2022-10", "")),
    ("The [[October]] CPI came in below forecasts.", CPI, ("DATE", "2022-10", "")),
    ("Core prices rose 0.3% in October from [[the prior month]].", CPI, ("DATE", "2022-09", "")),
    ("Prices rose 0.4% [[month-on-month]].", CPI, None),
    ("Inflation peaked at 9.1% in [[June]].", CPI, ("DATE", "2022-06", "")),
    ("Annual inflation hit 9.1%, the fastest pace since [[November 1981]].", CPI, ("DATE", "1981-11", "")),
    ("Shelter costs have risen for [[30 consecutive months]].", CPI, ("DURATION", "P30M", "")),
    ("The Fed's preferred gauge will be published [[next week]].", CPI, ("DATE", "2022-W46", "")),
    ("Services prices rose at a 6% pace over [[the past three months]].", CPI, ("DURATION", "P3M", "")),
    ("Inflation is running at a [[four-decade]] high.", CPI, ("DURATION", "P40Y", "")),
    ("Some economists fear a return to [[1970s]]-style inflation.", CPI, ("DATE", "197", "")),
    ("Mortgage rates are up from about 3% [[a year ago]].", CPI, ("DATE", "2021", "")),
    ("Prices in October were 2.6% higher than in [[the same month last year]].", US_RETAIL, ("DATE", "2023-10", "")),
    ("Producer prices rose 0.4% in November. Food costs rose 3% in [[the month]].", US_PPI, ("DATE", "2024-11", "")),
    ("Inflation is at its lowest since [[early 2021]].", US_PPI, ("DATE", "2021", "START")),
    ("Inflation [[may]] ease next year.", US_PPI, None),
    # --- housing
    ("Existing-home sales fell 5.9% in [[September]].", CPI, ("DATE", "2022-09", "")),
    ("Housing starts fell to a seasonally adjusted [[annual]] rate of 1.4 million.", CPI, None),
    ("Starts for [[August]] and September were revised lower.", CPI, ("DATE", "2022-08", "")),
    # a list may run backward: the second month is the nearer one, in the first's year
    ("Figures for [[June]] and May were revised down.", JOBS, ("DATE", "2024-06", "")),
    ("Figures for June and [[May]] were revised down.", JOBS, ("DATE", "2024-05", "")),
    ("Building permits rose between November and [[January]].", datetime(2024, 2, 20), ("DATE", "2024-01", "")),
    ("The 30-year rate averaged 7.08% in [[the week]] ending Nov. 10, Freddie Mac said.", CPI, ("DATE", "2022-W45", "")),
    ("Home prices fell for the first time since the pandemic.", CPI, None),
    # --- US GDP
    ("The economy grew at a 4.9% annual rate in [[the third quarter]].", GDP, ("DATE", "2023-Q3", "")),
    ("Growth in [[the July-September period]] was the fastest in nearly two years.", GDP, ("DATE", "2023-Q3", "")),
    ("Output grew at the fastest pace since [[the fourth quarter of 2021]].", GDP, ("DATE", "2021-Q4", "")),
    ("Growth is expected to slow in [[the fourth quarter]].", GDP, ("DATE", "2023-Q4", "")),
    ("The Commerce Department will publish a second estimate [[next month]].", GDP, ("DATE", "2023-11", "")),
    ("Growth in [[the second half of next year]] is seen at 1%.", GDP, ("DATE", "2024-H2", "")),
    ("The economy shrank 0.3% in [[Q1 2025]].", datetime(2025, 4, 30), ("DATE", "2025-Q1", "")),
    ("Analysts trimmed their [[1Q24]] growth forecasts.", datetime(2024, 3, 1), ("DATE", "2024-Q1", "")),
    ("Corporate profits rose in [[the fourth quarter of 2023]].", datetime(2024, 3, 28), ("DATE", "2023-Q4", "")),
    ("Growth averaged 2% in [[the 2010s]].", GDP, ("DATE", "201", "")),
    # --- US retail sales, surveys
    ("Retail sales rose 0.4% in [[October]], after a revised 0.8% gain in September.", US_RETAIL, ("DATE", "2024-10", "")),
    ("Retail sales rose 0.4% in October, after a revised 0.8% gain in [[September]].", US_RETAIL, ("DATE", "2024-09", "")),
    ("Holiday sales in [[November]] and December are forecast to rise 3%.", US_RETAIL, ("DATE", "2024-11", "")),
    ("Retail sales data for October are due [[Friday]].", datetime(2024, 11, 13), ("DATE", "2024-11-15", "")),
    ("The ISM manufacturing index rose to 48.4 in [[November]].", ISM, ("DATE", "2024-11", "")),
    ("The index has signaled contraction for [[eight consecutive months]].", ISM, ("DURATION", "P8M", "")),
    ("The gauge has been below 50 since [[April]].", ISM, ("DATE", "2024-04", "")),
    ("Consumer sentiment improved in [[early December]].", US_PPI, ("DATE", "2024-12", "START")),
    ("Stocks are up 25% [[YTD]].", US_PPI, ("DATE", "2024", "")),
    ("Economists await [[the March]] CPI data.", CHINA3, None),
    ("Economists await the [[March]] CPI data.", CHINA3, ("DATE", "2024-03", "")),
    # --- the Fed
    ("The Fed held rates steady at the end of its [[two-day]] meeting on Wednesday.", FED, ("DURATION", "P2D", "")),
    ("The Fed held rates steady at the end of its two-day meeting on [[Wednesday]].", FED, ("DATE", "2023-12-13", "")),
    ("Policymakers begin a two-day meeting ending [[Wednesday]].", FEDEVE, ("DATE", "2023-12-13", "")),
    ("Traders see a first cut at the Fed's meeting in [[March]].", FED, ("DATE", "2024-03", "")),
    ("Officials penciled in three rate cuts [[next year]].", FED, ("DATE", "2024", "")),
    ("The Fed has kept rates at a [[22-year]] high since July.", FED, ("DURATION", "P22Y", "")),
    ("The Fed has kept rates at a 22-year high since [[July]].", FED, ("DATE", "2023-07", "")),
    ("Rates have risen 525 basis points since [[March 2022]].", FED, ("DATE", "2022-03", "")),
    ("Powell will hold a news conference at [[2:30 p.m.]]", FED, ("TIME", "2023-12-13T14:30", "")),
    ("Minutes of the Fed's [[Oct. 31-Nov. 1]] meeting showed caution.", datetime(2023, 11, 21), ("DATE", "2023-10-31", "")),
    # the record of a meeting is no span of time
    ("[[Minutes]] of the Fed's last meeting showed caution.", datetime(2023, 11, 21), None),
    ("The ECB publishes the [[minutes]] of its policy meeting on Thursday.", datetime(2023, 11, 21), None),
    ("Shares fell [[minutes]] after the meeting ended.", datetime(2023, 11, 21), ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Officials expect inflation to return to 2% by [[2026]].", FED, ("DATE", "2026", "")),
    ("The Fed meets again [[later this month]].", datetime(2023, 12, 4), ("DATE", "2023-12", "END")),
    ("The Fed bought $40 billion of mortgage bonds [[every month]].", FED, ("SET", "P1M", "")),
    ("The Fed held the federal funds rate at 5.25% to 5.5%.", FED, None),
    # --- UK
    ("Unemployment rose to 4.3% in [[the three months]] to September.", UK, ("DURATION", "P3M", "")),
    ("Unemployment rose to 4.3% in the three months to [[September]].", UK, ("DATE", "2024-09", "")),
    # a span of months named as a period is one timex (as "the April-June quarter"), valued by its first month
    ("Regular pay growth slowed in [[the June-August period]].", UK, ("DATE", "2024-06", "")),
    ("Vacancies fell by 35,000 compared with [[the prior three months]].", UK, ("DURATION", "P3M", "")),
    ("Output rose 0.5% over [[the preceding six months]].", UK, ("DURATION", "P6M", "")),
    ("Pay growth was the slowest in [[more than two years]].", UK, ("DURATION", "P2Y", "MORE_THAN")),
    ("CPI rose 1.7% in [[the year]] to September.", UK, ("DURATION", "P1Y", "")),
    ("Retail sales fell in [[the four weeks]] to 2 November.", UK, ("DURATION", "P4W", "")),
    ("The economy grew 0.1% in [[the third quarter]], the ONS said.", UKGDP, ("DATE", "2024-Q3", "")),
    ("The preliminary [[third-quarter]] estimate disappointed.", UKGDP, ("DATE", "2024-Q3", "")),
    ("Between [[July]] and September, output grew 0.1%.", UKGDP, ("DATE", "2024-07", "")),
    ("Between July and [[September]], output grew 0.1%.", UKGDP, ("DATE", "2024-09", "")),
    ("GDP rose 0.1% [[q/q]].", UKGDP, None),
    ("Output rose at an [[annualised]] rate of 0.4%.", UKGDP, None),
    ("The Bank of England cut rates at its [[November]] meeting.", UK, ("DATE", "2024-11", "")),
    ("The Monetary Policy Committee meets again on [[19 December]].", UK, ("DATE", "2024-12-19", "")),
    ("The MPC voted [[8-1]] to cut rates.", UK, None),
    ("Sterling slipped to [[1.27]] dollars.", UK, None),
    ("The FTSE [[100]] closed higher.", UK, None),
    # --- euro area
    ("Euro zone inflation rose to 2.4% in [[December]] from 2.2% in November.", EZ, ("DATE", "2024-12", "")),
    ("Euro zone inflation rose to 2.4% in December from 2.2% in [[November]].", EZ, ("DATE", "2024-11", "")),
    ("The ECB next meets on [[Jan. 30]].", EZ, ("DATE", "2025-01-30", "")),
    ("The ECB cut rates at its [[December]] meeting.", EZ, ("DATE", "2024-12", "")),
    # TimeBank splits "[the first nine months] of [1997]": a counted stretch is a span, the year a date of its own
    ("Germany's economy shrank in [[the final three months]] of 2024.", datetime(2025, 1, 30), ("DURATION", "P3M", "")),
    ("Economists see the deposit rate at 2% by [[the summer]].", EZ, ("DATE", "2025-SU", "")),
    ("The ECB cut its deposit rate for the fourth time [[this year]] on Thursday.", ECB, ("DATE", "2024", "")),
    ("The ECB cut its deposit rate for the fourth time this year on [[Thursday]].", ECB, ("DATE", "2024-12-12", "")),
    ("The euro fell to [[1.05]] against the dollar.", ECB, None),
    ("The Euro Stoxx [[50]] rose 1%.", ECB, None),
    ("Banks must meet Basel III capital rules.", ECB, None),
    # --- Asia and the Pacific
    ("China's economy grew 4.6% in [[the third quarter]] from a year earlier.", CHINA, ("DATE", "2024-Q3", "")),
    ("China's economy grew 4.6% in the third quarter from [[a year earlier]].", CHINA, ("DATE", "2023-Q3", "")),
    ("Growth in [[the first nine months]] was 4.8%.", CHINA, ("DURATION", "P9M", "")),
    ("Retail sales rose 3.2% in [[September]].", CHINA, ("DATE", "2024-09", "")),
    ("Exports rose 5% [[year on year]].", CHINA, None),
    ("The PBOC cut its [[seven-day]] reverse repo rate.", CHINA, ("DURATION", "P7D", "")),
    ("The yuan traded at [[7.12]] per dollar.", CHINA, None),
    ("Industrial output rose 7% in [[the first two months of the year]].", CHINA3, ("DATE", "2024", "START")),
    ("Inflation slowed to 2.8% in [[the September quarter]].", AUS, ("DATE", "2024-Q3", "")),
    ("India's GDP grew 5.4% in [[the July-September quarter]].", INDIA, ("DATE", "2024-Q3", "")),
    ("The RBI will announce its decision on [[December 6]].", INDIA, ("DATE", "2024-12-06", "")),
    ("The Sensex fell 1% as the Nikkei [[225]] slid.", INDIA, None),
    ("Exports rose for a 14th [[straight month]].", KOREA, None),
    ("Exports in [[the first 20 days]] of November rose 0.9%.", KOREA, ("DURATION", "P20D", "")),
    ("Exports in the first 20 days of [[November]] rose 0.9%.", KOREA, ("DATE", "2024-11", "")),
    ("The BOJ will next meet on [[Dec. 18-19]].", JAPAN, ("DATE", "2024-12-18", "")),
    ("Japan's economy grew an annualized 0.9% in [[the July-September period]].", JAPAN, ("DATE", "2024-Q3", "")),
    # --- other false friends
    ("The S&P [[500]] rose 1%.", FED, None),
    ("The bank disclosed the loss in its Form [[10-Q]] filing.", FED, None),
    ("Section [[232]] tariffs on steel remain in place.", FED, None),
    ("[[G7]] finance ministers met in Niigata.", FED, None),
    ("The [[2/10]] yield curve inverted.", FED, None),
    ("The index closed at 2003.37.", FED, None),
]
