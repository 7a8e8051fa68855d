"""Event-anchored expressions in news: "days after the strikes", "weeks before the election", "the morning after
the vote", "in the days before the shooting", "within hours of the announcement", "a month after taking office".

Own phrasings, written before the tagger was run on them.  Conventions followed (see ``temporal_cases.py``): a
counted span before or after an event is a DURATION ("two days after the ceasefire" is P2D, the anchor being an
event); an uncounted one ("days after the riots") is a DATE anchored on the event, XXXX-XX-XX with mod AFTER or
BEFORE when the event is not dated in the passage, else the event's date (to its month for "weeks" or "months");
"the day/morning/night after" an event is the day (part) next to the event's date; the signals ("in the wake of",
"since", "on the eve of", "in the run-up to", "shortly after") and the event nouns are no timexes.
"""

from __future__ import annotations

from datetime import datetime

from tests.temporal_cases import Case

THU = datetime(2023, 11, 9)  # a Thursday
MON = datetime(2024, 3, 11)  # a Monday
WED = datetime(2024, 11, 13)  # a Wednesday, after the US election of Nov. 5
JAN = datetime(2024, 1, 4)  # a Thursday, in the week after New Year

CASES: list[Case] = [
    # --- an uncounted span after or before an event not dated in the passage: underspecified, the anchor named
    ("Police made two arrests [[hours]] after the blast.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Turnout surged [[weeks]] before the election.", THU, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("The general fled the country [[days]] after the coup.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Officers searched the flat [[minutes]] after the stabbing.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Shares slumped [[months]] before the crash.", THU, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("[[Days]] before the summit, the envoy resigned.", THU, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("In the [[days]] before the shooting, he bought two rifles.", MON, ("DATE", "XXXX-XX-XX", "BEFORE")),
    ("In the [[weeks]] after the flood, volunteers cleared the streets.", MON, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("In the [[months]] after the merger, the firm cut 2,000 jobs.", MON, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("In the [[hours]] after the blast, hospitals appealed for blood.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Just [[hours]] after the verdict, protesters gathered outside.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Voters queued for [[hours]] before the polls opened.", WED, ("DURATION", "PTXH", "")),
    # TimeBank leaves "seconds before the bomb exploded" untagged; "seconds later" is an unknown span as "minutes later"
    ("The pilot radioed [[seconds]] before the crash.", THU, None),
    ("The pilot radioed. [[Seconds]] later, the jet crashed.", THU, ("DURATION", "PTXS", "")),
    ("The crowd waited for [[seconds]] that felt like hours.", THU, ("DURATION", "PTXS", "")),
    ("The senator was indicted [[days]] after he was sworn in.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("On Tuesday, [[hours]] after the blast, police raided a warehouse.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("Aid workers arrived [[weeks]] after the earthquake.", MON, ("DATE", "XXXX-XX-XX", "AFTER")),
    ("The draft leaked [[days]] before the president’s speech.", THU, ("DATE", "XXXX-XX-XX", "BEFORE")),
    # --- the same, with the event dated earlier in the passage: the event's date (its month for weeks/months)
    (
        "A car bomb exploded in the market on Oct. 14. [[Hours]] after the blast, the army closed the roads.",
        THU,
        ("DATE", "2023-10-14", "AFTER"),
    ),
    (
        "Israeli jets carried out strikes on the port on Oct. 9. Aid convoys returned [[days]] after the strikes.",
        THU,
        ("DATE", "2023-10-09", "AFTER"),
    ),
    (
        "The runoff is set for Dec. 3. Campaigning will be suspended [[days]] before the runoff.",
        THU,
        ("DATE", "2023-12-03", "BEFORE"),
    ),
    (
        "The shooting took place at a school on Feb. 14. In the [[days]] before the shooting, the suspect posted threats.",
        MON,
        ("DATE", "2024-02-14", "BEFORE"),
    ),
    (
        "The quake struck on March 3. [[Weeks]] after the quake, thousands still sleep outdoors.",
        MON,
        ("DATE", "2024-03", "AFTER"),
    ),
    (
        "The war ended in 1995. [[Years]] after the war, the town is still divided.",
        MON,
        ("DATE", "1995", "AFTER"),
    ),
    (
        "The summit opens on Friday. [[Days]] before the summit, police sealed off the center.",
        THU,
        ("DATE", "2023-11-10", "BEFORE"),
    ),
    (
        "Parliament held the vote last week. [[Days]] after the vote, the finance minister quit.",
        THU,
        ("DATE", "2023-W44", "AFTER"),
    ),
    # the nearest sentence naming that event, not the last date told
    (
        "The vote was held on Oct. 1. Riots broke out on Oct. 5. [[Days]] after the vote, the results were annulled.",
        THU,
        ("DATE", "2023-10-01", "AFTER"),
    ),
    # the event dated only after the expression
    (
        "[[Days]] after the strikes, aid returned to the port. The strikes hit the docks on Oct. 9.",
        THU,
        ("DATE", "2023-10-09", "AFTER"),
    ),
    # the event named by a verb of the same stem
    (
        "Russia invaded Ukraine on Feb. 24, 2022. [[Months]] after the invasion, the front line barely moved.",
        MON,
        ("DATE", "2022-02", "AFTER"),
    ),
    (
        "A gas tank exploded near the station on Sunday. [[Hours]] after the explosion, the line reopened.",
        THU,
        ("DATE", "2023-11-05", "AFTER"),
    ),
    # a date in the event's own phrase dates it
    ("[[Days]] after the Nov. 5 election, the loser conceded.", WED, ("DATE", "2024-11-05", "AFTER")),
    ("[[Hours]] after the Oct. 7 attack, reservists were called up.", THU, ("DATE", "2023-10-07", "AFTER")),
    ("In the [[weeks]] after the 2019 vote, the coalition collapsed.", MON, ("DATE", "2019", "AFTER")),
    ("[[Months]] after the 2016 referendum, the prime minister resigned.", MON, ("DATE", "2016", "AFTER")),
    # a date in the main clause says when the main event happened, not the anchor
    ("The minister quit on Monday, [[weeks]] after the scandal.", THU, ("DATE", "XXXX-XX-XX", "AFTER")),
    # --- counted spans: durations, the event being the anchor
    ("[[24 hours]] after the blast, rescuers found survivors.", THU, ("DURATION", "PT24H", "")),
    ("The ban takes effect [[48 hours]] after the announcement.", THU, ("DURATION", "PT48H", "")),
    ("He was arrested [[less than a week]] after the attack.", THU, ("DURATION", "P1W", "LESS_THAN")),
    ("[[More than a month]] after the flood, hundreds remain homeless.", MON, ("DURATION", "P1M", "MORE_THAN")),
    ("[[About an hour]] after the quake, a tsunami warning was issued.", MON, ("DURATION", "PT1H", "APPROX")),
    ("She resigned [[a month]] after taking office.", THU, ("DURATION", "P1M", "")),
    ("[[Three years]] after the war ended, the border reopened.", MON, ("DURATION", "P3Y", "")),
    ("[[Two weeks]] before the election, the candidate withdrew.", THU, ("DURATION", "P2W", "")),
    ("[[Six months]] after the invasion, the front stabilized.", MON, ("DURATION", "P6M", "")),
    ("Power was restored [[ten days]] after the storm.", MON, ("DURATION", "P10D", "")),
    ("[[A few days]] after the election, the count was halted.", WED, ("DURATION", "PXD", "")),
    ("[[Several weeks]] before the vote, the opposition boycotted parliament.", THU, ("DURATION", "PXW", "")),
    ("[[A year]] after the referendum, the mood had changed.", MON, ("DURATION", "P1Y", "")),
    ("[[Nearly two years]] after the invasion, the city lies in ruins.", MON, ("DURATION", "P2Y", "LESS_THAN")),
    ("The talks collapsed [[a day]] after the president’s speech.", THU, ("DURATION", "P1D", "")),
    ("The leader was ousted [[two days]] after the vote on Oct. 1.", THU, ("DURATION", "P2D", "")),
    ("The leader was ousted two days after the vote on [[Oct. 1]].", THU, ("DATE", "2023-10-01", "")),
    ("The strike ended [[three weeks]] after it began.", THU, ("DURATION", "P3W", "")),
    ("He was released [[72 hours]] after his arrest.", THU, ("DURATION", "PT72H", "")),
    (
        "The bomb went off on Oct. 14. [[Two hours]] after the blast, a second device was found.",
        THU,
        ("DURATION", "PT2H", ""),
    ),
    # "within ... of": the span; "within" is a signal outside the extent
    ("The minister resigned within [[hours]] of the announcement.", THU, ("DURATION", "PTXH", "")),
    ("The new governor fired the board within [[days]] of taking office.", THU, ("DURATION", "PXD", "")),
    ("The group claimed the attack within [[24 hours]] of the blast.", THU, ("DURATION", "PT24H", "")),
    ("The minister resigned [[within hours]] of the announcement.", THU, None),
    # --- "the day/morning/night after" an event
    ("Markets tumbled [[the morning after]] the vote.", THU, ("TIME", "XXXX-XX-XXTMO", "")),
    ("Leaders dined together [[the night before]] the summit.", THU, ("TIME", "XXXX-XX-XXTNI", "")),
    ("Turnout was low [[the day after]] the storm.", THU, ("DATE", "XXXX-XX-XX", "")),
    (
        "The election was held on Sunday, Oct. 22. [[The morning after]] the election, the peso fell.",
        THU,
        ("TIME", "2023-10-23TMO", ""),
    ),
    (
        "The runoff is set for Dec. 3. Candidates will debate [[the evening before]] the runoff.",
        THU,
        ("TIME", "2023-12-02TEV", ""),
    ),
    (
        "The president addressed the nation on Tuesday. [[The day after]] the speech, markets fell.",
        THU,
        ("DATE", "2023-11-08", ""),
    ),
    ("[[The day after]] the Nov. 5 election, the loser conceded.", WED, ("DATE", "2024-11-06", "")),
    # past tense: the last Thanksgiving before the article (2022-11-24), not the coming one
    ("Shops reopened [[the day after Thanksgiving]].", THU, ("DATE", "2022-11-25", "")),
    # the week next to a holiday is the ISO week next to the holiday's own
    ("Many offices stayed shut [[the week after Christmas]].", JAN, ("DATE", "2024-W01", "")),
    ("Shoppers crowded the malls [[the week before Christmas]].", JAN, ("DATE", "2023-W51", "")),
    # --- years and dates naming the event: the date alone
    ("Turnout fell after the [[2016]] election.", MON, ("DATE", "2016", "")),
    ("Airlines struggled after the [[2008]] crash.", MON, ("DATE", "2008", "")),
    ("The border has stayed shut since the [[2014]] annexation.", MON, ("DATE", "2014", "")),
    ("Markets rallied after the [[Nov. 5]] election.", WED, ("DATE", "2024-11-05", "")),
    ("Prices have doubled since the [[February 2022]] invasion.", MON, ("DATE", "2022-02", "")),
    ("[[Two years]] after the 2014 annexation, sanctions were extended.", MON, ("DURATION", "P2Y", "")),
    ("Two years after the [[2014]] annexation, sanctions were extended.", MON, ("DATE", "2014", "")),
    # --- guards for the fixes (added after the first run)
    # "the week before/after" an event: the week next to the event's own, underspecified when it is not dated
    ("Polls tightened [[the week before]] the election.", THU, ("DATE", "XXXX-WXX", "")),
    ("The vote was held on Sunday, Oct. 1. Crowds gathered [[the week after]] the vote.", THU, ("DATE", "2023-W40", "")),
    ("Crowds gathered [[the week after]] the Oct. 1 vote.", THU, ("DATE", "2023-W40", "")),
    ("They met [[the week before Easter]].", THU, ("DATE", "2023-W13", "")),
    # "for days after": how long, as "for days" alone
    ("Rescuers searched for [[days]] after the quake.", THU, ("DURATION", "PXD", "")),
    ("Rescuers searched [[for days]] after the quake.", THU, None),
    # the event told by a verb of the noun's stem
    (
        "The minister announced the plan on Tuesday. [[Days]] after the announcement, she resigned.",
        THU,
        ("DATE", "2023-11-07", "AFTER"),
    ),
    (
        "The plant closed on Monday. [[Hours]] after the closure, workers blocked the gates.",
        THU,
        ("DATE", "2023-11-06", "AFTER"),
    ),
    # the event told by an irregular verb ("struck" for the strikes) or by the root of a noun in -ing ("killed" for
    # the killings); a later or other-kind event in between is passed over
    (
        "Israeli jets struck the port on Oct. 9. Aid convoys returned [[days]] after the strikes.",
        THU,
        ("DATE", "2023-10-09", "AFTER"),
    ),
    (
        "Gunmen shot three guards at the mine on Oct. 3. [[Days]] after the shooting, the mine reopened.",
        THU,
        ("DATE", "2023-10-03", "AFTER"),
    ),
    (
        "The ferry sank off the coast on Oct. 15. [[Days]] after the sinking, divers found the hull.",
        THU,
        ("DATE", "2023-10-15", "AFTER"),
    ),
    (
        "The two leaders met in Beijing on Oct. 10. [[Days]] after the meeting, the tariffs were lifted.",
        THU,
        ("DATE", "2023-10-10", "AFTER"),
    ),
    (
        "A gunman killed four people on Oct. 5. In the [[days]] after the killings, the town mourned.",
        THU,
        ("DATE", "2023-10-05", "AFTER"),
    ),
    (
        "Planes bombed the bridge on Oct. 8. [[Hours]] after the bombing, the army crossed the river.",
        THU,
        ("DATE", "2023-10-08", "AFTER"),
    ),
    # ... or by another word for the same kind of event
    (
        "Dockworkers walked out on Oct. 2. [[Weeks]] after the strike, the port is still idle.",
        THU,
        ("DATE", "2023-10", "AFTER"),
    ),
    (
        "A fire broke out at the plant on Oct. 20. [[Hours]] after the blaze, residents were allowed home.",
        THU,
        ("DATE", "2023-10-20", "AFTER"),
    ),
    (
        "The two sides agreed a truce on Oct. 12. [[Days]] after the ceasefire, shelling resumed.",
        THU,
        ("DATE", "2023-10-12", "AFTER"),
    ),
    (
        "Thousands marched on parliament on Oct. 16. [[Days]] after the protest, the minister resigned.",
        THU,
        ("DATE", "2023-10-16", "AFTER"),
    ),
    # a sentence with no word for the event dates nothing
    (
        "The minister resigned on Oct. 3. [[Days]] after the strikes, the port reopened.",
        THU,
        ("DATE", "XXXX-XX-XX", "AFTER"),
    ),
    # --- signals and event nouns: no timex
    ("Prices soared in the wake of the attack.", THU, None),
    ("The party has lost ground since the invasion.", THU, None),
    ("Tensions rose in the run-up to the vote.", THU, None),
    ("Shelling resumed shortly after the ceasefire took effect.", THU, None),
    ("Leaders met on the eve of the summit.", THU, None),
    ("Security was tightened ahead of the vote.", THU, None),
    ("Following the attack, schools closed.", THU, None),
    ("In the aftermath of the quake, looting spread.", THU, None),
    ("Before the war, the town had 10,000 people.", THU, None),
    ("He has not been seen since the funeral.", THU, None),
    ("Prior to the election, the party led in the polls.", THU, None),
    ("Security was tightened in the lead-up to the summit.", THU, None),
    ("The port has stayed closed since the strikes.", THU, None),
    ("After the ceasefire, trade slowly resumed.", THU, None),
    ("By the time of the vote, most polls had closed.", THU, None),
    ("At the time of the shooting, he was at home.", THU, None),
    ("Since taking office, she has vetoed six bills.", THU, None),
    ("Immediately after the blast, the power failed.", THU, None),
    ("Police sealed the area soon after the attack.", THU, None),
    ("Leaders met on [[the eve]] of the summit.", THU, None),
    ("Markets fell in [[the days]] before the vote.", THU, None),
]
