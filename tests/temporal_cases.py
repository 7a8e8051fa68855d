"""Corpus-as-tests for the temporal tagger: (sentence with the [[expression]] marked, reference date, expected).

Own phrasings, one phenomenon each; add a case for every bug fixed.  ``expected`` is (type, value, mod); ``None``
as the expected value means the marked words must NOT be tagged.
"""

from __future__ import annotations

from datetime import datetime

Case = tuple[str, datetime | None, tuple[str, str, str] | None]

WED = datetime(2017, 5, 3, 9, 0)  # a Wednesday
FRI = datetime(1998, 8, 7)  # a Friday
OCT89 = datetime(1989, 10, 26)  # a Thursday, early in the fourth quarter

CASES: list[Case] = [
    # --- weekdays: the article day itself, else the nearest before, unless the wording points ahead
    ("The ministers met on [[Tuesday]] in Paris.", WED, ("DATE", "2017-05-02", "")),
    ("Officials said [[Wednesday]] that the plan had failed.", WED, ("DATE", "2017-05-03", "")),
    ("Delegates will meet on [[Friday]] to vote.", WED, ("DATE", "2017-05-05", "")),
    ("Talks that begin [[Thursday]] in Geneva are expected to last a week.", WED, ("DATE", "2017-05-04", "")),
    ("The bank is scheduled to report earnings [[Monday]].", WED, ("DATE", "2017-05-08", "")),
    ("[[Monday]]'s vote surprised nobody.", WED, ("DATE", "2017-05-01", "")),
    ("Markets fell after [[Tuesday’s]] announcement.", WED, None),
    ("He resigned [[last Friday]].", WED, ("DATE", "2017-04-28", "")),
    ("The summit opens [[next Monday]].", WED, ("DATE", "2017-05-08", "")),
    ("Shelling continued [[Sunday night]] near the border.", WED, ("DATE", "2017-04-30TNI", "")),
    ("The fire broke out [[early Saturday]].", FRI, ("DATE", "1998-08-01", "START")),
    ("Protests took place on [[Monday and Tuesday]].", WED, None),
    ("Protests took place on [[Monday]] and Tuesday.", WED, ("DATE", "2017-05-01", "")),
    # "United" is not a past-tense verb: "would" still points ahead
    (
        "Officials said the father would be traveling to the United States [[Thursday]].",
        WED,
        ("DATE", "2017-05-04", ""),
    ),
    # a plan in the past perfect is over: "had been due to expire Friday" is the Friday before
    ("The offer had been due to expire [[Friday]].", WED, ("DATE", "2017-04-28", "")),
    (
        "The bid, which had been scheduled to expire at [[midnight Friday]], was extended.",
        WED,
        ("TIME", "2017-04-28T24:00", ""),
    ),
    # "the previous Friday" counts back from the Friday the text named, not from the article date
    ("Stocks fell on Friday, down 4.5% from [[the previous Friday]].", WED, ("DATE", "2017-04-21", "")),
    # a clock time followed by a weekday (with a GMT reading in between) is on that weekday
    ("The blast occurred at [[10:35 a.m.]] (0735 GMT) Tuesday.", WED, ("TIME", "2017-05-02T10:35", "")),
    ("Protests took place on Monday and [[Tuesday]].", WED, ("DATE", "2017-05-02", "")),
    (
        "The case may be settled at a hearing [[the week of March 6]].",
        datetime(2000, 2, 24),
        ("DATE", "2000-W10", ""),
    ),
    # --- deictic days and parts of days
    (
        "Shares rose Friday. Dealers placed heavy buy orders in [[the morning]].",
        WED,
        ("TIME", "2017-04-28TMO", ""),
    ),
    ("He jogs in [[the morning]].", WED, None),
    ("By [[mid afternoon]], officials said the fire was out.", WED, ("TIME", "2017-05-03TAF", "")),
    ("At [[mid-afternoon yesterday]], the shares were up 2 pence.", WED, ("TIME", "2017-05-02TAF", "")),
    ("Tapes were released from [[the night]] the plane went down.", WED, None),
    ("The company said [[yesterday]] it would cut jobs.", WED, ("DATE", "2017-05-02", "")),
    ("Shares rose [[today]] in early trading.", WED, ("DATE", "2017-05-03", "")),
    ("The verdict is due [[tomorrow]].", WED, ("DATE", "2017-05-04", "")),
    ("Rebels attacked the town [[last night]].", WED, ("TIME", "2017-05-02TNI", "")),
    ("The minister spoke [[this morning]].", WED, ("TIME", "2017-05-03TMO", "")),
    ("Results come [[tonight]].", WED, ("TIME", "2017-05-03TNI", "")),
    ("Stocks were mixed [[late yesterday]].", WED, ("DATE", "2017-05-02", "END")),
    ("[[The day before yesterday]], officers searched his home.", WED, ("DATE", "2017-05-01", "")),
    # "before" heading a noun phrase: the timex is "the day"; in apposition to a date it is that date
    ("Stocks peaked on Oct. 12, [[the day]] before the market plunge.", OCT89, ("DATE", "1989-10-12", "")),
    ("He was last seen on Nov. 3, [[the day]] before the warrant.", OCT89, ("DATE", "1989-11-03", "")),
    ("She flew home later in [[the day before returning]] to work.", WED, None),
    ("He left [[the day before]].", WED, ("DATE", "2017-05-02", "")),
    ("Slepian was shot on Friday. Kopp was seen [[the day after]] his death.", WED, ("DATE", "2017-04-29", "")),
    # the near or long term and "a later date" lie ahead; "long-term debt" is no time
    ("We don't minimize the challenges of [[the near term]].", OCT89, ("DATE", "FUTURE_REF", "")),
    ("Shares may be sold at [[a later date]].", OCT89, ("DATE", "FUTURE_REF", "")),
    ("It refinanced [[the long-term]] debt.", OCT89, None),
    # "one day" after a modal is some future time, not a span of 24 hours
    ("Experts say the city will [[one day]] be under water.", WED, ("DATE", "FUTURE_REF", "")),
    ("The talks lasted [[one day]].", WED, ("DURATION", "P1D", "")),
    # a holiday's week is the ISO week that holds it
    ("Pilgrims gathered as [[Easter week]] began.", datetime(2000, 4, 17), ("DATE", "2000-W16", "")),
    ("The fire started [[overnight Tuesday]].", WED, ("TIME", "2017-05-02TNI", "")),
    # an explicit future cue outweighs a nearer past date
    ("The new law takes effect [[Jan. 1]].", WED, ("DATE", "2018-01-01", "")),
    ("The rules took effect [[Jan. 1]].", WED, ("DATE", "2017-01-01", "")),
    # "today is the Nth day of ...": the article's day; elsewhere the event's, which the text may not give
    ("Today is [[the eighth day]] of the blockade.", WED, ("DATE", "2017-05-03", "")),
    ("It's [[the second day]] of an offensive by the army.", WED, ("DATE", "2017-05-03", "")),
    ("He spoke on [[the third day]] of the trial.", WED, None),
    # a weekday with a plural part of the day recurs
    ("He works [[Saturday mornings]].", WED, ("SET", "XXXX-WXX-6TMO", "")),
    ("Flights leave on [[Monday and Tuesday nights]] from March 30.", WED, ("SET", "XXXX-WXX-1TNI", "")),
    # "the day before/after" a named day is one date, a day off it
    ("They met [[the day after Christmas]].", WED, ("DATE", "2016-12-26", "")),
    ("[[The day before last Tuesday]]'s hearing, he flew home.", WED, ("DATE", "2017-05-01", "")),
    ("She resigned [[the day after Monday]]'s vote.", WED, ("DATE", "2017-05-02", "")),
    # bare "overnight": the night before the day the story is on, else before (or, looking ahead, after) the article
    ("Shares closed lower Friday, hit by [[overnight]] losses in New York.", WED, ("TIME", "2017-04-27TNI", "")),
    ("Rebels shelled the city [[overnight]].", WED, ("TIME", "2017-05-02TNI", "")),
    ("More rain is expected [[overnight]].", WED, ("TIME", "2017-05-03TNI", "")),
    (
        "Shares fell Friday after [[overnight]] losses abroad, down 2% from the previous Friday.",
        WED,
        ("TIME", "2017-04-27TNI", ""),
    ),
    (
        "Shares fell Friday after overnight losses abroad, down 2% from [[the previous Friday]].",
        WED,
        ("DATE", "2017-04-21", ""),
    ),
    ("He was arrested [[hours]] after the shooting.", WED, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Sirens sounded. [[Minutes]] later, the building collapsed.", WED, ("DURATION", "PTXM", "")),
    ("The trial is expected to last [[six to eight weeks]].", WED, ("DURATION", "PXW", "")),
    # --- calendar dates, ranges and times
    ("The accord was signed on [[Sept. 5, 1998]].", WED, ("DATE", "1998-09-05", "")),
    ("The G7 meets on [[June 12-13]] in Canada.", WED, ("DATE", "2017-06-12", "")),
    ("The deadline is [[Dec. 15]].", OCT89, ("DATE", "1989-12-15", "")),
    ("Sales slipped in the period ended [[Dec. 31]].", datetime(1990, 1, 20), ("DATE", "1989-12-31", "")),
    ("The law took effect on [[1 July 2016]].", WED, ("DATE", "2016-07-01", "")),
    ("Filed on [[2016-11-08]] in Ohio.", WED, ("DATE", "2016-11-08", "")),
    ("Updated [[10:32 AM ET, Tue May 2, 2017]]", WED, ("TIME", "2017-05-02T10:32", "")),
    ("By JOHN SMITH | [[Fri., Sept. 5, 1997]]", WED, ("DATE", "1997-09-05", "")),
    ("The [[Sun]] reported the story.", WED, None),
    ('Baker said on ABC\'s "[[This Week]]" that talks would go on.', WED, None),
    ("He reads USA [[Today]] every morning.", WED, None),
    ("It was like a scene from High [[Noon]].", WED, None),
    ("Updated: [[Apr 28, 2017 14:05 IST]]", WED, ("TIME", "2017-04-28T14:05", "")),
    ("The vote closes at [[5 p.m. EST]] on Friday.", FRI, ("TIME", "1998-08-07T17:00", "")),
    ("The plane landed at [[10:35 a.m.]] local time.", FRI, ("TIME", "1998-08-07T10:35", "")),
    ("The blast happened [[around 7:15 p.m.]]", FRI, ("TIME", "1998-08-07T19:15", "APPROX")),
    ("Voting ends at [[midnight Friday]].", FRI, ("TIME", "1998-08-07T24:00", "")),
    ("The raid began at [[4 in the morning]].", FRI, ("TIME", "1998-08-07T04:00", "")),
    ("Police said the blast came at [[14:30 GMT]] on Tuesday.", WED, ("TIME", "2017-05-02T14:30", "")),
    ("The meeting on [[03.05.2017]] failed.", WED, ("DATE", "2017-05-03", "")),
    ("Police found the note dated [[5/3/2017]].", WED, ("DATE", "2017-05-03", "")),
    ("The decision, announced at [[2 p.m. ET]], surprised no one.", WED, ("TIME", "2017-05-03T14:00", "")),
    ("Retail sales data is due [[Thursday morning]].", WED, ("DATE", "2017-05-04TMO", "")),
    (
        "Yellen, whose term ends in [[February]], said rates would rise.",
        datetime(2017, 12, 13),
        ("DATE", "2018-02", ""),
    ),
    # --- ranges and lists: each member is a timex, the second read after the first
    ("Prices rose from [[1998]] to 2000.", WED, ("DATE", "1998", "")),
    ("Prices rose from 1998 to [[2000]].", WED, ("DATE", "2000", "")),
    ("Rain fell between May and [[July]].", WED, ("DATE", "2017-07", "")),
    ("The [[1998-2000]] boom ended.", WED, ("DATE", "1998", "")),
    # --- event-anchored: undated anchor stays underspecified
    ("He spoke [[days]] after the riots in the capital.", WED, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Talks resumed [[two days]] after the ceasefire.", WED, ("DURATION", "P2D", "")),
    # an event dated elsewhere dates "the weeks before" it, to its month
    (
        "The doctor died in a shooting on Oct. 23, 1998. His car was seen near the house in the [[weeks]] before "
        "the shooting.",
        datetime(1999, 5, 7),
        ("DATE", "1998-10", "BEFORE"),
    ),
    # --- months, seasons, years, decades, centuries
    ("He took office in [[January]].", WED, ("DATE", "2017-01", "")),
    ("The leaders hope to meet in [[July]].", WED, ("DATE", "2017-07", "")),
    ("Ratification began in [[February this year]].", WED, ("DATE", "2017-02", "")),
    ("Exports dropped sharply in [[December]].", datetime(1998, 2, 6), ("DATE", "1997-12", "")),
    ("The strikes came in [[early April]].", WED, ("DATE", "2017-04", "START")),
    ("A deal is expected by [[mid-November]].", OCT89, ("DATE", "1989-11", "MID")),
    ("Prices peaked in [[August 1988]].", OCT89, ("DATE", "1988-08", "")),
    ("The bridge opened in [[1998]].", WED, ("DATE", "1998", "")),
    ("The plant employs 1998 workers.", WED, None),
    ("Growth was strong in [[the 1990s]].", WED, ("DATE", "199", "")),
    ("Prices hit levels last seen in [[the winter of nineteen ninety-four]].", WED, ("DATE", "1994-WI", "")),
    ("[[January nineteen ninety-seven]]. Atlanta again.", WED, ("DATE", "1997-01", "")),
    ("Computers feared [[the year two thousand]].", WED, ("DATE", "2000", "")),
    ("Two thousand people marched.", WED, None),
    ("It was built in [[the early 1960s]].", WED, ("DATE", "196", "START")),
    ("Cities grew fast in [[the 19th century]].", WED, ("DATE", "18", "")),
    ("Crime fell [[last year]]’s levels.", WED, ("DATE", "2016", "")),
    ("The economy shrank [[last year]].", WED, ("DATE", "2016", "")),
    ("Output should recover [[next year]].", WED, ("DATE", "2018", "")),
    ("The index rose [[this month]].", WED, ("DATE", "2017-05", "")),
    ("Traffic was light [[last week]].", WED, ("DATE", "2017-W17", "")),
    ("Campaigning resumes [[this summer]].", WED, ("DATE", "2017-SU", "")),
    ("Snow closed the pass [[last winter]].", WED, ("DATE", "2016-WI", "")),
    ("Sales were weak [[earlier this year]].", WED, ("DATE", "2017", "START")),
    ("The plan will be ready by [[the end of the year]].", WED, ("DATE", "2017", "END")),
    ("Crowds gathered on [[Christmas Eve]].", datetime(2016, 12, 27), ("DATE", "2016-12-24", "")),
    ("He spoke on [[Thanksgiving Day]].", datetime(1999, 11, 26), ("DATE", "1999-11-25", "")),
    ("Crowds gathered on [[New Year's Eve]].", datetime(2017, 8, 2), ("DATE", "2016-12-31", "")),
    ("Fireworks lit the sky on [[the Fourth of July]].", datetime(2017, 8, 2), ("DATE", "2017-07-04", "")),
    ("[[Black Friday]] sales rose 4%.", datetime(2017, 11, 27), ("DATE", "2017-11-24", "")),
    ("[[Good Friday]] services were held.", datetime(2017, 4, 16), ("DATE", "2017-04-14", "")),
    # --- financial shorthand
    ("Apple reported [[Q3 2017]] earnings.", WED, ("DATE", "2017-Q3", "")),
    ("[[FY2017]] sales hit a record.", WED, ("DATE", "2017", "")),
    ("The bank lost money [[last fiscal year]].", WED, ("DATE", "2016", "")),
    ("Results for [[the April-June quarter]] are due soon.", datetime(2017, 8, 2), ("DATE", "2017-Q2", "")),
    ("The stock has tripled in [[three and a half years]].", WED, ("DURATION", "P3Y6M", "")),
    ("The talks took [[one and a half hours]].", WED, ("DURATION", "PT1H30M", "")),
    # --- relative counts
    ("The company was founded [[two years ago]].", WED, ("DATE", "2015", "")),
    ("Troops left [[six weeks ago]].", WED, ("DATE", "2017-W12", "")),
    ("The rebels surrendered [[about three months ago]].", WED, ("DATE", "2017-02", "APPROX")),
    ("The talks collapsed on May 1. [[Two days later]], fighting resumed.", WED, ("DATE", "2017-05-03", "")),
    ("The flood hit on March 3. [[The next day]] the river crested.", WED, ("DATE", "2017-03-04", "")),
    ("The flood hit on March 3. Rescuers arrived [[that day]].", WED, ("DATE", "2017-03-03", "")),
    ("The bill passed in June 2015. [[That month]], prices rose.", WED, ("DATE", "2015-06", "")),
    ("The attack began at 9:15 a.m. [[Two hours later]], troops arrived.", WED, ("TIME", "2017-05-03T11:15", "")),
    (
        "In 2016 voters backed the plan. [[Half an hour later]] the minister resigned.",
        WED,
        ("TIME", "2017-05-03T09:30", ""),
    ),
    ("[[A decade ago]], few predicted this.", WED, ("DATE", "2007", "")),
    ("She was born on 4 July 1956. The strike starts at [[midnight]].", WED, ("TIME", "2017-05-03T24:00", "")),
    # --- financial periods
    ("Profit rose 5% in [[the third quarter]].", OCT89, ("DATE", "1989-Q3", "")),
    ("[[Third-quarter]] net income fell.", OCT89, ("DATE", "1989-Q3", "")),
    (
        "It lost money in the third quarter; for [[the quarter a year ago]], it earned $16 million.",
        OCT89,
        ("DATE", "1988-Q3", ""),
    ),
    ("Revenue in [[the fourth quarter of 1988]] was flat.", OCT89, ("DATE", "1988-Q4", "")),
    ("Net income rose in the third quarter from [[the year-earlier period]].", OCT89, ("DATE", "1988-Q3", "")),
    ("Sales rose in the third quarter from $2 billion [[a year earlier]].", OCT89, ("DATE", "1988-Q3", "")),
    ("The company expects a loss in [[fiscal 1990]].", OCT89, ("DATE", "1990", "")),
    ("Earnings doubled in [[the first half]].", OCT89, ("DATE", "1989-H1", "")),
    ("Growth was strong in [[the second and third quarters]].", OCT89, ("DATE", "1989-Q2", "")),
    ("Output was flat in [[the latest quarter]].", OCT89, ("DATE", "1989-Q3", "")),
    # the period under discussion is the reported one, not a quarter named in passing
    (
        "The firm posted a gain in third-quarter net. After a flat second quarter, results were helped by charges "
        "taken in [[the year-earlier period]].",
        OCT89,
        ("DATE", "1988-Q3", ""),
    ),
    (
        "For [[the quarter]] ended Sept. 30, the airline posted net income of $133 million.",
        OCT89,
        ("DATE", "1989-Q3", ""),
    ),
    # a fiscal quarter is the calendar quarter holding most of its months: May-July is the second
    ("In [[the quarter]] ended July 31, the retailer lost $2 million.", OCT89, ("DATE", "1989-Q2", "")),
    ("Net fell in the third quarter from [[the corresponding period last year]].", OCT89, ("DATE", "1988-Q3", "")),
    ("Third-quarter sales were $1.7 billion, up from [[last year's quarter]].", OCT89, ("DATE", "1988-Q3", "")),
    ("Sales will weaken through [[the first two quarters of 1990]].", OCT89, ("DATE", "1990-H1", "")),
    ("Margins shrank over [[the last two quarters]].", OCT89, ("DURATION", "P2Q", "")),
    # "the year" alone is the current one (TimeBank: "a high for the year"); "the year ended ..." a span
    ("The stock hit a high for [[the year]].", OCT89, ("DATE", "1989", "")),
    ("Revenue was $76 million for [[the year]] ended March 31.", OCT89, ("DURATION", "P1Y", "")),
    ("The drop will mean lower earnings for [[the fiscal year]].", OCT89, ("DATE", "1989", "")),
    ("Profitability should increase throughout [[the fiscal year]].", OCT89, ("DURATION", "P1Y", "")),
    ("Planting was delayed earlier in [[the year]] by rain.", OCT89, ("DATE", "1989", "")),
    # after "the nine months", "a year earlier" compares whole spans: the year, not the quarter
    (
        "Net for the nine months rose to $254 million from $163 million [[a year earlier]].",
        OCT89,
        ("DATE", "1988", ""),
    ),
    (
        "Third-quarter profit rose. For the first nine months, net was $30 million against $19 million in "
        "[[the 1988 period]].",
        OCT89,
        ("DATE", "1988", ""),
    ),
    # "compared with ... last year" while a quarter is discussed: that quarter a year before
    (
        "Third-quarter net was $24 million, compared with a loss of $3 million [[last year]].",
        OCT89,
        ("DATE", "1988-Q3", ""),
    ),
    ("Profit this year beat forecasts, up from [[last year]]'s $3.27 a share.", OCT89, ("DATE", "1988", "")),
    # --- durations
    ("The strike lasted [[three days]].", WED, ("DURATION", "P3D", "")),
    ("Talks went on for [[twenty four hours]].", WED, ("DURATION", "PT24H", "")),
    ("He signed a [[two-year]] contract.", WED, ("DURATION", "P2Y", "")),
    ("The [[24-hour]] strike starts at midnight.", WED, ("DURATION", "PT24H", "")),
    ("The outage lasted [[5 1/2 hours]].", WED, ("DURATION", "PT5H30M", "")),
    ("She served [[2 1/2 years]] in prison.", WED, ("DURATION", "P2Y6M", "")),
    ("Rates rose over [[the past three years]].", WED, ("DURATION", "P3Y", "")),
    ("The mission lasted [[more than four hours]].", WED, ("DURATION", "PT4H", "MORE_THAN")),
    ("Repairs took [[less than a week]].", WED, ("DURATION", "P1W", "LESS_THAN")),
    ("The siege lasted about [[two weeks]].", WED, ("DURATION", "P2W", "APPROX")),
    ("The ceasefire held for [[several months]].", WED, ("DURATION", "PXM", "")),
    ("It will take [[a couple of years]].", WED, ("DURATION", "P2Y", "")),
    ("He was jailed for [[years]] without trial.", WED, ("DURATION", "PXY", "")),
    ("Sales fell during [[the first nine months]].", OCT89, ("DURATION", "P9M", "")),
    ("His 6-year-old son was unharmed.", WED, None),
    ("They flew in with their 6-month-old son.", WED, None),
    ("The attack was aimed at the [[8-month-old]] truce.", WED, ("DURATION", "P8M", "")),
    ("The family left their third [[day-long]] meeting with officials.", WED, ("DURATION", "P1D", "")),
    ("Tourism hoped for an end to a [[years-old]] slump.", WED, ("DURATION", "PXY", "")),
    ("He sold day-old bread.", WED, None),
    (
        "The monarchy has served the country for [[almost a hundred years]].",
        WED,
        ("DURATION", "P100Y", "LESS_THAN"),
    ),
    # --- sets
    ("The paper is published [[every week]].", WED, ("SET", "P1W", "")),
    ("The board meets [[each Thursday]].", WED, ("SET", "XXXX-WXX-4", "")),
    ("Inspectors visit [[twice a month]].", WED, ("SET", "P1M", "")),
    ("Interest is paid [[annually]].", WED, ("SET", "P1Y", "")),
    ("The market is open [[daily]].", WED, ("SET", "P1D", "")),
    ("The firm earns $5 million [[a year]] from the patent.", WED, ("SET", "P1Y", "")),
    # --- references
    ("Prices are [[now]] falling.", WED, ("DATE", "PRESENT_REF", "")),
    ("The group [[recently]] moved offices.", WED, ("DATE", "PAST_REF", "")),
    ("Nobody knows what [[the future]] holds.", WED, ("DATE", "FUTURE_REF", "")),
    ("Inflation has eased in [[recent years]].", WED, ("DATE", "PAST_REF", "")),
    ("He is [[currently]] abroad.", WED, ("DATE", "PRESENT_REF", "")),
    ("The airline will add flights to the [[current]] four a week.", WED, ("DATE", "PRESENT_REF", "")),
    ("The current is strong near the dam.", WED, None),
    ("The deal was approved by the then [[current]] board.", WED, ("DATE", "PAST_REF", "")),
    # the cue may come late in a long clause after the weekday
    (
        "On [[Tuesday]], the National Association of Independent Insurance Agents plans to hold a news conference.",
        WED,
        ("DATE", "2017-05-09", ""),
    ),
    # the present tense of a scheduled movement points ahead
    ("He and the prime minister meet separately [[Monday]] with the envoy.", WED, ("DATE", "2017-05-08", "")),
    # "next to" is a place, not a future cue
    (
        "Hundreds were killed in the blasts next to the U.S. embassies on [[Friday]].",
        datetime(1998, 8, 8),
        ("DATE", "1998-08-07", ""),
    ),
    # a deadline put off or granted "until" a weekday lies ahead, whatever the tense of the verb
    ("Officials postponed until [[Tuesday]] any action on the permit.", WED, ("DATE", "2017-05-09", "")),
    ("The agency has given the family until [[9 a.m. Monday]] to sign.", WED, ("TIME", "2017-05-08T09:00", "")),
    ("He sold the business [[several years ago]].", WED, ("DATE", "PAST_REF", "")),
    ("The machines were removed [[a few years ago]].", WED, ("DATE", "PAST_REF", "")),
    ("It happened [[months ago]].", WED, ("DURATION", "PXM", "")),
    # --- not dates
    ("It was the third time the leaders had spoken.", WED, None),
    ("The war has gone on for far too long.", WED, None),
    ("The minister [[may]] resign.", WED, None),
    ("Thousands joined the [[March]] on Washington.", WED, None),
    ("Interest payments were made in [[March]].", WED, ("DATE", "2017-03", "")),
    # with no tense cue a month name reads as past unless it is only a few months ahead
    ("The stock's year: $42 in June, $29 in [[March]].", OCT89, ("DATE", "1989-03", "")),
    ("Its share price: $31 in [[December]].", OCT89, ("DATE", "1989-12", "")),
    # a moved or granted deadline "through January" lies ahead; "unspecified" is no past-tense verb
    ("The bank extended $90 million in revolving loans through [[January]].", OCT89, ("DATE", "1990-01", "")),
    ("The split would be paid on a still unspecified date in [[January]].", OCT89, ("DATE", "1990-01", "")),
    # an initial or an abbreviation does not end the clause that carries the tense ("will succeed Daniel P. Davison")
    ("Mr. Schwarz will succeed Daniel P. Davison [[Feb. 1]].", OCT89, ("DATE", "1990-02-01", "")),
    # "since March" is in the past whatever the sentence says next
    (
        "The plan will be for the Kennedy to replace the Eisenhower, which has been on patrol since [[March]].",
        datetime(1990, 8, 13),
        ("DATE", "1990-03", ""),
    ),
    # "effective" dates are ahead
    ("The new office of the chairman is effective [[Feb. 1]].", OCT89, ("DATE", "1990-02-01", "")),
    ("He [[may]] visit in May.", WED, None),
    ("The play is by [[August]] Wilson.", WED, None),
    ("It was [[a long day]] for the rescuers.", WED, None),
    ("He may visit in [[May]].", WED, ("DATE", "2017-05", "")),
    ("Today in New Delhi, India\n\nSep 29, 2020-Tuesday", WED, None),
    ("Ronaldo scored twice in [[the second half]] of the match.", WED, None),
    ("Barcelona won two titles in [[the past]] three seasons.", WED, None),
    ("The dividend is paid quarterly to holders.", OCT89, None),
    ("The chip runs at 15 million instructions per second.", WED, None),
    # --- no article date: relative values stay underspecified, absolute ones resolve
    ("The ministers met on [[Tuesday]].", None, ("DATE", "XXXX-WXX-2", "")),
    ("He took office in [[January]].", None, ("DATE", "XXXX-01", "")),
    ("Exports fell [[last year]].", None, ("DATE", "XXXX", "")),
    ("The accord was signed on [[Sept. 5, 1998]].", None, ("DATE", "1998-09-05", "")),
    ("The strike lasted [[three days]].", None, ("DURATION", "P3D", "")),
    # --- generalization pass, session 4: phrasings of wire news outside TBAQ
    ("The strike began at [[1500 GMT]].", WED, ("TIME", "2017-05-03T15:00", "")),
    ("At [[2330 UTC]] the polls closed.", WED, ("TIME", "2017-05-03T23:30", "")),
    ("The blast came at 10:35 a.m. ([[0735 GMT]]) Tuesday.", WED, None),
    ("In [[1999]] GMT was the standard.", WED, ("DATE", "1999", "")),
    ("The law dates from [[1848]].", WED, ("DATE", "1848", "")),
    ("The government has until [[Friday]] to respond.", WED, ("DATE", "2017-05-05", "")),
    ("The crisis began [[a year and a half ago]].", WED, ("DATE", "2015-11", "")),
    ("Now for [[today]]'s geography quiz.", WED, ("DATE", "2017-05-03", "")),
    ("The offer, advertised in [[today]]'s editions of the paper, expires soon.", WED, ("DATE", "2017-05-03", "")),
    ("The case is a lesson for [[today]]'s youth.", WED, None),
    ("Elections were held in 2011. [[Two years later]], the president resigned.", WED, ("DATE", "2013", "")),
    ("Troops arrived on [[the 1st]].", WED, ("DATE", "2017-05-01", "")),
    ("The vote will be held on [[the 2nd]].", WED, ("DATE", "2017-06-02", "")),
    ("He lives on [[the 15th]] floor.", WED, None),
    ("Prices doubled over [[the past decade]].", WED, ("DURATION", "P10Y", "")),
    ("It was one of the great events of [[the past century]].", WED, ("DURATION", "P100Y", "")),
    # futurates and the saying-only past
    ("The president is traveling to Europe on [[Thursday]].", WED, ("DATE", "2017-05-04", "")),
    ("The president travels to Europe [[Thursday]] for talks.", WED, ("DATE", "2017-05-04", "")),
    ("The storm is forecast to hit on [[Saturday]].", WED, ("DATE", "2017-05-06", "")),
    ("The exhibit runs until [[Sunday]].", WED, ("DATE", "2017-05-07", "")),
    ("The deadline is [[Friday]].", WED, ("DATE", "2017-05-05", "")),
    ("The deadline was [[Friday]].", WED, ("DATE", "2017-04-28", "")),
    ("The report, to be released in [[June]], is awaited.", WED, ("DATE", "2017-06", "")),
    ("The report, released in [[June]], was criticised.", WED, ("DATE", "2016-06", "")),
    ("The kingdom told oil companies of a cut in its supply in [[June]].", WED, ("DATE", "2017-06", "")),
    # --- durations and sets (helper pass)
    ("She gave an [[hour-long]] address to parliament.", WED, ("DURATION", "PT1H", "")),
    ("The [[minutes-long]] video was shared widely.", WED, ("DURATION", "PTXM", "")),
    ("The republic celebrated [[half a century]] of statehood.", WED, ("DURATION", "P50Y", "")),
    ("The rivalry has simmered for [[a quarter-century]].", WED, ("DURATION", "P25Y", "")),
    ("She led the party for [[a quarter of a century]].", WED, ("DURATION", "P25Y", "")),
    ("The firefight lasted [[three quarters of an hour]].", WED, ("DURATION", "PT45M", "")),
    ("The newsletter appears [[fortnightly]].", WED, ("SET", "P2W", "")),
    ("The [[Daily]] Express printed the letter.", WED, None),
    ("Officials brief reporters [[twice weekly]].", WED, ("SET", "P1W", "")),
    ("Doctors advise eating [[five times a day]].", WED, ("SET", "P1D", "")),
    ("The river floods [[several times a year]].", WED, ("SET", "P1Y", "")),
    ("Auditors call [[once every three months]].", WED, ("SET", "P3M", "")),
    ("Nurses work [[four days a week]].", WED, ("SET", "P1W", "")),
    ("The pharmacy is shut on [[weekends]].", WED, ("SET", "XXXX-WXX-WE", "")),
    ("The market fills up [[every weekend]].", WED, ("SET", "XXXX-WXX-WE", "")),
    ("He sees his children [[every other weekend]].", WED, ("SET", "P2W", "")),
    ("Volunteers serve soup [[every evening]].", WED, ("SET", "XXXX-XX-XXTEV", "")),
    ("The cabinet meets [[every Tuesday morning]].", WED, ("SET", "XXXX-WXX-2TMO", "")),
    ("Staff put in [[60 hours a week]] during the crisis.", WED, ("SET", "P1W", "")),
    ("Families get water for [[a few hours a day]].", WED, ("SET", "P1D", "")),
    ("The ceasefire came after [[months]] of shuttle diplomacy.", WED, ("DURATION", "PXM", "")),
    ("Repairs could take [[weeks]], engineers said.", WED, ("DURATION", "PXW", "")),
    ("The standoff lasted [[hours]].", WED, ("DURATION", "PTXH", "")),
    ("Historians recall [[the early days]] of the republic.", WED, None),
    ("Talks broke down [[days]] ago.", WED, None),
]
