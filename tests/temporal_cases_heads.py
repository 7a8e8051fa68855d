"""Genre battery: the news text around stories (heads), in the form of ``temporal_cases.py``.

Own phrasings of headlines (abbreviated weekdays "Tues.", "Wed"; "Fed to raise rates in June"; "Stocks rally
Friday"), kickers and decks, photo captions ("In this Jan. 5, 2024, file photo", "FILE -", "Pictured on Tuesday"),
correction notes, update lines and bylines, editor's notes, live-blog entries ("12:45 p.m.: ..."), timelines and
"Key dates" boxes, and TV listings.  The reference time is the article date (the date of the page as last
updated); a caption's or a timeline entry's own date anchors what follows it there.  "FILE", "undated" and show
names ("60 Minutes", "The Tonight Show") are no time.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

TUE = datetime(2024, 3, 5)  # a Tuesday, Super Tuesday
WED = datetime(2024, 6, 12)  # a Wednesday, a Fed decision day
FRI = datetime(2025, 1, 10)  # a Friday, a jobs-report day
SAT = datetime(2025, 1, 11)  # a Saturday, the next day's paper
MON = datetime(2024, 11, 4)  # a Monday, the eve of the election
WED2 = datetime(2024, 10, 30)  # a Wednesday, a week before the election
SUN = datetime(2022, 10, 2)  # a Sunday
MON2 = datetime(2024, 9, 16)  # a Monday, seven weeks before the election
ELEC = datetime(2024, 11, 6)  # a Wednesday, the morning after the election

CASES: list[Case] = [
    # --- headlines: abbreviated weekdays, "to" + verb points ahead, the present tells what just happened
    ("Fed to hold rates steady [[Wednesday]]", WED, ("DATE", "2024-06-12", "")),
    ("Fed to raise rates in [[June]], economists say", TUE, ("DATE", "2024-06", "")),
    ("Stocks rally [[Friday]] as inflation cools", FRI, ("DATE", "2025-01-10", "")),
    ("Stocks rally [[Friday]] as inflation cools", SAT, ("DATE", "2025-01-10", "")),
    ("Senate to vote [[Tues.]] on budget bill", MON, ("DATE", "2024-11-05", "")),
    ("Markets slide [[Tues.]] on rate fears", WED, ("DATE", "2024-06-11", "")),
    ("Council to meet [[Wed]] on zoning plan", MON, ("DATE", "2024-11-06", "")),
    ("Jobs report due [[Fri.]]; economists expect slowdown", MON, ("DATE", "2024-11-08", "")),
    ("Dow falls 500 points [[Tuesday]]", WED, ("DATE", "2024-06-11", "")),
    ("Governor signs wage bill; increase takes effect [[Jan. 1]]", MON, ("DATE", "2025-01-01", "")),
    ("Fed holds rates, signals cut in [[September]]", WED, ("DATE", "2024-09", "")),
    ("Morning briefing: [[Tuesday, March 5]]", TUE, ("DATE", "2024-03-05", "")),
    ("[[2024]]: The year in pictures", datetime(2024, 12, 28), ("DATE", "2024", "")),
    ("What to watch [[this week]]: Fed, earnings, jobs", SUN, ("DATE", "2022-W39", "")),
    ("Police: Suspect arrested [[Sunday]] in shooting", MON, ("DATE", "2024-11-03", "")),
    ("Voters head to polls [[Tuesday]] in tight race", MON, ("DATE", "2024-11-05", "")),
    ("Trial set for [[Oct. 14]]", MON2, ("DATE", "2024-10-14", "")),
    ("Mayor to step down [[next month]]", MON, ("DATE", "2024-12", "")),
    ("Week in review: [[Nov. 1-7]]", datetime(2024, 11, 8), ("DATE", "2024-11-01", "")),
    # --- kickers and decks
    ("ELECTION [[2024]] | Early turnout breaks records", WED2, ("DATE", "2024", "")),
    ("ANALYSIS | The vote, set for [[next Tuesday]], could decide control of the House", WED2, ("DATE", "2024-11-05", "")),
    ("The strike, now in its [[third week]], shows no sign of ending", SUN, None),
    ("[[Ten years]] after the flood, the town has not rebuilt", SUN, ("DURATION", "P10Y", "")),
    ("THE WEEK AHEAD | Investors await [[Friday]]'s jobs report", SUN, ("DATE", "2022-10-07", "")),
    ("FIRST READ | A [[30-day]] sprint to the finish", WED2, ("DURATION", "P30D", "")),
    # --- photo captions: the caption's date is tagged, "FILE" and "undated" are not
    ("In this [[Jan. 5, 2024]], file photo, a man walks past the courthouse.", TUE, ("DATE", "2024-01-05", "")),
    ("FILE - In this [[Tuesday, Oct. 3, 2017]] file photo, the senator speaks.", TUE, ("DATE", "2017-10-03", "")),
    ("[[FILE]] - In this Tuesday, Oct. 3, 2017 file photo, the senator speaks.", TUE, None),
    ("FILE - Fans cheer at the stadium on [[Sept. 9, 2023]], in Kansas City, Mo.", TUE, ("DATE", "2023-09-09", "")),
    ("Pictured on [[Tuesday]], the bridge was closed to traffic.", WED, ("DATE", "2024-06-11", "")),
    ("A woman casts her ballot in Atlanta, [[Tuesday, Nov. 5, 2024]].", ELEC, ("DATE", "2024-11-05", "")),
    ("Smoke rises over the city [[early Sunday]].", SUN, ("DATE", "2022-10-02", "START")),
    ("In this [[undated]] photo provided by the family, the boy smiles.", TUE, None),
    ("In this [[1968]] photo, King addresses a crowd in Memphis.", TUE, ("DATE", "1968", "")),
    ("In this [[Aug. 28, 1963]], file photo, marchers fill the Mall.", TUE, ("DATE", "1963-08-28", "")),
    ("This [[2015]] image shows the plant before the fire.", TUE, ("DATE", "2015", "")),
    ("(AP Photo/Jane Doe, [[File]])", TUE, None),
    ("The pier as it looked in [[1950]]. (Courtesy of the historical society)", TUE, ("DATE", "1950", "")),
    ("In this image taken from video, rescuers dig through rubble on [[Thursday]].", SAT, ("DATE", "2025-01-09", "")),
    ("In this photo provided by the Navy, sailors load supplies on [[Monday, Nov. 4, 2024]].", ELEC, ("DATE", "2024-11-04", "")),
    ("Photo taken [[March 3, 2024]].", TUE, ("DATE", "2024-03-03", "")),
    ("FILE - Protesters gather outside the Capitol on Jan. 5, 2021. [[The next day]], rioters stormed it.", TUE, ("DATE", "2021-01-06", "")),
    ("Firefighters work [[late Friday]] to contain the blaze. (Photo by Jane Doe)", SAT, ("DATE", "2025-01-10", "END")),
    # --- correction notes
    ("An earlier version of this story, published [[Tuesday]], misstated the date of the vote, which is Nov. 5.", WED2, ("DATE", "2024-10-29", "")),
    ("An earlier version of this story, published Tuesday, misstated the date of the vote, which is [[Nov. 5]].", WED2, ("DATE", "2024-11-05", "")),
    ("Correction: The vote is on [[Nov. 5]], not Nov. 6.", WED2, ("DATE", "2024-11-05", "")),
    ("Correction: The vote is on Nov. 5, not [[Nov. 6]].", WED2, ("DATE", "2024-11-06", "")),
    ("A previous version misstated when the plant opened. It opened in [[1987]], not 1978.", TUE, ("DATE", "1987", "")),
    ("A previous version misstated when the plant opened. It opened in 1987, not [[1978]].", TUE, ("DATE", "1978", "")),
    ("Correction appended [[Jan. 12, 2025]]", datetime(2025, 1, 12), ("DATE", "2025-01-12", "")),
    ("This article was corrected on [[March 7]] to fix the spelling of a name.", datetime(2024, 3, 7), ("DATE", "2024-03-07", "")),
    ("Correction: The hearing will be held [[Thursday]], not Wednesday.", MON, ("DATE", "2024-11-07", "")),
    ("An earlier version said the hearing was [[last week]]. It is next week.", WED2, ("DATE", "2024-W43", "")),
    ("An earlier version said the hearing was last week. It is [[next week]].", WED2, ("DATE", "2024-W45", "")),
    ("Because of an editing error, the story gave the wrong year for the flood. It was [[2011]].", TUE, ("DATE", "2011", "")),
    # --- update lines and bylines
    ("This story has been updated to include comment from the mayor.", TUE, None),
    ("Updated at [[5:12 p.m. ET]]", TUE, ("TIME", "2024-03-05T17:12", "")),
    ("First published on [[March 3, 2024]]", TUE, ("DATE", "2024-03-03", "")),
    ("Originally published [[Oct. 1, 2023]]; updated Oct. 2, 2023", TUE, ("DATE", "2023-10-01", "")),
    ("Originally published Oct. 1, 2023; updated [[Oct. 2, 2023]]", TUE, ("DATE", "2023-10-02", "")),
    ("UPDATED: [[Tues., March 5, 2024, 9:40 a.m.]]", TUE, ("TIME", "2024-03-05T09:40", "")),
    ("Updated [[Wednesday]]", WED, ("DATE", "2024-06-12", "")),
    ("This story was first published [[Monday]] and has been updated.", WED, ("DATE", "2024-06-10", "")),
    ("Updated [[2:35 p.m. Friday]]", FRI, ("TIME", "2025-01-10T14:35", "")),
    ("By Jane Smith | [[March 5, 2024]]", TUE, ("DATE", "2024-03-05", "")),
    ("By JOHN DOE Associated Press [[Mar 5, 2024, 4:31 PM]]", TUE, ("TIME", "2024-03-05T16:31", "")),
    ("Jane Smith, Staff Writer | [[Tue, Mar 5, 2024]]", TUE, ("DATE", "2024-03-05", "")),
    ("Published [[9:00 AM EST Mar 05, 2024]]", TUE, ("TIME", "2024-03-05T09:00", "")),
    ("This story will be updated.", TUE, None),
    ("Published [[four years ago]]", TUE, ("DATE", "2020", "")),
    # --- editor's notes
    ("Editor's note: This story was originally published in [[2019]].", TUE, ("DATE", "2019", "")),
    ("Editor's note: This article first appeared on [[Sept. 11, 2021]], the 20th anniversary of the attacks.", TUE, ("DATE", "2021-09-11", "")),
    ("Editor's note: This story is part of a series marking [[10 years]] since the storm.", TUE, ("DURATION", "P10Y", "")),
    ("Editor's note: This story was first published [[last year]] and is being republished.", TUE, ("DATE", "2023", "")),
    ("Editor's note: Hours have changed since this story ran in [[July]].", TUE, ("DATE", "2023-07", "")),
    ("Editor's note: This story was originally published on [[July 4, 2019]], and has been updated.", TUE, ("DATE", "2019-07-04", "")),
    # --- live-blog entries: a bare clock time is on the page's day, or the day its header gives
    ("[[12:45 p.m.]]: The senator has arrived at the convention hall.", TUE, ("TIME", "2024-03-05T12:45", "")),
    ("[[9:02 a.m. ET]] — Polls are now open in Virginia.", TUE, ("TIME", "2024-03-05T09:02", "")),
    ("[[1:15 p.m.]] Results are trickling in from rural counties.", TUE, ("TIME", "2024-03-05T13:15", "")),
    ("[[10:14 a.m. EDT]]: The governor declares an emergency.", WED, ("TIME", "2024-06-12T10:14", "")),
    ("4:45 p.m.: Officials say polls in one county will stay open until [[8 p.m.]]", TUE, ("TIME", "2024-03-05T20:00", "")),
    ("Live updates: [[Tuesday, March 5]]", TUE, ("DATE", "2024-03-05", "")),
    ("Election night live, Nov. 5, 2024. [[9:02 p.m.]]: Polls close in Florida.", ELEC, ("TIME", "2024-11-05T21:02", "")),
    ("[[11:47 AM]] - The president leaves the White House.", WED, ("TIME", "2024-06-12T11:47", "")),
    # --- timelines and chronologies: each entry's year dates the bare dates after it
    ("Timeline: [[1998]] — The company is founded in a garage.", TUE, ("DATE", "1998", "")),
    ("[[March 2003]] — The invasion of Iraq begins.", TUE, ("DATE", "2003-03", "")),
    ("[[Aug. 29, 2005]] — Hurricane Katrina makes landfall.", TUE, ("DATE", "2005-08-29", "")),
    ("Aug. 29, 2005 — Hurricane Katrina makes landfall. [[Two days later]] — Floodwaters cover 80% of the city.", TUE, ("DATE", "2005-08-31", "")),
    ("[[Jan. 20, 2009]] — Obama is sworn in.", TUE, ("DATE", "2009-01-20", "")),
    ("[[1990s]] — The region's mills close one by one.", TUE, ("DATE", "199", "")),
    ("[[Early 2020]] — The virus spreads across the globe.", TUE, ("DATE", "2020", "START")),
    ("[[Late 1999]]: Fears of a Y2K meltdown peak.", TUE, ("DATE", "1999", "END")),
    ("[[Spring 2021]] — Vaccines become widely available.", TUE, ("DATE", "2021-SP", "")),
    ("[[2001-2003]]: The team wins three straight titles.", TUE, ("DATE", "2001", "")),
    ("How the week unfolded: [[Monday]] — Protesters gather outside city hall.", FRI, ("DATE", "2025-01-06", "")),
    # --- "Key dates" boxes: the dates ahead of the article
    ("KEY DATES: [[Oct. 7]]: Voter registration deadline.", MON2, ("DATE", "2024-10-07", "")),
    ("Key dates: Early voting begins [[Oct. 21]].", MON2, ("DATE", "2024-10-21", "")),
    ("Key dates: [[Nov. 5]]: Election Day.", MON2, ("DATE", "2024-11-05", "")),
    ("Key dates ahead: [[Dec. 17]]: Electors cast their votes.", MON, ("DATE", "2024-12-17", "")),
    ("Key dates: [[Jan. 6, 2025]] — Congress certifies the vote.", MON, ("DATE", "2025-01-06", "")),
    # --- TV listings: times on the listing's day; show names are no time
    ("[[8 p.m.]] (ABC) — Jeopardy!", TUE, ("TIME", "2024-03-05T20:00", "")),
    ("[[Tonight]] on TV: the debate, a documentary and the playoffs", TUE, ("TIME", "2024-03-05TNI", "")),
    ("The series premieres [[Thursday]] at 10 p.m. on FX.", MON, ("DATE", "2024-11-07", "")),
    ("[[7:30 p.m.]] ET/PT on NBC", TUE, ("TIME", "2024-03-05T19:30", "")),
    ("Season finale: [[May 21]]", TUE, ("DATE", "2024-05-21", "")),
    ("The senator will appear on [[60 Minutes]] this weekend.", TUE, None),
    ("The comedian joked about it on [[The Tonight Show]].", TUE, None),
    ("She told [[Good Morning America]] she would run.", TUE, None),
    ("The sketch aired on [[Saturday Night]] Live.", TUE, None),
    ("Details were reported on [[48 Hours]].", TUE, None),
    ("He watched [[NBC Nightly]] News with his father.", TUE, None),
    # --- guards for the fixes (added after the first run)
    ("Couple [[Wed]] In June After Whirlwind Romance", TUE, None),
    ("He took the [[SAT]] twice before college.", TUE, None),
    ("The band [[Sat]] Down with reporters.", TUE, None),
    ("Ratings for [[The Sun]] fell.", TUE, None),
    ("Analysts said [[Sun]] shipped fewer servers.", TUE, None),
    ("Crowds packed the beach [[Sun.]] despite the chill", MON, ("DATE", "2024-11-03", "")),
    ("Budget talks resume [[Thurs.]] in Albany", MON, ("DATE", "2024-11-07", "")),
    ("Markets closed [[Fri.]] for the holiday", SAT, ("DATE", "2025-01-10", "")),
    ("The jobs report was due [[Friday]] but was delayed.", MON, ("DATE", "2024-11-01", "")),
    ("Polls close at [[8 p.m.]] ET/PT in most states.", MON, ("TIME", "2024-11-04T20:00", "")),
]
