"""Genre battery: religious and national calendars in news (faiths), and titles that look like dates.

Own phrasings of dates of the Hebrew calendar ("15 Nisan 5784", "the 9th of Av", "Tisha B'Av"), bare months of the
Islamic calendar ("during Muharram", "throughout Shawwal"), national days of a named country ("India's Independence
Day", "Ukraine's Victory Day", "China's National Day"), Orthodox feasts where the text says "Orthodox", and titles of
books, films and songs made of date words ("Born on the Fourth of July", "Last Christmas", "1917").

Conventions (as tests/temporal_cases_calendars.py): a Hebrew date is converted to its Gregorian day, counted from the
Rosh Hashanah tables of the `holidays` package (Israel's calendar); a feast is valued by the day Israel keeps it (a
fast on the Sabbath moves to Sunday).  A bare month of the Islamic calendar is valued as a feast of many days is
("Ramadan"): by its first day, the month's days kept as its interval, in the Hijri year the article is in (else the
nearest by tense).  A national day named with its country is that country's date.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

MAY24 = datetime(2024, 5, 1)  # a Wednesday, after Passover 5784
JAN24 = datetime(2024, 1, 5)  # a Friday, after Hanukkah 5784
APR24 = datetime(2024, 4, 1)  # a Monday, after Purim 5784
MAR20 = datetime(2020, 3, 1)  # a Sunday
OCT19 = datetime(2019, 10, 20)  # a Sunday, after the autumn feasts of 5780
JUL25 = datetime(2025, 7, 1)  # a Tuesday
NOV24 = datetime(2024, 11, 6)  # a Wednesday, arts listings
DEC23 = datetime(2023, 12, 20)  # a Wednesday, before Christmas
FEB20 = datetime(2020, 2, 3)  # a Monday, Bafta week

CASES: list[Case] = [
    # --- dates of the Hebrew calendar: with the Hebrew year, the day it names; without, the nearest by tense
    ("The siege ended on [[15 Nisan 5784]], the first day of Passover.", MAY24, ("DATE", "2024-04-23", "")),
    ("The letter is dated [[1 Tishrei 5785]].", NOV24, ("DATE", "2024-10-03", "")),
    ("The decree was signed on [[10 Tishrei 5784]].", datetime(2023, 11, 1), ("DATE", "2023-09-25", "")),
    ("The rabbis met on [[25 Kislev 5784]].", JAN24, ("DATE", "2023-12-08", "")),
    ("The scroll was read aloud on [[14 Adar 5785]].", datetime(2025, 4, 1), ("DATE", "2025-03-14", "")),
    ("The couple married on [[14 Adar II 5784]].", APR24, ("DATE", "2024-03-24", "")),
    ("Purim Katan fell on [[14 Adar I 5784]].", APR24, ("DATE", "2024-02-23", "")),
    ("Pilgrims arrived on [[1 Elul 5783]].", datetime(2023, 9, 1), ("DATE", "2023-08-18", "")),
    ("He was born on [[3 Cheshvan 5760]] in Jerusalem.", MAR20, ("DATE", "1999-10-13", "")),
    ("The trial opened on [[7 Shevat 5780]].", MAR20, ("DATE", "2020-02-02", "")),
    ("The deed was signed on [[Nisan 15, 5784]].", MAY24, ("DATE", "2024-04-23", "")),
    ("Mourners will fast on [[the 9th of Av]].", datetime(2024, 8, 1), ("DATE", "2024-08-13", "")),
    ("Jews mourned the fall of the Temple on [[the ninth of Av]].", datetime(2023, 8, 10), ("DATE", "2023-07-27", "")),
    ("The fast of [[17 Tammuz]] opens three weeks of mourning.", JUL25, ("DATE", "2025-07-13", "")),
    ("The community will gather on [[15 Nisan]].", datetime(2025, 3, 20), ("DATE", "2025-04-13", "")),
    ("The rebbe died on [[3 Tammuz]], his followers said.", datetime(2024, 7, 20), ("DATE", "2024-07-09", "")),
    ("Israel's memorial day falls on [[4 Iyar]] this year.", datetime(2025, 4, 1), ("DATE", "2025-05-02", "")),
    ("The shop is at [[9 Av]]. Foch in Paris.", MAY24, None),
    # --- Hebrew feasts (Israel's calendar)
    ("Israelis fasted on [[Tisha B'Av]], the day the Temples fell.", datetime(2024, 8, 20), ("DATE", "2024-08-13", "")),
    ("Crowds are expected at the Western Wall on [[Tisha B'Av]].", JUL25, ("DATE", "2025-08-03", "")),
    ("Thousands prayed at the Wall on [[Tisha Be'Av]].", datetime(2022, 8, 20), ("DATE", "2022-08-07", "")),
    ("Jews will welcome [[Rosh Hashanah]] next week.", datetime(2019, 9, 23), ("DATE", "2019-09-30", "")),
    ("Synagogues were packed on [[Yom Kippur]].", datetime(2021, 9, 20), ("DATE", "2021-09-16", "")),
    ("Families lit the first candle of [[Hanukkah]].", datetime(2019, 12, 27), ("DATE", "2019-12-23", "")),
    ("Children wore costumes on [[Purim]].", datetime(2021, 3, 1), ("DATE", "2021-02-26", "")),
    ("Families will build booths for [[Sukkot]].", datetime(2022, 9, 30), ("DATE", "2022-10-10", "")),
    ("Airports were busy before [[Passover]].", datetime(2020, 4, 20), ("DATE", "2020-04-09", "")),
    ("[[Rosh Hashanah 5785]] began at sundown.", datetime(2024, 9, 20), ("DATE", "2024-10-03", "")),
    ("Bonfires were lit across Israel for [[Lag BaOmer]].", datetime(2023, 5, 10), ("DATE", "2023-05-09", "")),
    ("Synagogues closed on [[Yom Kippur]] in 1995.", OCT19, ("DATE", "1995-10-04", "")),
    # --- bare months of the Islamic calendar: the month's first day, its days as the interval
    ("Shiite pilgrims travel to Karbala during [[Muharram]].", datetime(2024, 7, 20), ("DATE", "2024-07-07", "")),
    ("Mourning processions will be held throughout [[Muharram]].", datetime(2023, 7, 1), ("DATE", "2023-07-19", "")),
    ("Prices soared throughout [[Shawwal]].", datetime(2024, 4, 25), ("DATE", "2024-04-10", "")),
    ("Pilgrims reach Mecca in the month of [[Dhul Hijjah]].", datetime(2024, 6, 1), ("DATE", "2024-06-08", "")),
    ("The offensive began in [[Rajab]], officials said.", datetime(2024, 2, 1), ("DATE", "2024-01-12", "")),
    ("Talks are expected to resume in [[Shaban]].", datetime(2025, 1, 15), ("DATE", "2025-01-31", "")),
    ("Processions marked the first days of [[Muharram 1446]].", datetime(2025, 1, 1), ("DATE", "2024-07-07", "")),
    ("Weddings are rare during [[Muharram]].", None, ("DATE", "XXXX-XX-XX", "")),
    ("Police arrested [[Safar]] Ali near the border.", datetime(2024, 2, 1), None),
    ("The [[Muharram]] procession passed the old mosque.", datetime(2024, 7, 20), None),
    ("Officials said [[Rajab]] Butt would lead the team.", datetime(2024, 2, 1), None),
    ("The fighting stopped during [[Ramadan]].", datetime(2019, 6, 20), ("DATE", "2019-05-06", "")),
    # --- national days of the country the text names
    ("Zelensky spoke on Ukraine's [[Independence Day]].", datetime(2024, 8, 26), ("DATE", "2024-08-24", "")),
    ("Crowds gathered for India's [[Independence Day]] in Delhi.", datetime(2023, 8, 16), ("DATE", "2023-08-15", "")),
    ("Pakistan's [[Independence Day]] falls a day before India's.", datetime(2022, 8, 1), ("DATE", "2022-08-14", "")),
    ("Mexican [[Independence Day]] celebrations filled the square.", datetime(2019, 9, 20), ("DATE", "2019-09-16", "")),
    ("Brazil's [[Independence Day]] parade was cancelled.", datetime(2021, 9, 1), ("DATE", "2021-09-07", "")),
    ("Ghana's [[Independence Day]] passed quietly.", datetime(2020, 3, 10), ("DATE", "2020-03-06", "")),
    ("Soldiers paraded on [[Independence Day]] in Nigeria.", datetime(2020, 10, 5), ("DATE", "2020-10-01", "")),
    ("Indonesia's [[Independence Day]] drew crowds to Jakarta.", datetime(2025, 8, 20), ("DATE", "2025-08-17", "")),
    ("Israel's [[Independence Day]] was marked with flyovers.", datetime(2024, 5, 20), ("DATE", "2024-05-14", "")),
    ("Americans celebrate [[Independence Day]] with fireworks.", datetime(2024, 6, 20), ("DATE", "2024-07-04", "")),
    ("The Philippines' [[Independence Day]] is on a Thursday.", datetime(2025, 6, 1), ("DATE", "2025-06-12", "")),
    ("Kyiv held a parade on Ukraine's [[Independence Day]] in 1995.", OCT19, ("DATE", "1995-08-24", "")),
    ("Turkey's [[Republic Day]] marked its centenary.", datetime(2023, 10, 30), ("DATE", "2023-10-29", "")),
    ("Tanks rolled down Rajpath for India's [[Republic Day]].", datetime(2025, 1, 20), ("DATE", "2025-01-26", "")),
    ("Italy's [[Republic Day]] falls on a Sunday.", datetime(2024, 5, 20), ("DATE", "2024-06-02", "")),
    ("China's [[National Day]] holiday begins on Tuesday.", datetime(2024, 9, 25), ("DATE", "2024-10-01", "")),
    ("Riyadh lit up for Saudi [[National Day]].", datetime(2023, 9, 25), ("DATE", "2023-09-23", "")),
    ("The UAE's [[National Day]] was marked with fireworks.", datetime(2019, 12, 5), ("DATE", "2019-12-02", "")),
    ("Shops closed for [[National Day]].", datetime(2024, 9, 25), None),
    ("Ukraine's [[Victory Day]] ceremonies were muted.", datetime(2024, 5, 10), ("DATE", "2024-05-08", "")),
    ("Russia's [[Victory Day]] parade went ahead.", datetime(2024, 5, 10), ("DATE", "2024-05-09", "")),
    ("Ukraine's [[Victory Day]] was still May 9 then.", datetime(2021, 5, 10), ("DATE", "2021-05-09", "")),
    ("Zelensky laid flowers on the [[Day of Remembrance and Victory]].", datetime(2025, 5, 9), ("DATE", "2025-05-08", "")),
    ("Berlin marked [[German Unity Day]] with a concert.", datetime(2020, 10, 5), ("DATE", "2020-10-03", "")),
    ("Paris held its parade on [[Bastille Day]].", datetime(2022, 7, 20), ("DATE", "2022-07-14", "")),
    ("Ottawa will host [[Canada Day]] fireworks.", datetime(2021, 6, 20), ("DATE", "2021-07-01", "")),
    ("Veterans marched in Sydney on [[Anzac Day]].", datetime(2023, 4, 30), ("DATE", "2023-04-25", "")),
    ("Survivors gathered in Honolulu on [[Pearl Harbor Day]].", datetime(2021, 12, 10), ("DATE", "2021-12-07", "")),
    # --- Orthodox feasts where the text says "Orthodox"
    ("Orthodox Christians celebrated [[Easter]] on Sunday.", datetime(2024, 5, 6), ("DATE", "2024-05-05", "")),
    ("Greek [[Orthodox Easter]] falls late this year.", datetime(2024, 3, 1), ("DATE", "2024-05-05", "")),
    ("Believers walked in procession on [[Orthodox Good Friday]].", datetime(2021, 5, 3), ("DATE", "2021-04-30", "")),
    ("The Orthodox faithful celebrate [[Christmas]] in January.", DEC23, ("DATE", "2024-01-07", "")),
    ("Russians will gather for [[Orthodox Christmas Eve]].", datetime(2020, 1, 3), ("DATE", "2020-01-06", "")),
    ("Patriarch Kirill led prayers on [[Orthodox Christmas]].", datetime(2022, 1, 8), ("DATE", "2022-01-07", "")),
    ("The Orthodox Church marks [[Easter]] a week after Catholics this year.", datetime(2023, 4, 1), ("DATE", "2023-04-16", "")),
    ("Catholics marked [[Easter]] on Sunday; Orthodox believers wait five weeks.", APR24, ("DATE", "2024-03-31", "")),
    ("Families gathered for [[Christmas]] in London.", DEC23, ("DATE", "2023-12-25", "")),
    # --- titles of works made of date words: no timex; real dates around them still are
    ("Tom Cruise starred in Born on the Fourth of July.", datetime(2019, 7, 1), None),
    ("Oliver Stone's Born on the Fourth of July won two Oscars.", datetime(2019, 7, 1), None),
    ("They married on [[the Fourth of July]].", datetime(2019, 7, 10), ("DATE", "2019-07-04", "")),
    ("Wham!'s Last Christmas returned to the top of the chart.", DEC23, None),
    ('The song "Last Christmas" was streamed four million times.', DEC23, None),
    ('The film "Last Christmas" opened [[last Christmas]].', datetime(2020, 1, 10), ("DATE", "2019-12-25", "")),
    ("Sam Mendes's 1917 swept the Baftas.", FEB20, None),
    ('The war film "1917" opened in Britain.', FEB20, None),
    ("The revolution of [[1917]] toppled the tsar.", FEB20, ("DATE", "1917", "")),
    ('Frankenheimer\'s "Seven Days in May" was remade for cable.', NOV24, None),
    ("He reread Seven Days in May on the flight.", NOV24, None),
    ("Fans binged Friday Night Lights reruns.", NOV24, None),
    ('Emmerich\'s "The Day After Tomorrow" imagined a sudden ice age.', NOV24, None),
    ('The band closed with "September," the crowd\'s favourite.', NOV24, None),
    ("Green Day's Wake Me Up When September Ends was re-released.", NOV24, None),
    ('The film "[[Independence Day]]" opened on July 2, 1996.', NOV24, None),
    ('The film "Independence Day" opened on [[July 2, 1996]].', NOV24, ("DATE", "1996-07-02", "")),
    ('Mariah Carey\'s "All I Want for Christmas Is You" topped the chart again.', DEC23, None),
    ("National Lampoon's Christmas Vacation aired again.", DEC23, None),
    ("Disney re-released The Nightmare Before Christmas.", NOV24, None),
    ('He said: "We will vote on [[Friday]]."', NOV24, ("DATE", "2024-11-08", "")),
    ("The musical opens on [[Christmas Eve]].", NOV24, ("DATE", "2024-12-24", "")),
    # added after the first run: the new rules' edges
    ("The sales run until [[Hanukkah 5784]].", JAN24, ("DATE", "2023-12-08", "")),
    ("Flights were full before [[Passover 5784]].", MAY24, ("DATE", "2024-04-23", "")),
    ("Trade slowed in [[Safar]], merchants said.", OCT19, ("DATE", "2019-10-01", "")),
    ("The talks ended in [[Jumada al-Awwal]].", datetime(2019, 2, 20), ("DATE", "2019-01-08", "")),
    ("Parliament declared a [[national day]] of mourning.", MAY24, None),
    ("Retailers call it \"[[Black Friday]]\" for a reason.", NOV24, ("DATE", "2024-11-29", "")),
    ("He said the vote would be \"[[next Friday]]\" at the latest.", NOV24, ("DATE", "2024-11-08", "")),
    ("He said \"[[Friday]]\" was too soon.", NOV24, ("DATE", "2024-11-01", "")),
    ("The band's new single is out [[next Christmas]].", NOV24, ("DATE", "2024-12-25", "")),
]  # fmt: skip
