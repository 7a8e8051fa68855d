"""Genre battery: spoken-style times and anaphoric reference in news quotes and narrative (spoken), in the form of
``temporal_cases.py``.

Own phrasings of spelled clock hours as witnesses and officials say them ("a little after six this morning", "at
about nine last night", "shortly before eight o'clock", "around ten in the evening", "at seven sharp", "just past
midnight", "at five to nine"), with the signals outside the extent and "around" inside, as for digits; and spelled
numbers that count, not tell the time ("six of the victims", "seven sharp knives", "ten to one against"). Nights of
a story: "in the middle of the night", "in the dead of night" (the night of the day the story named, else the
night before the article; mod MID), "late into the night" ("the night" alone). Holidays referred back to: "the
holiday weekend", "the long weekend", "over the holiday" (the holiday the text named, else the nearest one to the
article day).  "The next day", "two days later", "the following week" with no date before them in a past story
count from a past time the text never gives: the value is underspecified (``XXXX-XX-XX``, ``XXXX-WXX``), not a day
after the article; so is a past perfect's "the day before" ("He had resigned the day before").  "At the time" is
``PAST_REF`` as in TimeBank ("saying at the time he was willing", though a date came before), and no timex when a
clause or "of" follows ("At the time Howes was captured"); "then" and "that time" are the date the text named,
else ``PAST_REF``.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

FRI = datetime(2018, 6, 15)  # a Friday
WED = datetime(2021, 2, 10)  # a Wednesday
SUN = datetime(2016, 7, 3)  # a Sunday, the day before Independence Day
MEM = datetime(2024, 5, 28)  # the Tuesday after Memorial Day (May 27)
EAS = datetime(2025, 4, 22)  # the Tuesday after Easter (April 20)
THX = datetime(2023, 11, 27)  # the Monday after Thanksgiving (Nov. 23)
LAB = datetime(2024, 8, 28)  # the Wednesday before Labor Day (Sept. 2)
COL = datetime(2022, 10, 12)  # the Wednesday after Columbus Day (Oct. 10)
JUL = datetime(2024, 7, 8)  # the Monday after Independence Day (a Thursday)

CASES: list[Case] = [
    # --- spelled hours: signals ("a little after", "at about", "shortly before", "just past") outside the extent
    ("The boy was found a little after [[six]] this morning.", FRI, ("TIME", "2018-06-15T06:00", "")),
    ("Neighbors heard shots at about [[nine]] last night.", FRI, ("TIME", "2018-06-14T21:00", "APPROX")),
    ("The blast came shortly before [[eight o'clock]].", FRI, ("TIME", "2018-06-15T08:00", "")),
    ("The crowd gathered [[around ten in the evening]].", FRI, ("TIME", "2018-06-15T22:00", "APPROX")),
    ("The doors opened at [[seven sharp]].", FRI, ("TIME", "2018-06-15T07:00", "")),
    ("The train derailed just past [[midnight]].", FRI, ("TIME", "2018-06-14T24:00", "")),
    ("The alarm went off at [[five to nine]].", FRI, ("TIME", "2018-06-15T08:55", "")),
    ("Witnesses said the first shot rang out a little after [[eleven]] last night.", FRI, ("TIME", "2018-06-14T23:00", "")),
    ("The polls opened at [[seven]] this morning.", FRI, ("TIME", "2018-06-15T07:00", "")),
    ("The shooting happened just past [[one]] this morning.", FRI, ("TIME", "2018-06-15T01:00", "")),
    ("Firefighters arrived at about [[two in the morning]].", FRI, ("TIME", "2018-06-15T02:00", "APPROX")),
    ("The raid began at [[one o'clock in the morning]] on Tuesday.", FRI, ("TIME", "2018-06-12T01:00", "")),
    ("Talks resumed at [[three in the afternoon]].", FRI, ("TIME", "2018-06-15T15:00", "")),
    ("He was last seen at [[eleven at night]] on Sunday.", FRI, ("TIME", "2018-06-10T23:00", "")),
    ("Sirens sounded at [[twenty past four in the morning]].", FRI, ("TIME", "2018-06-15T04:20", "")),
    ("The verdict was read at [[ten past eleven]] on Thursday morning.", FRI, ("TIME", "2018-06-14T11:10", "")),
    ("The ferry left at [[a quarter to six]] last night.", FRI, ("TIME", "2018-06-14T17:45", "")),
    ("Voting ends at [[nine tonight]].", FRI, ("TIME", "2018-06-15T21:00", "")),
    ("The strike starts at [[six sharp]] on Monday.", FRI, ("TIME", "2018-06-18T06:00", "")),
    ("The first train leaves at [[5 sharp]].", FRI, ("TIME", "2018-06-15T05:00", "")),
    ("Police were called at [[half past two]] on Sunday afternoon.", FRI, ("TIME", "2018-06-10T14:30", "")),
    ("The market opens at [[nine thirty]] on Monday.", FRI, ("TIME", "2018-06-18T09:30", "")),
    ("The rally starts at [[around seven]] this evening.", FRI, ("TIME", "2018-06-15T19:00", "APPROX")),
    # a reading with no day told in the past is on the article day, as "at 11:50 p.m." is
    ("The lights went out at [[ten to midnight]].", FRI, ("TIME", "2018-06-15T23:50", "")),
    ("The lights went out at [[ten to midnight]] last night.", FRI, ("TIME", "2018-06-14T23:50", "")),
    ("Gunfire was heard shortly after [[four o'clock]] on Thursday afternoon.", FRI, ("TIME", "2018-06-14T16:00", "")),
    # --- spelled numbers that count: no time of day
    ("[[Six]] of the victims were children.", FRI, None),
    ("The index closed at [[seven]] points above its low.", FRI, None),
    ("Police detained [[ten]] this morning.", FRI, None),
    ("Pilots flew [[five to nine]] missions a day.", FRI, None),
    ("Police found [[seven sharp]] knives in the car.", FRI, None),
    ("[[Ten past]] presidents signed the letter.", FRI, None),
    ("[[Ten]] past presidents signed the letter.", FRI, None),
    ("Gunmen killed about [[nine]] last night.", FRI, None),
    ("The court heard from [[eight]] of the witnesses this morning.", FRI, None),
    ("The score stood at [[two to one]] at halftime.", FRI, None),
    ("The odds were [[ten to one]] against him.", FRI, None),
    ("The bus was [[five to ten]] minutes late.", FRI, None),
    ("Police arrested [[eleven]] at the scene.", FRI, None),
    # --- the middle and the dead of the night: the story's night, else the night before the article
    ("Gunmen stormed the village in [[the middle of the night]].", WED, ("TIME", "2021-02-09TNI", "MID")),
    ("The fire broke out on Sunday. Residents fled in [[the middle of the night]].", WED, ("TIME", "2021-02-07TNI", "MID")),
    ("Thieves broke in during [[the dead of night]].", WED, ("TIME", "2021-02-09TNI", "MID")),
    ("A patient died in [[the middle of the night]].", SUN, ("TIME", "2016-07-02TNI", "MID")),
    ("The storm hit on Feb. 3. Its worst came in [[the dead of night]].", WED, ("TIME", "2021-02-03TNI", "MID")),
    ("Burglars often strike in [[the middle of the night]].", WED, None),
    ("Negotiators met on Tuesday and argued late into [[the night]].", WED, ("TIME", "2021-02-09TNI", "")),
    ("Crowds celebrated late into [[the night]].", WED, ("TIME", "2021-02-09TNI", "")),
    ("Talks are expected to run late into [[the night]].", WED, ("TIME", "2021-02-10TNI", "")),
    ("Crowds celebrated [[late into the night]].", WED, None),
    # "the early hours", like "the small hours", stays untagged (TimeBank tags only the day of "the early hours of")
    ("The quake struck in [[the early hours]].", WED, None),
    # --- holidays referred back to: the one the text named, else the one nearest the article day
    ("Memorial Day crowds packed the beaches. Police made 40 arrests over [[the holiday weekend]].", MEM, ("DATE", "2024-W21-WE", "")),
    ("Traffic deaths rose over [[the holiday weekend]].", MEM, ("DATE", "2024-W21-WE", "")),
    ("Beaches were packed over [[the long weekend]].", MEM, ("DATE", "2024-W21-WE", "")),
    ("Memorial Day crowds packed the beaches. [[The long weekend]] ended with storms.", MEM, ("DATE", "2024-W21-WE", "")),
    ("Churches were full for Easter. Police reported few incidents over [[the holiday weekend]].", EAS, ("DATE", "2025-W16-WE", "")),
    ("Police reported few crashes over [[the Easter holiday weekend]].", EAS, ("DATE", "2025-W16-WE", "")),
    ("Shoppers flooded the malls over [[the holiday weekend]].", THX, ("DATE", "2023-W47-WE", "")),
    ("Families gathered for Thanksgiving. Over [[the holiday]], three people died in crashes.", THX, ("DATE", "2023-11-23", "")),
    ("Most stores were closed over [[the holiday]].", MEM, ("DATE", "2024-05-27", "")),
    ("Airports expect record crowds over [[the holiday weekend]].", LAB, ("DATE", "2024-W35-WE", "")),
    ("Fireworks injuries spiked over [[the holiday weekend]].", JUL, ("DATE", "2024-W27-WE", "")),
    ("Hikers crowded the trails over [[the long weekend]].", COL, ("DATE", "2022-W40-WE", "")),
    ("Memorial Day is Monday. Traffic will be heavy over [[the holiday weekend]].", datetime(2024, 5, 22), ("DATE", "2024-W21-WE", "")),
    ("Trains were packed [[over the holiday]].", MEM, None),
    ("Most of the staff were on [[holiday]] in Spain.", EAS, None),
    ("Workers got [[a holiday]] bonus.", THX, None),
    ("The king declared [[a national holiday]].", THX, None),
    ("Retailers reported strong [[holiday]] sales.", THX, None),
    # --- "the next day", "two days later" with no date before them in a past story: a day the text never gives
    ("He had fled the city [[the next day]].", WED, ("DATE", "XXXX-XX-XX", "")),
    ("The suspect was released on bail. [[The next day]], he left the country.", WED, ("DATE", "XXXX-XX-XX", "")),
    ("The boy went missing after school. [[Two days later]], his body was found.", WED, ("DATE", "XXXX-XX-XX", "")),
    ("The chief executive quit. [[The following week]], the board resigned.", WED, ("DATE", "XXXX-WXX", "")),
    ("She had returned home [[a week later]].", WED, ("DATE", "XXXX-WXX", "")),
    ("The refugees crossed the river. [[The following morning]], they reached a camp.", WED, ("TIME", "XXXX-XX-XXTMO", "")),
    ("Rebels seized the town. [[A month later]], the army recaptured it.", WED, ("DATE", "XXXX-XX", "")),
    ("He had resigned [[the day before]].", WED, ("DATE", "XXXX-XX-XX", "")),
    ("The plant had closed [[two days earlier]].", WED, ("DATE", "XXXX-XX-XX", "")),
    # ... while the future counts from the article day, and a date in the text anchors as before
    ("The delegates will arrive tonight and meet [[the next day]].", WED, ("DATE", "2021-02-11", "")),
    ("Police said Monday the man was shot on Saturday and died [[the next day]].", WED, ("DATE", "2021-02-07", "")),
    ("The bank failed on Feb. 3. Its chief had fled the country [[the next day]].", WED, ("DATE", "2021-02-04", "")),
    ("Talks resume on Monday. [[Two days later]], the envoy flies home.", WED, ("DATE", "2021-02-17", "")),
    # --- at the time, at that time, by then, until then
    ("He was not a suspect at [[the time]], police said.", WED, ("DATE", "PAST_REF", "")),
    ("The mill closed in 1998. Workers were told little at [[the time]].", WED, ("DATE", "PAST_REF", "")),
    ("At [[the time]], the company had 40 employees.", WED, ("DATE", "PAST_REF", "")),
    ("Police said at [[the time]] that the death was not suspicious.", WED, ("DATE", "PAST_REF", "")),
    ("He was living in Paris at [[the time]].", SUN, ("DATE", "PAST_REF", "")),
    # after a verb of saying, what follows is what was said then, not a clause defining the time
    ("She spoke in March, saying at [[the time]] she would run again.", SUN, ("DATE", "PAST_REF", "")),
    ("The plant opened in March 2001. At [[that time]], it employed 300 people.", WED, ("DATE", "2001-03", "")),
    ("Nobody was wearing masks at [[that time]].", WED, ("DATE", "PAST_REF", "")),
    ("The border closed on Jan. 5. By [[that time]], most tourists had left.", WED, ("DATE", "2021-01-05", "")),
    ("The fire spread fast. By [[then]], the roof had collapsed.", WED, ("DATE", "PAST_REF", "")),
    ("Until [[then]], he had never lost an election.", WED, ("DATE", "PAST_REF", "")),
    ("The talks resume on March 1. Until [[then]], the truce holds.", WED, ("DATE", "2021-03-01", "")),
    ("At [[the time]] the shots were fired, he was asleep.", WED, None),
    ("She was 19 at [[the time]] of the crash.", WED, None),
    ("The shop is closed for [[the time being]].", WED, None),
    ("The debate grew heated at [[times]].", WED, None),
    ("The cuts come at [[a time]] when families are struggling.", WED, None),
]
