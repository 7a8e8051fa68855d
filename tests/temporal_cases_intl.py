"""Genre battery: English-language news from India, Pakistan, Nigeria, Kenya, South Africa, Australia, New Zealand
and Singapore, 2015-2025 (intl), in the form of ``temporal_cases.py``.

Own phrasings of South Asian, African and Australasian news copy: day-first dates ("on 28th November", "on 5 March
2024"), postposed "last"/"next" ("Monday last", "Tuesday next"), month ends ("this month-end", "by March-end"),
Indian English deixis ("day after tomorrow", "yesterday night", "today morning", "a week back", "every alternate
day", "thrice a week"), fiscal shorthand ("FY25", "Q2FY25", "H1 FY24", "this fiscal"), clock times with local zones
("3.30pm IST", "10am AEDT", "5pm WAT", "6pm SAST"), national days named with their country and festivals
("Eid-ul-Fitr", "Eid-ul-Azha", "Dussehra"), effective dates ("from 1 April", "w.e.f. 1 January 2025", "with effect
from"), "till date", "a day prior", "the previous fortnight", police and court English ("14 days' judicial
custody", "the intervening night of ..."), numeric dates written day-first, and numbers that are no time: lakh
and crore amounts ("Rs 10.30 lakh"), "Section 144", "Article 370", "NH-44", parliamentary sessions.

Numeric dates: a slashed or dashed all-number date that could be read either way (05/03/2024) is read month first
(US style) unless the text shows it writes day first: a day written before its month ("5 March"), or money in
rupees, lakh or crore, or a South Asian, African or Australasian clock zone (IST, PKT, WAT, SAST, AEDT ...).
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

IND = datetime(2024, 11, 29)  # a Friday, Indian copy
PAK = datetime(2024, 3, 6)  # a Wednesday, Pakistani copy
AUS = datetime(2025, 1, 15)  # a Wednesday, Australian summer
NGA = datetime(2023, 7, 20)  # a Thursday, Nigerian copy
ZAF = datetime(2024, 5, 29)  # a Wednesday, South Africa's election day
KEN = datetime(2024, 6, 3)  # a Monday, Kenyan copy
SGP = datetime(2016, 8, 10)  # a Wednesday, Singapore copy
NZL = datetime(2024, 7, 1)  # a Monday, New Zealand copy
FEB = datetime(2025, 2, 5)  # a Wednesday, India's budget week (fiscal 2024-25 running)
USA = datetime(2024, 5, 20)  # a Monday, US copy

CASES: list[Case] = [
    # --- day-first dates
    ("The verdict was pronounced on [[28th November]].", IND, ("DATE", "2024-11-28", "")),
    ("The policy came into force on [[5 March 2024]].", IND, ("DATE", "2024-03-05", "")),
    ("The matter is listed for hearing on [[12th December]].", IND, ("DATE", "2024-12-12", "")),
    ("Polling will be held on [[8th February]] across the country.", datetime(2024, 1, 10), ("DATE", "2024-02-08", "")),
    ("The session opens on [[Monday, 2nd December]].", IND, ("DATE", "2024-12-02", "")),
    # a sentence-final abbreviation keeps its dot, as "Fri., Sept. 5, 1997" does
    ("The accused was produced in court on [[28th Nov.]]", IND, ("DATE", "2024-11-28", "")),
    ("The verdict was pronounced on [[28th November]].", None, ("DATE", "XXXX-11-28", "")),
    ("Fresh rains lashed Lagos on [[the 18th]].", NGA, ("DATE", "2023-07-18", "")),
    # --- postposed last/next and month ends
    ("The accused was arrested on [[Monday last]].", IND, ("DATE", "2024-11-25", "")),
    ("The committee will meet on [[Tuesday next]].", IND, ("DATE", "2024-12-03", "")),
    ("Salaries will be credited by [[this month-end]].", IND, ("DATE", "2024-11", "END")),
    ("The flyover is to be completed by [[March-end]].", IND, ("DATE", "2025-03", "END")),
    ("The tender closes at [[month-end]].", IND, ("DATE", "2024-11", "END")),
    ("The dues were cleared by [[June-end]].", IND, ("DATE", "2024-06", "END")),
    ("Inflation is seen easing by [[end-March]].", IND, ("DATE", "2025-03", "END")),
    ("Bad loans fell at [[the year-end]].", FEB, ("DATE", "2024", "END")),
    # --- relative days and weeks in Indian and African English
    ("The bridge collapsed [[a fortnight ago]].", IND, ("DATE", "2024-W46", "")),
    ("Prices had risen sharply over [[the previous fortnight]].", IND, ("DURATION", "P2W", "")),
    ("The hearing is [[day after tomorrow]].", IND, ("DATE", "2024-12-01", "")),
    ("The suspect was seen [[day before yesterday]].", IND, ("DATE", "2024-11-27", "")),
    ("Two shops were gutted in a fire [[yesterday night]].", IND, ("TIME", "2024-11-28TNI", "")),
    ("The chief minister inaugurated the bridge [[today morning]].", IND, ("TIME", "2024-11-29TMO", "")),
    ("The results will be declared [[tomorrow evening]].", IND, ("TIME", "2024-11-30TEV", "")),
    ("The minister met the farmers [[a week back]].", IND, ("DATE", "2024-W47", "")),
    ("The wall had collapsed [[two days back]].", IND, ("DATE", "2024-11-27", "")),
    ("The dam was opened [[a month back]].", IND, ("DATE", "2024-10", "")),
    ("Onion prices doubled in [[December last year]].", IND, ("DATE", "2023-12", "")),
    ("Counting will be held on [[the coming Monday]].", IND, ("DATE", "2024-12-02", "")),
    ("Power cuts were frequent [[earlier this month]].", IND, ("DATE", "2024-11", "START")),
    ("The blast took place on Sunday. The suspect had visited the market [[a day prior]].", IND, ("DATE", "2024-11-23", "")),
    # "till date" is the Indian "to date", which the project (like TBAQ) leaves untagged
    ("No arrests have been made [[till date]].", IND, None),
    ("Schools will remain closed till [[Sunday]].", IND, ("DATE", "2024-12-01", "")),
    ("The ban on construction will stay till [[31 December]].", IND, ("DATE", "2024-12-31", "")),
    ("Water is supplied [[every alternate day]].", IND, ("SET", "P2D", "")),
    ("The accused must report to the police station [[thrice a week]].", IND, ("SET", "P1W", "")),
    ("The court remanded him to [[14 days]]' judicial custody.", IND, ("DURATION", "P14D", "")),
    ("The strike has gone on for [[one-and-a-half years]].", NGA, ("DURATION", "P1Y6M", "")),
    # --- fiscal shorthand (a fiscal year or period is valued by its label, FY25 = 2025)
    ("The lender's net profit rose 18% in [[Q2FY25]].", IND, ("DATE", "2025-Q2", "")),
    ("Tax collections grew in [[the financial year 2023-24]].", IND, ("DATE", "2024", "")),
    ("Margins improved in [[H1FY24]].", datetime(2023, 11, 10), ("DATE", "2024-H1", "")),
    ("GDP grew 8.2% in [[FY24]], official data showed.", IND, ("DATE", "2024", "")),
    ("The company will announce its [[Q3 FY25]] results next month.", IND, ("DATE", "2025-Q3", "")),
    ("The carmaker's sales rose in [[Q4FY24]].", datetime(2024, 5, 10), ("DATE", "2024-Q4", "")),
    ("Revenue rose in [[the first quarter of FY26]].", datetime(2025, 8, 1), ("DATE", "2026-Q1", "")),
    ("The economy is expected to grow 6.4% [[this fiscal]].", FEB, ("DATE", "2025", "")),
    ("The deficit target for [[next fiscal]] is 4.4%.", FEB, ("DATE", "2026", "")),
    ("The outlay for [[FY2024-25]] was raised.", FEB, ("DATE", "2025", "")),
    ("Exports rose in [[the 2023-24 financial year]].", IND, ("DATE", "2024", "")),
    ("Profit fell in [[the September quarter]].", IND, ("DATE", "2024-Q3", "")),
    ("The state spent Rs 1,500 crore in [[FY23]].", IND, ("DATE", "2023", "")),
    # --- clock times with local zones
    ("The Prime Minister will address the nation at [[8pm IST]].", IND, ("TIME", "2024-11-29T20:00", "")),
    ("Trading on the NSE closes at [[3.30pm IST]].", IND, ("TIME", "2024-11-29T15:30", "")),
    ("The announcement is scheduled for [[10am AEDT]] on Thursday.", AUS, ("TIME", "2025-01-16T10:00", "")),
    ("Nominations must be submitted by [[5pm WAT]] on Friday.", NGA, ("TIME", "2023-07-21T17:00", "")),
    ("The blast occurred at [[11.45am PKT]].", PAK, ("TIME", "2024-03-06T11:45", "")),
    ("Voting stations close at [[9pm SAST]].", ZAF, ("TIME", "2024-05-29T21:00", "")),
    ("The president will speak at [[9am EAT]].", KEN, ("TIME", "2024-06-03T09:00", "")),
    ("The results were announced at [[2.30pm SGT]].", SGP, ("TIME", "2016-08-10T14:30", "")),
    ("Kick-off is at [[7.30pm NZST]].", NZL, ("TIME", "2024-07-01T19:30", "")),
    ("The hearing begins at [[10.30 am]].", IND, ("TIME", "2024-11-29T10:30", "")),
    ("The market closed at [[noon IST]].", IND, ("TIME", "2024-11-29T12:00", "")),
    # --- national days with the country named, festivals
    ("Pakistan celebrated its [[Independence Day]] with fireworks.", datetime(2024, 8, 16), ("DATE", "2024-08-14", "")),
    ("India marked its 78th [[Independence Day]] on Thursday.", datetime(2024, 8, 16), ("DATE", "2024-08-15", "")),
    ("Nigeria's [[Independence Day]] parade was scaled down.", datetime(2023, 10, 3), ("DATE", "2023-10-01", "")),
    ("Markets will remain shut for [[Eid-ul-Fitr]].", datetime(2024, 4, 1), ("DATE", "2024-04-10", "")),
    ("Cattle markets were busy before [[Eid-ul-Azha]].", datetime(2024, 6, 20), ("DATE", "2024-06-17", "")),
    ("Sweet shops did brisk business before [[Diwali]].", IND, ("DATE", "2024-10-31", "")),
    ("Effigies of Ravana were burnt on [[Dussehra]].", datetime(2024, 10, 15), ("DATE", "2024-10-12", "")),
    ("Crowds gathered at dawn services on [[Anzac Day]].", datetime(2024, 4, 26), ("DATE", "2024-04-25", "")),
    ("Protests are planned for [[Australia Day]].", AUS, ("DATE", "2025-01-26", "")),
    ("Kenyans marked [[Madaraka Day]] in Embu.", KEN, ("DATE", "2024-06-01", "")),
    ("South Africans celebrated [[Freedom Day]] on Saturday.", ZAF, ("DATE", "2024-04-27", "")),
    ("Troops will march on Rajpath on [[Republic Day]].", datetime(2025, 1, 20), ("DATE", "2025-01-26", "")),
    ("Jets flew over Islamabad on [[Pakistan Day]].", datetime(2024, 3, 25), ("DATE", "2024-03-23", "")),
    # --- effective dates
    ("The new tariffs will apply from [[1 April]].", IND, ("DATE", "2025-04-01", "")),
    ("The GST rate is revised w.e.f. [[1 January 2025]].", IND, ("DATE", "2025-01-01", "")),
    ("The order shall come into force with effect from [[1st December]].", IND, ("DATE", "2024-12-01", "")),
    ("The allowance was raised with effect from [[1 April]].", datetime(2024, 6, 10), ("DATE", "2024-04-01", "")),
    ("The tax cuts take effect from [[1 July]].", datetime(2024, 5, 14), ("DATE", "2024-07-01", "")),
    ("The revised pay is payable [[w.e.f.]] the date of joining.", IND, None),
    # --- numeric dates: day first where the text shows it, month first in US copy
    ("The notice dated [[28/11/2024]] was issued by the collector.", IND, ("DATE", "2024-11-28", "")),
    ("The tender worth Rs 45 crore closes on [[05/03/2025]].", IND, ("DATE", "2025-03-05", "")),
    ("Bids for the Rs 2 lakh contract must reach the office by [[10-04-2025]].", IND, ("DATE", "2025-04-10", "")),
    ("The exam scheduled for 2 December will now be held on [[05-12-2024]].", IND, ("DATE", "2024-12-05", "")),
    ("The portal closes at 5pm IST on [[03/12/2024]].", IND, ("DATE", "2024-12-03", "")),
    ("The marriage was registered on [[05.03.2024]].", IND, ("DATE", "2024-03-05", "")),
    ("The memo, dated [[05/03/2024]], was sent to the Senate.", USA, ("DATE", "2024-05-03", "")),
    ("The $500 fine was due on [[04/05/2024]].", USA, ("DATE", "2024-04-05", "")),
    # --- elections and sessions: the year is the timex, the session is not
    ("The party swept the [[2019]] general elections.", IND, ("DATE", "2019", "")),
    ("Turnout fell in the [[2024]] Lok Sabha polls.", IND, ("DATE", "2024", "")),
    ("The bill will be tabled in the [[monsoon]] session of Parliament.", IND, None),
    ("The finance minister will present the budget in [[the budget session]].", FEB, None),
    ("The opposition united before [[the Lok Sabha polls]].", IND, None),
    ("The 2019 abrogation of Article [[370]] was upheld.", IND, None),
    ("The [[2019]] abrogation of Article 370 was upheld.", IND, ("DATE", "2019", "")),
    # --- numbers that are no time
    ("The car costs Rs [[10.30]] lakh.", IND, None),
    ("The state awarded a Rs [[12.45]] crore contract.", IND, None),
    ("The government released Rs [[2000]] crore for flood relief.", IND, None),
    ("Nearly [[1.5]] lakh people attended the rally.", IND, None),
    ("Police imposed prohibitory orders under Section [[144]] of the CrPC.", IND, None),
    ("He was booked under Section [[302]] of the IPC.", IND, None),
    ("Traffic was diverted on NH-[[44]] near Panipat.", IND, None),
    ("A truck overturned on NH [[48]] on Friday.", IND, None),
    ("Stumps were drawn on [[Day 3]] with India ahead.", IND, None),
    ("The lockdown was imposed to curb Covid-[[19]].", IND, None),
    # --- added with the fixes (not part of the battery written first)
    ("Americans celebrated [[Independence Day]] with fireworks.", datetime(2024, 7, 6), ("DATE", "2024-07-04", "")),
    ("Schools remained closed till [[Sunday]].", IND, ("DATE", "2024-11-24", "")),
    ("The council pays its bills at [[last month's end]].", IND, ("DATE", "2024-10", "END")),
    ("Growth is seen at 6.5% in [[March]].", IND, ("DATE", "2025-03", "")),
    ("The fiscal deficit narrowed, the ministry said.", FEB, None),
    ("The accused had visited the spot on 2 May and returned [[two days prior]].", IND, ("DATE", "2024-04-30", "")),
]
