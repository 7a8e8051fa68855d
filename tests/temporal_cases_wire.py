"""Genre battery: international wire copy on conflict and diplomacy, 2015-2025 (wire), in the form of ``temporal_cases.py``.

Own phrasings in the style of Reuters, AFP, AP, Xinhua and Al Jazeera: datelines ("KYIV, Ukraine (AP) —",
"BEIJING, March 3 (Xinhua) --"), GMT and local clock readings, nights and early hours ("in the early hours of
Sunday", "overnight into Monday"), war-time counts ("since the war began on Feb. 24, 2022", "a 72-hour
ceasefire"), summits and visits ("the July 11-12 summit", "a two-day visit") and narrated chronology ("The next
day", "That evening").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

MON = datetime(2022, 2, 28)  # a Monday, four days into the invasion
TUE = datetime(2023, 7, 11)  # a Tuesday, first day of the Vilnius summit
WED = datetime(2019, 10, 16)  # a Wednesday
THU = datetime(2024, 2, 22)  # a Thursday, two days before the war's second anniversary
FRI = datetime(2016, 7, 15)  # a Friday
SAT = datetime(2020, 1, 4)  # a Saturday
SUN = datetime(2025, 3, 9)  # a Sunday
WED21 = datetime(2021, 3, 3)  # a Wednesday
FRI22 = datetime(2022, 6, 3)  # a Friday, the hundredth day of the war
TUE23 = datetime(2023, 9, 5)  # a Tuesday, before the G20 in New Delhi
MON22 = datetime(2022, 4, 4)  # a Monday
SAT18 = datetime(2018, 4, 14)  # a Saturday
THU23 = datetime(2023, 10, 12)  # a Thursday

CASES: list[Case] = [
    # --- datelines: the dateline's day is the article's; the agency tag is no time
    ("BEIJING, [[March 3]] (Xinhua) -- China's top legislator met a visiting delegation.", WED21, ("DATE", "2021-03-03", "")),
    ("GENEVA, [[Oct 16]] (Reuters) - The U.N. envoy said talks would resume.", WED, ("DATE", "2019-10-16", "")),
    ("BEIJING, [[Jan. 4]] (Xinhua) -- Chinese and Iranian diplomats held talks.", SAT, ("DATE", "2020-01-04", "")),
    ("DOHA, [[Feb 22]] (Reuters) - Mediators pressed both sides for a truce.", THU, ("DATE", "2024-02-22", "")),
    ("KYIV, Ukraine (AP) — Officials gave no casualty figures.", MON, None),
    ("Kyiv (AFP) - Ukraine said on [[Thursday]] it had downed 20 drones.", THU, ("DATE", "2024-02-22", "")),
    ("KYIV, Ukraine (AP) — Russian forces shelled the capital [[overnight]].", MON, ("TIME", "2022-02-27TNI", "")),
    ("JERUSALEM (Reuters) - Israel said on [[Wednesday]] it would send envoys to Cairo.", THU23, ("DATE", "2023-10-11", "")),
    ("UNITED NATIONS, [[Sept 5]] (Reuters) - The Security Council will vote on Friday.", TUE23, ("DATE", "2023-09-05", "")),
    ("UNITED NATIONS, Sept 5 (Reuters) - The Security Council will vote on [[Friday]].", TUE23, ("DATE", "2023-09-08", "")),
    # --- clock readings in GMT and local time
    ("The drone hit the depot at [[0300 GMT]] on Sunday.", SUN, ("TIME", "2025-03-09T03:00", "")),
    ("The missile struck at 2 a.m. local time ([[1900 GMT Monday]]).", TUE, ("TIME", "2023-07-10T19:00", "")),
    ("The truce took effect at midnight ([[2200 GMT]]).", SAT, None),
    ("The convoy left Rafah at [[1430]] local time.", WED, ("TIME", "2019-10-16T14:30", "")),
    ("Sirens sounded at [[7 a.m. Kyiv time]].", SUN, ("TIME", "2025-03-09T07:00", "")),
    ("The talks ended [[late on Tuesday]] local time.", WED, ("DATE", "2019-10-15", "END")),
    ("The Kremlin announced the deal on [[Friday evening]] Moscow time.", SAT, ("DATE", "2020-01-03TEV", "")),
    ("Negotiators broke for lunch at [[midday]] on Wednesday.", WED, ("TIME", "2019-10-16T12:00", "")),
    ("Voting closes at [[1600 GMT]] on Friday.", THU23, ("TIME", "2023-10-13T16:00", "")),
    ("The ultimatum expires at [[0600 GMT Thursday]].", TUE, ("TIME", "2023-07-13T06:00", "")),
    ("The blast was heard at about [[9:40 p.m.]] (1840 GMT).", SAT, ("TIME", "2020-01-04T21:40", "APPROX")),
    # --- nights, dawns and early hours
    # TimeBank leaves "the night of", "the early hours of" outside the timex: the day alone is marked
    ("Drones struck Kyiv in the early hours of [[Sunday]].", MON, ("DATE", "2022-02-27", "")),
    # "overnight into Monday": two timexes, "into" a signal; the night is Sunday's
    ("Explosions were heard [[overnight]] into Monday.", MON, ("TIME", "2022-02-27TNI", "")),
    ("The shelling began on the night of [[June 5]].", TUE, ("DATE", "2023-06-05", "")),
    ("Troops moved in before dawn on [[Friday]].", SAT, ("DATE", "2020-01-03", "")),
    ("Air-raid sirens sounded [[late Tuesday]].", WED, ("DATE", "2019-10-15", "END")),
    ("Air defences were active [[late on Monday night]].", TUE, ("DATE", "2023-07-10TNI", "END")),
    ("[[Overnight]], Russia launched 40 drones at the south.", SUN, ("TIME", "2025-03-08TNI", "")),
    ("Missiles hit Odesa [[early on Thursday]].", THU, ("DATE", "2024-02-22", "START")),
    ("The army imposed a [[nightly]] curfew on the city.", WED, ("SET", "P1D", "")),
    ("Israeli jets struck Gaza [[on Saturday night]].", MON22, None),
    ("Israeli jets struck Gaza on [[Saturday night]].", MON22, ("DATE", "2022-04-02TNI", "")),
    ("The strikes came [[before dawn]] on Saturday.", SAT18, None),
    ("Rescuers searched the rubble [[through the night]].", SUN, None),
    ("Heavy fighting was reported [[in the early hours]].", SUN, None),
    # --- war-time counts
    ("Thousands have died since the war began on [[Feb. 24, 2022]].", THU, ("DATE", "2022-02-24", "")),
    ("Today is [[day 100]] of the war.", FRI22, ("DATE", "2022-06-03", "")),
    ("Zelenskiy spoke by video on [[day 100]] of the war.", FRI22, None),
    ("Negotiators met again on [[the third day]] of talks.", TUE, None),
    ("Both sides agreed to a [[72-hour]] ceasefire.", WED, ("DURATION", "PT72H", "")),
    ("The [[48-hour]] truce expired at midnight.", SAT, ("DURATION", "PT48H", "")),
    ("The 48-hour truce expired at [[midnight]].", SAT, ("TIME", "2020-01-03T24:00", "")),
    ("Rallies marked [[the second anniversary]] of the invasion.", THU, None),
    ("[[Two years]] after the invasion, the front has barely moved.", THU, ("DURATION", "P2Y", "")),
    ("The [[19-month]] war has displaced millions.", TUE, ("DURATION", "P19M", "")),
    ("Hostages have been held since [[Oct. 7]].", THU, ("DATE", "2023-10-07", "")),
    ("Residents have endured [[more than 500 days]] of war.", TUE, ("DURATION", "P500D", "MORE_THAN")),
    ("The siege of the city is now in its [[fifth month]].", THU, None),
    ("[[A year]] into the war, the economy has shrunk by a third.", THU, ("DURATION", "P1Y", "")),
    ("Russia annexed Crimea in [[2014]].", MON, ("DATE", "2014", "")),
    # a decade is the unit E in this project's values (TimeBank: "about a decade" P1E)
    ("The [[decades-old]] dispute over the border flared again.", WED, ("DURATION", "PXE", "")),
    ("The [[months-long]] siege ended in May.", TUE, ("DURATION", "PXM", "")),
    ("Moscow proposed a [[30-day]] energy truce.", SUN, ("DURATION", "P30D", "")),
    ("The army said it had hit 40 targets over [[the past 24 hours]].", SUN, ("DURATION", "PT24H", "")),
    ("Hamas's [[Oct. 7]] attack killed some 1,200 people.", THU, ("DATE", "2023-10-07", "")),
    ("The invasion began on [[February 24, 2022]].", None, ("DATE", "2022-02-24", "")),
    # --- summits, visits and calls
    ("Xi arrived in Moscow for a [[two-day]] visit.", TUE, ("DURATION", "P2D", "")),
    ("Allies will discuss Kyiv's bid at the [[July 11-12]] summit.", TUE, ("DATE", "2023-07-11", "")),
    ("Leaders gather for the [[Sept. 9-10]] G20 summit in New Delhi.", TUE23, ("DATE", "2023-09-09", "")),
    ("The envoys will hold talks in Geneva [[next week]].", WED, ("DATE", "2019-W43", "")),
    ("It was the first such call since [[2019]].", SUN, ("DATE", "2019", "")),
    ("Aid trucks returned [[a week]] after the strikes.", SAT18, ("DURATION", "P1W", "")),
    ("The minister resigned [[days]] after the vote.", WED, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("The summit opens in Vilnius on [[Tuesday]].", TUE, ("DATE", "2023-07-11", "")),
    ("Blinken is due in Cairo on [[Wednesday]].", TUE, ("DATE", "2023-07-12", "")),
    ("Foreign ministers are set to meet on [[Friday]].", TUE, ("DATE", "2023-07-14", "")),
    ("The foreign ministers will meet again [[later this month]].", WED, ("DATE", "2019-10", "END")),
    ("The prime minister begins a five-day tour of Asia on [[Monday]].", SAT, ("DATE", "2020-01-06", "")),
    ("The prime minister begins a [[five-day]] tour of Asia on Monday.", SAT, ("DURATION", "P5D", "")),
    ("Voters go to the polls in the [[March 17]] election.", THU, ("DATE", "2024-03-17", "")),
    ("The visit is his first since [[2019]].", SUN, ("DATE", "2019", "")),
    ("Leaders last met at the U.N. General Assembly [[last September]].", THU, ("DATE", "2023-09", "")),
    ("The talks, set for [[Tuesday, July 11]], were postponed.", TUE, ("DATE", "2023-07-11", "")),
    ("The two leaders spoke by phone on [[Sunday]], the Kremlin said.", MON, ("DATE", "2022-02-27", "")),
    ("[[Sunday]]'s strike killed 12 people.", MON, ("DATE", "2022-02-27", "")),
    ("Protests spread across the country over [[the weekend]].", MON, ("DATE", "2022-W08-WE", "")),
    ("It was the first visit by a U.S. president [[in a decade]].", WED, None),
    ("It was the first visit by a U.S. president in [[a decade]].", WED, ("DURATION", "P10Y", "")),
    ("The ceasefire took effect at [[0400]] local time.", WED, ("TIME", "2019-10-16T04:00", "")),
    # --- narrated chronology
    ("Russian troops crossed the border on Feb. 24. [[The next day]], they neared Kyiv.", MON, ("DATE", "2022-02-25", "")),
    # TimeBank marks "earlier [this week]": the modifier of a week stays outside the extent but sets the mod
    ("The ceasefire was announced on Oct. 10. Later [[that week]], fighting resumed.", WED, ("DATE", "2019-W41", "END")),
    ("The president landed in Kyiv on Monday. [[That evening]], he met Zelenskiy.", WED, ("TIME", "2019-10-14TEV", "")),
    ("Talks opened in Istanbul on March 29. [[Two days later]], Russia pulled back.", MON22, ("DATE", "2022-03-31", "")),
    ("Turkey voted on Sunday. [[The following day]], the lira fell.", WED, ("DATE", "2019-10-14", "")),
    ("The strikes came on June 5. [[A week later]], aid arrived.", TUE, ("DATE", "2023-W24", "")),
    ("The envoy arrived on Tuesday. [[A day earlier]], rockets hit the airport.", THU, ("DATE", "2024-02-19", "")),
    # as "earlier in [the year]": the day of the story
    ("Earlier in [[the day]], the president addressed parliament.", THU, ("DATE", "2024-02-22", "")),
    ("Gunmen stormed the hall on Friday. [[Later that day]], police freed the hostages.", SAT, ("DATE", "2020-01-03", "END")),
    ("The bombing took place at 11 a.m. on Monday. [[Hours]] later, a second blast hit.", TUE, ("DURATION", "PTXH", "")),
    ("The army entered the city on March 1. [[The previous day]], civilians had fled.", WED21, ("DATE", "2021-02-28", "")),
    ("The talks collapsed on Oct. 2. [[That same day]], shelling resumed.", WED, ("DATE", "2019-10-02", "")),
    # --- relative days and spans
    ("[[Earlier on Tuesday]], the minister met his counterpart.", TUE, None),
    ("Earlier on [[Tuesday]], the minister met his counterpart.", TUE, ("DATE", "2023-07-11", "")),
    # "recent days/weeks/months" is an unknown amount here, "recent years" a past reference
    ("Officials said the death toll had risen in [[recent days]].", SUN, ("DURATION", "PXD", "")),
    ("The army withdrew [[two weeks ago]].", WED, ("DATE", "2019-W40", "")),
    ("The deal collapsed [[four months ago]].", WED, ("DATE", "2019-06", "")),
    ("Fighting has raged since [[mid-October]].", THU, ("DATE", "2023-10", "MID")),
    ("Russia will mark Victory Day on [[May 9]].", WED, ("DATE", "2020-05-09", "")),
    # --- guards for the fixes (added after the first run)
    ("Today marks [[the 100th day]] of the war.", FRI22, ("DATE", "2022-06-03", "")),
    ("The 72-hour truce expires at [[midnight]].", SAT, ("TIME", "2020-01-04T24:00", "")),
    ("The envoy reached Cairo on Tuesday. Later in [[the day]], he met Sisi.", THU, ("DATE", "2024-02-20", "")),
    ("Rescuers reached the village [[early on Sunday morning]].", MON, ("DATE", "2022-02-27TMO", "START")),
    # --- names and numbers that are no time
    ("The Security Council passed Resolution [[2334]].", WED, None),
    ("The [[G20]] summit ended without a statement.", TUE23, None),
    ("Soldiers of the [[47th]] Brigade repelled the attack.", THU, None),
]
