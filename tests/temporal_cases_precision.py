"""Precision across news sections: words and numbers that look temporal but are no timexes.

Genre: sports, technology, business, law, culture, weather and religion news, where product and model names
("Office 2019", "Audi Q3"), addresses and roads ("the 2000 block", "1600 Pennsylvania Avenue"), laws ("Section
1983", "Resolution 1701"), titles and names ("Orwell's 1984", "Summer Walker", "Tuesday Morning", "60 Minutes"),
match periods ("the fourth quarter", "second-half goals"), measures and idioms ("a second opinion", "90s heat")
borrow the shape of a date or a duration.  Each sentence also holds a real timex, which must still be tagged right:
a sentence gives a ``None`` case for the false friend and a positive case for the real one.  Own phrasings, written
before the tagger was run on them.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

CASES: list[Case] = [
    # --- technology: product names, model codes, idioms of the trade
    ("Microsoft ended extended support for Office [[2019]] on Oct. 14, 2025.", datetime(2025, 10, 15), None),
    (
        "Microsoft ended extended support for Office 2019 on [[Oct. 14, 2025]].",
        datetime(2025, 10, 15),
        ("DATE", "2025-10-14", ""),
    ),
    ("Audi is recalling 12,000 Q3 crossovers built in [[2022]].", datetime(2024, 3, 14), ("DATE", "2022", "")),
    ("The utility plans three green H2 plants by [[2030]].", datetime(2024, 5, 16), ("DATE", "2030", "")),
    ("Google hid an [[Easter]] egg in its search page on Tuesday.", datetime(2024, 3, 14), None),
    ("Google hid an Easter egg in its search page on [[Tuesday]].", datetime(2024, 3, 14), ("DATE", "2024-03-12", "")),
    ("[[Monday]].com shares jumped 20% on Tuesday after its earnings report.", datetime(2024, 5, 16), None),
    (
        "Monday.com shares jumped 20% on [[Tuesday]] after its earnings report.",
        datetime(2024, 5, 16),
        ("DATE", "2024-05-14", ""),
    ),
    (
        "The Doomsday Clock was moved to 89 seconds to midnight on [[Tuesday]].",
        datetime(2025, 1, 28),
        ("DATE", "2025-01-28", ""),
    ),
    ("Sullenberger, who landed Flight [[1549]] on the Hudson, retired in March 2010.", datetime(2019, 1, 15), None),
    (
        "Sullenberger, who landed Flight 1549 on the Hudson, retired in [[March 2010]].",
        datetime(2019, 1, 15),
        ("DATE", "2010-03", ""),
    ),
    ("The Apollo [[11]] crew landed on the moon on July 20, 1969.", datetime(2019, 7, 20), None),
    ("The Apollo 11 crew landed on the moon on [[July 20, 1969]].", datetime(2019, 7, 20), ("DATE", "1969-07-20", "")),
    # --- culture: titles, bands, people and shows named like times
    ("Sales of Orwell's [[1984]] jumped in January 2017.", datetime(2017, 2, 1), None),
    ("Sales of Orwell's 1984 jumped in [[January 2017]].", datetime(2017, 2, 1), ("DATE", "2017-01", "")),
    ("The [[1975]] cancelled the rest of their Asian tour on Sunday.", datetime(2023, 7, 24), None),
    ("The 1975 cancelled the rest of their Asian tour on [[Sunday]].", datetime(2023, 7, 24), ("DATE", "2023-07-23", "")),
    ("Kubrick's [[2001]]: A Space Odyssey returns to Imax screens in August.", datetime(2025, 5, 7), None),
    (
        "Kubrick's 2001: A Space Odyssey returns to Imax screens in [[August]].",
        datetime(2025, 5, 7),
        ("DATE", "2025-08", ""),
    ),
    ("[[Summer]] Walker released her third album on Friday.", datetime(2024, 2, 12), None),
    ("Summer Walker released her third album on [[Friday]].", datetime(2024, 2, 12), ("DATE", "2024-02-09", "")),
    ("[[Fall]] Out Boy headlines the festival on Saturday.", datetime(2024, 7, 8), None),
    ("Fall Out Boy headlines the festival on [[Saturday]].", datetime(2024, 7, 8), ("DATE", "2024-07-13", "")),
    ("Netflix's Wednesday returned for a second season on [[Aug. 6]].", datetime(2025, 8, 8), ("DATE", "2025-08-06", "")),
    ("[[April]] Ryan said Thursday that she was leaving the network.", datetime(2024, 9, 23), None),
    ("April Ryan said [[Thursday]] that she was leaving the network.", datetime(2024, 9, 23), ("DATE", "2024-09-19", "")),
    ("Theresa [[May]] stepped down as party leader on June 7, 2019.", datetime(2019, 6, 8), None),
    ("Theresa May stepped down as party leader on [[June 7, 2019]].", datetime(2019, 6, 8), ("DATE", "2019-06-07", "")),
    ("At 94, [[June]] Squibb landed her first leading role in 2024.", datetime(2024, 6, 3), None),
    ("At 94, June Squibb landed her first leading role in [[2024]].", datetime(2024, 6, 3), ("DATE", "2024", "")),
    ("The Rite of [[Spring]] opens the ballet's season on Sept. 20.", datetime(2024, 9, 2), None),
    ("The Rite of Spring opens the ballet's season on [[Sept. 20]].", datetime(2024, 9, 2), ("DATE", "2024-09-20", "")),
    ("A retrospective of Tuesday Weld's films opens on [[Friday]].", datetime(2024, 10, 2), ("DATE", "2024-10-04", "")),
    ("The senator told CBS's [[60 Minutes]] in an interview that aired Sunday.", datetime(2024, 9, 23), None),
    (
        "The senator told CBS's 60 Minutes in an interview that aired [[Sunday]].",
        datetime(2024, 9, 23),
        ("DATE", "2024-09-22", ""),
    ),
    ("She appeared on NBC's [[Today]] show on Wednesday.", datetime(2024, 10, 31), None),
    ("She appeared on NBC's Today show on [[Wednesday]].", datetime(2024, 10, 31), ("DATE", "2024-10-30", "")),
    ("[[Saturday Night]] Live returns for its 50th season on Sept. 28.", datetime(2024, 9, 10), None),
    ("Saturday Night Live returns for its 50th season on [[Sept. 28]].", datetime(2024, 9, 10), ("DATE", "2024-09-28", "")),
    ("The anchor left Good [[Morning]] America in December.", datetime(2023, 1, 10), None),
    ("The anchor left Good Morning America in [[December]].", datetime(2023, 1, 10), ("DATE", "2022-12", "")),
    (
        "The prince told The Mail on Sunday in an interview published [[last weekend]].",
        datetime(2025, 5, 7),
        ("DATE", "2025-W18-WE", ""),
    ),
    # --- sports: match periods, scores, events and races named by numbers or seasons
    ("[[Monday Night]] Football drew 20 million viewers last week.", datetime(2024, 10, 2), None),
    ("Monday Night Football drew 20 million viewers [[last week]].", datetime(2024, 10, 2), ("DATE", "2024-W39", "")),
    ("Kane scored in [[the 89th minute]] on Saturday.", datetime(2024, 2, 12), None),
    ("Kane scored in the 89th minute on [[Saturday]].", datetime(2024, 2, 12), ("DATE", "2024-02-10", "")),
    ("The Chiefs scored 14 points in [[the fourth quarter]] on Sunday to win 24-21.", datetime(2024, 1, 22), None),
    ("The Chiefs scored 14 points in the fourth quarter on Sunday to win [[24-21]].", datetime(2024, 1, 22), None),
    (
        "The Chiefs scored 14 points in the fourth quarter on [[Sunday]] to win 24-21.",
        datetime(2024, 1, 22),
        ("DATE", "2024-01-21", ""),
    ),
    ("Haaland scored two [[second-half]] goals on Wednesday.", datetime(2024, 3, 14), None),
    ("Haaland scored two second-half goals on [[Wednesday]].", datetime(2024, 3, 14), ("DATE", "2024-03-13", "")),
    ("The Rangers conceded twice in [[the first period]] on Thursday.", datetime(2024, 3, 8), None),
    ("The Rangers conceded twice in the first period on [[Thursday]].", datetime(2024, 3, 8), ("DATE", "2024-03-07", "")),
    ("[[The quarter]]-final against Spain is set for Saturday.", datetime(2024, 7, 8), None),
    ("The quarter-final against Spain is set for [[Saturday]].", datetime(2024, 7, 8), ("DATE", "2024-07-13", "")),
    ("She won the [[1600]] meters at the state meet on May 18.", datetime(2024, 5, 20), None),
    ("She won the 1600 meters at the state meet on [[May 18]].", datetime(2024, 5, 20), ("DATE", "2024-05-18", "")),
    ("Notable Speech won the 2000 Guineas at Newmarket on [[Saturday]].", datetime(2024, 5, 6), ("DATE", "2024-05-04", "")),
    ("Milan and Cortina host the [[Winter]] Olympics in February 2026.", datetime(2025, 3, 12), None),
    ("Milan and Cortina host the Winter Olympics in [[February 2026]].", datetime(2025, 3, 12), ("DATE", "2026-02", "")),
    ("Lyles ran the 100 meters in [[9.79]] at the trials on June 23.", datetime(2024, 6, 24), None),
    ("Lyles ran the 100 meters in 9.79 at the trials on [[June 23]].", datetime(2024, 6, 24), ("DATE", "2024-06-23", "")),
    ("He wore the No. [[23]] shirt in the 2022-23 season.", datetime(2023, 8, 1), None),
    # a season over two years is valued by its first, as "the 1998-2000 boom" is
    ("He wore the No. 23 shirt in the [[2022-23]] season.", datetime(2023, 8, 1), ("DATE", "2022", "")),
    ("[[March]] Madness tips off on Tuesday in Dayton.", datetime(2024, 3, 17), None),
    ("March Madness tips off on [[Tuesday]] in Dayton.", datetime(2024, 3, 17), ("DATE", "2024-03-19", "")),
    # --- business: companies and brands, falls in prices, measures
    ("Discount chain [[Tuesday Morning]] filed for bankruptcy on Feb. 14.", datetime(2023, 2, 15), None),
    ("Discount chain Tuesday Morning filed for bankruptcy on [[Feb. 14]].", datetime(2023, 2, 15), ("DATE", "2023-02-14", "")),
    ("TGI Fridays filed for bankruptcy on [[Saturday]].", datetime(2024, 11, 4), ("DATE", "2024-11-02", "")),
    ("Disney closed its purchase of [[21st Century]] Fox on March 20, 2019.", datetime(2019, 3, 21), None),
    (
        "Disney closed its purchase of 21st Century Fox on [[March 20, 2019]].",
        datetime(2019, 3, 21),
        ("DATE", "2019-03-20", ""),
    ),
    ("[[7-Eleven]] plans to close 444 North American stores by the end of the year.", datetime(2024, 10, 10), None),
    (
        "7-Eleven plans to close 444 North American stores by [[the end of the year]].",
        datetime(2024, 10, 10),
        ("DATE", "2024", "END"),
    ),
    ("Exports suffered a 3% [[fall]] in the third quarter.", datetime(2024, 11, 15), None),
    ("Exports suffered a 3% fall in [[the third quarter]].", datetime(2024, 11, 15), ("DATE", "2024-Q3", "")),
    ("[[The Future]] Fund said on Tuesday that it had returned 9.1%.", datetime(2024, 10, 10), None),
    ("The Future Fund said on [[Tuesday]] that it had returned 9.1%.", datetime(2024, 10, 10), ("DATE", "2024-10-08", "")),
    ("Jeremy Hunt will deliver the [[Autumn]] Statement on Nov. 22.", datetime(2023, 11, 1), None),
    ("Jeremy Hunt will deliver the Autumn Statement on [[Nov. 22]].", datetime(2023, 11, 1), ("DATE", "2023-11-22", "")),
    ("Inflation eased to [[2.4%]] in September.", datetime(2024, 10, 10), None),
    ("Inflation eased to 2.4% in [[September]].", datetime(2024, 10, 10), ("DATE", "2024-09", "")),
    ("About [[2,000]] troops arrived on Sunday.", datetime(2024, 6, 3), None),
    ("About 2,000 troops arrived on [[Sunday]].", datetime(2024, 6, 3), ("DATE", "2024-06-02", "")),
    # --- law and politics: statutes, resolutions, addresses, roads
    ("UN Security Council Resolution [[1701]] ended the war in August 2006.", datetime(2024, 10, 1), None),
    (
        "UN Security Council Resolution 1701 ended the war in [[August 2006]].",
        datetime(2024, 10, 1),
        ("DATE", "2006-08", ""),
    ),
    ("The family filed a Section [[1983]] lawsuit on Thursday.", datetime(2024, 4, 19), None),
    ("The family filed a Section 1983 lawsuit on [[Thursday]].", datetime(2024, 4, 19), ("DATE", "2024-04-18", "")),
    ("Florida's Senate Bill [[1718]] took effect on July 1.", datetime(2023, 7, 5), None),
    ("Florida's Senate Bill 1718 took effect on [[July 1]].", datetime(2023, 7, 5), ("DATE", "2023-07-01", "")),
    ("The justices heard arguments over Section [[230]] on Feb. 21.", datetime(2023, 2, 22), None),
    ("The justices heard arguments over Section 230 on [[Feb. 21]].", datetime(2023, 2, 22), ("DATE", "2023-02-21", "")),
    ("Protesters gathered outside [[1600]] Pennsylvania Avenue on Saturday.", datetime(2024, 1, 21), None),
    (
        "Protesters gathered outside 1600 Pennsylvania Avenue on [[Saturday]].",
        datetime(2024, 1, 21),
        ("DATE", "2024-01-20", ""),
    ),
    ("Police closed the [[2000]] block of Main Street on Friday night.", datetime(2024, 6, 8), None),
    (
        "Police closed the 2000 block of Main Street on [[Friday night]].",
        datetime(2024, 6, 8),
        ("DATE", "2024-06-07TNI", ""),
    ),
    ("Route [[66]] turns 100 in 2026.", datetime(2025, 5, 7), None),
    ("Route 66 turns 100 in [[2026]].", datetime(2025, 5, 7), ("DATE", "2026", "")),
    ("Trump won [[a second]] term on Nov. 5, 2024.", datetime(2024, 11, 7), None),
    ("Trump won a second term on [[Nov. 5, 2024]].", datetime(2024, 11, 7), ("DATE", "2024-11-05", "")),
    ("Xi Jinping secured a [[third term]] in October 2022.", datetime(2023, 3, 10), None),
    ("Xi Jinping secured a third term in [[October 2022]].", datetime(2023, 3, 10), ("DATE", "2022-10", "")),
    ("Negotiators struck a deal at [[the 11th hour]] on Sunday.", datetime(2024, 6, 3), None),
    ("Negotiators struck a deal at the 11th hour on [[Sunday]].", datetime(2024, 6, 3), ("DATE", "2024-06-02", "")),
    ("Tunisia has held five elections since the Arab [[Spring]] in 2011.", datetime(2024, 10, 7), None),
    ("Tunisia has held five elections since the Arab Spring in [[2011]].", datetime(2024, 10, 7), ("DATE", "2011", "")),
    # --- religion
    ("She taught [[Sunday]] school for 40 years before she died on Tuesday.", datetime(2024, 10, 31), None),
    (
        "She taught Sunday school for 40 years before she died on [[Tuesday]].",
        datetime(2024, 10, 31),
        ("DATE", "2024-10-29", ""),
    ),
    ("The Seventh-[[day]] Adventist Church elected a new president on July 3.", datetime(2025, 7, 5), None),
    (
        "The Seventh-day Adventist Church elected a new president on [[July 3]].",
        datetime(2025, 7, 5),
        ("DATE", "2025-07-03", ""),
    ),
    (
        "A service of [[thanksgiving]] for Prince Philip was held at Westminster Abbey on March 29.",
        datetime(2022, 3, 30),
        None,
    ),
    (
        "A service of thanksgiving for Prince Philip was held at Westminster Abbey on [[March 29]].",
        datetime(2022, 3, 30),
        ("DATE", "2022-03-29", ""),
    ),
    ("A supply ship reached [[Easter]] Island on Monday.", datetime(2024, 2, 13), None),
    ("A supply ship reached Easter Island on [[Monday]].", datetime(2024, 2, 13), ("DATE", "2024-02-12", "")),
    # --- weather
    ("[[Winter]] Storm Uri knocked out power across Texas in February 2021.", datetime(2023, 2, 15), None),
    (
        "Winter Storm Uri knocked out power across Texas in [[February 2021]].",
        datetime(2023, 2, 15),
        ("DATE", "2021-02", ""),
    ),
    ("Residents of Silver [[Spring]], Maryland, lost power on Monday.", datetime(2024, 2, 13), None),
    ("Residents of Silver Spring, Maryland, lost power on [[Monday]].", datetime(2024, 2, 13), ("DATE", "2024-02-12", "")),
    ("The [[90s]] heat will linger through Thursday.", datetime(2024, 7, 8), None),
    ("The 90s heat will linger through [[Thursday]].", datetime(2024, 7, 8), ("DATE", "2024-07-11", "")),
    ("Highs in the [[mid-90s]] are expected this weekend.", datetime(2024, 7, 10), None),
    ("Highs in the mid-90s are expected [[this weekend]].", datetime(2024, 7, 10), ("DATE", "2024-W28-WE", "")),
    ("The pilot sent a [[Mayday]] call at 2:10 p.m.", datetime(2025, 2, 5), None),
    ("The pilot sent a Mayday call at [[2:10 p.m.]]", datetime(2025, 2, 5), ("TIME", "2025-02-05T14:10", "")),
    # "24-hour" says how long the line is open, a measure of time (as "the 24-hour strike")
    ("The county opened a [[24-hour]] hotline on Tuesday.", datetime(2024, 10, 10), ("DURATION", "PT24H", "")),
    ("The county opened a 24-hour hotline on [[Tuesday]].", datetime(2024, 10, 10), ("DATE", "2024-10-08", "")),
    # --- ages, ordinals and idioms
    ("A woman in her [[late seventies]] died in the fire on Tuesday.", datetime(2023, 3, 9), None),
    ("A woman in her late seventies died in the fire on [[Tuesday]].", datetime(2023, 3, 9), ("DATE", "2023-03-07", "")),
    ("Two men in their [[twenties]] were arrested on Sunday.", datetime(2024, 6, 3), None),
    ("Two men in their twenties were arrested on [[Sunday]].", datetime(2024, 6, 3), ("DATE", "2024-06-02", "")),
    ("The patient sought [[a second]] opinion on Friday.", datetime(2024, 3, 14), None),
    ("The patient sought a second opinion on [[Friday]].", datetime(2024, 3, 14), ("DATE", "2024-03-08", "")),
    ("Inspectors found [[a minute]] amount of lead in the water on Wednesday.", datetime(2024, 10, 31), None),
    (
        "Inspectors found a minute amount of lead in the water on [[Wednesday]].",
        datetime(2024, 10, 31),
        ("DATE", "2024-10-30", ""),
    ),
    # "wed" the verb is no abbreviated weekday before the date: the timex is the date alone
    ("The couple wed [[Sept. 9, 2023]], in Napa.", datetime(2023, 9, 20), ("DATE", "2023-09-09", "")),
    # --- guards added with the fixes: the same shapes where they are timexes
    ("Obama's [[2008]] campaign broke fundraising records.", datetime(2024, 3, 14), ("DATE", "2008", "")),
    ("Credit scores fell in [[the fourth quarter]], the bank said.", datetime(2024, 3, 14), ("DATE", "2023-Q4", "")),
    ("The chipmaker expects a [[second-half]] recovery in demand.", datetime(2024, 3, 14), ("DATE", "2024-H2", "")),
    ("Shares fell [[Tuesday morning]] after the report.", datetime(2024, 3, 14), ("DATE", "2024-03-12TMO", "")),
    ("Sales of Christmas trees rose in [[December]].", datetime(2024, 3, 14), ("DATE", "2023-12", "")),
    ("Music of [[the seventies]] filled the hall.", datetime(2024, 3, 14), ("DATE", "197", "")),
]
