"""Genre battery: times of day and approximate clock times in crime, disaster, war and court reporting (daytime),
in the form of ``temporal_cases.py``.

Own phrasings of the edges of the day and the night: dawn, daybreak, first light and sunrise as a day's morning
(TIMEX3 has no code for them; as TimeML practice does with such words, the nearest part of the day: ``TMO``), dusk,
nightfall and sunset as its evening (``TEV``), lunchtime as its midday (``TMI``), all TIMEs like "noon" and
"midnight"; "dawn" in a clause ("as dawn broke") or before a noun ("dawn raids", "a predawn raid") is no timex, and
as in TimeBank "the early hours of Sunday", "the predawn hours of Thursday", "the night of March 9" tag only the
day. Clock times with signals outside the extent ("shortly before", "just after", "a little after", "at about"
with mod APPROX), "around 7 in the evening" (with "around" inside), clock ranges, a day's parts ("late Tuesday night"
is a DATE, as "Sunday night" in TBAQ), deictic and anaphoric parts ("last evening", "the night before", "that
evening", "later that night"), sets ("every night", "works nights", "on Friday nights") and what is no timex:
"all night", "through the night", "in broad daylight", "at the same time", "the small
hours", names ("Dawn Harper", "Midnight Oil", "Good Morning America", "Sunset Boulevard", "a sunset clause").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

MON19 = datetime(2019, 3, 18)  # a Monday, a crime story
THU21 = datetime(2021, 9, 16)  # a Thursday, a trial
SUN22 = datetime(2022, 2, 27)  # a Sunday, the fourth day of a war
SAT23 = datetime(2023, 8, 12)  # a Saturday, a wildfire's fifth day
TUE24 = datetime(2024, 1, 2)  # a Tuesday, after New Year

CASES: list[Case] = [
    # --- dawn, daybreak, first light, sunrise: the morning of the day; dusk, nightfall, sunset: its evening
    ("Troops stormed the village at [[dawn Tuesday]].", MON19, ("TIME", "2019-03-12TMO", "")),
    ("Police raided the compound at [[dawn]] on Sunday.", MON19, ("TIME", "2019-03-17TMO", "")),
    ("Shelling began shortly before [[dawn]].", SUN22, ("TIME", "2022-02-27TMO", "")),
    ("Gunmen struck before [[dawn Saturday]].", MON19, ("TIME", "2019-03-16TMO", "")),
    ("The ferry capsized at [[daybreak]] on Thursday.", THU21, ("TIME", "2021-09-16TMO", "")),
    ("Residents fled at [[first light]] on Friday.", SAT23, ("TIME", "2023-08-11TMO", "")),
    ("Divers resumed the search at [[sunrise]].", SAT23, ("TIME", "2023-08-12TMO", "")),
    ("Fighting resumed at [[dusk]].", SUN22, ("TIME", "2022-02-27TEV", "")),
    ("Rescuers called off the search at [[nightfall]].", SAT23, ("TIME", "2023-08-12TEV", "")),
    ("The attack came at [[sunset Friday]].", MON19, ("TIME", "2019-03-15TEV", "")),
    ("By [[dusk]] on Wednesday, the flames had reached the harbor.", SAT23, ("TIME", "2023-08-09TEV", "")),
    # "dawn" as the subject of a clause or before a noun is no timex (TimeBank leaves "as dawn broke" untagged)
    ("As [[dawn]] broke on Saturday, the toll stood at 40.", MON19, None),
    ("As dawn broke on [[Saturday]], the toll stood at 40.", MON19, ("DATE", "2019-03-16", "")),
    ("Police made 14 arrests in [[dawn]] raids on Tuesday.", MON19, None),
    ("Police made 14 arrests in dawn raids on [[Tuesday]].", MON19, ("DATE", "2019-03-12", "")),
    # --- predawn, early, wee and small hours: only the day is a timex, as in TimeBank
    ("Agents carried out a predawn raid on [[Sunday]].", MON19, ("DATE", "2019-03-17", "")),
    ("Agents carried out a [[predawn]] raid on Sunday.", MON19, None),
    ("The fire broke out in the early hours of [[Sunday]].", MON19, ("DATE", "2019-03-17", "")),
    ("The fire broke out in [[the early hours]] of Sunday.", MON19, None),
    ("The quake hit in the wee hours of [[Tuesday]].", SAT23, ("DATE", "2023-08-08", "")),
    ("Missiles struck Kyiv in the pre-dawn hours of [[Thursday]].", SUN22, ("DATE", "2022-02-24", "")),
    ("The building collapsed in [[the small hours]].", SAT23, None),
    # --- a named day and its part: a DATE, with START/END for early and late
    ("The gunman opened fire [[late Tuesday night]].", MON19, ("DATE", "2019-03-12TNI", "END")),
    ("Police were called [[early Sunday morning]].", MON19, ("DATE", "2019-03-17TMO", "START")),
    ("The jury returned its verdict [[Thursday afternoon]].", THU21, ("DATE", "2021-09-16TAF", "")),
    ("The protest turned violent [[Saturday evening]].", MON19, ("DATE", "2019-03-16TEV", "")),
    ("[[Tuesday night]]'s attack killed four people.", MON19, ("DATE", "2019-03-12TNI", "")),
    ("Deliberations will resume [[Monday morning]].", THU21, ("DATE", "2021-09-20TMO", "")),
    ("Looters struck [[late Friday]].", SAT23, ("DATE", "2023-08-11", "END")),
    ("The shooting happened on [[Friday night]].", SAT23, ("DATE", "2023-08-11TNI", "")),
    ("The suspect was arrested [[early Thursday]].", THU21, ("DATE", "2021-09-16", "START")),
    # --- overnight: the night before the article's day, or the one named
    ("Sirens wailed across the capital [[overnight Saturday]].", SUN22, ("TIME", "2022-02-26TNI", "")),
    ("Russian rockets hit the city [[overnight]].", SUN22, ("TIME", "2022-02-26TNI", "")),
    ("[[Overnight]], the death toll rose to 40.", SAT23, ("TIME", "2023-08-11TNI", "")),
    # --- deictic parts of days: TIMEs
    ("A gunman killed two people [[last night]].", MON19, ("TIME", "2019-03-17TNI", "")),
    ("The suspect surrendered [[this morning]].", MON19, ("TIME", "2019-03-18TMO", "")),
    ("The judge will rule [[tomorrow morning]].", THU21, ("TIME", "2021-09-17TMO", "")),
    ("Firefighters were called [[yesterday afternoon]].", SAT23, ("TIME", "2023-08-11TAF", "")),
    ("Residents heard blasts [[late last night]].", SUN22, ("TIME", "2022-02-26TNI", "END")),
    ("Shelling intensified [[this evening]].", SUN22, ("TIME", "2022-02-27TEV", "")),
    ("Police released a sketch of the suspect [[last evening]].", MON19, ("TIME", "2019-03-17TEV", "")),
    # --- anaphoric parts of days: from the day the text named
    ("The bomb exploded on Friday. Police had received a warning [[the night before]].", MON19, ("TIME", "2019-03-14TNI", "")),
    ("The suspect was arrested Friday. He had been drinking [[the previous night]].", MON19, ("TIME", "2019-03-14TNI", "")),
    ("The dam burst on Tuesday. [[That evening]], the river rose two meters.", SAT23, ("TIME", "2023-08-08TEV", "")),
    (
        "The hearing opened on Tuesday. In [[the afternoon]], the defense called its first witness.",
        THU21,
        ("TIME", "2021-09-14TAF", ""),
    ),
    ("The convoy left on Wednesday. [[The following morning]], it reached the border.", SAT23, ("TIME", "2023-08-10TMO", "")),
    ("Troops shelled Kharkiv on Saturday. During [[the night]], the power failed.", SUN22, ("TIME", "2022-02-26TNI", "")),
    ("The fire started on Tuesday. [[Later that night]], the wind shifted.", SAT23, ("TIME", "2023-08-08TNI", "END")),
    # "the night/evening/morning of" a date: the date is the timex, as in TimeBank
    ("Witnesses described the night of [[March 9]] in detail.", MON19, ("DATE", "2019-03-09", "")),
    ("Witnesses described [[the night]] of March 9 in detail.", MON19, None),
    ("The fire started on the evening of [[the 8th]].", SAT23, ("DATE", "2023-08-08", "")),
    ("He was last seen on the morning of [[Sept. 14]].", THU21, ("DATE", "2021-09-14", "")),
    # --- clock times: "shortly before", "just after", "a little after", "at about" are signals outside the extent
    ("The bar fight broke out shortly before [[midnight Friday]].", MON19, ("TIME", "2019-03-15T24:00", "")),
    ("The first explosion came just after [[3 a.m.]]", SUN22, ("TIME", "2022-02-27T03:00", "")),
    ("Shots were fired just after [[3 a.m. Sunday]].", MON19, ("TIME", "2019-03-17T03:00", "")),
    ("Air raid sirens sounded shortly after [[4 a.m.]] local time.", SUN22, ("TIME", "2022-02-27T04:00", "")),
    ("Neighbors heard screams around 10 [[last night]].", MON19, ("TIME", "2019-03-17TNI", "")),
    ("The verdict was read at about [[3:30 p.m. Friday]].", THU21, ("TIME", "2021-09-10T15:30", "APPROX")),
    ("Police said the crash happened at about [[11:40 p.m. Thursday]].", SAT23, ("TIME", "2023-08-10T23:40", "APPROX")),
    # "around" inside the extent, "about" outside, as for "around 7:15 p.m."
    ("The looting started at [[around 7 in the evening]].", SAT23, ("TIME", "2023-08-12T19:00", "APPROX")),
    ("The standoff ended [[around noon]].", MON19, ("TIME", "2019-03-18T12:00", "APPROX")),
    # a bare hour opening a range takes the range's am/pm and day; after "at", "after", "until"... it is read by the
    # part of the day after it (the part a timex of its own); "killed about 10 last night" is a count
    ("The burglaries took place between [[2]] and 4 a.m. on Sunday.", MON19, ("TIME", "2019-03-17T02:00", "")),
    ("The burglaries took place between 2 and [[4 a.m.]] on Sunday.", MON19, ("TIME", "2019-03-17T04:00", "")),
    ("The shots were heard between [[2:30]] and 4 p.m. Friday.", MON19, ("TIME", "2019-03-15T14:30", "")),
    ("Police closed the bridge from [[11]] to 2 a.m. Sunday.", MON19, ("TIME", "2019-03-16T23:00", "")),
    ("Neighbors heard screams at about [[10]] last night.", MON19, ("TIME", "2019-03-17T22:00", "APPROX")),
    ("Rebels killed about [[10]] last night.", MON19, None),
    ("The boy was found shortly after [[6]] this morning.", MON19, ("TIME", "2019-03-18T06:00", "")),
    ("The jury will be sequestered from [[10 tonight]].", THU21, ("TIME", "2021-09-16T22:00", "")),
    ("The road will close from [[11 p.m. Friday]] to 5 a.m. Saturday.", THU21, ("TIME", "2021-09-17T23:00", "")),
    ("The road will close from 11 p.m. Friday to [[5 a.m. Saturday]].", THU21, ("TIME", "2021-09-18T05:00", "")),
    # a midnight gone by opened the article's day (the project's convention): the 26th's T24:00
    ("The ceasefire took effect at [[midnight]] local time.", SUN22, ("TIME", "2022-02-26T24:00", "")),
    ("The tanks crossed the border at [[5 a.m.]] on Thursday.", SUN22, ("TIME", "2022-02-24T05:00", "")),
    ("The first call came in at [[12:30 a.m. Sunday]].", MON19, ("TIME", "2019-03-17T00:30", "")),
    ("Witnesses said the blast came at [[4:30 in the morning]].", SAT23, ("TIME", "2023-08-12T04:30", "")),
    # --- court hours
    ("The court adjourned until [[10 a.m. Tuesday]].", THU21, ("TIME", "2021-09-21T10:00", "")),
    ("Sentencing is set for [[2 p.m. Friday]].", THU21, ("TIME", "2021-09-17T14:00", "")),
    ("The jury began deliberating at [[9:15 a.m.]]", THU21, ("TIME", "2021-09-16T09:15", "")),
    ("The jury broke for lunch at [[midday]].", THU21, ("TIME", "2021-09-16T12:00", "")),
    ("The verdict is expected by [[midday Monday]].", THU21, ("TIME", "2021-09-20T12:00", "")),
    ("The gunman entered the cafe at [[lunchtime]] on Tuesday.", MON19, ("TIME", "2019-03-12TMI", "")),
    # --- midnight on a holiday
    ("At the stroke of [[midnight]] on New Year's Eve, the bomb went off.", TUE24, ("TIME", "2023-12-31T24:00", "")),
    ("At the stroke of midnight on [[New Year's Eve]], the bomb went off.", TUE24, ("DATE", "2023-12-31", "")),
    # --- sets: every night, nights, Friday nights; "nightly" as the project's P1D ("daily")
    ("Protesters gathered in the square [[every night]].", SUN22, ("SET", "XXXX-XX-XXTNI", "")),
    ("The guard worked [[nights]] at the warehouse.", MON19, ("SET", "XXXX-XX-XXTNI", "")),
    ("The guard worked [[three nights]] in a row.", MON19, ("DURATION", "P3D", "")),
    ("Drag races took place on [[Friday nights]].", MON19, ("SET", "XXXX-WXX-5TNI", "")),
    ("Air raid sirens sounded [[nightly]].", SUN22, ("SET", "P1D", "")),
    ("Patrols go out [[every morning]] at six.", MON19, ("SET", "XXXX-XX-XXTMO", "")),
    ("Visits are allowed [[each afternoon]].", THU21, ("SET", "XXXX-XX-XXTAF", "")),
    # --- nights counted, and what is no time of a day
    ("The siege lasted [[three nights]].", SUN22, ("DURATION", "P3D", "")),
    ("Rescuers dug [[all night]].", SAT23, None),
    ("Firefighters battled the blaze [[through the night]].", SAT23, None),
    ("The robbery took place in [[broad daylight]].", MON19, None),
    ("The robbery took place in broad [[daylight]].", MON19, None),
    ("Two bombs went off at [[the same time]].", SAT23, None),
    ("At [[the time]] he was arrested, he was unarmed.", MON19, None),
    ("Patrols are rare at [[night]].", MON19, None),
    # --- false friends: names, titles and compounds
    ("[[Dawn]] Harper, a neighbor, called police.", MON19, None),
    ("Supporters hailed [[the dawn]] of a new era.", SUN22, None),
    ("Supporters hailed the [[dawn]] of a new era.", SUN22, None),
    ("[[Midnight]] Oil played a benefit concert for the victims.", SAT23, None),
    ("The suspect had just watched [[Twilight]] on TV.", MON19, None),
    ("The mayor appeared on Good [[Morning]] America.", SAT23, None),
    ("The [[Evening]] Standard first reported the arrest.", MON19, None),
    ("The [[Sunday]] Times named the suspect.", MON19, None),
    ("She was a nurse on the [[night]] shift.", MON19, None),
    ("The pharmacy ran out of the [[morning]]-after pill.", MON19, None),
    ("The law includes a [[sunset]] clause.", THU21, None),
    ("The crash closed [[Sunset]] Boulevard.", MON19, None),
    ("Pakistan's [[Dawn]] newspaper reported the blast.", SUN22, None),
    ("He appeared on The [[Tonight]] Show.", MON19, None),
    ("She wore an [[evening]] gown to the trial.", THU21, None),
]
