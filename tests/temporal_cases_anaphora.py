"""Genre battery: relative and anaphoric dates in multi-sentence news passages (anaphora), in the form of
``temporal_cases.py``.

Own phrasings of dates that count from the article date ("the week before last", "the day after tomorrow",
"the 15th of next month", "Tuesday the 4th", "by the 20th", "a year ago today", "this time next year") or from the
date the text last named ("the following Tuesday", "that same week", "later that month", "the previous spring",
"a fortnight later", "the Friday before", "on the fifth" of a month under discussion), past-perfect returns to an
earlier thread ("On March 3 he was arrested. He had fled the city the day before.") and reported pasts after a
dated saying ("Police said Tuesday that the man had arrived the previous night": the night before Tuesday).
Two-digit and spoken years ("in '98", "the class of '05", "back in ninety-eight") are years of the century that
keeps them in the past.  A span of years named for a school year or a season ("the 2024-25 school year", "school
year 2024-25", "the 2024/25 season") is valued by its first year, as "the 1998-2000 boom" and "the 2022-23 season"
are; only fiscal years take their closing year.  Traps: ordinals that count no day ("the fifth time", "the 20th
anniversary" (TBAQ leaves "the 39th anniversary" untagged), "pleaded the Fifth", "the 90th minute"), "the
previous/following" before a noun that is no time, "last time"/"the next time", and a spoken number that is an age.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

WED = datetime(2025, 3, 12)  # a Wednesday, ISO week 11
MON = datetime(2024, 9, 16)  # a Monday, ISO week 38

CASES: list[Case] = [
    # --- counted from the article date: "before last", "after next", "the day before yesterday"
    ("Talks collapsed [[the week before last]].", WED, ("DATE", "2025-W09", "")),
    ("Inflation peaked [[the month before last]].", WED, ("DATE", "2025-01", "")),
    ("The company lost money [[the year before last]].", WED, ("DATE", "2023", "")),
    ("Troops crossed the river [[the day before yesterday]].", WED, ("DATE", "2025-03-10", "")),
    ("The verdict is expected [[the day after tomorrow]].", WED, ("DATE", "2025-03-14", "")),
    ("Fans filled the square [[the weekend before last]].", WED, ("DATE", "2025-W09-WE", "")),
    ("[[The night before last]], gunmen attacked a checkpoint.", WED, ("TIME", "2025-03-10TNI", "")),
    ("The second round of voting is [[the week after next]].", WED, ("DATE", "2025-W13", "")),
    ("Prices will be reviewed [[the month after next]].", WED, ("DATE", "2025-05", "")),
    ("The plant could reopen [[the year after next]].", WED, ("DATE", "2027", "")),
    ("The envoy arrives [[a week from tomorrow]].", WED, ("DATE", "2025-03-20", "")),
    ("Results are due [[a month from today]].", MON, ("DATE", "2024-10-16", "")),
    ("The fire started [[a week ago today]].", WED, ("DATE", "2025-03-05", "")),
    ("The ferry sank [[a fortnight ago today]].", WED, ("DATE", "2025-02-26", "")),
    # --- a year back or ahead on the article's day, week or month
    ("The factory shut [[a year ago today]].", WED, ("DATE", "2024-03-12", "")),
    ("The bank collapsed [[a year ago this week]].", WED, ("DATE", "2024-W11", "")),
    ("The strike began [[a year ago this month]].", WED, ("DATE", "2024-03", "")),
    ("[[This time last year]], the market was booming.", WED, ("DATE", "2024-03-12", "")),
    ("By [[this time next year]], the line will be open.", WED, ("DATE", "2026-03-12", "")),
    ("Organizers hope to meet again [[the same time next year]].", MON, ("DATE", "2025-09-16", "")),
    ("The dam burst [[two years ago this summer]].", WED, ("DATE", "2023-SU", "")),
    ("The mine closed [[a decade ago this month]].", WED, ("DATE", "2015-03", "")),
    # --- a day of the month: of the article's month, or of the month named ("of next month")
    ("Bids are due [[the 15th of next month]].", WED, ("DATE", "2025-04-15", "")),
    ("The rules took effect on [[the 3rd of last month]].", WED, ("DATE", "2025-02-03", "")),
    ("The strike began on [[Tuesday the 4th]].", WED, ("DATE", "2025-03-04", "")),
    # spelled after a weekday, before a pause or a preposition; "the first thing" is no day, and a month after "of"
    # makes the day and month one date of their own
    ("The strike began on [[Tuesday the fourth]].", WED, ("DATE", "2025-03-04", "")),
    ("The strike began on [[Tuesday the fourth]] at noon.", WED, ("DATE", "2025-03-04", "")),
    ("On [[Tuesday]] the first thing he did was resign.", WED, ("DATE", "2025-03-11", "")),
    ("On Tuesday [[the 4th of March]], he resigned.", WED, ("DATE", "2025-03-04", "")),
    ("The vote is set for [[Friday the 21st]].", WED, ("DATE", "2025-03-21", "")),
    ("The hearing was moved to [[Monday the 31st]].", WED, ("DATE", "2025-03-31", "")),
    # "the day before last Tuesday" is a day before a date, not "the day before last"
    ("He flew home [[the day before last Tuesday]].", WED, ("DATE", "2025-03-10", "")),
    ("Ministers must reply by [[the 20th]].", WED, ("DATE", "2025-03-20", "")),
    ("The deadline passed on [[the 10th]] without a deal.", WED, ("DATE", "2025-03-10", "")),
    ("The board meets again on [[the 28th]].", MON, ("DATE", "2024-09-28", "")),
    ("The talks opened in January. On [[the fifth]], the envoys walked out.", WED, ("DATE", "2025-01-05", "")),
    ("Prices jumped in November. By [[the 20th]], bread cost twice as much.", WED, ("DATE", "2024-11-20", "")),
    ("The strike began in January. By [[the twenty-first]], it had spread.", WED, ("DATE", "2025-01-21", "")),
    # a day after the story's day is the first such day from it: "on March 10 ... on the 2nd" is April 2
    ("He was charged on Jan. 20. The trial opened on [[the 3rd]].", WED, ("DATE", "2025-02-03", "")),
    # ... unless that lies after the article while the tense looks back: then the day as without a story month
    ("Shares fell on Monday. By [[the 2nd]], they had recovered.", WED, ("DATE", "2025-03-02", "")),
    ("The storm hit on Feb. 20. By [[the 25th]], power was back.", WED, ("DATE", "2025-02-25", "")),
    ("The summit opened on June 14, 2023. On [[the 16th]], leaders signed the accord.", WED, ("DATE", "2023-06-16", "")),
    ("The strike began on Feb. 3 and ended on [[the 15th]].", WED, ("DATE", "2025-02-15", "")),
    ("Talks stalled in late January. They resumed on [[the 28th]].", WED, ("DATE", "2025-01-28", "")),
    # --- counted from the date the text last named
    ("Riots broke out on Saturday, Feb. 8. [[The following Tuesday]], the curfew was lifted.", WED, ("DATE", "2025-02-11", "")),
    ("The vote was held on Tuesday, Feb. 4. [[The Friday before]], the polls had closed.", WED, ("DATE", "2025-01-31", "")),
    ("The vote was held on Tuesday, Feb. 4. Results came [[the Tuesday after]].", WED, ("DATE", "2025-02-11", "")),
    ("The plant closed on Feb. 12. [[That same week]], a rival cut 300 jobs.", WED, ("DATE", "2025-W07", "")),
    # TimeBank leaves "earlier"/"later" out of a week's extent ("earlier [this week]"), keeping its mod
    ("The plant closed on Feb. 12. Later [[that week]], a rival cut 300 jobs.", WED, ("DATE", "2025-W07", "END")),
    ("The union struck on Jan. 9, 2024. The strike ended [[later that month]].", WED, ("DATE", "2024-01", "END")),
    ("The school shut in October 2022. [[The previous spring]], inspectors had warned of damp.", WED, ("DATE", "2022-SP", "")),
    ("The flood came in April 2013. [[The following winter]], the levee was rebuilt.", WED, ("DATE", "2013-WI", "")),
    ("The ceasefire was signed on June 5, 2024. [[A fortnight later]], it collapsed.", WED, ("DATE", "2024-W25", "")),
    ("The audit began on Jan. 6. It ended [[a fortnight later]].", WED, ("DATE", "2025-W04", "")),
    ("The storm hit on Feb. 20. Power returned [[three days later]].", WED, ("DATE", "2025-02-23", "")),
    ("Elections were held in May 2019. [[The month before]], the party had split.", WED, ("DATE", "2019-04", "")),
    ("The law passed in 2016. [[The year before]], a court had struck down its first draft.", WED, ("DATE", "2015", "")),
    ("The bridge collapsed on Aug. 14, 2018. [[A week before]], engineers had inspected it.", WED, ("DATE", "2018-W32", "")),
    ("The truce began on Jan. 19. [[The week after]], the first convoys crossed.", WED, ("DATE", "2025-W04", "")),
    ("The plane crashed on Dec. 29, 2024. [[The previous month]], the airline had grounded two jets.", WED, ("DATE", "2024-11", "")),
    ("The verdict came on Thursday, Feb. 27. [[The following day]], the defence appealed.", WED, ("DATE", "2025-02-28", "")),
    ("The raid came on Sept. 3. [[The next morning]], the suspects were charged.", MON, ("TIME", "2024-09-04TMO", "")),
    ("The protest began on Aug. 30. [[That same night]], police cleared the square.", MON, ("TIME", "2024-08-30TNI", "")),
    # "within" is a signal: the counted span is a duration
    ("The vote was held on Nov. 3. The results were certified within [[a week]] of the vote.", WED, ("DURATION", "P1W", "")),
    ("The fire broke out on Jan. 7. Within [[days]], 5,000 homes were gone.", WED, ("DURATION", "PXD", "")),
    ("Flights resumed on Oct. 2, 2023, [[a fortnight]] after the strike.", WED, ("DURATION", "P2W", "")),
    # --- the past perfect returns to an earlier thread: counted from the date the thread left off
    ("On March 3 he was arrested. He had fled the city [[the day before]].", WED, ("DATE", "2025-03-02", "")),
    ("He was sworn in on Jan. 20. [[Two days before]], he had resigned from the board.", WED, ("DATE", "2025-01-18", "")),
    ("The fire started on March 1. Crews had been warned of the risk [[a week earlier]].", WED, ("DATE", "2025-W08", "")),
    ("He was arrested on Monday. He had arrived in the city [[the previous Thursday]].", WED, ("DATE", "2025-03-06", "")),
    # --- a reported past: counted from the day of the saying
    ("Police said Tuesday that the man had arrived [[the previous night]].", WED, ("TIME", "2025-03-10TNI", "")),
    ("The minister said on Monday that the talks had broken down [[two days earlier]].", WED, ("DATE", "2025-03-08", "")),
    ("The company said Friday it had filed for bankruptcy [[the day before]].", WED, ("DATE", "2025-03-06", "")),
    ("Officials said on Friday that the boat had sunk [[the night before]].", WED, ("TIME", "2025-03-06TNI", "")),
    ("The suspect told police on Sunday that he had bought the gun [[a month earlier]].", WED, ("DATE", "2025-02", "")),
    ("The agency said Thursday that the leak had begun [[the previous weekend]].", MON, ("DATE", "2024-W36-WE", "")),
    # --- a return to the present after a dated past
    ("The clinic opened on March 3, 2019. [[The day after tomorrow]], it closes for good.", WED, ("DATE", "2025-03-14", "")),
    ("The mine flooded in 2010. [[The week before last]], its owners were fined.", WED, ("DATE", "2025-W09", "")),
    # --- two-digit and spoken years
    ("The family moved to the coast in [['98]].", WED, ("DATE", "1998", "")),
    ("She graduated with the class of [['05]].", WED, ("DATE", "2005", "")),
    ("It was [[the summer of '98]] when the river dried up.", WED, ("DATE", "1998-SU", "")),
    ("The floods of [['93]] were worse.", WED, ("DATE", "1993", "")),
    ("The club last won the title in [['19]].", WED, ("DATE", "2019", "")),
    ("Snow closed the pass in [[the winter of '09]].", WED, ("DATE", "2009-WI", "")),
    ("Prices peaked in [[March '22]].", WED, ("DATE", "2022-03", "")),
    ("Prices are quoted in [['98]] dollars.", WED, ("DATE", "1998", "")),
    ("The sign read 'Welcome' and '[[98]]' in red.", WED, None),
    ("He first ran for mayor back in [[ninety-eight]].", WED, ("DATE", "1998", "")),
    ("The shop opened in [[nineteen eighty-one]].", WED, ("DATE", "1981", "")),
    ("The bypass was finished in [[two thousand and eight]].", WED, ("DATE", "2008", "")),
    # --- spans of years for school years and seasons: the first year
    ("Enrollment fell in the [[2024-25]] school year.", WED, ("DATE", "2024", "")),
    ("The rule applies from school year [[2025-26]].", WED, ("DATE", "2025", "")),
    ("He scored 30 goals in the [[2024/25]] season.", WED, ("DATE", "2024", "")),
    ("Fees rise for the [[2025-2026]] academic year.", WED, ("DATE", "2025", "")),
    ("The budget for [[fiscal year 2024-25]] was cut.", WED, ("DATE", "2025", "")),
    # --- not timexes
    ("It was [[the fifth]] time police had been called.", WED, None),
    ("Veterans marked [[the 20th]] anniversary of the battle.", WED, None),
    ("Veterans marked [[the 20th anniversary]] of the battle.", WED, None),
    ("She finished [[fifth]] in the 200 meters.", WED, None),
    ("He pleaded [[the Fifth]] before the committee.", WED, None),
    ("He scored in [[the 90th]] minute.", WED, None),
    ("The appeal went to the [[11th]] Circuit.", WED, None),
    ("[[The previous]] owner sold the house.", WED, None),
    ("Read [[the following]] statement carefully.", WED, None),
    ("[[Last time]], he lost by a wide margin.", WED, None),
    ("[[The next time]] he runs, he will win.", WED, None),
    ("He turned [[ninety-eight]] on Tuesday.", WED, None),
    ("Back in [[ninety-eight]] people died in the floods.", WED, None),
    ("He lives on [[the fifth]] floor.", WED, None),
    ("Friends met on [[the first]] day of school.", WED, None),
    ("He installed Windows [[98]] on the laptop.", WED, None),
    ("He scored 30 goals in 2019 and was injured [[the following season]].", WED, None),
    ("The [[1st]] Battalion was sent to the border.", WED, None),
]
