"""Genre battery: science, health, medicine, climate and technology-research news, 2010-2025 (science), in the form of
``temporal_cases.py``.

Own phrasings in the style of wire and newspaper science desks: journal publication days ("the study, published
Tuesday in the journal ..."), follow-up periods and trial lengths ("followed for 10 years", "a 12-week trial", "a
median follow-up of 7.5 years"), dosing and screening schedules ("once daily", "every six months", "every other
day"), lab time spans ("48 hours after infection"), climate targets and baselines ("by 2050", "midcentury", "the
1991-2020 average", "later this century"; "pre-industrial times" and "the pandemic" are no timexes), deep time ("66
million years ago": no ISO 8601 year at that granularity, so a past reference), space missions (launch windows,
clock times with US zones, orbits and returns "every 76 years") and names and numbers that are no time: ages of
people ("a 45-year-old", "younger than six months", as ``temporal_cases.py`` leaves "his 6-year-old son"
untagged), virus and mission names ("COVID-19", "H5N1", "Mars 2020", "COP28"), trial phases and days ("Phase 3",
"day 28"), versions and distances ("Python 3.12", "13 billion light-years").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

WED = datetime(2023, 6, 14)  # a Wednesday, a journal embargo day
ECL = datetime(2024, 4, 8)  # a Monday, the day of the North American total eclipse
MAR = datetime(2024, 3, 25)  # a Monday, two weeks before the eclipse
FRI = datetime(2024, 9, 20)  # a Friday, before a launch window
HOT = datetime(2023, 7, 5)  # a Wednesday, a record-heat week
ROV = datetime(2021, 2, 19)  # a Friday, the day after a Mars landing
PAN = datetime(2020, 3, 20)  # a Friday, early in the pandemic
THU = datetime(2025, 1, 9)  # a Thursday, annual climate reports
JUL = datetime(2024, 7, 11)  # a Thursday
COP = datetime(2023, 11, 30)  # a Thursday, the opening of COP28
MAY = datetime(2022, 5, 4)  # a Wednesday
TUE = datetime(2025, 3, 18)  # a Tuesday, astronauts coming home

CASES: list[Case] = [
    # --- publication days and journal issues
    ("The study, published [[Tuesday]] in the journal Nature, tracked 2,000 children.", WED, ("DATE", "2023-06-13", "")),
    ("The findings were published [[Wednesday]] in The Lancet.", WED, ("DATE", "2023-06-14", "")),
    ("The results will be presented [[Saturday]] at a cardiology meeting in Amsterdam.", WED, ("DATE", "2023-06-17", "")),
    ("The report, released [[Monday]] by the World Meteorological Organization, was grim.", THU, ("DATE", "2025-01-06", "")),
    ("The paper appeared in the [[Jan. 4]] issue of Science.", THU, ("DATE", "2025-01-04", "")),
    ("The preprint was posted online [[earlier this month]].", JUL, ("DATE", "2024-07", "START")),
    ("The work was first described in a paper in [[May 2021]].", MAY, ("DATE", "2021-05", "")),
    ("The embargo lifts at [[11 a.m. ET Wednesday]].", WED, ("TIME", "2023-06-14T11:00", "")),
    # --- follow-up periods, trial lengths, lab time spans
    ("Researchers followed 5,000 patients for [[10 years]].", WED, ("DURATION", "P10Y", "")),
    ("The volunteers were enrolled in a [[10-year]] trial.", WED, ("DURATION", "P10Y", "")),
    ("After a median follow-up of [[7.5 years]], deaths were 20% lower.", WED, ("DURATION", "P7Y6M", "")),
    ("Participants took the drug or a placebo for [[52 weeks]].", WED, ("DURATION", "P52W", "")),
    ("The [[12-week]] study enrolled 300 adults with obesity.", WED, ("DURATION", "P12W", "")),
    ("Viral loads peaked [[48 hours]] after infection.", WED, ("DURATION", "PT48H", "")),
    ("Cells were incubated for [[30 minutes]] before imaging.", WED, ("DURATION", "PT30M", "")),
    ("The drug has a half-life of about [[12 hours]].", WED, ("DURATION", "PT12H", "APPROX")),
    ("Carbon-14 has a half-life of [[5,730 years]].", WED, ("DURATION", "P5730Y", "")),
    ("Patients were checked again at [[six months]].", WED, ("DURATION", "P6M", "")),
    ("The [[five-year]] survival rate rose to 68%.", WED, ("DURATION", "P5Y", "")),
    ("Life expectancy fell by [[1.5 years]] during the crisis.", WED, ("DURATION", "P1Y6M", "")),
    ("Symptoms appear [[two to 14 days]] after exposure.", PAN, ("DURATION", "PXD", "")),
    ("The incubation period is about [[five days]].", PAN, ("DURATION", "P5D", "APPROX")),
    ("Patients should stay home for [[no more than 10 days]].", PAN, ("DURATION", "P10D", "EQUAL_OR_LESS")),
    ("Adults should get a booster [[six months]] after the second dose.", MAY, ("DURATION", "P6M", "")),
    ("Most deaths occurred in [[the first 24 hours]].", WED, ("DURATION", "PT24H", "")),
    ("Nutrition matters most in [[the first 1,000 days]] of life.", WED, ("DURATION", "P1000D", "")),
    ("Over [[the 20-year]] follow-up, 412 people developed dementia.", WED, None),
    ("Over the [[20-year]] follow-up, 412 people developed dementia.", WED, ("DURATION", "P20Y", "")),
    ("The model estimates a person's [[10-year]] risk of a heart attack.", WED, ("DURATION", "P10Y", "")),
    ("Hospitalizations have fallen for [[three straight weeks]].", MAY, ("DURATION", "P3W", "")),
    ("Doctors expect a vaccine [[within weeks]].", PAN, None),
    ("Doctors expect a vaccine within [[weeks]].", PAN, ("DURATION", "PXW", "")),
    # --- dosing, screening and other schedules
    ("The pill is taken [[once daily]] with food.", WED, ("SET", "P1D", "")),
    ("Patients receive an infusion [[every six months]].", WED, ("SET", "P6M", "")),
    ("The mice were given the compound [[every other day]].", WED, ("SET", "P2D", "")),
    ("Colonoscopy screening is advised [[every 10 years]].", WED, ("SET", "P10Y", "")),
    ("Volunteers exercised [[three times a week]].", WED, ("SET", "P1W", "")),
    ("Guidelines call for [[150 minutes a week]] of moderate exercise.", WED, ("SET", "P1W", "")),
    ("Participants slept [[seven hours a night]] on average.", WED, ("SET", "P1D", "")),
    ("Blood sugar was measured [[hourly]].", WED, ("SET", "PT1H", "")),
    ("The shots are given [[monthly]].", WED, ("SET", "P1M", "")),
    ("Booster shots may be needed [[every three to four weeks]].", WED, ("SET", "PXW", "")),
    ("[[Each morning]], nurses took the patients' temperatures.", WED, ("SET", "XXXX-XX-XXTMO", "")),
    # --- climate: targets, baselines, records
    ("The country pledged to reach net zero by [[2050]].", COP, ("DATE", "2050", "")),
    ("Sea levels could rise a meter by [[2100]].", COP, ("DATE", "2100", "")),
    ("Emissions must fall 43% by 2030 from [[2019]] levels.", COP, ("DATE", "2019", "")),
    ("The world has warmed 1.2C since [[pre-industrial times]].", COP, None),
    ("Warming could reach 2.7C by [[the end of this century]].", COP, ("DATE", "20", "END")),
    ("Heat waves will grow more frequent [[later this century]].", COP, ("DATE", "20", "END")),
    ("The goal is to halve emissions by [[midcentury]].", COP, ("DATE", "20", "MID")),
    ("Warming will accelerate in [[the first half of the century]].", COP, ("DATE", "20", "START")),
    ("Droughts will worsen in [[the coming decades]].", COP, ("DATE", "FUTURE_REF", "")),
    ("Glaciers shrank faster in [[the 21st century]] than in the 20th.", COP, ("DATE", "20", "")),
    ("Plastic pollution is a [[21st-century]] problem.", COP, ("DATE", "20", "")),
    ("Temperatures have risen sharply over [[the past two decades]].", COP, ("DURATION", "P20Y", "")),
    ("Ice loss has quadrupled since [[the 1990s]].", COP, ("DATE", "199", "")),
    ("The ozone layer should recover by [[the 2060s]].", COP, ("DATE", "206", "")),
    ("Last month was 1.5C above the [[1991-2020]] average.", THU, ("DATE", "1991", "")),
    ("[[2024]] was the hottest year on record, the agency said.", THU, ("DATE", "2024", "")),
    ("2024 was [[the hottest year]] on record, the agency said.", THU, None),
    ("It was the warmest year since records began in [[1850]].", THU, ("DATE", "1850", "")),
    ("It was the warmest [[June]] on record.", JUL, ("DATE", "2024-06", "")),
    ("The global average temperature hit 17.01C on [[Monday]].", HOT, ("DATE", "2023-07-03", "")),
    ("Record heat has persisted for [[13 consecutive months]].", JUL, ("DURATION", "P13M", "")),
    ("Ice cores record carbon dioxide levels over [[the past 800,000 years]].", COP, ("DURATION", "P800000Y", "")),
    ("The Earth has warmed about 1.3C since [[the late 19th century]].", COP, ("DATE", "18", "END")),
    ("Delegates gathered in Dubai for COP[[28]].", COP, None),
    ("The [[2015]] Paris Agreement set a 1.5C goal.", COP, ("DATE", "2015", "")),
    ("The reef has bleached four times in [[the past decade]].", COP, ("DURATION", "P10Y", "")),
    ("The region's rainy season arrives [[each spring]].", COP, ("SET", "XXXX-SP", "")),
    # --- deep time: no ISO year at the granularity of millions of years, a past reference
    ("An asteroid wiped out the dinosaurs [[66 million years ago]].", COP, ("DATE", "PAST_REF", "")),
    # "about" stays inside a count back and sets the mod, as in "[[about three months ago]]"
    ("Lucy lived [[about 3.2 million years ago]].", COP, ("DATE", "PAST_REF", "APPROX")),
    ("The Earth formed [[4.5 billion years ago]].", COP, ("DATE", "PAST_REF", "")),
    ("The dinosaurs ruled for [[165 million years]].", COP, ("DURATION", "P165000000Y", "")),
    ("Archaeologists opened the [[4,000-year-old]] tomb.", COP, ("DURATION", "P4000Y", "")),
    ("The galaxy lies [[13 billion light-years]] away.", COP, None),
    ("The star is about 40 [[light-years]] from Earth.", COP, None),
    # --- health and medicine: the pandemic, outbreaks, approvals
    ("Hospitals struggled during [[the pandemic]].", MAY, None),
    ("Deaths have outnumbered births since [[early 2020]].", MAY, ("DATE", "2020", "START")),
    ("Scientists first called it the [[2019]] novel coronavirus.", PAN, ("DATE", "2019", "")),
    ("Nearly 7 million people have died of COVID-[[19]].", MAY, None),
    ("The virus, SARS-CoV-[[2]], spreads through the air.", MAY, None),
    ("The [[H5N1]] bird flu has spread to dairy cattle.", JUL, None),
    ("The [[2009]] H1N1 pandemic was milder than feared.", PAN, ("DATE", "2009", "")),
    ("The omicron wave peaked in [[the winter of 2021-22]].", MAY, ("DATE", "2021-WI", "")),
    ("Flu activity was high during the [[2022-23]] season.", JUL, ("DATE", "2022", "")),
    ("The FDA approved the vaccine in [[December]].", datetime(2021, 1, 12), ("DATE", "2020-12", "")),
    ("The agency is expected to decide by [[June 30]].", MAY, ("DATE", "2022-06-30", "")),
    ("Enrollment began in [[the fall of 2022]].", JUL, ("DATE", "2022-FA", "")),
    ("[[Phase 3]] results are due later this year.", JUL, None),
    ("Phase 3 results are due [[later this year]].", JUL, ("DATE", "2024", "END")),
    ("Antibody levels were measured on [[day 28]].", WED, None),
    # --- ages: no timex
    ("A [[45-year-old]] was admitted to the hospital.", WED, None),
    ("Infants younger than [[six months]] cannot get the shot.", WED, None),
    ("Adults [[over 50]] should get the shingles vaccine.", WED, None),
    ("The trial enrolled people [[65 and older]].", WED, None),
    # --- space and astronomy
    ("The launch window opens [[Oct. 5]].", FRI, ("DATE", "2024-10-05", "")),
    ("Millions traveled to see the eclipse on [[April 8]].", MAR, ("DATE", "2024-04-08", "")),
    ("Totality begins in Dallas at [[1:40 p.m. CDT]].", ECL, ("TIME", "2024-04-08T13:40", "")),
    ("The moon fully covered the sun at [[2:07 p.m. EDT]].", ECL, ("TIME", "2024-04-08T14:07", "")),
    # "up to" is inside the extent, as in "[[up to 20 years]]" (temporal_cases_desks.py)
    ("Totality will last [[up to 4 minutes 28 seconds]].", MAR, ("DURATION", "PT4M28S", "EQUAL_OR_LESS")),
    ("The next such eclipse in the contiguous U.S. will come in [[2044]].", ECL, ("DATE", "2044", "")),
    # a clock time and the day right after it are one timex, as "7:30 p.m. ET Friday" is
    ("The capsule splashed down at [[5:57 p.m. EDT Tuesday]].", TUE, ("TIME", "2025-03-18T17:57", "")),
    ("The two astronauts spent [[286 days]] in space.", TUE, ("DURATION", "P286D", "")),
    ("The rover touched down on Mars on [[Thursday]].", ROV, ("DATE", "2021-02-18", "")),
    ("NASA's Mars [[2020]] mission carried a small helicopter.", ROV, None),
    ("The rover landed on Feb. 18. [[The next day]], it sent back color images.", ROV, ("DATE", "2021-02-19", "")),
    ("The probe launched in 2006 and flew past Pluto [[nine years later]].", ROV, ("DATE", "2015", "")),
    ("The telescope launched on [[Christmas Day 2021]].", JUL, ("DATE", "2021-12-25", "")),
    ("The launch is now set for no earlier than [[Thursday]].", FRI, ("DATE", "2024-09-26", "")),
    ("The station circles the Earth [[every 90 minutes]].", FRI, ("SET", "PT90M", "")),
    ("Halley's comet returns [[every 76 years]].", FRI, ("SET", "P76Y", "")),
    ("Solar activity rises and falls over an [[11-year]] cycle.", FRI, ("DURATION", "P11Y", "")),
    ("The asteroid will pass close to Earth on [[April 13, 2029]].", FRI, ("DATE", "2029-04-13", "")),
    ("The station will be brought down [[in 2030]].", FRI, None),
    # --- technology research: versions and names that look like numbers of time
    ("Researchers ran the code in Python [[3.12]].", FRI, None),
    ("Carriers are rolling out [[5G]] networks.", FRI, None),
    ("The [[2024]] Nobel Prize in Physics went to two AI pioneers.", datetime(2024, 10, 9), ("DATE", "2024", "")),
    ("The lab trained the model on data collected between [[2010]] and 2019.", FRI, ("DATE", "2010", "")),
    ("The lab trained the model on data collected between 2010 and [[2019]].", FRI, ("DATE", "2019", "")),
    ("Quantum computers may break today's encryption [[within a decade]].", FRI, None),
    ("Quantum computers may break today's encryption within [[a decade]].", FRI, ("DURATION", "P10Y", "")),
    # --- guards for the fixes (added after the first run)
    ("The town was founded [[3,000 years ago]].", COP, ("DATE", "BC0978", "")),
    ("Ice sheets have existed for [[10,000 years]].", COP, ("DURATION", "P10000Y", "")),
    ("About [[2100]] people attended the talk.", COP, None),
    ("Warming could pass 3C by [[2080]].", COP, ("DATE", "2080", "")),
    ("[[2023]] is the warmest year on record.", COP, ("DATE", "2023", "")),
    ("The [[100-year-old]] woman got her booster.", COP, None),
    ("Patients older than [[65 years]] were excluded.", COP, None),
    ("Tourists visit the [[200-year-old]] oak.", COP, ("DURATION", "P200Y", "")),
    ("Emissions rose in [[the second half of the 20th century]].", COP, ("DATE", "19", "END")),
    ("Lab budgets shrank in [[the last half of the '80s]].", COP, ("DATE", "198", "END")),
    ("Earnings doubled in [[the first half of the year]].", COP, ("DATE", "2023-H1", "")),
    ("The trial ran [[two or three days]] after the dose.", COP, ("DURATION", "PXD", "")),
    # --- second pass (written before running, after the fixes): all passed as written
    ("The vaccine's protection wanes after [[four to six months]].", WED, ("DURATION", "PXM", "")),
    ("The patients were followed for [[a median of 5.4 years]].", WED, None),
    ("The eruption [[74,000 years ago]] cooled the planet.", COP, ("DATE", "PAST_REF", "")),
    ("The reactor sustained the plasma for [[1,066 seconds]].", COP, ("DURATION", "PT1066S", "")),
    ("The experiment lasted [[2.5 seconds]].", COP, ("DURATION", "PT2.5S", "")),
    ("Temperatures in [[the 12 months]] to October averaged 1.3C above the baseline.", COP, ("DURATION", "P12M", "")),
    ("Measles cases this year already exceed [[2019]]'s total.", COP, ("DATE", "2019", "")),
    ("Sunscreen should be reapplied [[every two hours]].", COP, ("SET", "PT2H", "")),
    ("The CDC recommends a flu shot [[every fall]].", COP, ("SET", "XXXX-FA", "")),
    ("The outbreak began in [[late 2019]] in Wuhan.", COP, ("DATE", "2019", "END")),
    ("Children [[under 5]] are most at risk.", COP, None),
    ("The [[two-dose]] vaccine was approved.", COP, None),
    ("The study's participants were in their [[70s]].", COP, None),
    ("The lander touched down at [[6:23 p.m. ET]] on Thursday.", datetime(2024, 2, 23), ("TIME", "2024-02-22T18:23", "")),
]
