"""Genre battery: news features, profiles, obituaries, opinion and analysis, 2015-2025 (features), in the form of
``temporal_cases.py``.

Own phrasings of vague and narrative time ("these days", "back then", "at the time", "in those days", "over the
years", "a generation ago"; ages and stages of life that are no timex: "in his youth", "at 17", "since childhood"),
obituaries ("died on Tuesday at 87", "was born on March 3, 1941, in Ohio", "the following decade", "in retirement"),
lifetimes and spans ("a four-decade career", "the past half-century", "the turn of the century", "the early
aughts", "the 2010s"), recurring feature time ("every Christmas", "each spring", "on Sundays", "most weekends") and
anaphora in narrated stories ("By then", "Later that decade", "The year after").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE = datetime(2015, 6, 16)  # a Tuesday
FRI = datetime(2016, 2, 12)  # a Friday
SUN = datetime(2017, 9, 3)  # a Sunday
THU18 = datetime(2018, 11, 22)  # a Thursday (Thanksgiving)
MON = datetime(2019, 4, 8)  # a Monday
WED = datetime(2020, 7, 1)  # a Wednesday
THU = datetime(2021, 9, 16)  # a Thursday, an obituary page
SAT = datetime(2022, 1, 29)  # a Saturday
MON23 = datetime(2023, 3, 6)  # a Monday
FRI24 = datetime(2024, 10, 18)  # a Friday
TUE25 = datetime(2025, 5, 27)  # a Tuesday
MON19 = datetime(2019, 12, 30)  # a Monday after Christmas

CASES: list[Case] = [
    # --- vague present and past references
    ("Vinyl is big business [[these days]].", MON, ("DATE", "PRESENT_REF", "")),
    ("[[These days]], she paints in a converted barn.", None, ("DATE", "PRESENT_REF", "")),
    ("[[Nowadays]] the mill is a museum.", WED, ("DATE", "PRESENT_REF", "")),
    ("Few children walk to school [[nowadays]].", SAT, ("DATE", "PRESENT_REF", "")),
    ("Privacy is hard to find in [[this day and age]].", TUE25, ("DATE", "PRESENT_REF", "")),
    ("Rents were cheap back [[then]].", FRI, ("DATE", "PAST_REF", "")),
    ("[[Once]] the paint dried, the mural was unveiled.", FRI24, None),
    ("He calls his mother [[once]] a week.", FRI24, None),
    ("By [[the time]] she was 30, she had written four novels.", MON23, None),
    ("In [[those days]], nobody locked their doors.", THU18, ("DATE", "PAST_REF", "")),
    ("The village had no doctor [[a generation ago]].", TUE, ("DATE", "PAST_REF", "")),
    ("I met him [[the other day]] at the market.", WED, ("DATE", "PAST_REF", "")),
    ("She bought the farm [[a few years back]].", MON, ("DATE", "PAST_REF", "")),
    ("The shop closed [[two years back]].", MON, ("DATE", "2017", "")),
    ("Winters have grown milder in [[recent decades]].", MON23, ("DATE", "PAST_REF", "")),
    # --- vague spans
    ("The family has farmed this valley for [[decades]].", SUN, ("DURATION", "PXE", "")),
    ("The band has changed its sound over [[the years]].", SAT, ("DURATION", "PXY", "")),
    # TimeBank marks the unit alone in "in the months since" (as temporal_cases.py does)
    ("In the [[years]] since, the town has emptied.", FRI, ("DURATION", "PXY", "")),
    ("He kept the letters [[all these years]].", FRI24, ("DURATION", "PXY", "")),
    ("Food prices have soared over [[the past few years]].", MON23, ("DURATION", "PXY", "")),
    # the project reads "the coming days/years" as a future reference
    ("Rents will keep rising in [[the coming years]].", TUE25, ("DATE", "FUTURE_REF", "")),
    ("The river has shifted course over [[several decades]].", MON, ("DURATION", "PXE", "")),
    ("The coastline has retreated over [[the past half-century]].", WED, ("DURATION", "P50Y", "")),
    ("He spent [[the next four decades]] at the newspaper.", THU, ("DURATION", "P40Y", "")),
    ("She retired after [[three decades]] in office.", THU, ("DURATION", "P30Y", "")),
    ("He retired in 2009 after a [[four-decade]] career.", THU, ("DURATION", "P40Y", "")),
    ("She ended a [[40-year]] career in 2012.", THU, ("DURATION", "P40Y", "")),
    # --- ages and stages of life: no timex
    ("In his [[youth]], he boxed in Belfast.", SUN, None),
    ("As a [[child]], she spent hours in the library.", SUN, None),
    ("She left home at [[17]].", SUN, None),
    ("He enlisted at age [[18]].", SUN, None),
    ("He has loved the sea since [[childhood]].", SUN, None),
    ("He moved to Paris in his [[20s]].", SUN, None),
    ("She took up running in her [[late 50s]].", SUN, None),
    ("He was a [[lifelong]] fan of the Cubs.", SUN, None),
    ("In [[retirement]], he built boats.", THU, None),
    ("Like many people [[in their sixties]], he worries about money.", THU, None),
    ("Fans [[aged 60]] and over get a discount.", THU, None),
    # --- obituaries
    ("Jane Harlow died on [[Tuesday]] at her home in Maine.", THU, ("DATE", "2021-09-14", "")),
    ("The actor died on Tuesday at [[87]].", THU, None),
    ("She died [[Sunday]] in Boston. She was 91.", THU, ("DATE", "2021-09-12", "")),
    ("She died Sunday in Boston. She was [[91]].", THU, None),
    ("He was born on [[March 3, 1941]], in Dayton, Ohio.", THU, ("DATE", "1941-03-03", "")),
    ("She was born on [[March 3, 1941]], in Dayton, Ohio.", None, ("DATE", "1941-03-03", "")),
    ("He was born in [[1941]] in a mining town.", None, ("DATE", "1941", "")),
    ("Born [[Aug. 2, 1937]], she grew up in Queens.", THU, ("DATE", "1937-08-02", "")),
    ("He joined the paper in 1970. [[The following decade]], he ran its Paris bureau.", THU, ("DATE", "198", "")),
    ("She joined the firm in 1970. [[The following decade]], she became a partner.", None, ("DATE", "198", "")),
    ("He left the army in 1975. [[The previous decade]] had been spent in Asia.", THU, ("DATE", "196", "")),
    ("A memorial service is planned for [[Saturday]].", THU, ("DATE", "2021-09-18", "")),
    ("He died [[last month]] at 94.", THU, ("DATE", "2021-08", "")),
    # --- decades, centuries and their parts
    ("The town boomed in [[the early aughts]].", SAT, ("DATE", "200", "START")),
    ("Flip phones were everywhere in [[the aughts]].", SAT, ("DATE", "200", "")),
    ("British pop thrived in [[the noughties]].", SAT, ("DATE", "200", "")),
    ("Streaming took over in [[the 2010s]].", FRI24, ("DATE", "201", "")),
    ("She grew up in [[the '60s]] in Detroit.", FRI24, ("DATE", "196", "")),
    ("The club was packed in [[the mid-'70s]].", FRI24, ("DATE", "197", "MID")),
    ("He moved to Austin in [[the early '80s]].", FRI24, ("DATE", "198", "START")),
    # an edge of "the century" alone is of the current one: its start
    ("The house was built around [[the turn of the century]].", FRI24, ("DATE", "20", "START")),
    ("The factory closed in [[the early 2000s]].", MON23, ("DATE", "200", "START")),
    ("The square was paved [[a century ago]].", SUN, ("DATE", "1917", "")),
    ("The station opened [[half a century ago]].", MON, ("DATE", "1969", "")),
    # --- seasons and holidays of a story
    ("It all started in [[the summer of '69]].", WED, ("DATE", "1969-SU", "")),
    ("The family moved to Maine in November 1978. [[That winter]], the lake froze solid.", WED, ("DATE", "1978-WI", "")),
    ("Families crowded the shops on [[Boxing Day]].", MON19, ("DATE", "2019-12-26", "")),
    ("The children were home for [[half-term]].", FRI, None),
    # --- recurring time
    ("The whole family gathers [[every Christmas]].", THU18, ("SET", "XXXX-12-25", "")),
    ("The meadow floods [[each spring]].", MON, ("SET", "XXXX-SP", "")),
    ("He preached on [[Sundays]] at a storefront church.", SUN, ("SET", "XXXX-WXX-7", "")),
    ("The couple visits Italy [[twice a year]].", SUN, ("SET", "P1Y", "")),
    ("He swims in the lake [[every winter]].", SAT, ("SET", "XXXX-WI", "")),
    ("The choir meets on [[Thursday evenings]].", SAT, ("SET", "XXXX-WXX-4TEV", "")),
    # --- anaphora in narrated stories
    ("She left Havana in 1961. By [[then]], her father was in prison.", FRI, ("DATE", "1961", "")),
    ("He moved to London in 1962. Back [[then]], rents were low.", FRI, ("DATE", "1962", "")),
    ("She arrived in New York in 1962. [[Later that decade]], she opened a gallery.", FRI, ("DATE", "196", "END")),
    ("He graduated in 1974. [[The year after]], he married.", FRI, ("DATE", "1975", "")),
    ("They married in May 1958. [[Two years later]], their first son was born.", TUE, ("DATE", "1960", "")),
    ("The band formed in 1991. [[The following spring]], it played its first gig.", TUE, ("DATE", "1992-SP", "")),
    ("She opened the bakery in 2003. [[A decade later]], she had five shops.", TUE, ("DATE", "2013", "")),
    ("He was elected in 1996. [[Within two years]], he had resigned.", TUE, None),
    ("He was elected in 1996. Within [[two years]], he had resigned.", TUE, ("DURATION", "P2Y", "")),
    # --- opinion and analysis
    ("For [[the first time in decades]], the party is united.", TUE25, None),
    ("For the first time in [[decades]], the party is united.", TUE25, ("DURATION", "PXE", "")),
    ("The country has been at war for [[most of the past decade]].", TUE25, None),
    ("The reforms of [[the past decade]] have failed.", TUE25, ("DURATION", "P10Y", "")),
    ("Few expected a recession [[a year ago]].", TUE25, ("DATE", "2024", "")),
    ("Nothing has changed [[since 2015]].", TUE25, None),
    ("Nothing has changed since [[2015]].", TUE25, ("DATE", "2015", "")),
    # --- guards for the fixes (added after the first run)
    ("The deal closes on Nov. 30. Until [[then]], the shares will trade.", datetime(2019, 10, 30), ("DATE", "2019-11-30", "")),
    ("Since [[then]], the shop has doubled in size.", SAT, None),
    ("She finished her coffee and [[then]] left.", SAT, None),
    ("The memo reached [[then]]-President Obama in 2011.", SAT, None),
    ("Wages have stagnated over [[the last half century]].", MON23, ("DURATION", "P50Y", "")),
    ("Unemployment is near [[its quarter-century]] low.", MON23, None),
    ("Growth slowed in [[the last half]], the bank said.", MON23, ("DATE", "2022-H2", "")),
    ("The winter of discontent ended in [[the spring of 1979]].", MON23, ("DATE", "1979-SP", "")),
    ("Unions remember [[the Winter]] of Discontent.", MON23, None),
    ("It was the summer of [['25]], in Paris.", datetime(2020, 7, 1), None),
    ("It was [[the summer of '25]], in Paris.", datetime(2020, 7, 1), ("DATE", "1925-SU", "")),
    # "over" after a verb of change or an amount is "across" ("rose over three decades", "$4 billion over 10 years");
    # after a span's own verb it is "more than" ("lasted over two months")
    ("The pension rose over [[three decades]].", MON23, ("DURATION", "P30Y", "")),
    ("The deal is worth $4 billion over [[10 years]].", MON23, ("DURATION", "P10Y", "")),
    ("The strike lasted over [[two months]].", MON23, ("DURATION", "P2M", "MORE_THAN")),
    ("Carolers come round [[every Christmas Eve]].", MON23, ("SET", "XXXX-12-24", "")),
    ("He told me so [[one of those days]].", MON23, None),
    ("In those [[days]], nobody locked their doors.", MON23, None),
    # --- words that are no time in features
    ("She wrote The Remains of [[the Day]] in a month.", TUE25, None),
    ("He was a man of his [[time]].", TUE25, None),
    ("The [[Summer]] of Love drew thousands to San Francisco.", TUE25, None),
    ("The pandemic changed how we work.", TUE25, None),
]
