"""Genre battery: court, legal and crime-procedure reporting (courts), in the form of ``temporal_cases.py``.

Own phrasings of sentencing copy ("25 years to life", "10 to 15 years", "three years' probation", "22 months in
prison"; "life" and "time served" are no timex), court calendars ("sentencing is scheduled for March 3", "the trial
begins Monday", "the court's October term", "the ruling, issued late Friday", "no later than Dec. 15", "by the end
of the week"), deliberations and deadlines ("14 hours over three days", "a six-year statute of limitations", "a
48-hour hold"), charging language ("between 2015 and 2018", "on or about May 5, 2021", "for nearly a decade") and
legal numbers that are no time ("Section 1001", "Rule 11", "Chapter 11", "Count 3", "Case No. 2023-CV-1142", "Docket
No. 21-476", "a 5-4 decision", "the 1st Circuit", "second-degree murder", judges named April).
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

WED = datetime(2025, 3, 12)  # a Wednesday
FRI = datetime(2025, 3, 14)  # a Friday
DEC24 = datetime(2024, 12, 10)  # a Tuesday
JAN25 = datetime(2025, 1, 15)  # a Wednesday
NOV25 = datetime(2025, 11, 20)  # a Thursday
SEP25 = datetime(2025, 9, 10)  # a Wednesday
JUN25 = datetime(2025, 6, 2)  # a Monday, the Supreme Court's last month of the term

CASES: list[Case] = [
    # --- sentences: a counted span is a DURATION; "life" and "time served" are no timex
    ("He was sentenced to [[25 years]] to life in prison.", WED, ("DURATION", "P25Y", "")),
    ("He was sentenced to 25 years to [[life]] in prison.", WED, None),
    ("She faces [[10 to 15 years]] in prison.", WED, ("DURATION", "PXY", "")),
    ("He was sentenced to [[22 months]] in prison.", WED, ("DURATION", "P22M", "")),
    ("She received [[three years]]' probation.", WED, ("DURATION", "P3Y", "")),
    ("He was sentenced to time served and [[two years]] of supervised release.", WED, ("DURATION", "P2Y", "")),
    ("He was sentenced to [[time served]] and two years of supervised release.", WED, None),
    ("Police placed him on a [[48-hour]] psychiatric hold.", WED, ("DURATION", "PT48H", "")),
    ("He will be eligible for parole after [[20 years]].", WED, ("DURATION", "P20Y", "")),
    ("He was sentenced to [[life]] without the possibility of parole.", WED, None),
    # the federal sentence "a year and a day" is one span, as "three years and six months" is
    ("He was sentenced to [[a year and a day]] in prison.", WED, ("DURATION", "P1Y1D", "")),
    ("He spent [[four decades]] on death row.", WED, ("DURATION", "P40Y", "")),
    ("He was released three years into a [[seven-year]] sentence.", WED, ("DURATION", "P7Y", "")),
    ("He was released [[three years]] into a seven-year sentence.", WED, ("DURATION", "P3Y", "")),
    ("He is serving a [[15-year]] term for fraud.", WED, ("DURATION", "P15Y", "")),
    ("He served [[nine years]] before DNA evidence cleared him.", WED, ("DURATION", "P9Y", "")),
    ("She was ordered to stay away from the victim for [[five years]].", WED, ("DURATION", "P5Y", "")),
    ("A restraining order remains in effect for [[one year]].", WED, ("DURATION", "P1Y", "")),
    ("The judge sentenced him to [[six months]] in county jail.", WED, ("DURATION", "P6M", "")),
    # --- court calendars: hearings, trials, sentencings
    ("A hearing is set for [[Jan. 12]].", DEC24, ("DATE", "2025-01-12", "")),
    ("Sentencing is scheduled for [[March 3]].", JAN25, ("DATE", "2025-03-03", "")),
    ("The trial begins [[Monday]].", WED, ("DATE", "2025-03-17", "")),
    ("The defendant is due back in court on [[April 2]].", WED, ("DATE", "2025-04-02", "")),
    ("A judge set bail at $1 million at a hearing [[Thursday]].", WED, ("DATE", "2025-03-06", "")),
    ("The Supreme Court declined [[Monday]] to hear the appeal.", WED, ("DATE", "2025-03-10", "")),
    ("The justices heard arguments in [[November]].", WED, ("DATE", "2024-11", "")),
    ("The case will be argued in the court's [[October]] term.", JUN25, ("DATE", "2025-10", "")),
    ("The ruling, issued [[late Friday]], blocked the policy.", WED, ("DATE", "2025-03-07", "END")),
    ("The [[Aug. 4]] ruling blocked the law.", SEP25, ("DATE", "2025-08-04", "")),
    ("The appeal, filed [[last month]], is still pending.", WED, ("DATE", "2025-02", "")),
    ("The filing deadline is [[5 p.m. Eastern]] on Dec. 1.", NOV25, ("TIME", "2025-12-01T17:00", "")),
    ("The filing deadline is 5 p.m. Eastern on [[Dec. 1]].", NOV25, ("DATE", "2025-12-01", "")),
    ("Motions must be filed no later than [[Dec. 15]].", NOV25, ("DATE", "2025-12-15", "")),
    ("The judge is expected to rule by [[the end of the week]].", WED, ("DATE", "2025-W11", "END")),
    ("The judge gave the parties until [[Friday]] to reach a deal.", WED, ("DATE", "2025-03-14", "")),
    ("The district attorney has until [[the end of the month]] to decide.", WED, ("DATE", "2025-03", "END")),
    ("The court will issue its decision in [[the coming weeks]].", WED, ("DATE", "FUTURE_REF", "")),
    ("A ruling is expected by [[summer]].", WED, ("DATE", "2025-SU", "")),
    ("The Supreme Court's term ends in [[late June]].", WED, ("DATE", "2025-06", "END")),
    ("The trial was pushed back to [[next year]].", WED, ("DATE", "2026", "")),
    ("The court will release opinions at [[10 a.m.]]", WED, ("TIME", "2025-03-12T10:00", "")),
    ("The verdict was read at [[4:12 p.m.]]", WED, ("TIME", "2025-03-12T16:12", "")),
    ("Closing arguments ended [[Tuesday afternoon]].", WED, ("DATE", "2025-03-11TAF", "")),
    ("He was released from custody [[Friday evening]].", WED, ("DATE", "2025-03-07TEV", "")),
    ("The execution is set for [[6 p.m.]] on Thursday.", WED, ("TIME", "2025-03-13T18:00", "")),
    ("The jury convicted him on Tuesday. [[The following morning]], he was taken to prison.", FRI, ("TIME", "2025-03-12TMO", "")),
    ("The execution was stayed [[hours]] before it was to be carried out.", WED, ("DATE", "XXXX-XX-XX", "BEFORE")),
    # --- court calendars looking ahead: "slated", "pending a hearing", "continued to", "to appear", "faces
    # arraignment", "set the trial for"; and guards that stay in the past
    ("He was ordered held pending a [[Jan. 12]] hearing.", WED, ("DATE", "2026-01-12", "")),
    ("He is being held pending trial in [[January]].", WED, ("DATE", "2026-01", "")),
    ("The retrial is slated for [[January]].", WED, ("DATE", "2026-01", "")),
    ("A status hearing is slated for [[Jan. 8]].", WED, ("DATE", "2026-01-08", "")),
    ("The arraignment was continued to [[Jan. 2]].", WED, ("DATE", "2026-01-02", "")),
    ("She was bailed to appear at court on [[5 January]].", WED, ("DATE", "2026-01-05", "")),
    ("He faces arraignment [[Jan. 3]].", WED, ("DATE", "2026-01-03", "")),
    ("The judge set the trial for [[January]].", WED, ("DATE", "2026-01", "")),
    ("He failed to appear for a hearing on [[Jan. 5]].", WED, ("DATE", "2025-01-05", "")),
    ("The pending appeal was filed in [[January]].", WED, ("DATE", "2025-01", "")),
    ("The protests continued until [[January]].", WED, ("DATE", "2025-01", "")),
    ("The sentencing was pushed back to [[Jan. 18]].", WED, ("DATE", "2026-01-18", "")),
    ("The trial was moved to [[January]].", WED, ("DATE", "2026-01", "")),
    ("The family moved to Ohio in [[January]].", WED, ("DATE", "2025-01", "")),
    # "around" before a day is inside the extent, as TBAQ has it
    ("The sale is to be completed [[around Nov. 1]].", datetime(2025, 10, 20), ("DATE", "2025-11-01", "APPROX")),
    # --- deliberations, stays, deadlines, limitations
    ("The jury deliberated for [[14 hours]] over three days.", WED, ("DURATION", "PT14H", "")),
    ("The jury deliberated for 14 hours over [[three days]].", WED, ("DURATION", "P3D", "")),
    ("The jury returned its verdict after deliberating [[less than an hour]].", WED, ("DURATION", "PT1H", "LESS_THAN")),
    ("The trial is expected to last [[three weeks]].", WED, ("DURATION", "P3W", "")),
    ("The jury was sequestered for [[10 weeks]].", WED, ("DURATION", "P10W", "")),
    ("The judge called a [[15-minute]] recess.", WED, ("DURATION", "PT15M", "")),
    ("The appeals court extended the stay by [[60 days]].", WED, ("DURATION", "P60D", "")),
    ("The defense has [[a week]] to respond.", WED, ("DURATION", "P1W", "")),
    ("Prosecutors have [[30 days]] to decide whether to retry him.", WED, ("DURATION", "P30D", "")),
    ("The crime carries a [[six-year]] statute of limitations.", WED, ("DURATION", "P6Y", "")),
    ("He was on the run for [[more than two decades]].", WED, ("DURATION", "P20Y", "MORE_THAN")),
    ("The scheme ran for [[nearly a decade]], prosecutors say.", WED, ("DURATION", "P10Y", "LESS_THAN")),
    ("[[Two decades]] after the murder, police made an arrest.", WED, ("DURATION", "P20Y", "")),
    # --- charging language and case histories
    ("Between [[2015]] and 2018, prosecutors say, he stole $4 million.", WED, ("DATE", "2015", "")),
    ("Between 2015 and [[2018]], prosecutors say, he stole $4 million.", WED, ("DATE", "2018", "")),
    ("The theft occurred on or about [[May 5, 2021]], the indictment says.", WED, ("DATE", "2021-05-05", "APPROX")),
    ("The [[2021]] plea deal collapsed.", WED, ("DATE", "2021", "")),
    ("He has been held without bail since [[2022]].", WED, ("DATE", "2022", "")),
    ("He was arrested on [[June 14, 2023]], in Ohio.", WED, ("DATE", "2023-06-14", "")),
    ("The suit was filed in [[2020]] and dismissed two years later.", WED, ("DATE", "2020", "")),
    ("The suit was filed in 2020 and dismissed [[two years later]].", WED, ("DATE", "2022", "")),
    ("The crimes occurred in [[the early 1990s]].", WED, ("DATE", "199", "START")),
    ("He was paroled in [[the spring of 2019]].", WED, ("DATE", "2019-SP", "")),
    ("He was arrested in [[the summer of 2021]].", WED, ("DATE", "2021-SU", "")),
    ("The [[1966]] Miranda ruling requires police to warn suspects.", WED, ("DATE", "1966", "")),
    ("The Americans with Disabilities Act of [[1990]] bars such rules.", WED, ("DATE", "1990", "")),
    # a British statute's short title dates it as "the ... Act of 1990" does
    ("He was charged under the Terrorism Act [[2000]].", WED, ("DATE", "2000", "")),
    ("He was sectioned under the Mental Health Act [[1983]].", WED, ("DATE", "1983", "")),
    ("The case was adjourned to [[4 April]].", WED, ("DATE", "2025-04-04", "")),
    ("The jury retired to consider its verdict at [[11.05am]] on Tuesday.", WED, ("TIME", "2025-03-11T11:05", "")),
    ("He was jailed for life with a minimum term of [[28 years]].", WED, ("DURATION", "P28Y", "")),
    ("He was found guilty [[earlier this year]].", WED, ("DATE", "2025", "START")),
    # --- sets: probation reporting, grand juries
    ("He must report to his probation officer [[monthly]].", WED, ("SET", "P1M", "")),
    ("The grand jury meets [[twice a month]].", WED, ("SET", "P1M", "")),
    ("The grand jury sits [[every Tuesday]].", WED, ("SET", "XXXX-WXX-2", "")),
    # --- legal numbers and names that are no time
    ("He was charged under Section [[1001]] with lying to agents.", WED, None),
    ("The lawyers faced Rule [[11]] sanctions.", WED, None),
    ("The chain filed for Chapter [[11]] protection on Monday.", WED, None),
    ("The chain filed for Chapter 11 protection on [[Monday]].", WED, ("DATE", "2025-03-10", "")),
    ("He was acquitted on Count [[3]] of the indictment.", WED, None),
    ("The suit, Case No. [[2023]]-CV-1142, was dismissed.", WED, None),
    ("The appeal, Docket No. [[21-476]], was argued last fall.", WED, None),
    ("The case, [[2:19]]-cv-01234, was reassigned to another judge.", WED, None),
    ("The hearing in case 1:21-cr-00175 began at [[2:19 p.m.]]", WED, ("TIME", "2025-03-12T14:19", "")),
    ("The justices ruled [[5-4]] in the case.", WED, None),
    ("The court issued a [[9-0]] ruling.", WED, None),
    ("He invoked the [[Fifth]] Amendment.", WED, None),
    ("The [[1st]] Circuit upheld the ruling.", WED, None),
    ("The [[2nd]] District Court of Appeal reversed the conviction.", WED, None),
    ("He pleaded guilty to [[second-degree]] murder.", WED, None),
    ("She was charged with [[first-degree]] murder.", WED, None),
    ("U.S. District Judge [[April]] Perry ruled Tuesday.", WED, None),
    ("[[Summer]] Lopez, 32, was charged with arson.", WED, None),
    ("A [[three-judge]] panel heard the appeal.", WED, None),
    # statute, bill and reporter citations; "the U.S. 2024 election" still dates
    ("The suit was brought under 42 U.S.C. [[1983]].", WED, None),
    ("The court cited Smith v. Jones, [[2023]] WL 4567.", WED, None),
    ("The opinion, [[2024]] U.S. Dist. LEXIS 12, was unpublished.", WED, None),
    ("Senators introduced S. [[2024]] last week.", WED, None),
    ("The House passed H.R. [[2024]] on a voice vote.", WED, None),
    ("The U.S. [[2024]] election drew record turnout.", WED, ("DATE", "2024", "")),
    # case and evidence numbers that open with a year, and street numbers; a plan named after its year still dates
    ("The suit, [[2023]]-CV-1142, was dismissed.", WED, None),
    ("The gun was logged as evidence item [[2019]]-0456.", WED, None),
    ("The shooting happened outside his home at [[2020]] Main St.", WED, None),
    ("The [[2024]] National Road Safety Strategy was published.", WED, ("DATE", "2024", "")),
    ("The [[2019-2020]] term was cut short by the pandemic.", WED, ("DATE", "2019", "")),
    ("He was tried [[twice]] for the killing.", WED, None),
    ("A mistrial was declared on [[the fifth day]] of deliberations.", WED, None),
    ("The hearing was postponed [[indefinitely]].", WED, None),
]
