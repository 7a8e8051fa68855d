"""Genre battery: health, medicine and public-health news (outbreaks, trials, drug approvals, hospitals), 2020-2025
(health), in the form of ``temporal_cases.py``.

Own phrasings in the style of health desks, beside ``temporal_cases_science.py`` (which has journal days, follow-up
periods and the pandemic) and the health lines of ``temporal_cases_desks.py``: quarantines and rolling averages
("a 14-day quarantine", "the seven-day rolling average"), dosing schedules as sets ("twice daily", "every four to
six hours", "a once-weekly shot", "twice-yearly"), flu seasons ("this flu season" is the present one, "the 2023-24
flu season" its first year, a bare generic "flu season" no timex), pregnancy and survival spans ("at 20 weeks of
pregnancy", "median survival of 18 months"; "the first trimester", like a trial's "day 28", is no calendar time),
regulators' calendars ("approved it Tuesday", "by midyear", "early next year"), outbreak chronologies ("first
reported on Jan. 3", "four days later") and CDC surveillance weeks ("the week ending Jan. 6": ``the week`` is the
ISO week of that Saturday, as in ``temporal_cases_econ.py``).  Names and numbers that are no time: disease types
and stages ("Type 2", "Stage 4"), doses ("2 mg"), blood pressure "120/80", "24/7", ages ("a 6-month-old"), "the
March of Dimes", "Day-Lewis", "day care", "the night shift", "the morning-after pill", modal "may", "seasonal flu".
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

PAN = datetime(2020, 4, 15)  # a Wednesday, early in the pandemic
MON = datetime(2024, 1, 8)  # a Monday, the peak of a flu season
TUE = datetime(2023, 9, 12)  # a Tuesday, fall vaccine approvals
THU = datetime(2025, 2, 20)  # a Thursday, a measles outbreak
FRI = datetime(2024, 5, 17)  # a Friday, a trial readout at a cancer meeting
AIDS = datetime(2024, 12, 1)  # a Sunday, World AIDS Day

CASES: list[Case] = [
    # --- quarantines, isolation, rolling averages
    ("Arrivals must complete a [[14-day]] quarantine at a hotel.", PAN, ("DURATION", "P14D", "")),
    ("Close contacts were told to stay home for [[two weeks]].", PAN, ("DURATION", "P2W", "")),
    ("The [[seven-day]] rolling average of new cases fell to 1,200.", PAN, ("DURATION", "P7D", "")),
    ("The state's lockdown lasted [[76 days]].", PAN, ("DURATION", "P76D", "")),
    ("Cases have tripled over [[the past two weeks]].", PAN, ("DURATION", "P2W", "")),
    ("The governor extended the stay-at-home order through [[May 15]].", PAN, ("DATE", "2020-05-15", "")),
    ("The WHO declared a global health emergency on [[Jan. 30]].", PAN, ("DATE", "2020-01-30", "")),
    ("The hospital admitted 40 patients [[overnight]].", MON, ("TIME", "2024-01-07TNI", "")),
    ("Nurses worked [[12-hour]] shifts for weeks on end.", PAN, ("DURATION", "PT12H", "")),
    ("Morgue workers were on duty [[24 hours a day]].", PAN, ("SET", "P1D", "")),
    # --- dosing and treatment schedules
    ("Take the tablets [[twice daily]] with water.", FRI, ("SET", "P1D", "")),
    ("Adults may take one dose [[every four to six hours]].", FRI, ("SET", "PTXH", "")),
    ("Patients got the injection [[once a week]] for eight weeks.", FRI, ("SET", "P1W", "")),
    ("Patients got the injection once a week for [[eight weeks]].", FRI, ("DURATION", "P8W", "")),
    ("The drug is injected [[every two weeks]] under the skin.", FRI, ("SET", "P2W", "")),
    ("Residents took the pill [[each night]] before bed.", FRI, ("SET", "XXXX-XX-XXTNI", "")),
    ("The drug is a [[once-weekly]] injection.", FRI, ("SET", "P1W", "")),
    ("The [[twice-yearly]] shot prevented HIV infection in every trial participant.", FRI, ("SET", "P1Y", "")),
    ("Schools will require [[twice-weekly]] testing for staff.", PAN, ("SET", "P1W", "")),
    ("Doctors now prefer a [[once-a-day]] pill.", FRI, ("SET", "P1D", "")),
    ("Patients must fast for [[eight hours]] before surgery.", FRI, ("DURATION", "PT8H", "")),
    ("She was prescribed a [[10-day]] course of antibiotics.", FRI, ("DURATION", "P10D", "")),
    ("The two shots should be given [[at least 28 days]] apart.", PAN, ("DURATION", "P28D", "EQUAL_OR_MORE")),
    ("Pharmacies may now dispense a [[90-day]] supply of insulin.", FRI, ("DURATION", "P90D", "")),
    ("The surgery lasted [[nine hours]].", FRI, ("DURATION", "PT9H", "")),
    ("[[Four weeks]] after the second shot, antibody levels had fallen.", PAN, ("DURATION", "P4W", "")),
    # --- flu seasons and waves
    ("At least 20 children have died of flu [[this season]].", MON, ("DATE", "PRESENT_REF", "")),
    ("Hospitals are bracing for a hard winter [[this flu season]].", MON, ("DATE", "PRESENT_REF", "")),
    ("The CDC estimates 25,000 deaths in the [[2023-24]] flu season.", MON, ("DATE", "2023", "")),
    ("The first wave hit New York in [[spring 2020]].", datetime(2021, 3, 1), ("DATE", "2020-SP", "")),
    ("Seasonal flu kills thousands [[each year]].", MON, ("SET", "P1Y", "")),
    ("In [[the week]] ending Jan. 6, 5.8% of doctor visits were for flu-like illness.", MON, ("DATE", "2024-W01", "")),
    ("In the week ending [[Jan. 6]], 5.8% of doctor visits were for flu-like illness.", MON, ("DATE", "2024-01-06", "")),
    ("Flu activity has risen for [[six straight weeks]].", MON, ("DURATION", "P6W", "")),
    ("Hospitalizations were highest [[last week]] in the South.", MON, ("DATE", "2024-W01", "")),
    ("The updated shots will be available [[this fall]].", TUE, ("DATE", "2023-FA", "")),
    ("Pharmacies expect to start giving the shots [[later this month]].", TUE, ("DATE", "2023-09", "END")),
    ("Masks were required on buses until [[last spring]].", THU, ("DATE", "2024-SP", "")),
    ("Cases are at their highest level since [[last summer]].", THU, ("DATE", "2024-SU", "")),
    # --- pregnancy, survival, trials
    ("Doctors check the baby's anatomy at [[20 weeks]] of pregnancy.", FRI, ("DURATION", "P20W", "")),
    ("Most miscarriages happen in [[the first trimester]].", FRI, None),
    ("Median survival was [[18 months]] in the treatment group.", FRI, ("DURATION", "P18M", "")),
    ("The drug extended survival by about [[four months]].", FRI, ("DURATION", "P4M", "APPROX")),
    ("Patients were randomly assigned to a [[16-week]] course of therapy.", FRI, ("DURATION", "P16W", "")),
    ("The average hospital stay was [[4.5 days]].", FRI, ("DURATION", "P4DT12H", "")),
    ("Patients in intensive care for [[more than a week]] fared worst.", PAN, ("DURATION", "P1W", "MORE_THAN")),
    ("He has been on dialysis for [[the past three years]].", FRI, ("DURATION", "P3Y", "")),
    ("Doctors gave her [[six months]] to live.", FRI, ("DURATION", "P6M", "")),
    ("The boy had been sick for about [[a week]] before he was admitted.", THU, ("DURATION", "P1W", "APPROX")),
    ("Antivirals work best if started within [[72 hours]] of the first symptoms.", MON, ("DURATION", "PT72H", "")),
    ("The trial will keep enrolling patients through [[2027]].", FRI, ("DATE", "2027", "")),
    ("Full results will be presented at a meeting [[next month]].", FRI, ("DATE", "2024-06", "")),
    # --- approvals and regulators' calendars
    ("The FDA approved the drug [[Tuesday]] for adults with obesity.", TUE, ("DATE", "2023-09-12", "")),
    ("The FDA approved the drug for adults [[on Friday]].", TUE, None),
    ("The agency is expected to rule on the application by [[midyear]].", THU, ("DATE", "2025", "MID")),
    ("The company expects an approval decision [[early next year]].", FRI, ("DATE", "2025", "START")),
    ("The vaccine was authorized for emergency use on [[Dec. 11, 2020]].", THU, ("DATE", "2020-12-11", "")),
    ("An advisory panel will meet [[next Thursday]] to review the data.", TUE, ("DATE", "2023-09-14", "")),
    ("The surgeon general issued the advisory [[two years ago]].", THU, ("DATE", "2023", "")),
    ("The hospital will close its maternity ward at [[the end of the month]].", THU, ("DATE", "2025-02", "END")),
    # --- outbreaks
    ("The outbreak, first reported on [[Jan. 3]], has spread to three states.", THU, ("DATE", "2025-01-03", "")),
    ("The first case was confirmed in [[late January]].", THU, ("DATE", "2025-01", "END")),
    ("Cases have been climbing since [[mid-January]].", THU, ("DATE", "2025-01", "MID")),
    ("It is the worst measles outbreak in the state in [[three decades]].", THU, ("DURATION", "P30Y", "")),
    ("Measles was declared eliminated in the United States in [[2000]].", THU, ("DATE", "2000", "")),
    ("The country's last measles death was [[a decade ago]].", THU, ("DATE", "2015", "")),
    ("The girl was hospitalized on Dec. 28 and died [[four days later]].", MON, ("DATE", "2024-01-01", "")),
    ("The Ebola epidemic of [[2014-16]] killed more than 11,000 people.", THU, ("DATE", "2014", "")),
    ("The AIDS crisis of [[the 1980s]] reshaped gay activism.", AIDS, ("DATE", "198", "")),
    ("Activists marched in the capital on [[World AIDS Day]].", AIDS, ("DATE", "2024-12-01", "")),
    ("She died [[early Tuesday]] at a hospital in Boston.", THU, ("DATE", "2025-02-18", "START")),
    ("Hospital officials said [[Monday morning]] that the patient was stable.", MON, ("DATE", "2024-01-08TMO", "")),
    ("The ward reopened after a [[two-month]] closure.", THU, ("DURATION", "P2M", "")),
    # --- names and numbers that are no time
    ("Patients with Type [[2]] diabetes saw the largest benefit.", FRI, None),
    ("She was diagnosed with Stage [[4]] breast cancer.", FRI, None),
    ("He switched to Ozempic [[2]] mg last year.", FRI, None),
    ("A [[6-month-old]] baby was among the cases.", THU, None),
    ("Normal blood pressure is below [[120/80]].", FRI, None),
    ("The crisis hotline is staffed [[24/7]].", FRI, None),
    ("The [[March]] of Dimes funded the early polio research.", FRI, None),
    ("Daniel [[Day]]-Lewis visited the children's ward.", FRI, None),
    ("[[Day]] care centers reopened after the outbreak.", PAN, None),
    ("Nurses on the [[night]] shift reported more errors.", FRI, None),
    ("The [[morning]]-after pill is sold without a prescription.", FRI, None),
    ("Doctors [[may]] prescribe the drug off-label.", FRI, None),
    ("[[Seasonal]] flu is more dangerous for older adults.", MON, None),
    ("Results from [[week 12]] showed a 15% weight loss.", FRI, None),
    ("The virus belongs to clade [[1b]].", THU, None),
    ("The ICU is staffed [[around the clock]].", FRI, None),
    ("The [[three-dose]] series is recommended for teenagers.", FRI, None),
    # --- guards for the fixes (added after the first run)
    ("The tablets are taken [[twice-daily]] with meals.", FRI, ("SET", "P1D", "")),
    ("Residents get a [[three-times-a-week]] visit.", FRI, ("SET", "P1W", "")),
    ("The ministry will publish a [[mid-year]] review of the program.", THU, ("DATE", "2025", "MID")),
    ("Enrollment should finish by [[mid-2026]].", THU, ("DATE", "2026", "MID")),
    ("Fewer children died [[last flu season]] than the year before.", MON, ("DATE", "PAST_REF", "")),
    ("Forecasters expect [[the coming hurricane season]] to be busy.", datetime(2024, 5, 23), ("DATE", "FUTURE_REF", "")),
    ("He caught measles in 2019 and pneumonia [[that flu season]].", MON, None),
    ("[[Flu season]] brings crowded waiting rooms.", MON, None),
    ("She had a cough for about [[two weeks]] before she saw a doctor.", MON, ("DURATION", "P2W", "APPROX")),
    ("[[About an hour]] after the injection, he collapsed.", MON, ("DURATION", "PT1H", "APPROX")),
    ("The WHO released the report on [[World Health Day]].", datetime(2024, 4, 8), ("DATE", "2024-04-07", "")),
    ("Clinics offer free tests on [[World TB Day]].", datetime(2025, 3, 10), ("DATE", "2025-03-24", "")),
    ("The [[World Health]] Organization declared an emergency.", THU, None),
    # --- second pass (written before running, after the fixes)
    ("The outbreak was declared over [[42 days]] after the last patient recovered.", THU, ("DURATION", "P42D", "")),
    ("The CDC reported the case on [[Friday afternoon]].", THU, ("DATE", "2025-02-14TAF", "")),
    ("Patients were seen within [[48 hours]] of referral.", FRI, ("DURATION", "PT48H", "")),
    ("The drug's main patent expires in [[2031]].", FRI, ("DATE", "2031", "")),
    ("The baby was born [[eight weeks]] early.", FRI, ("DURATION", "P8W", "")),
    ("She has been cancer-free for [[a decade]].", FRI, ("DURATION", "P10Y", "")),
    ("The vaccine is given in two doses [[three weeks]] apart.", PAN, ("DURATION", "P3W", "")),
    ("The drug must be taken on an empty stomach [[every morning]].", FRI, ("SET", "XXXX-XX-XXTMO", "")),
    ("The CDC's Morbidity and Mortality [[Weekly]] Report published the data.", FRI, None),
    ("[[Tuesday]]'s approval came after years of delays.", TUE, ("DATE", "2023-09-12", "")),
    ("[[Monthly]] infusions slowed the disease.", FRI, ("SET", "P1M", "")),
    ("Life expectancy has returned to [[pre-pandemic]] levels.", THU, None),
    ("Emergency rooms have been full since [[Christmas]].", MON, ("DATE", "2023-12-25", "")),
]
