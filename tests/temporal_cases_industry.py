"""Genre battery: corporate and industry news of 2004-2012 (industry), in the form of ``temporal_cases.py``.

Own phrasings of short reports as community news sites and wires wrote them: aircraft makers and airlines (maiden
flights, delivery slips, "by the end of the year"), carmakers (monthly and quarterly sales, bailout deadlines "by
March 31", "within 60 days", recalls), technology companies (launch days, "later this year", "fiscal 2008"), stock
markets in the 2008 crisis (trading days, "since October 2007", "a 14-month low", anaphora "the following day",
"that month", "a week later") and the executives involved ("chief executive since 2006", "who retired in 2005").
Model numbers and figures that look like years or clock times ("A380", "787", "Windows 7", "iPhone 3G", "Dow 30",
"Flight 1549", "$2,008") are no timexes.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

A05 = datetime(2005, 4, 28)  # a Thursday, the day after the A380's maiden flight
A06 = datetime(2006, 10, 4)  # a Wednesday, a delivery-delay announcement
B08 = datetime(2008, 4, 10)  # a Thursday, a 787 delay announcement
B09 = datetime(2009, 12, 16)  # a Wednesday, the day after the 787's first flight
Q10 = datetime(2010, 11, 5)  # a Friday, an engine failure grounds a fleet
J09 = datetime(2009, 1, 7)  # a Wednesday, annual delivery figures
AUTO = datetime(2009, 4, 2)  # a Thursday, March sales day
BAIL = datetime(2009, 2, 18)  # a Wednesday, viability plans due
TF = datetime(2009, 3, 31)  # a Tuesday, the auto task force's verdict
WAG = datetime(2009, 3, 30)  # a Monday, a chief executive forced out
NOV08 = datetime(2008, 11, 18)  # a Tuesday, bailout hearings
JUL09 = datetime(2009, 7, 10)  # a Friday
REC = datetime(2010, 2, 1)  # a Monday, a recall
SEP09 = datetime(2009, 9, 1)  # a Tuesday, August sales day
IPH = datetime(2007, 1, 10)  # a Wednesday, the day after a phone is unveiled
IPH2 = datetime(2007, 7, 2)  # a Monday, after launch weekend
IPH3 = datetime(2008, 6, 10)  # a Tuesday, after a developer keynote
WIN = datetime(2009, 6, 3)  # a Wednesday
MSFT = datetime(2008, 7, 17)  # a Thursday, fiscal-year results
YHOO = datetime(2008, 2, 12)  # a Tuesday
TECH = datetime(2008, 3, 6)  # a Thursday
NOK = datetime(2008, 10, 16)  # a Thursday, third-quarter results
RIM = datetime(2011, 10, 17)  # a Monday
FB = datetime(2012, 5, 16)  # a Wednesday, IPO week
GOOG = datetime(2011, 1, 21)  # a Friday
HP = datetime(2010, 8, 7)  # a Saturday
SONY = datetime(2009, 8, 18)  # a Tuesday
G04 = datetime(2004, 8, 20)  # a Friday, the day after an IPO
CRASH = datetime(2008, 9, 30)  # a Tuesday, the day after the Dow fell 777 points
OCT08 = datetime(2008, 10, 11)  # a Saturday, after the worst week since 1933
OCT15 = datetime(2008, 10, 15)  # a Wednesday
LOW = datetime(2009, 3, 10)  # a Tuesday, the day after the market bottom
SEP = datetime(2009, 9, 10)  # a Thursday
DOW = datetime(2009, 10, 15)  # a Thursday, the Dow back above 10,000
FLASH = datetime(2010, 5, 7)  # a Friday, the day after the flash crash
JAN12 = datetime(2012, 1, 26)  # a Thursday

CASES: list[Case] = [
    # --- aircraft makers and airlines
    ("Airbus flew the A380 for the first time on [[April 27, 2005]].", A05, ("DATE", "2005-04-27", "")),
    ("The [[A380]]'s maiden flight in April 2005 drew 50,000 spectators.", A06, None),
    ("The A380's maiden flight in [[April 2005]] drew 50,000 spectators.", A06, ("DATE", "2005-04", "")),
    ("Airbus said first deliveries had slipped to [[late 2008]].", A06, ("DATE", "2008", "END")),
    ("The delay is the third in [[six months]].", A06, ("DURATION", "P6M", "")),
    # "two years later than promised" compares two times: the count is the gap, a duration
    ("Deliveries will start [[two years]] later than first promised.", A06, ("DURATION", "P2Y", "")),
    ("The first jets arrived [[months]] later than planned.", J09, ("DURATION", "PXM", "")),
    ("The Leipzig plant reopened [[a week]] earlier than expected.", SEP09, ("DURATION", "P1W", "")),
    ("Boeing said the 787 is now due to fly by [[the end of the year]].", B08, ("DATE", "2008", "END")),
    ("Boeing said the [[787]] is now due to fly by the end of the year.", B08, None),
    ("The first flight, originally planned for [[August 2007]], has been pushed back again.", B08, ("DATE", "2007-08", "")),
    ("Boeing now expects the first delivery in [[the third quarter of 2009]].", B08, ("DATE", "2009-Q3", "")),
    ("Emirates expects its first superjumbo in [[August]].", B08, ("DATE", "2008-08", "")),
    ("The 747-8 freighter is scheduled to enter service in [[2010]].", B08, ("DATE", "2010", "")),
    ("The [[747]]-8 freighter is scheduled to enter service in 2010.", B08, None),
    ("The 787 took off for the first time on [[Tuesday]] from Paine Field.", B09, ("DATE", "2009-12-15", "")),
    # a count of hours after a clock time the text named is a time of that day; "about" is the modifier
    ("The 787 took off on Tuesday at 10:27 a.m. and landed [[about three hours later]].", B09, ("TIME", "2009-12-15T13:27", "APPROX")),
    ("Boeing plans to deliver the first 787 to ANA in [[the fourth quarter of 2010]].", B09, ("DATE", "2010-Q4", "")),
    ("Qantas grounded its A380 fleet on [[Thursday]] after an engine blew apart.", Q10, ("DATE", "2010-11-04", "")),
    ("The airline said flights would resume within [[days]].", Q10, ("DURATION", "PXD", "")),
    ("Boeing delivered 375 jets [[last year]], down from 441.", J09, ("DATE", "2008", "")),
    # a rate after a count of things named by model number ("36 A320s a month") recurs, as "$5 million a year"
    ("Airbus plans to build 36 A320s [[a month]] by 2010.", J09, ("SET", "P1M", "")),
    ("The Air Force wants to buy 20 F-16s [[a year]].", J09, ("SET", "P1Y", "")),
    ("Airbus plans to build 36 A320s a month by [[2010]].", J09, ("DATE", "2010", "")),
    ("The carrier flies the route [[three times a week]].", J09, ("SET", "P1W", "")),
    ("US Airways Flight [[1549]] landed in the Hudson River.", datetime(2009, 1, 16), None),
    ("US Airways Flight 1549 landed in the Hudson River on [[Thursday afternoon]].", datetime(2009, 1, 16), ("DATE", "2009-01-15TAF", "")),
    ("Singapore Airlines took its first A380 on Oct. 15, 2007, and flew it to Sydney [[10 days later]].", A06, ("DATE", "2007-10-25", "")),
    ("The airline will take delivery of the jets over [[the next five years]].", J09, ("DURATION", "P5Y", "")),
    ("Louis Gallois, chief executive since [[2006]], said the plane would be profitable.", J09, ("DATE", "2006", "")),
    # --- carmakers
    ("GM's U.S. sales fell 49% in [[the first quarter of 2009]].", AUTO, ("DATE", "2009-Q1", "")),
    ("Toyota's U.S. sales fell 39% [[last month]].", AUTO, ("DATE", "2009-03", "")),
    ("[[Last month]]'s sales were the weakest since 1981.", AUTO, ("DATE", "2009-03", "")),
    ("Last month's sales were the weakest since [[1981]].", AUTO, ("DATE", "1981", "")),
    ("Sales rose 27% from [[a year earlier]].", SEP09, ("DATE", "2008", "")),
    ("GM and Chrysler have until [[March 31]] to prove they can survive.", BAIL, ("DATE", "2009-03-31", "")),
    ("The task force gave Chrysler [[30 days]] to close a deal with Fiat.", TF, ("DURATION", "P30D", "")),
    ("GM must produce a more aggressive plan within [[60 days]].", TF, ("DURATION", "P60D", "")),
    ("GM must produce a more aggressive plan [[within 60 days]].", TF, None),
    ("Rick Wagoner, chief executive since [[2000]], was forced out.", WAG, ("DATE", "2000", "")),
    ("Rick Wagoner, chief executive since 2000, was forced out on [[Sunday]].", WAG, ("DATE", "2009-03-29", "")),
    ("GM has lost $82 billion over [[the past four years]].", TF, ("DURATION", "P4Y", "")),
    ("Congress approved the $25 billion loan program in [[September]].", NOV08, ("DATE", "2008-09", "")),
    ("The carmakers will return to Washington [[next month]] with new plans.", NOV08, ("DATE", "2008-12", "")),
    ("GM filed for bankruptcy protection on [[June 1]].", JUL09, ("DATE", "2009-06-01", "")),
    ("The new GM emerged from court [[on Friday]], 40 days after filing.", JUL09, None),
    ("The new GM emerged from court on [[Friday]], 40 days after filing.", JUL09, ("DATE", "2009-07-10", "")),
    ("The new GM emerged from court on Friday, [[40 days]] after filing.", JUL09, ("DURATION", "P40D", "")),
    ("The clunkers program ran through its first $1 billion in [[less than a week]].", SEP09, ("DURATION", "P1W", "LESS_THAN")),
    ("The plant builds about 1,200 cars [[a day]].", SEP09, ("SET", "P1D", "")),
    ("The Chevrolet Volt will go on sale in [[late 2010]].", SEP09, ("DATE", "2010", "END")),
    ("Chrysler will idle its plants for [[at least 30 days]].", TF, ("DURATION", "P30D", "EQUAL_OR_MORE")),
    ("Toyota halted sales of eight models on [[Jan. 26]].", REC, ("DATE", "2010-01-26", "")),
    ("Toyota said dealers would get the parts [[this week]].", REC, ("DATE", "2010-W05", "")),
    ("The Porsche [[911]] turbo sold out in Germany.", REC, None),
    ("A dealer offered the hatchback for [[$2,008]] in a New Year promotion.", datetime(2008, 1, 4), None),
    ("Ford has run its own plants without federal help [[since 2006]].", TF, None),
    ("Alan Mulally has run Ford since [[September 2006]].", TF, ("DATE", "2006-09", "")),
    ("Lee Iacocca, who retired in [[1992]], appeared in the new ads.", datetime(2005, 7, 6), ("DATE", "1992", "")),
    ("Ford posted its first annual profit in [[five years]].", JAN12, ("DURATION", "P5Y", "")),
    ("Ford earned $20.2 billion in [[2011]], helped by a tax gain.", JAN12, ("DATE", "2011", "")),
    # --- technology companies
    ("Apple said the iPhone would go on sale in [[June]].", IPH, ("DATE", "2007-06", "")),
    ("Apple unveiled the iPhone on [[Tuesday]] in San Francisco.", IPH, ("DATE", "2007-01-09", "")),
    ("The iPhone went on sale on [[June 29]], a Friday.", IPH2, ("DATE", "2007-06-29", "")),
    ("Apple sold about 270,000 iPhones in [[the first 30 hours]].", IPH2, ("DURATION", "PT30H", "")),
    ("The iPhone [[3G]] goes on sale July 11 for $199.", IPH3, None),
    ("The iPhone 3G goes on sale [[July 11]] for $199.", IPH3, ("DATE", "2008-07-11", "")),
    ("Microsoft will ship Windows [[7]] on Oct. 22.", WIN, None),
    ("Microsoft will ship Windows 7 on [[Oct. 22]].", WIN, ("DATE", "2009-10-22", "")),
    ("Windows Vista, which reached consumers in [[January 2007]], sold poorly.", WIN, ("DATE", "2007-01", "")),
    ("Microsoft earned $17.7 billion in [[fiscal 2008]], which ended June 30.", MSFT, ("DATE", "2008", "")),
    ("Microsoft earned $17.7 billion in fiscal 2008, which ended [[June 30]].", MSFT, ("DATE", "2008-06-30", "")),
    ("Yahoo rejected Microsoft's unsolicited bid on [[Monday]].", YHOO, ("DATE", "2008-02-11", "")),
    ("Microsoft made its bid on Feb. 1, 2008, and walked away [[three months later]].", OCT15, ("DATE", "2008-05", "")),
    ("Apple will release the software to developers [[later this year]].", TECH, ("DATE", "2008", "END")),
    ("Nokia sold 117.8 million phones in [[the third quarter]].", NOK, ("DATE", "2008-Q3", "")),
    ("Nokia expects the market to shrink [[next year]].", NOK, ("DATE", "2009", "")),
    ("BlackBerry users suffered a [[three-day]] outage last week.", RIM, ("DURATION", "P3D", "")),
    ("BlackBerry users suffered a three-day outage [[last week]].", RIM, ("DATE", "2011-W41", "")),
    ("HP dropped the TouchPad [[just seven weeks]] after its launch.", datetime(2011, 8, 19), ("DURATION", "P7W", "")),
    ("Facebook shares will begin trading on [[Friday]].", FB, ("DATE", "2012-05-18", "")),
    ("Google went public in [[August 2004]] at $85 a share.", datetime(2005, 8, 19), ("DATE", "2004-08", "")),
    ("Google's shares opened at $100.01 on [[Thursday]].", G04, ("DATE", "2004-08-19", "")),
    ("Sony will cut the price of the PlayStation 3 by $100 on [[Sept. 1]].", SONY, ("DATE", "2009-09-01", "")),
    ("The Xbox [[360]] outsold the PlayStation 3 in July.", SONY, None),
    ("Eric Schmidt, Google's chief executive for [[a decade]], will hand the job to Larry Page.", GOOG, ("DURATION", "P10Y", "")),
    ("Eric Schmidt will hand the job to Larry Page on [[April 4]].", GOOG, ("DATE", "2011-04-04", "")),
    ("Mark Hurd resigned as chief executive of HP on [[Friday]].", HP, ("DATE", "2010-08-06", "")),
    ("Bill Gates, who stepped back from daily work at Microsoft in [[June 2008]], still chairs the board.", GOOG, ("DATE", "2008-06", "")),
    ("Intel updates its chip line [[every year]].", TECH, ("SET", "P1Y", "")),
    # --- markets in the 2008 crisis
    ("The Dow fell 777 points on [[Monday]] after the House rejected the bailout.", CRASH, ("DATE", "2008-09-29", "")),
    ("The Dow fell [[777]] points on Monday after the House rejected the bailout.", CRASH, None),
    ("Stocks rebounded in [[Tuesday]]'s session.", CRASH, ("DATE", "2008-09-30", "")),
    ("Stocks rebounded [[in Tuesday's session]].", CRASH, None),
    ("It was the worst week for the Dow since [[1933]].", OCT08, ("DATE", "1933", "")),
    ("The Dow closed at 8,451 on [[Friday]], down 18% for the week.", OCT08, ("DATE", "2008-10-10", "")),
    ("The S&P 500 has fallen 42% since [[October 2007]].", OCT08, ("DATE", "2007-10", "")),
    ("Oil fell to a [[14-month]] low of $78 a barrel.", OCT08, ("DURATION", "P14M", "")),
    ("All of the Dow [[30]] stocks fell.", OCT08, None),
    ("Lehman Brothers filed for bankruptcy on [[Sept. 15]].", OCT08, ("DATE", "2008-09-15", "")),
    ("Lehman Brothers filed for bankruptcy on Sept. 15. [[That day]], the Dow fell 504 points.", OCT08, ("DATE", "2008-09-15", "")),
    ("The Fed cut rates on Oct. 8, and the Dow fell 679 points [[the following day]].", OCT15, ("DATE", "2008-10-09", "")),
    ("Central banks cut rates on Oct. 8. [[A week later]], stocks were still sliding.", OCT15, ("DATE", "2008-W42", "")),
    ("The VIX peaked in October 2008. Trading volume also hit a record [[that month]].", DOW, ("DATE", "2008-10", "")),
    ("Asian markets tumbled [[overnight]].", OCT08, ("TIME", "2008-10-10TNI", "")),
    ("The index is down 38% [[this year]].", OCT15, ("DATE", "2008", "")),
    ("The Dow had its worst percentage drop since the crash of [[October 1987]].", OCT15, ("DATE", "1987-10", "")),
    # "Black Monday" names a crash, not a Monday of the article's week
    ("The Dow's 508-point plunge on Black [[Monday]] in 1987 remains its worst day.", OCT15, None),
    ("Traders feared a repeat of Black [[Tuesday]].", OCT15, None),
    ("Stocks hit a [[12-year]] low on Monday.", LOW, ("DURATION", "P12Y", "")),
    ("Stocks hit a 12-year low on [[Monday]].", LOW, ("DATE", "2009-03-09", "")),
    ("The market has rallied 50% since [[March]].", SEP, ("DATE", "2009-03", "")),
    ("The Dow closed above 10,000 for the first time in [[a year]].", DOW, ("DURATION", "P1Y", "")),
    ("The Dow plunged nearly 1,000 points in [[minutes]] on Thursday.", FLASH, ("DURATION", "PTXM", "")),
    ("On [[May 6, at 2:42 p.m.]], the selling turned into a rout.", FLASH, ("TIME", "2010-05-06T14:42", "")),
    ("Trading in the shares was halted for [[15 minutes]].", FLASH, ("DURATION", "PT15M", "")),
    ("The Dow ended [[2008]] down 34%, its worst year since 1931.", J09, ("DATE", "2008", "")),
    ("The bank pays a dividend [[every quarter]].", J09, ("SET", "P1Q", "")),
]
