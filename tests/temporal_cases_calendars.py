"""Feasts and dates of non-Gregorian calendars in world news: Islamic (Ramadan, the Eids, Hijri dates such as
"15 Ramadan 1445"), Hebrew (Rosh Hashanah, Passover, Hanukkah ...), Chinese (Lunar New Year, "the Year of the
Dragon"), Hindu (Diwali, Holi, Navratri), Persian (Nowruz, "the Persian year 1403"), Orthodox and Buddhist.

Conventions (as tests/temporal_cases.py): a feast is a DATE valued by its first day, the days it lasts kept as its
interval ("Ramadan", "Passover", "the Year of the Dragon", "the Persian year 1403" alike); the dates are those of the
`holidays` package's calendar for one country (Islamic as Afghanistan keeps them, Chinese as China, Hindu as India,
Navratri as Nepal's Ghatasthapana, Vesak as Singapore, Hebrew as Israel, Nowruz as Iran).  Where the package's
tables do not reach the year, the value keeps only what the calendar pins down: the Gregorian year (and month, for
Nowruz) of a feast that always falls in the same weeks, else nothing ("XXXX-XX-XX").  A Hijri date of a month the
tables give is that month's first day plus the day; other months follow the arithmetic (tabular) Islamic calendar.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

RAM24 = datetime(2024, 3, 12)  # a Tuesday, in Ramadan 1445 (March 11 - April 9, 2024)
APR24 = datetime(2024, 4, 20)  # a Saturday, after Ramadan and Eid al-Fitr 2024
FEB24 = datetime(2024, 2, 20)  # a Tuesday, before Ramadan 2024
SEP24 = datetime(2024, 9, 20)  # a Friday, before the autumn feasts of 5785
MAR25 = datetime(2025, 3, 10)  # a Monday, in Ramadan 2025, before Nowruz and Purim
JAN25 = datetime(2025, 1, 10)  # a Friday, before the Lunar New Year 2025
MID95 = datetime(1995, 6, 15)  # a Thursday in the 1990s
NOV98 = datetime(1998, 11, 2)  # a Monday in the 1990s, after Diwali (Hindu tables start in 2001)
Y2040 = datetime(2040, 3, 1)  # a Thursday, far ahead

CASES: list[Case] = [
    # --- Ramadan: the month's first day, the one the article is in, else the nearest by tense
    ("Fighting eased during [[Ramadan]], residents said.", APR24, ("DATE", "2024-03-11", "")),
    ("Diplomats hope the truce will hold through [[Ramadan]].", FEB24, ("DATE", "2024-03-11", "")),
    ("Mosques are packed every night as [[Ramadan]] goes on.", RAM24, ("DATE", "2024-03-11", "")),
    ("The holy month of [[Ramadan]] begins next week.", datetime(2023, 3, 15), ("DATE", "2023-03-23", "")),
    ("Food prices rose sharply during [[Ramadan]] this year.", datetime(2025, 4, 15), ("DATE", "2025-03-01", "")),
    ("Clerics said [[the first day of Ramadan]] would be Saturday.", datetime(2025, 2, 25), ("DATE", "2025-03-01", "")),
    ("Clerics said the first day of Ramadan would be [[Saturday]].", datetime(2025, 2, 25), ("DATE", "2025-03-01", "")),
    ("Attacks rose in [[last Ramadan]], the report found.", datetime(2024, 8, 1), ("DATE", "2024-03-11", "")),
    ("The group vowed to fast again [[next Ramadan]].", datetime(2024, 8, 1), ("DATE", "2025-03-01", "")),
    ("Planners expect heavy traffic in [[Ramadan 2026]].", datetime(2025, 6, 1), ("DATE", "2026-02-18", "")),
    ("The ceasefire collapsed in [[Ramadan]] of 1995.", APR24, ("DATE", "1995-01-31", "")),
    # --- the two Eids, with their spellings; bare "Eid" is the one nearest by tense
    ("Families will gather for [[Eid al-Fitr]] at the end of the month.", datetime(2023, 4, 10), ("DATE", "2023-04-22", "")),
    ("Markets closed for [[Eid ul-Fitr]] on Sunday.", APR24, ("DATE", "2024-04-10", "")),
    ("Traffic is expected to peak before [[Eid al-Adha]].", datetime(2023, 6, 20), ("DATE", "2023-06-28", "")),
    ("Pilgrims performed the last rites of the hajj after [[Eid el-Adha]].", datetime(2025, 6, 20), ("DATE", "2025-06-07", "")),
    ("Livestock prices soared ahead of [[Eid-al-Adha]].", datetime(2026, 5, 10), ("DATE", "2026-05-27", "")),
    ("Prisoners were freed to mark [[Eid]].", APR24, ("DATE", "2024-04-10", "")),
    ("Shops will stay open late before [[Eid]].", datetime(2024, 4, 5), ("DATE", "2024-04-10", "")),
    ("Aid convoys will pause over [[Eid]], the army said.", datetime(2024, 6, 1), ("DATE", "2024-06-17", "")),
    ("He was released on [[Eid al-Fitr]] in 1995.", APR24, ("DATE", "1995-03-02", "")),
    # --- Hijri dates: day and month of the Islamic calendar, with or without the Hijri year
    ("The assault began on [[15 Ramadan 1445]].", APR24, ("DATE", "2024-03-25", "")),
    ("Officials said the talks would resume on [[15 Ramadan]].", RAM24, ("DATE", "2024-03-25", "")),
    ("The decree was dated [[27 Ramadan 1446]].", APR24, ("DATE", "2025-03-27", "")),
    ("The Islamic new year, [[1 Muharram 1446]], fell on a Sunday.", APR24, ("DATE", "2024-07-07", "")),
    ("Shiite mourners gather on [[10 Muharram]], the day of Ashura.", datetime(2024, 7, 1), ("DATE", "2024-07-16", "")),
    ("Pilgrims climb Mount Arafat on [[9 Dhul Hijjah]].", datetime(2024, 6, 1), ("DATE", "2024-06-16", "")),
    ("The letter was signed on [[Ramadan 17, 1445]].", APR24, ("DATE", "2024-03-27", "")),
    ("The book was printed on [[1 Shawwal 1445]].", APR24, ("DATE", "2024-04-10", "")),
    ("The mosque opened on [[12 Rabi al-Awwal 1446]].", datetime(2024, 10, 1), ("DATE", "2024-09-16", "")),
    # Rajab has no table: counted back from Ramadan by the arithmetic calendar (Umm al-Qura, a day later, says Feb. 1)
    ("The verdict was issued on [[20 Rajab 1445]].", APR24, ("DATE", "2024-01-31", "")),
    # --- Hebrew feasts (Israel's calendar; a feast of several days keeps them as its interval)
    ("Israel will mark [[Rosh Hashanah]] with tight security.", SEP24, ("DATE", "2024-10-03", "")),
    ("Worshippers fasted on [[Yom Kippur]], police said.", datetime(2024, 10, 20), ("DATE", "2024-10-12", "")),
    ("Families will sit down to the Seder on the eve of [[Passover]].", datetime(2025, 4, 1), ("DATE", "2025-04-13", "")),
    ("Airports were busy over [[Pesach]].", datetime(2025, 4, 28), ("DATE", "2025-04-13", "")),
    ("The menorah was lit for [[Hanukkah]] in the square.", datetime(2023, 12, 12), ("DATE", "2023-12-08", "")),
    ("Schools close for [[Chanukah]] next month.", datetime(2025, 11, 20), ("DATE", "2025-12-15", "")),
    ("Children will dress up for [[Purim]].", MAR25, ("DATE", "2025-03-14", "")),
    ("Thousands of pilgrims visited Jerusalem during [[Sukkot]].", datetime(2024, 11, 1), ("DATE", "2024-10-17", "")),
    ("Gunmen struck at dawn on [[Simchat Torah]].", datetime(2024, 1, 15), ("DATE", "2023-10-07", "")),
    ("The cabinet will meet after [[Shavuot]].", datetime(2024, 6, 1), ("DATE", "2024-06-12", "")),
    ("Egypt and Syria attacked on [[Yom Kippur]] in 1995.", APR24, ("DATE", "1995-10-04", "")),
    ("Police closed the roads on [[Rosh Hashana]].", datetime(1996, 10, 1), ("DATE", "1996-09-14", "")),
    ("The bakery sells matzo before [[Passover]].", Y2040, ("DATE", "2040-03-29", "")),
    # --- Chinese calendar: the New Year and the Mid-Autumn Festival; a zodiac year from its New Year
    ("Millions will travel home for [[Lunar New Year]].", JAN25, ("DATE", "2025-01-29", "")),
    ("Factories shut for [[Chinese New Year]] in February.", datetime(2024, 1, 15), ("DATE", "2024-02-10", "")),
    ("Sales of dumplings in China peaked before the [[Spring Festival]].", datetime(2024, 2, 20), ("DATE", "2024-02-10", "")),
    ("Families ate mooncakes at the [[Mid-Autumn Festival]].", datetime(2024, 9, 25), ("DATE", "2024-09-17", "")),
    ("Births rose in [[the Year of the Dragon]].", datetime(2024, 6, 1), ("DATE", "2024-02-10", "")),
    ("Jewelers are preparing for [[the Year of the Snake]].", JAN25, ("DATE", "2025-01-29", "")),
    ("Firecrackers will welcome [[the Year of the Horse]].", datetime(2025, 12, 1), ("DATE", "2026-02-17", "")),
    ("Couples rushed to wed before [[the Year of the Goat]].", datetime(2015, 3, 10), ("DATE", "2015-02-19", "")),
    ("Stocks rallied after [[Lunar New Year]].", datetime(1995, 2, 15), ("DATE", "1995-01-31", "")),
    ("Trains will be full before [[Chinese New Year]].", datetime(2040, 1, 20), ("DATE", "2040-02-12", "")),
    # --- Hindu feasts (India's gazette; Navratri from Nepal's Ghatasthapana)
    ("Delhi's air worsened after [[Diwali]].", datetime(2023, 11, 20), ("DATE", "2023-11-12", "")),
    ("Retailers expect record [[Diwali]] sales this year.", datetime(2025, 9, 15), ("DATE", "2025-10-20", "")),
    ("Crowds threw coloured powder on [[Holi]].", datetime(2025, 3, 20), ("DATE", "2025-03-14", "")),
    ("Trains are full before [[Holi]].", datetime(2024, 3, 15), ("DATE", "2024-03-25", "")),
    ("Dancers will perform through [[Navratri]].", datetime(2024, 9, 25), ("DATE", "2024-10-03", "")),
    ("Temples filled during [[Navratri]].", datetime(2025, 10, 5), ("DATE", "2025-09-22", "")),
    ("Effigies were burned on [[Dussehra]].", datetime(2024, 10, 20), ("DATE", "2024-10-12", "")),
    ("Singapore's Little India glowed for [[Deepavali]].", datetime(2024, 11, 5), ("DATE", "2024-10-31", "")),
    # years the Hindu tables (2001-2035) do not reach: the year the feast fell in, not a day
    ("Fireworks lit up Mumbai on [[Diwali]].", NOV98, ("DATE", "1998-XX-XX", "")),
    ("Farmers will celebrate [[Holi]] with their families.", datetime(1999, 2, 20), ("DATE", "1999-XX-XX", "")),
    ("Sweet shops are busy before [[Diwali]].", datetime(2040, 10, 1), ("DATE", "2040-XX-XX", "")),
    # --- Persian calendar: Nowruz on the equinox, a Solar Hijri year from its Nowruz
    ("Iranians will celebrate [[Nowruz]] next week.", datetime(2024, 3, 15), ("DATE", "2024-03-20", "")),
    ("Offices in Tehran closed for [[Nowruz]].", datetime(2025, 3, 25), ("DATE", "2025-03-21", "")),
    ("Kabul markets filled before [[Navruz]].", MAR25, ("DATE", "2025-03-21", "")),
    ("The budget for [[the Persian year 1403]] was approved.", datetime(2024, 2, 1), ("DATE", "2024-03-20", "")),
    ("Inflation hit 40 percent in [[the Iranian year 1402]].", datetime(2024, 4, 2), ("DATE", "2023-03-21", "")),
    ("Families gathered for [[Nowruz]].", datetime(1975, 3, 25), ("DATE", "1975-03-XX", "")),
    # --- Orthodox and Buddhist feasts
    ("Churches in Athens filled for [[Orthodox Easter]].", datetime(2025, 4, 25), ("DATE", "2025-04-20", "")),
    ("Serbs will mark [[Orthodox Christmas]] on Jan. 7.", datetime(2024, 12, 20), ("DATE", "2025-01-07", "")),
    ("Serbs will mark Orthodox Christmas on [[Jan. 7]].", datetime(2024, 12, 20), ("DATE", "2025-01-07", "")),
    ("Putin attended a service for [[Orthodox Christmas]].", datetime(2024, 1, 10), ("DATE", "2024-01-07", "")),
    ("A truce was declared for [[Orthodox Easter]].", MID95, ("DATE", "1995-04-23", "")),
    ("Pilgrims will fill the churches on [[Orthodox Easter]].", Y2040, ("DATE", "2040-05-06", "")),
    ("Buddhists lit lanterns for [[Vesak]].", datetime(2024, 5, 30), ("DATE", "2024-05-22", "")),
    ("Monks will lead prayers on [[Vesak]].", datetime(2025, 5, 1), ("DATE", "2025-05-12", "")),
    ("Thousands released birds on [[Wesak]] day.", MID95, ("DATE", "1995-05-14", "")),
    # --- a feast before a year it names, and the week of a feast
    ("Crowds marked [[Hanukkah 2024]] at the Western Wall.", Y2040, ("DATE", "2024-12-26", "")),
    ("Security was tight during [[Passover week]].", datetime(2024, 5, 2), ("DATE", "2024-W17", "")),
    ("The Jewish sabbath, [[Shabbat]], began at sunset.", datetime(2024, 5, 6), None),
    # --- every year's feast
    ("The family visits Lahore [[every Eid]].", APR24, ("SET", "XXXX-XX-XX", "")),
    ("Prices rise [[every Ramadan]].", APR24, ("SET", "XXXX-XX-XX", "")),
    # --- no article date: the feast of no particular year
    ("Muslims fast from dawn to dusk during [[Ramadan]].", None, ("DATE", "XXXX-XX-XX", "")),
    ("Many Iranians travel at [[Nowruz]].", None, ("DATE", "XXXX-XX-XX", "")),
    # --- years before the Islamic tables (1925-2100): nothing rather than a wrong day
    ("Muslims marked [[Eid al-Fitr]] quietly.", datetime(1920, 7, 1), ("DATE", "XXXX-XX-XX", "")),
    ("Shops closed for [[Chinese New Year]].", datetime(1945, 2, 20), ("DATE", "1945-XX-XX", "")),
    # --- false friends: names, titles, things of the feast, words that contain a feast's name
    ("Police questioned Mohammed [[Eid]], a shopkeeper, on Tuesday.", APR24, None),
    ("A lecture by Tariq [[Ramadan]] was cancelled.", APR24, None),
    ("Striker [[Ramadan]] Sobhi scored twice.", APR24, None),
    ("The pilot said the [[passover]] of the jets was recorded.", APR24, None),
    ("The committee passed over him for promotion at [[Passover]].", datetime(2024, 5, 2), ("DATE", "2024-04-23", "")),
    ("Guests stayed at the [[Holiday]] Inn.", APR24, None),
    ("She studied [[holistic]] medicine.", APR24, None),
    ("A giant [[Hanukkah]] menorah stood in the square.", datetime(2023, 12, 12), None),
    ("Vendors sold [[Ramadan]] lanterns in Cairo.", RAM24, None),
    ("Cimino's [[Year of the Dragon]] opened in 1985.", APR24, None),
    ("The novel \"[[The Year of the Dragon]]\" sold well.", APR24, None),
    ("Egypt crossed the canal in the [[Ramadan]] War.", APR24, None),
    ("The [[Year of the Woman]] changed the Senate.", APR24, None),
    ("The family hosted a [[Shabbat]] dinner.", APR24, None),
    ("Officials set the date as [[Rajab]] Ali looked on.", APR24, None),
    # added after the first run: the name guard is for feasts that are also personal names; the Spring Festival is China's
    ("In India [[Diwali]] is a public holiday.", datetime(2024, 11, 5), ("DATE", "2024-10-31", "")),
    ("The town's annual [[Spring Festival]] drew crowds.", datetime(2024, 4, 20), None),
    ("Chinese workers went home for the [[Spring Festival]].", datetime(2024, 2, 20), ("DATE", "2024-02-10", "")),
]  # fmt: skip
