"""Genre battery: broadcast news transcripts and spoken news, 1995-2025 (broadcast), in the form of ``temporal_cases.py``.

Own phrasings in the style of network evening news, public radio, cable interviews and briefings read aloud, as
transcribed: spelled-out years, dates and clock times ("nineteen ninety-eight", "twenty twenty-four", "march
eighth", "half past ten", "a quarter to nine", "ten thirty tonight", "eight o'clock eastern time"), often in lower
case; broadcast framing ("this evening", "tonight's top story", "in the next half hour", "at this hour", "a short
time ago") and sign-offs that hold no time ("good evening", "stay with us"); interview speech with disfluencies ("uh
last week", "you know a couple of years ago", "back in the day", "the other night"); spoken durations ("forty eight
hours", "a day and a half", "the last twenty four hours"); and programme names that look like times ("World News
Tonight", "This Week", "Morning Edition").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE98 = datetime(1998, 3, 3)  # a Tuesday
FRI01 = datetime(2001, 9, 14)  # a Friday
WED = datetime(2024, 10, 16, 18, 30)  # a Wednesday, the evening newscast
MON20 = datetime(2020, 3, 16)  # a Monday
THU08 = datetime(2008, 11, 6)  # a Thursday, two days after the election
SUN12 = datetime(2012, 1, 8)  # a Sunday
WED09 = datetime(2009, 4, 1)  # a Wednesday
FRI24 = datetime(2024, 11, 1)  # a Friday, before the election
FRI05 = datetime(2005, 6, 10)  # a Friday
MON16 = datetime(2016, 11, 7)  # a Monday, the eve of the election

CASES: list[Case] = [
    # --- spelled-out years
    ("the wall came down in [[nineteen eighty-nine]] and the cold war ended", TUE98, ("DATE", "1989", "")),
    ("She first ran for the senate in [[two thousand and one]].", FRI05, ("DATE", "2001", "")),
    ("He was elected in [[two thousand eight]] and reelected four years later.", MON16, ("DATE", "2008", "")),
    ("The games were held in London in [[twenty twelve]].", MON16, ("DATE", "2012", "")),
    ("voters go to the polls again in [[twenty twenty-four]]", MON20, ("DATE", "2024", "")),
    ("The pandemic closed schools across the country in [[twenty twenty]].", FRI24, ("DATE", "2020", "")),
    ("The bridge was finished in [[twenty ten]].", FRI24, ("DATE", "2010", "")),
    ("the plant opened in [[twenty oh eight]] and closed last year", FRI24, ("DATE", "2008", "")),
    ("The city hopes to be carbon neutral by [[the year twenty fifty]].", WED, ("DATE", "2050", "")),
    ("we were there in uh in [[nineteen ninety-two]] for the riots", FRI05, ("DATE", "1992", "")),
    ("The levee failed in [[June of nineteen ninety-nine]].", FRI05, ("DATE", "1999-06", "")),
    ("The towers fell on [[September eleventh, two thousand and one]].", FRI05, ("DATE", "2001-09-11", "")),
    ("The bombing happened on [[April nineteenth, nineteen ninety-five]].", TUE98, ("DATE", "1995-04-19", "")),
    ("Pearl Harbor was attacked on [[December seventh, nineteen forty-one]].", FRI01, ("DATE", "1941-12-07", "")),
    ("The band played Woodstock in [[the summer of nineteen sixty-nine]].", TUE98, ("DATE", "1969-SU", "")),
    # --- spelled-out days of the month
    ("The referendum is set for [[March eighth]].", TUE98, ("DATE", "1998-03-08", "")),
    ("The new congress is sworn in on [[January third]].", THU08, ("DATE", "2009-01-03", "")),
    ("The deadline passed on [[the twenty-fifth of February]].", TUE98, ("DATE", "1998-02-25", "")),
    ("The rally is planned for [[this coming Saturday, April fourth]].", WED09, ("DATE", "2009-04-04", "")),
    ("The hearing opened on [[the second of March]].", TUE98, ("DATE", "1998-03-02", "")),
    # --- spelled-out decades and centuries
    ("Crime rates peaked in [[the nineteen nineties]].", FRI24, ("DATE", "199", "")),
    ("The factory has been empty since [[the seventies]].", FRI05, ("DATE", "197", "")),
    ("Housing prices soared in [[the late eighties]].", TUE98, ("DATE", "198", "END")),
    ("The show was a hit in [[the mid nineties]].", FRI24, ("DATE", "199", "MID")),
    ("Phones got smart in [[the early two thousands]].", FRI24, ("DATE", "200", "START")),
    ("These are the challenges of [[the twenty-first century]].", FRI05, ("DATE", "20", "")),
    # --- numbers that are no year or time
    ("[[Two thousand]] troops are on their way to the region.", WED, None),
    ("[[Ninety-eight]] people were hurt in the crash.", FRI05, None),
    ("Investigators are still studying TWA flight [[eight hundred]].", TUE98, None),
    ("The robbery happened at a [[seven eleven]] on Main Street.", FRI05, None),
    ("Neighbors made a [[nine one one]] call around midnight.", FRI05, None),
    ("Looking back with [[twenty twenty]] hindsight, the warnings were clear.", FRI24, None),
    ("a [[forty-two-year-old]] man was arrested at the scene", FRI05, None),
    # --- spelled-out clock times
    ("the president addresses the nation tonight at [[eight o'clock eastern time]]", WED, ("TIME", "2024-10-16T20:00", "")),
    ("The polls close at [[half past ten]].", MON16, ("TIME", "2016-11-07T10:30", "")),
    ("The first shots were fired at [[a quarter to nine]].", TUE98, ("TIME", "1998-03-03T08:45", "")),
    ("The vote is expected at [[ten thirty tonight]].", WED, ("TIME", "2024-10-16T22:30", "")),
    ("The launch is set for [[a quarter past seven tonight]].", WED, ("TIME", "2024-10-16T19:15", "")),
    ("the market opens at [[nine thirty a.m. eastern]]", MON20, ("TIME", "2020-03-16T09:30", "")),
    ("the governor will speak at [[three p.m. eastern]] and take questions", MON20, ("TIME", "2020-03-16T15:00", "")),
    ("The curfew begins at [[twelve midnight]].", MON20, ("TIME", "2020-03-16T24:00", "")),
    ("The ceremony starts at [[twelve noon]].", WED09, ("TIME", "2009-04-01T12:00", "")),
    ("the fire broke out at about [[two in the morning]]", SUN12, ("TIME", "2012-01-08T02:00", "APPROX")),
    ("The jury went home at [[five in the afternoon]].", TUE98, ("TIME", "1998-03-03T17:00", "")),
    # as "at [[9:30]] last night" in temporal_cases.py, the part of the day named after the reading is a timex of its own
    ("The doors open at [[seven fifteen]] this morning.", WED, ("TIME", "2024-10-16T07:15", "")),
    ("He was last seen at [[four o'clock]] on Sunday afternoon.", MON16, ("TIME", "2016-11-06T16:00", "")),
    # --- broadcast framing
    ("The president will address the nation [[this evening]].", WED, ("TIME", "2024-10-16TEV", "")),
    ("[[Tonight]]'s top story: a storm bearing down on the Gulf Coast.", WED, ("TIME", "2024-10-16TNI", "")),
    ("We'll have more on that story in [[the next half hour]].", WED, ("DURATION", "PT30M", "")),
    ("Rescuers are still searching the rubble at [[this hour]].", WED, ("DATE", "PRESENT_REF", "")),
    ("[[A short time ago]], the White House confirmed the meeting.", WED, ("DATE", "PAST_REF", "")),
    ("The governor arrived here [[earlier this evening]].", WED, ("TIME", "2024-10-16TEV", "START")),
    ("The senate is expected to vote [[later tonight]].", WED, ("TIME", "2024-10-16TNI", "END")),
    ("The storm made landfall [[early this morning]].", WED, ("TIME", "2024-10-16TMO", "START")),
    ("The shooting happened [[late last night]].", WED, ("TIME", "2024-10-15TNI", "END")),
    ("Police released the names of the victims [[this afternoon]].", WED, ("TIME", "2024-10-16TAF", "")),
    ("We spoke with the mayor [[yesterday evening]].", WED, ("TIME", "2024-10-15TEV", "")),
    ("The mayor resigned [[about twenty minutes ago]].", WED, ("TIME", "2024-10-16T18:10", "APPROX")),
    ("The verdict came in [[half an hour ago]].", WED, ("TIME", "2024-10-16T18:00", "")),
    ("Officials have confirmed three more deaths in [[the past hour]].", WED, ("DURATION", "PT1H", "")),
    ("This is John Mercer, reporting from Baghdad [[Tuesday]].", TUE98, ("DATE", "1998-03-03", "")),
    ("[[Good evening]], and welcome to the program.", WED, None),
    ("Good [[evening]], I'm Sarah Lane in Washington.", WED, None),
    ("good [[morning]] everyone and thanks for joining us", WED, None),
    ("Stay with us, we'll be right back after this.", WED, None),
    ("This just in to our newsroom: the governor has resigned.", WED, None),
    ("[[Later]] in the program, a look at the housing market.", WED, None),
    ("Coming up [[after the break]], the weather.", WED, None),
    # --- programme names that look like times
    ("She told ABC's World News [[Tonight]] that the deal was dead.", WED, None),
    ("The senator appeared on ABC's [[This Week]] to defend the bill.", SUN12, None),
    ("He spoke to NPR's [[Morning]] Edition from Kabul.", WED, None),
    ("The chairman told [[Sixty Minutes]] the bank was sound.", WED, None),
    # --- interview speech and disfluencies
    ("we uh [[last week]] we met with the families", WED, ("DATE", "2024-W41", "")),
    ("you know [[a couple of years ago]] nobody was talking about this", WED, ("DATE", "2022", "")),
    ("Back in [[the day]] you could buy a house for a song.", WED, ("DATE", "PAST_REF", "")),
    ("I ran into him [[the other night]] at a restaurant.", WED, ("DATE", "PAST_REF", "")),
    # TBAQ marks "now" alone in "right now" (two of its three)
    ("Right [[now]] the water is still rising.", WED, ("DATE", "PRESENT_REF", "")),
    ("The storm is moving north [[as we speak]].", WED, None),
    ("Sales are down ten percent so far [[this year]].", WED, ("DATE", "2024", "")),
    ("I I think [[last year]] we saw the worst of it.", WED, ("DATE", "2023", "")),
    ("um [[yesterday afternoon]] the uh the police came back", WED, ("TIME", "2024-10-15TAF", "")),
    ("we saw the smoke on uh [[Sunday]] and and we left", MON16, ("DATE", "2016-11-06", "")),
    ("I saw her [[a while ago]] and she seemed fine.", WED, ("DATE", "PAST_REF", "")),
    ("We've been talking about this for [[a while]].", WED, ("DURATION", "PXX", "")),
    ("[[A couple of weeks ago]] the factory laid off two hundred workers.", WED, ("DATE", "2024-W40", "")),
    ("The talks collapsed [[a couple of days ago]].", WED, ("DATE", "2024-10-14", "")),
    ("[[Nowadays]] uh you can't find a job in this town.", WED, ("DATE", "PRESENT_REF", "")),
    ("I think [[these days]] people are just tired.", WED, ("DATE", "PRESENT_REF", "")),
    ("The jury returns [[the day after tomorrow]].", WED, ("DATE", "2024-10-18", "")),
    ("The verdict is due [[a week from today]].", WED, ("DATE", "2024-10-23", "")),
    ("The hearing resumes [[three days from now]].", WED, ("DATE", "2024-10-19", "")),
    ("[[Minutes ago]] the plane landed safely.", WED, ("DURATION", "PTXM", "")),
    # --- spoken durations
    ("The hostages were held for [[forty eight hours]].", FRI05, ("DURATION", "PT48H", "")),
    ("It has rained for [[the last twenty four hours]].", WED, ("DURATION", "PT24H", "")),
    ("Forecasters say it will get worse over [[the next forty-eight hours]].", WED, ("DURATION", "PT48H", "")),
    ("The standoff lasted [[a day and a half]].", FRI05, ("DURATION", "P1DT12H", "")),
    ("The operation took [[two and a half hours]].", FRI05, ("DURATION", "PT2H30M", "")),
    ("He spent [[a year and a half]] in the hospital.", FRI05, ("DURATION", "P1Y6M", "")),
    ("The surgery lasted [[an hour and a half]].", FRI05, ("DURATION", "PT1H30M", "")),
    ("The strike could last [[a couple of weeks]].", WED, ("DURATION", "P2W", "")),
    ("He has been in office for [[eighteen months]].", FRI05, ("DURATION", "P18M", "")),
    ("Congress has [[ninety days]] to act.", FRI05, ("DURATION", "P90D", "")),
    ("The new president gets [[a hundred days]] of grace.", THU08, ("DURATION", "P100D", "")),
    ("Nurses are working [[twelve hour]] shifts.", MON20, ("DURATION", "PT12H", "")),
    ("The water rose [[fifteen minutes]] after the siren.", SUN12, ("DURATION", "PT15M", "")),
    ("He has worked at the plant for [[nearly thirty years]].", FRI05, ("DURATION", "P30Y", "LESS_THAN")),
    ("Markets have been falling for [[the past ten days]].", MON20, ("DURATION", "P10D", "")),
    ("Doctors hope to know more in [[the next hour]].", WED, ("DURATION", "PT1H", "")),
    ("The school closed [[twenty-five years ago]].", FRI24, ("DATE", "1999", "")),
    ("The mine closed [[ten years ago]].", FRI05, ("DATE", "1995", "")),
    ("The talks went on for [[a half hour]].", FRI05, ("DURATION", "PT30M", "")),
    # --- days and weeks
    ("The senate voted on [[Tuesday]] to extend the program.", FRI01, ("DATE", "2001-09-11", "")),
    ("The candidates meet again [[tomorrow night]] in Ohio.", MON16, ("TIME", "2016-11-08TNI", "")),
    ("More storms are expected [[this weekend]].", WED, ("DATE", "2024-W42-WE", "")),
    ("The votes will be counted [[overnight]].", THU08, ("TIME", "2008-11-06TNI", "")),
    # a night named by the day, as "tonight" and "last night", is a TIME
    ("The results came in [[election night]].", THU08, ("TIME", "2008-11-04TNI", "")),
    # --- guards for the fixes (added after the first run)
    ("The allied rejection of [[the last-minute]] offer surprised no one.", WED, None),
    ("The shares were priced at [[ten thirty]] dollars apiece.", WED, None),
    ("He paid [[ten fifty]] for the ticket.", WED, None),
    ("The first bell rings at [[half past eight]] on weekdays.", WED, ("TIME", "2024-10-16T08:30", "")),
    ("we march [[first]] to the capitol and then we rally", WED, None),
    # in a text with capitals a lower-case zone stays outside (as "at [[9 a.m.]] eastern time" in temporal_cases.py)
    ("The president speaks tonight at [[eight o'clock]] eastern time.", WED, ("TIME", "2024-10-16T20:00", "")),
    ("He reads USA [[Today]] on the train.", WED, None),
    ("[[Tonight]], a storm bears down on the coast.", WED, ("TIME", "2024-10-16TNI", "")),
    ("She kept quiet [[while]] the jury deliberated.", WED, None),
    ("The vote is [[this coming Saturday]].", WED09, ("DATE", "2009-04-04", "")),
    ("The memorial opens on [[September eleventh]].", FRI05, ("DATE", "2005-09-11", "")),
    ("The games open on [[August eighth, two thousand eight]].", TUE98, ("DATE", "2008-08-08", "")),
    ("The treaty was signed in [[March of twenty nineteen]].", FRI24, ("DATE", "2019-03", "")),
    ("It rained hard [[the other week]].", WED, ("DATE", "PAST_REF", "")),
    ("The plane took off at about [[ten twenty]] last night.", WED, ("TIME", "2024-10-15T22:20", "APPROX")),
    ("Forecasters expect the worst over [[the next half-hour]].", WED, ("DURATION", "PT30M", "")),
    ("[[Hours ago]] the levee gave way.", WED, ("DURATION", "PTXH", "")),
]
