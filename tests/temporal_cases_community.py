"""Genre battery: citizen-journalism and community-wiki news, 2004-2012 (community), in the form of ``temporal_cases.py``.

Own phrasings of short volunteer-written international and business reports, each with a publication date:
weekdays told from the article day ("On Tuesday, ..."), week and month edges ("earlier this week", "late last
month"), full dates and clock readings in UTC or local time with a GMT gloss, narrated chronology ("the previous
day", "two days later", "the same day", "a week earlier"), fiscal and calendar periods ("the 2008 fiscal year",
"Q3 2009", "the first half of 2010", "mid-2009", "the end of the decade"), since/as-of years, durations and sets
("for the past two years", "more than a decade", "every four years"), and what is no time: product names with a
year, ages, scores, flight numbers, named wars and eras.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

WED08 = datetime(2008, 3, 12)  # a Wednesday (2008-W11)
WED11 = datetime(2011, 6, 8)  # a Wednesday (2011-W23)
WED06 = datetime(2006, 9, 20)  # a Wednesday (2006-W38)
WED12 = datetime(2012, 1, 4)  # a Wednesday in the first ISO week of 2012
WED04 = datetime(2004, 8, 18)  # a Wednesday, during the Athens Olympics
SUN09 = datetime(2009, 11, 15)  # a Sunday (2009-W46)
SUN07 = datetime(2007, 12, 30)  # a Sunday, the year's last weekend
YE10 = datetime(2010, 12, 31)  # a Friday, New Year's Eve
THU05 = datetime(2005, 7, 14)  # a Thursday

CASES: list[Case] = [
    # --- weekdays told from the article day: past by default, ahead with a future cue
    ("On [[Tuesday]], the central bank cut its key rate by half a point.", WED08, ("DATE", "2008-03-11", "")),
    ("The central bank will announce its decision on [[Thursday]].", WED08, ("DATE", "2008-03-13", "")),
    ("Voters in the province went to the polls on [[Sunday]].", SUN09, ("DATE", "2009-11-15", "")),
    ("Parliament will vote on the bill on [[Tuesday]].", SUN09, ("DATE", "2009-11-17", "")),
    ("Rebels ambushed an army convoy on [[Saturday]], officials said.", SUN09, ("DATE", "2009-11-14", "")),
    ("The carmaker announced on [[Monday]] that it would cut 1,200 jobs.", YE10, ("DATE", "2010-12-27", "")),
    ("Talks between the two unions are set to resume on [[Tuesday]].", YE10, ("DATE", "2011-01-04", "")),
    ("[[Wednesday]]'s summit ended without a deal.", WED06, ("DATE", "2006-09-20", "")),
    ("Shares rose sharply on [[Friday afternoon]] after the report.", WED12, ("DATE", "2011-12-30TAF", "")),
    ("The minister resigned [[late Tuesday]].", WED11, ("DATE", "2011-06-07", "END")),
    ("The opposition leader was arrested [[last Thursday]].", WED06, ("DATE", "2006-09-14", "")),
    ("The new president will be sworn in [[next Monday]].", WED11, ("DATE", "2011-06-13", "")),
    # --- deictic days, weeks and months
    ("The prime minister said [[yesterday]] that troops would stay.", THU05, ("DATE", "2005-07-13", "")),
    ("Markets reacted calmly to [[yesterday]]'s announcement.", WED06, ("DATE", "2006-09-19", "")),
    ("The final results will be published [[tomorrow]].", SUN07, ("DATE", "2007-12-31", "")),
    ("Police raided the offices of the newspaper [[this morning]].", SUN09, ("TIME", "2009-11-15TMO", "")),
    # TimeBank leaves "earlier" outside "this week" (not outside "this month"): the week keeps the START mod
    ("Police said earlier [[this week]] that the suspect had fled abroad.", WED08, ("DATE", "2008-W11", "START")),
    ("Dock workers staged a strike [[late last month]].", WED12, ("DATE", "2011-12", "END")),
    ("Refugees began crossing the border [[early this month]].", WED11, ("DATE", "2011-06", "START")),
    ("[[Last month]], the government raised fuel prices by 30%.", WED12, ("DATE", "2011-12", "")),
    ("Foreign ministers will meet again [[this weekend]].", WED08, ("DATE", "2008-W11-WE", "")),
    ("Thousands marched through the capital [[this weekend]].", SUN09, ("DATE", "2009-W46-WE", "")),
    ("Fighting continued over [[the weekend]] in the north.", WED08, ("DATE", "2008-W10-WE", "")),
    ("Floods killed dozens of villagers [[last week]].", WED12, ("DATE", "2011-W52", "")),
    ("Ministers will meet [[next week]] to discuss the budget.", YE10, ("DATE", "2011-W01", "")),
    ("The company plans to list its shares [[next month]].", YE10, ("DATE", "2011-01", "")),
    ("Polls show a tight race ahead of [[next month]]'s election.", WED06, ("DATE", "2006-10", "")),
    ("Aid agencies expect more refugees to arrive in [[the coming days]].", SUN09, ("DATE", "FUTURE_REF", "")),
    ("Final results are expected in [[the coming weeks]].", WED11, ("DATE", "FUTURE_REF", "")),
    ("The mayor [[recently]] announced a new transit plan.", WED06, ("DATE", "PAST_REF", "")),
    ("Food prices are [[now]] double what they were in 2006.", WED08, ("DATE", "PRESENT_REF", "")),
    ("The government will hold a referendum on the plan [[this autumn]].", WED06, ("DATE", "2006-FA", "")),
    ("Hospitals filled up [[last night]] after the blast.", THU05, ("TIME", "2005-07-13TNI", "")),
    ("The agency said the team would finish its report by [[the end of the month]].", WED11, ("DATE", "2011-06", "END")),
    # --- calendar dates, with and without a year
    ("The treaty was signed on [[March 5, 2008]] in Santo Domingo.", WED08, ("DATE", "2008-03-05", "")),
    ("The general election will be held on [[April 20]].", WED08, ("DATE", "2008-04-20", "")),
    ("Protests began on [[Feb. 28]] and spread to three cities.", WED08, ("DATE", "2008-02-28", "")),
    ("The bank collapsed on [[15 September 2008]].", SUN09, ("DATE", "2008-09-15", "")),
    ("The festival runs from [[July 20-24]] in the old town.", THU05, ("DATE", "2005-07-20", "")),
    ("The ministry said the new rules would take effect on [[January 1]].", SUN07, ("DATE", "2008-01-01", "")),
    ("Online registration closes on [[December 31]].", YE10, ("DATE", "2010-12-31", "")),
    ("Rescuers reached the village on [[the 12th]].", datetime(2008, 5, 16), ("DATE", "2008-05-12", "")),
    # --- clock readings in UTC and local time
    ("The earthquake struck at [[10:00 UTC]] on Tuesday.", WED08, ("TIME", "2008-03-11T10:00", "")),
    ("The blast happened at [[10 a.m.]] local time (0800 GMT).", THU05, ("TIME", "2005-07-14T10:00", "")),
    ("The blast happened at 10 a.m. local time ([[0800 GMT]]).", THU05, None),
    ("Polls opened at [[7:00 am]] and close at 8:00 pm.", SUN09, ("TIME", "2009-11-15T07:00", "")),
    ("Polls opened at 7:00 am and close at [[8:00 pm]].", SUN09, ("TIME", "2009-11-15T20:00", "")),
    ("The launch is scheduled for [[14:30 UTC]] on Thursday.", WED11, ("TIME", "2011-06-09T14:30", "")),
    ("The hostages were freed at about [[3 a.m.]] on Saturday.", SUN09, ("TIME", "2009-11-14T03:00", "APPROX")),
    ("Trading was halted at [[noon]] after the index fell 9%.", WED06, ("TIME", "2006-09-20T12:00", "")),
    # --- chronology told from a date in the text
    (
        "The ceasefire was agreed on March 3. [[The previous day]], shelling had killed ten people.",
        WED08,
        ("DATE", "2008-03-02", ""),
    ),
    (
        "The bank filed for bankruptcy on September 15. [[Two days later]], its rival was rescued.",
        SUN09,
        ("DATE", "2009-09-17", ""),
    ),
    ("The dam burst on June 2. Rescue teams arrived [[the same day]].", WED11, ("DATE", "2011-06-02", "")),
    (
        "The president was sworn in on January 20. [[A week earlier]], he had named his cabinet.",
        SUN09,
        ("DATE", "2009-W03", ""),
    ),
    # "later in the day": "later in" stays outside, as TimeBank marks it; the day is the one the text named
    ("Protesters gathered on Monday. Later in [[the day]], police used tear gas.", WED11, ("DATE", "2011-06-06", "")),
    ("The rebels took the town on Saturday; they had been warned [[the day before]].", SUN09, ("DATE", "2009-11-13", "")),
    ("The plant was shut on 4 July 2006 and reopened [[three weeks later]].", WED06, ("DATE", "2006-W30", "")),
    ("The envoy arrived on Monday and left [[the following day]].", WED11, ("DATE", "2011-06-07", "")),
    ("The fire broke out on Oct. 2, 2007. [[That evening]], the roof collapsed.", WED08, ("TIME", "2007-10-02TEV", "")),
    # --- fiscal and calendar periods
    ("Profits fell 20% in [[the 2008 fiscal year]].", SUN09, ("DATE", "2008", "")),
    ("The carrier returned to profit in [[Q3 2009]].", SUN09, ("DATE", "2009-Q3", "")),
    ("The company expects to break even in [[the first half of 2010]].", SUN09, ("DATE", "2010-H1", "")),
    ("The new stadium should be finished by [[mid-2009]].", WED08, ("DATE", "2009", "MID")),
    ("The country hopes to adopt the euro by [[the end of the decade]].", WED06, ("DATE", "200", "END")),
    ("Crime rose sharply in [[the 1990s]].", WED06, ("DATE", "199", "")),
    ("The region boomed in [[the early 2000s]].", WED11, ("DATE", "200", "START")),
    ("Unemployment has fallen every year since [[2003]].", WED06, ("DATE", "2003", "")),
    ("As of [[2010]], the town had about 40,000 residents.", YE10, ("DATE", "2010", "")),
    ("The government promised to balance the budget by [[the end of next year]].", YE10, ("DATE", "2011", "END")),
    ("The plan will be ready by [[the end of the year]].", WED06, ("DATE", "2006", "END")),
    ("Athletes from 200 nations competed at the [[2008]] Summer Olympics.", SUN09, ("DATE", "2008", "")),
    ("Vancouver hosts the [[2010]] Winter Games in February.", SUN09, ("DATE", "2010", "")),
    ("South Africa is spending heavily ahead of the [[2010]] World Cup.", WED08, ("DATE", "2010", "")),
    ("The economy shrank in [[the fourth quarter]].", WED08, ("DATE", "2007-Q4", "")),
    ("The economy grew 3% in [[the third quarter]], the agency said.", SUN09, ("DATE", "2009-Q3", "")),
    ("The airline expects losses to continue in [[2009]].", WED08, ("DATE", "2009", "")),
    ("[[This year]]'s harvest was the worst in memory.", YE10, ("DATE", "2010", "")),
    ("Exports rose 8% [[last year]].", WED12, ("DATE", "2011", "")),
    ("The smoking ban will take effect [[next year]].", SUN07, ("DATE", "2008", "")),
    ("The new terminal opened in [[late 2007]].", WED08, ("DATE", "2007", "END")),
    ("Oil prices peaked in [[July 2008]].", SUN09, ("DATE", "2008-07", "")),
    ("The central bank is expected to raise rates in [[June]].", WED08, ("DATE", "2008-06", "")),
    ("Inflation peaked in [[October]].", WED08, ("DATE", "2007-10", "")),
    ("The firm said it will report its results in [[February]].", YE10, ("DATE", "2011-02", "")),
    ("Heavy snow fell across the region in [[December]].", YE10, ("DATE", "2010-12", "")),
    ("Parliament returns from its recess in [[mid-January]].", YE10, ("DATE", "2011-01", "MID")),
    ("The company was founded in [[1998]] by two students.", WED06, ("DATE", "1998", "")),
    ("Opposition leaders have lived in exile since [[the 1980s]].", WED04, ("DATE", "198", "")),
    ("Sales of the magazine fell in [[spring 2009]].", SUN09, ("DATE", "2009-SP", "")),
    ("The tsunami of [[December 2004]] killed more than 200,000 people.", WED06, ("DATE", "2004-12", "")),
    ("Microsoft released Office 2007 [[last year]].", WED08, ("DATE", "2007", "")),
    # --- holidays around the year's end
    ("Shops reported strong sales over [[Christmas]].", YE10, ("DATE", "2010-12-25", "")),
    ("Fireworks are planned for [[New Year's Eve]] in the capital.", YE10, ("DATE", "2010-12-31", "")),
    ("The new currency enters circulation on [[New Year's Day]].", SUN07, ("DATE", "2008-01-01", "")),
    # --- counts back from the article date
    ("The airport reopened [[three days ago]].", WED11, ("DATE", "2011-06-05", "")),
    ("The mine disaster happened [[five years ago]].", WED06, ("DATE", "2001", "")),
    ("[[A year ago]], few had heard of the company.", WED11, ("DATE", "2010", "")),
    # --- durations
    ("The two sides have negotiated for [[the past two years]].", WED08, ("DURATION", "P2Y", "")),
    ("The border dispute has lasted [[more than a decade]].", WED06, ("DURATION", "P10Y", "MORE_THAN")),
    ("Inflation is at its highest level in [[a decade]].", WED08, ("DURATION", "P10Y", "")),
    ("Rainfall has declined over [[the past decade]].", WED11, ("DURATION", "P10Y", "")),
    ("The government said it would respond within [[48 hours]].", WED11, ("DURATION", "PT48H", "")),
    ("The peacekeeping mission will last [[six months]].", WED06, ("DURATION", "P6M", "")),
    ("The [[three-day]] conference ends on Friday.", WED08, ("DURATION", "P3D", "")),
    ("The [[two-week]] strike ended on Monday.", WED11, ("DURATION", "P2W", "")),
    ("The sailors were held for [[nearly a month]].", WED04, ("DURATION", "P1M", "LESS_THAN")),
    ("The ship has been at sea for [[more than 40 days]].", SUN09, ("DURATION", "P40D", "MORE_THAN")),
    ("He was sentenced to [[two years]] in prison.", WED12, ("DURATION", "P2Y", "")),
    ("The building was evacuated [[two hours]] after the blast.", THU05, ("DURATION", "PT2H", "")),
    # --- sets
    ("The World Cup is held [[every four years]].", WED08, ("SET", "P4Y", "")),
    ("A census is taken [[every ten years]].", WED11, ("SET", "P10Y", "")),
    ("The volunteers meet [[every Monday]] in the library.", WED06, ("SET", "XXXX-WXX-1", "")),
    ("The paper is printed [[daily]] in three languages.", WED08, ("SET", "P1D", "")),
    ("The club trains [[twice a week]].", WED11, ("SET", "P1W", "")),
    # --- no timex: names, products, ages, scores, numbers
    ("Students read the novel [[1984]] in class.", WED08, None),
    ("The film [[1917]] opens in cinemas this week.", WED08, None),
    ("The museum still runs on Windows [[2000]].", WED08, None),
    ("Microsoft released Office [[2007]] last year.", WED08, None),
    ("Flight [[1549]] landed safely on the river.", datetime(2009, 1, 16), None),
    ("The [[35-year-old]] journalist was detained at the airport.", WED06, None),
    ("The home side won [[2-1]] on Sunday.", SUN09, None),
    ("The army still uses [[Soviet-era]] tanks.", WED06, None),
    ("Veterans of the [[Six-Day]] War gathered in Jerusalem.", WED11, None),
    ("The [[Web 2.0]] start-up raised $5 million.", WED08, None),
    ("Police arrested [[12]] people.", WED08, None),
    # --- second round (written after the first run, before running them)
    ("The company reported a loss for [[fiscal 2008]].", SUN09, ("DATE", "2008", "")),
    ("Parliamentary elections are held [[every five years]].", WED08, ("SET", "P5Y", "")),
    ("The shuttle is due to land at [[11:05 a.m. EDT]] on Friday.", WED08, ("TIME", "2008-03-14T11:05", "")),
    ("The treaty, signed in [[2007]], takes effect next year.", WED08, ("DATE", "2007", "")),
    ("Production will resume in [[the second half of the year]].", WED08, ("DATE", "2008-H2", "")),
    ("The opposition boycotted [[last year]]'s poll.", WED08, ("DATE", "2007", "")),
    ("[[Two weeks ago]], the president fired his cabinet.", WED08, ("DATE", "2008-W09", "")),
    ("Rebels have controlled the area since [[late 2006]].", WED08, ("DATE", "2006", "END")),
    ("The bill was passed by the senate on [[23 December 2009]].", YE10, ("DATE", "2009-12-23", "")),
    ("The ship sank on Sunday. [[The night before]], it had sent a distress call.", SUN09, ("TIME", "2009-11-14TNI", "")),
    ("The new law comes into force on [[1 January 2011]].", YE10, ("DATE", "2011-01-01", "")),
    # a weekday that "marks" an anniversary in the present is the coming one; "marked" it, the last
    ("[[Saturday]] marks the fifth anniversary of the attack.", WED06, ("DATE", "2006-09-23", "")),
    ("[[Saturday]] marked the fifth anniversary of the attack.", WED06, ("DATE", "2006-09-16", "")),
    ("Police are investigating a shooting [[early Sunday]] in the capital.", SUN09, ("DATE", "2009-11-15", "START")),
    ("The team ended its [[12-year]] drought.", WED08, ("DURATION", "P12Y", "")),
    ("The website has grown since its launch in [[2005]].", WED08, ("DATE", "2005", "")),
    ("The talks will continue later [[this week]].", WED08, ("DATE", "2008-W11", "END")),
    # the project values "the past year" as the year before the article (a DATE), "the past two years" a span
    ("The airline cut 10% of its flights in [[the past year]].", WED08, ("DATE", "2007", "")),
    ("The festival, first held in [[1994]], draws 50,000 visitors.", WED06, ("DATE", "1994", "")),
]
