"""Genre battery: sports news and match reports, 2010-2025 (sports), in the form of ``temporal_cases.py``.

Own phrasings of wire and newspaper sports copy (football, American football, basketball, baseball, cricket, tennis,
golf, athletics, F1, Olympics).  False friends first: periods of a game are not calendar periods ("the second
quarter", "the first half", "halftime", "the fifth inning", "the third set", "day three of the Test", "the final
round", "lap 40", "Week 10") and scores, records and formations are not dates or times ("won 6-4, 7-5", "went 12-4",
"a 3:2 win", "finished 1-2", "a 4-3-3").  Then the real timexes: fixtures and kick-off times ("Saturday's derby",
"5.30pm on Sunday", "Boxing Day"), seasons ("the 2023/24 season" is valued by its first year, as "the 2022-23 season"
is; "the following season", like "that season", is no reference to the present), events named by a year (the year of
"the 2024 Paris Olympics" is tagged: it dates the event, as "the 2026 World Cup" does; "Euro 2024" is a name, its
year untagged, as the project leaves "Windows 2000" and "the Russell 2000"), contracts
and bans ("a four-and-a-half-year contract", "through 2027"), careers and droughts ("for the first time since 1966",
"in nearly three years") and transfer windows ("the January transfer window" tags the month; "deadline day" is a
named event of its league, no calendar date).  Race times and game clocks in colon notation ("in 2:03:23", "with
1:12 left") are elapsed times, which the project leaves untagged ("won in 2:05:30"), never clock times; ages ("the
38-year-old") are no timex.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

MON = datetime(2024, 2, 12)  # the Monday after a Super Bowl
SAT = datetime(2023, 8, 12)  # a Saturday, the opening weekend of a football season
WED = datetime(2024, 7, 10)  # a Wednesday during the Euros and Wimbledon
THU = datetime(2025, 1, 30)  # a Thursday, the last days of the January transfer window
TUE = datetime(2025, 6, 17)  # a Tuesday in the NBA Finals
FRI = datetime(2019, 10, 11)  # a Friday
DEC = datetime(2024, 12, 20)  # a Friday before Christmas
FRI22 = datetime(2022, 12, 16)  # the Friday before a World Cup final
MON24 = datetime(2024, 5, 27)  # the Monday after the Monaco Grand Prix
NOV = datetime(2024, 11, 20)  # a Wednesday, a club's quarterly results

CASES: list[Case] = [
    # --- periods of a game are not calendar periods
    ("The Eagles led 17-10 at [[halftime]] on Sunday.", MON, None),
    ("Liverpool led 1-0 at [[half-time]] at Anfield.", SAT, None),
    ("Mahomes threw two touchdown passes in [[the second quarter]].", MON, None),
    ("Kelce fumbled early in [[the fourth quarter]].", MON, None),
    ("The Bills trailed by 10 points in [[the first quarter]].", MON, None),
    ("Curry scored 18 points in [[the third quarter]].", TUE, None),
    ("He threw a [[first-quarter]] interception.", MON, None),
    ("Arsenal dominated [[the first half]] but failed to score.", SAT, None),
    ("City scored twice late in [[the second half]].", SAT, None),
    ("He struggled in [[the second half]] of the season.", TUE, None),
    ("Foden hit a [[90th-minute]] winner.", SAT, None),
    ("Nunez scored in [[the sixth minute of stoppage time]].", SAT, None),
    ("The game went to [[extra time]] at Wembley.", WED, None),
    ("The Lakers won in [[overtime]] on Friday.", TUE, None),
    ("Alcaraz broke serve early in [[the third set]].", WED, None),
    ("Sinner saved two match points in [[the fifth set]].", WED, None),
    ("Ohtani homered in [[the fifth inning]].", FRI, None),
    ("The Yankees scored three runs in [[the top of the ninth]].", FRI, None),
    ("Root reached his century on [[day three]] of the Test.", DEC, None),
    ("Rain washed out play on [[the second day]] at Lord's.", WED, None),
    ("The Test ended in a draw on [[the fifth day]].", DEC, None),
    ("Scheffler shot a 66 in [[the final round]].", datetime(2024, 4, 15), None),
    ("He was the [[third-round]] leader at Augusta.", datetime(2024, 4, 15), None),
    ("Verstappen pitted on [[lap 40]].", MON24, None),
    ("The Jets host the Bills in [[Week 10]].", datetime(2024, 9, 4), None),
    ("Djokovic looked tired in [[the second week]] of Wimbledon.", WED, None),
    ("Relegation was settled on [[the final day]] of the season.", TUE, None),
    ("The Super Bowl [[halftime]] show drew 120 million viewers.", MON, None),
    ("He scored [[two minutes]] into the second half.", SAT, ("DURATION", "PT2M", "")),
    ("Leeds scored twice in [[the first 10 minutes]].", SAT, ("DURATION", "PT10M", "")),
    ("The match was abandoned after [[20 minutes]] because of rain.", SAT, ("DURATION", "PT20M", "")),
    # --- scores, records, formations and race times are not dates or clock times
    ("Spain beat England [[2-1]] in the final.", datetime(2024, 7, 15), None),
    ("Sinner won [[6-4]], 7-5.", WED, None),
    ("Sinner won 6-4, [[7-5]].", WED, None),
    ("She won 7-6 (5), [[6-4]] in the final.", WED, None),
    ("The Rockies beat the Giants [[12-11]] in 10 innings.", FRI, None),
    ("The Ravens went [[13-4]] in the regular season.", MON, None),
    ("The Ravens went 13-4 in [[2023]].", MON, ("DATE", "2023", "")),
    ("Bayern protected [[the 2-1 lead]] until the final whistle.", SAT, None),
    ("Dortmund won [[3:2]] in Munich.", SAT, None),
    ("Ferrari finished [[1-2]] at Monza.", datetime(2024, 9, 2), None),
    ("The coach switched to a [[4-3-3]] formation.", SAT, None),
    ("Barcelona thrashed Valencia [[10-0]].", SAT, None),
    ("The score was [[24-24]] with 1:12 left.", MON, None),
    # an elapsed or remaining time in colon notation is no time of day, and untagged as "won in 2:05:30" is
    ("The score was 24-24 with [[1:12]] left.", MON, None),
    ("The Rams scored with [[0:38]] remaining in the half.", MON, None),
    ("Kipchoge won the race in [[2:03:23]].", datetime(2023, 9, 25), None),
    ("The [[38-year-old]] striker scored again.", SAT, None),
    ("India won the [[Twenty20]] series 3-0.", DEC, None),
    # --- fixtures, kick-off and tip-off times
    ("The Super Bowl is on [[Feb. 9]] in New Orleans.", THU, ("DATE", "2025-02-09", "")),
    ("Game 5 is [[Thursday]] in Oklahoma City.", TUE, ("DATE", "2025-06-19", "")),
    ("Kick-off is at [[5.30pm]] on Sunday.", SAT, ("TIME", "2023-08-13T17:30", "")),
    ("First pitch is at [[1:05 p.m.]]", FRI, ("TIME", "2019-10-11T13:05", "")),
    ("Kickoff is [[8:15 p.m. Monday]].", FRI, ("TIME", "2019-10-14T20:15", "")),
    ("Fans are queuing for [[Sunday]]'s final at Lusail.", FRI22, ("DATE", "2022-12-18", "")),
    ("Leclerc dominated [[Sunday]]'s race in Monaco.", MON24, ("DATE", "2024-05-26", "")),
    ("The Open starts on [[July 18]] at Troon.", WED, ("DATE", "2024-07-18", "")),
    ("The Grand Prix is [[this weekend]] at Silverstone.", WED, ("DATE", "2024-W28-WE", "")),
    ("The Ryder Cup starts [[next Friday]] in Rome.", datetime(2023, 9, 22), ("DATE", "2023-09-29", "")),
    ("Twickenham hosts the final on [[Saturday 2 November]].", FRI, ("DATE", "2019-11-02", "")),
    ("United host Villa on [[Boxing Day]].", DEC, ("DATE", "2024-12-26", "")),
    ("The Lakers visit Boston on [[Christmas Day]].", DEC, ("DATE", "2024-12-25", "")),
    ("The Lions host the Packers on [[Thanksgiving]].", NOV, ("DATE", "2024-11-28", "")),
    ("The Champions League final is on [[May 31]] in Munich.", THU, ("DATE", "2025-05-31", "")),
    ("Wimbledon begins on [[June 30]].", TUE, ("DATE", "2025-06-30", "")),
    ("Tickets for the [[Aug. 16]] season opener sold out.", datetime(2024, 8, 10), ("DATE", "2024-08-16", "")),
    ("Pitchers report for [[spring]] training on Feb. 12.", THU, None),
    ("Pitchers report for spring training on [[Feb. 12]].", THU, ("DATE", "2025-02-12", "")),
    ("The match was delayed by [[two hours]] because of lightning.", FRI, ("DURATION", "PT2H", "")),
    ("The final lasted [[four hours and 11 minutes]].", WED, ("DURATION", "PT4H11M", "")),
    ("The rematch is set for [[next month]] in Las Vegas.", FRI, ("DATE", "2019-11", "")),
    ("The two sides meet again on [[Saturday night]] at Anfield.", THU, ("DATE", "2025-02-01TNI", "")),
    # --- seasons, tournaments named by a year
    ("He scored 27 goals in the [[2023/24]] season.", TUE, ("DATE", "2023", "")),
    ("She joined the club before the [[2024–25]] season.", TUE, ("DATE", "2024", "")),
    ("The striker had his best year in the [[2019-20]] campaign.", TUE, ("DATE", "2019", "")),
    ("He moved to Chelsea in 2019 and won the league [[the following season]].", TUE, None),
    ("The club signed three defenders during [[the off-season]].", TUE, None),
    ("She is the favorite at the [[Summer]] Games in Paris.", WED, None),
    ("She won two golds at the [[2024]] Paris Olympics.", datetime(2024, 8, 12), ("DATE", "2024", "")),
    # a year after a capitalized name is part of the name, as in "Windows 2000"
    ("England reached the final of Euro [[2024]].", datetime(2024, 7, 15), None),
    ("He won gold in Tokyo [[three years ago]].", WED, ("DATE", "2021", "")),
    ("The Tokyo Olympics were postponed by [[a year]].", datetime(2020, 3, 25), ("DURATION", "P1Y", "")),
    ("Pogacar won the [[2025]] Tour de France.", datetime(2025, 7, 28), ("DATE", "2025", "")),
    ("The Masters is played [[every April]] at Augusta.", WED, ("SET", "XXXX-04", "")),
    ("The World Cup is held [[every four years]].", WED, ("SET", "P4Y", "")),
    ("Bird led the [[1980s]] Celtics to three titles.", WED, ("DATE", "198", "")),
    ("Clubs reported record revenue in [[the third quarter]], the league said.", NOV, ("DATE", "2024-Q3", "")),
    ("He has played [[12 seasons]] in the league.", TUE, None),
    # --- contracts, loans and bans
    ("He agreed to a [[three-year]], $45 million contract.", DEC, ("DURATION", "P3Y", "")),
    ("The deal runs through [[2027]].", DEC, ("DATE", "2027", "")),
    ("He signed an extension until [[June 2028]].", DEC, ("DATE", "2028-06", "")),
    ("She joined on a [[one-year]] loan from Lyon.", THU, ("DURATION", "P1Y", "")),
    ("The contract includes an option for [[a further year]].", THU, ("DURATION", "P1Y", "")),
    ("The midfielder signed a [[four-and-a-half-year]] contract.", THU, ("DURATION", "P4Y6M", "")),
    ("The guard signed a [[10-day]] contract with the Heat.", THU, ("DURATION", "P10D", "")),
    ("He was banned for [[eight weeks]] for the tackle.", SAT, ("DURATION", "P8W", "")),
    ("The club appealed his [[two-match]] ban.", SAT, None),
    ("He is sidelined for [[at least a month]] with a hamstring injury.", SAT, ("DURATION", "P1M", "EQUAL_OR_MORE")),
    # --- careers, streaks and droughts
    ("He retired after a [[15-year]] career.", TUE, ("DURATION", "P15Y", "")),
    ("She ended a [[two-decade]] career at Wimbledon.", WED, ("DURATION", "P20Y", "")),
    ("England won a major tournament for the first time since [[1966]].", datetime(2024, 7, 15), ("DATE", "1966", "")),
    ("It was his first win in [[nearly three years]].", datetime(2024, 4, 15), ("DURATION", "P3Y", "LESS_THAN")),
    ("The club won its first trophy in [[a decade]].", TUE, ("DURATION", "P10Y", "")),
    ("The team reached the final for the first time in [[57 years]].", TUE, ("DURATION", "P57Y", "")),
    ("It was the longest winning streak in [[50 years]].", TUE, ("DURATION", "P50Y", "")),
    ("He won the title in [[2010]], his rookie year.", TUE, ("DATE", "2010", "")),
    # --- transfer windows
    ("Arsenal plan to strengthen in the [[January]] transfer window.", DEC, ("DATE", "2025-01", "")),
    ("The club completed three signings on [[deadline day]].", THU, None),
    ("The window shuts at [[11pm]] on Monday.", THU, ("TIME", "2025-02-03T23:00", "")),
    ("The summer window opens on [[June 14]].", THU, ("DATE", "2025-06-14", "")),
    ("He joined on a free transfer [[last summer]].", THU, ("DATE", "2024-SU", "")),
    # --- guards for the fixes (written after the first run)
    ("O'Neal was MVP in the [[1999-00]] season.", TUE, ("DATE", "1999", "")),
    ("The club's 1999/00 accounts were restated in [[2003]].", TUE, ("DATE", "2003", "")),
    ("Sales in [[2017]]/05 rose.", TUE, ("DATE", "2017", "")),
    ("The final lasted [[two-and-a-half hours]].", WED, ("DURATION", "PT2H30M", "")),
    ("In [[the 1980s]] Japan built dozens of stadiums.", WED, ("DATE", "198", "")),
    ("[[The 1990s]] were good to the Bulls.", WED, ("DATE", "199", "")),
    ("The Dow gained 500 points in [[the fourth quarter]].", datetime(2024, 1, 10), ("DATE", "2023-Q4", "")),
    ("Shares trailed the index in [[the fourth quarter]].", datetime(2024, 1, 10), ("DATE", "2023-Q4", "")),
    ("The Giants trailed by 14 points in [[the fourth quarter]].", MON, None),
    ("The Chiefs scored with [[0:38]] to play.", MON, None),
    ("Preparations for [[Saturday]]'s race are under way.", THU, ("DATE", "2025-02-01", "")),
    ("Fans celebrated [[Sunday]]'s win.", MON24, ("DATE", "2024-05-26", "")),
    ("The coach said the decider is [[Sunday]].", THU, ("DATE", "2025-02-02", "")),
    ("The coach said the decider was [[Sunday]].", THU, ("DATE", "2025-01-26", "")),
    # --- a second pass, written before the tagger was run on it
    ("The Warriors outscored the Kings 35-20 in [[the third quarter]].", TUE, None),
    ("He rushed for 120 yards in [[the first half]].", MON, None),
    ("Root scored [[a century]] at Lord's.", WED, None),
    ("He made [[a half-century]] on the opening day.", WED, None),
    ("Smith batted for [[six hours]] to save the Test.", DEC, ("DURATION", "PT6H", "")),
    ("Play resumed after a [[90-minute]] rain delay.", WED, ("DURATION", "PT90M", "")),
    ("The league adopted a [[24-second]] shot clock.", TUE, ("DURATION", "PT24S", "")),
    ("Bolt's world record of [[9.58 seconds]] still stands.", WED, ("DURATION", "PT9.58S", "")),
    ("He scored [[30 seconds]] after coming on.", SAT, ("DURATION", "PT30S", "")),
    ("The Jets scored with [[two minutes]] left.", MON, ("DURATION", "PT2M", "")),
    ("The match starts at [[noon]] on Saturday.", SAT, ("TIME", "2023-08-12T12:00", "")),
    ("Coverage begins at [[7 p.m. ET]] on ABC.", TUE, ("TIME", "2025-06-17T19:00", "")),
    ("Game 6 is [[Thursday night]] in Indianapolis.", TUE, ("DATE", "2025-06-19TNI", "")),
    ("The Tour de France starts in [[July]].", THU, ("DATE", "2025-07", "")),
    ("The [[2025]] NFL draft begins April 24.", THU, ("DATE", "2025", "")),
    ("The 2025 NFL draft begins [[April 24]].", THU, ("DATE", "2025-04-24", "")),
    ("The trade deadline is [[Feb. 6]].", THU, ("DATE", "2025-02-06", "")),
    ("[[Opening Day]] is March 27.", THU, None),
    ("Opening Day is [[March 27]].", THU, ("DATE", "2025-03-27", "")),
    ("The Australian Open starts on [[Jan. 12]].", DEC, ("DATE", "2025-01-12", "")),
    ("The regular season ended on [[Jan. 5]].", THU, ("DATE", "2025-01-05", "")),
    ("He played his final game in [[April 2019]].", THU, ("DATE", "2019-04", "")),
    ("United made their worst start to a season in [[33 years]].", SAT, ("DURATION", "P33Y", "")),
    ("He has not lost at home in [[two years]].", SAT, ("DURATION", "P2Y", "")),
    ("Indian Wells is played [[every March]].", DEC, ("SET", "XXXX-03", "")),
    ("He was traded at [[the deadline]].", THU, None),
    ("He was taken in [[the first round]] of the draft.", THU, None),
    ("Nadal won the French Open [[14 times]].", WED, None),
    # guards for the second pass's fixes
    ("The firm made [[a century]] of profits before it failed.", THU, ("DURATION", "P100Y", "")),
    ("She scored [[two centuries]] in the series.", DEC, None),
]
