"""Temporal cases: the reference time in multi-sentence news narratives.

Own phrasings of reconstructions (how an event unfolded, a court case's history, a hostage crisis day by day, a
company's turbulent year, an investigation's timeline): one marked expression whose value depends on the dates
named before it ("the following morning", "a week earlier", "earlier that month", "the following Tuesday", "that
weekend", "on the third day", "by then"), chains of anaphors, and narratives that return to the present ("... in
2016. On Monday, prosecutors said ...": the article's week).  Traps: a date in an aside, a quotation or a
subordinate "since"/"after" clause is background, not the time the story goes on from; a year named after the
day of today's news does not move "the next day"; a bare month after a month of another year continues that
history ("In March 2019 ... By May"), a bare weekday after a bare year does not ("In 2019 ... On Tuesday").
"""

from __future__ import annotations

from datetime import datetime

from tests.temporal_cases import Case

THU = datetime(2025, 3, 13)  # a Thursday, ISO week 11
WED = datetime(2024, 11, 20)  # a Wednesday
HOST = datetime(2023, 12, 4)  # a Monday, after a hostage crisis in the autumn

CASES: list[Case] = [
    # --- a court case's history: anaphors count from the last date the story named
    ("Smith was charged on Jan. 9, 2023. [[The following month]], he pleaded not guilty.", THU, ("DATE", "2023-02", "")),
    ("The jury retired on Oct. 3, 2022. It returned its verdict [[two days later]].", THU, ("DATE", "2022-10-05", "")),
    ("The appeal was heard on June 14, 2023. The judges ruled [[a week later]].", THU, ("DATE", "2023-W25", "")),
    ("He was convicted in March 2019. [[That year]], he lost his law licence.", THU, ("DATE", "2019", "")),
    ("The trial opened on April 2, 2019. [[Three weeks later]], the defence rested.", THU, ("DATE", "2019-W17", "")),
    ("She was sentenced on Sept. 12, 2022. [[Ten days later]], she lodged an appeal.", THU, ("DATE", "2022-09-22", "")),
    ("The verdict came on Nov. 6, 2018. [[Six months later]], the conviction was quashed.", THU, ("DATE", "2019-05", "")),
    ("The retrial began on Feb. 24, 2022. [[A month earlier]], a key witness had died.", THU, ("DATE", "2022-01", "")),
    ("The judge recused himself on May 3, 2021. [[The previous week]], he had met the defendant.", THU, ("DATE", "2021-W17", "")),
    ("The trial collapsed on July 14, 2022. [[Earlier that month]], a juror had been dismissed.", THU, ("DATE", "2022-07", "START")),
    ("The trial collapsed on July 14, 2022. Prosecutors vowed to retry him [[later that month]].", THU, ("DATE", "2022-07", "END")),
    ("The hearing was adjourned on Sept. 26, 2019. [[That afternoon]], the defendant fled.", THU, ("TIME", "2019-09-26TAF", "")),
    ("The hearing was adjourned on Sept. 26, 2019. [[The previous evening]], his lawyer had quit.", THU, ("TIME", "2019-09-25TEV", "")),
    # a bare month after a month of another year goes on with that history
    ("In March 2019 the trial opened. By [[May]], the defence had called 40 witnesses.", THU, ("DATE", "2019-05", "")),
    ("The inquiry opened in September 2020. In [[December]], its chairman stepped down.", THU, ("DATE", "2020-12", "")),
    # ... but a bare weekday after a past year is the article's week: the story has returned to the news
    ("The indictment came in 2019. On [[Tuesday]], a judge set a trial date.", THU, ("DATE", "2025-03-11", "")),
    ("Prosecutors filed charges in 2016. On [[Monday]], they said the case would be dropped.", THU, ("DATE", "2025-03-10", "")),
    ("Gomez was arrested in 2016. [[Last week]], an appeals court freed him.", THU, ("DATE", "2025-W10", "")),
    ("He was first tried in 2014. [[This year]], the case returns to court.", THU, ("DATE", "2025", "")),
    ("He was first tried in 2014. [[Today]], he walked free.", THU, ("DATE", "2025-03-13", "")),
    ("A court on Tuesday freed a man jailed over the 2011 riots. He was convicted [[the following year]].", THU, ("DATE", "2012", "")),
    ("The court on Tuesday freed a man convicted in 2012. [[The next day]], he gave his first interview.", THU, ("DATE", "2025-03-12", "")),
    ("Prosecutors on Monday reopened a case from 2009. [[That year]], two hikers vanished.", THU, ("DATE", "2009", "")),
    # --- a hostage crisis day by day
    ("Gunmen seized the school on Sept. 1, 2004. [[The following morning]], they freed 26 mothers.", THU, ("TIME", "2004-09-02TMO", "")),
    ("Gunmen seized the school on Sept. 1, 2004. [[That night]], negotiators made contact.", THU, ("TIME", "2004-09-01TNI", "")),
    ("Gunmen seized the school on Sept. 1, 2004. [[Two days later]], troops stormed it.", THU, ("DATE", "2004-09-03", "")),
    ("The hijacked jet landed in Kandahar on Dec. 25, 1999. [[Within hours]], it was surrounded.", THU, None),
    ("The hijacked jet landed in Kandahar on Dec. 25, 1999. Within [[hours]], it was surrounded.", THU, ("DURATION", "PTXH", "")),
    ("The siege began on Friday, Oct. 4, 2024. [[That weekend]], talks went nowhere.", THU, ("DATE", "2024-W40-WE", "")),
    ("The siege began on Friday, Oct. 4, 2024. [[The following weekend]], the last captives were freed.", THU, ("DATE", "2024-W41-WE", "")),
    ("The plane was seized on Thursday, Dec. 24, 2009. [[The following Tuesday]], the crew was freed.", THU, ("DATE", "2009-12-29", "")),
    ("The plane was seized on Thursday, Dec. 24, 2009. [[The previous Sunday]], the gang had met in a hotel.", THU, ("DATE", "2009-12-20", "")),
    ("The siege began on Monday, Oct. 7, 2024. [[That Friday]], the first hostages were freed.", THU, ("DATE", "2024-10-11", "")),
    ("Police sealed the town on Friday, Oct. 4, 2024. [[That Monday]], schools stayed shut.", THU, ("DATE", "2024-10-07", "")),
    ("The crisis began on Oct. 7. [[The next afternoon]], the first video appeared.", HOST, ("TIME", "2023-10-08TAF", "")),
    ("The hostages were freed late on Nov. 24. [[The following morning]], they were flown home.", HOST, ("TIME", "2023-11-25TMO", "")),
    ("The truce took hold on Nov. 24. By [[then]], 50 days had passed.", HOST, ("DATE", "2023-11-24", "")),
    ("The truce took hold on Nov. 24. [[Early the next day]], a second exchange began.", HOST, ("DATE", "2023-11-25", "START")),
    ("The truce took hold on Nov. 24. [[Late that night]], the first buses crossed.", HOST, ("TIME", "2023-11-24TNI", "END")),
    # a chain: each anaphor goes on from the date the one before it gave
    ("The truce took hold on Nov. 24. Two days later, a third group was freed. [[The next day]], talks stalled.", HOST, ("DATE", "2023-11-27", "")),
    ("The storm made landfall on Sept. 26. Two days later, the levee failed. [[That evening]], the town flooded.", WED, ("TIME", "2024-09-28TEV", "")),
    ("The raid came on March 2, 2020. A week later, the suspect fled. [[The following month]], he was caught.", THU, ("DATE", "2020-04", "")),
    # --- a company's turbulent year
    ("In January 2022, the chief executive quit. By [[then]], the shares had halved.", THU, ("DATE", "2022-01", "")),
    ("The firm filed for bankruptcy on July 14, 2022. [[The week before]], its lenders had pulled out.", THU, ("DATE", "2022-W27", "")),
    ("The board fired the chief executive on Friday, Nov. 17, 2023. [[That weekend]], investors pushed to reinstate him.", THU, ("DATE", "2023-W46-WE", "")),
    ("The board fired the chief executive on Nov. 17, 2023. [[Five days later]], he was back.", THU, ("DATE", "2023-11-22", "")),
    ("Regulators raided the offices on March 8, 2024. [[The night before]], the finance chief had resigned.", THU, ("TIME", "2024-03-07TNI", "")),
    ("The plant closed on Oct. 12, 2023. [[The previous week]], workers had been told to stay home.", THU, ("DATE", "2023-W40", "")),
    ("The shares peaked in February 2021. By [[the end of the year]], they had lost 80%.", THU, ("DATE", "2021", "END")),
    ("The recall began in April 2023. [[That summer]], sales slumped.", THU, ("DATE", "2023-SU", "")),
    ("The merger closed in August 2008 (the bank had been founded in 1998). [[That autumn]], it nearly failed.", THU, ("DATE", "2008-FA", "")),
    ("The company went public on June 9, 2021. [[A year later]], its stock traded at a tenth of the price.", THU, ("DATE", "2022", "")),
    ("The company went public on June 9, 2021. [[A year earlier]], it had nearly run out of cash.", THU, ("DATE", "2020", "")),
    ("The startup went bust in May 2023. [[The previous autumn]], it had raised $40 million.", THU, ("DATE", "2022-FA", "")),
    ("The deal was signed on Thursday, Feb. 9, 2023. Earlier [[that week]], rivals had withdrawn.", THU, ("DATE", "2023-W06", "START")),
    # --- an investigation's timeline
    ("The student was last seen on Saturday, June 3, 2023. [[That afternoon]], she posted a photo.", THU, ("TIME", "2023-06-03TAF", "")),
    ("Detectives searched the flat on June 5, 2023. [[Two days earlier]], a neighbour had heard shouting.", THU, ("DATE", "2023-06-03", "")),
    ("Detectives searched the flat on June 5, 2023. [[The following Thursday]], they made an arrest.", THU, ("DATE", "2023-06-08", "")),
    ("The body was found on Dec. 2, 2021. [[The same week]], a man was questioned.", THU, ("DATE", "2021-W48", "")),
    ("The body was found on Dec. 2, 2021. [[A week earlier]], the victim had reported threats.", THU, ("DATE", "2021-W47", "")),
    ("The body was found on Dec. 2, 2021. An arrest followed [[the next month]].", THU, ("DATE", "2022-01", "")),
    ("The leak was discovered in February 2022. [[The previous year]], auditors had flagged the server.", THU, ("DATE", "2021", "")),
    ("The leak was discovered in February 2022. [[Weeks]] later, the minister resigned.", THU, ("DURATION", "PXW", "")),
    ("The fire started at 2:40 a.m. on Feb. 8, 2023. By [[noon]], the block was gutted.", THU, ("TIME", "2023-02-08T12:00", "")),
    ("The fire started on Feb. 8, 2023. [[A year later]], the tenants were still homeless.", THU, ("DATE", "2024", "")),
    # --- traps: a date in an aside is background; the anaphor goes on from the main clause
    ("The minister, who took office on March 1, resigned [[Tuesday]].", THU, ("DATE", "2025-03-11", "")),
    ("The minister, who took office on Jan. 6, resigned on Feb. 20. [[The next day]], the cabinet met.", THU, ("DATE", "2025-02-21", "")),
    ("In June 2021 the senator, who had been elected in November 2018, quit. [[That month]], polls slumped.", THU, ("DATE", "2021-06", "")),
    ("The ship, which had left port on Jan. 2, sank on Jan. 9, 2024. [[The following week]], divers found it.", THU, ("DATE", "2024-W03", "")),
    ("The mayor resigned on Feb. 20 — a month after she was re-elected on Jan. 19 — and the council met [[two days later]].", THU, ("DATE", "2025-02-22", "")),
    # ... in a quotation
    ('Voting ended on March 2. "We were promised results by March 4," an observer said. [[Two days later]], a winner was declared.', THU, ("DATE", "2025-03-04", "")),
    ('The dam gave way on April 3, 2013. "Nothing like it since 1953," a farmer said. [[That spring]], the valley was rebuilt.', THU, ("DATE", "2013-SP", "")),
    ('The vote was held on May 5, 2019. "The worst day since March 2, 2014," a monitor said. By [[then]], turnout had collapsed.', THU, ("DATE", "2019-05-05", "")),
    ("The judge, who was appointed in 2010, ruled on Oct. 3, 2022. [[The same day]], the defence appealed.", THU, ("DATE", "2022-10-03", "")),
    # ... in a subordinate "since" or "after" clause that follows the main clause's date
    ("The hostages were freed on Nov. 24, having been held since Oct. 7. [[The following day]], they met their families.", HOST, ("DATE", "2023-11-25", "")),
    ("Troops entered the town on April 9, 2022, three weeks after the siege began on March 19. [[The next day]], aid arrived.", THU, ("DATE", "2022-04-10", "")),
    ("Talks resumed on Nov. 22, seven weeks after the raid on Oct. 7. [[That evening]], four hostages were freed.", HOST, ("TIME", "2023-11-22TEV", "")),
    ("Rescuers reached the village on Feb. 8, 2023, two days after the quake struck on Feb. 6. [[The following morning]], aid trucks followed.", THU, ("TIME", "2023-02-09TMO", "")),
    # a day named without its year in the sentence of a dated day is of that day's year
    ("Troops entered the town on April 9, 2022, after the siege began on [[March 19]].", THU, ("DATE", "2022-03-19", "")),
    ("The law was passed on Dec. 20, 2021, and took effect on [[Jan. 1]].", THU, ("DATE", "2022-01-01", "")),
    # ... the subordinate clause coming first is no trap: its date opens the story
    ("After the talks collapsed on Oct. 2, 2019, shelling resumed. [[Two days later]], the envoy left.", THU, ("DATE", "2019-10-04", "")),
    # --- two threads: a past event and today's news
    ("A bomb hit the market on July 1, 2022. Its maker was arrested on [[Tuesday]], police said.", THU, ("DATE", "2025-03-11", "")),
    ("The bridge collapsed on Aug. 14, 2018. On [[Monday]], a court convicted three engineers.", THU, ("DATE", "2025-03-10", "")),
    ("The flood of June 2013 killed 12 people. [[Last month]], the town finished a new dam.", THU, ("DATE", "2025-02", "")),
    ("Ten years after the flood of May 2015, the town [[this week]] unveiled a memorial.", THU, ("DATE", "2025-W11", "")),
    ("The dam burst on April 3, 2013. [[Yesterday]], its builders were cleared.", THU, ("DATE", "2025-03-12", "")),
    ("The clinic closed in 2017. [[Now]], patients travel 90 miles.", THU, ("DATE", "PRESENT_REF", "")),
    ("Police on Monday charged a man over a shooting on Dec. 2, 2021. The victim died [[the next day]].", THU, ("DATE", "2021-12-03", "")),
    ("Police said on Monday that a man shot on Dec. 2, 2021, had died [[three days later]].", THU, ("DATE", "2021-12-05", "")),
    ("The suspect, arrested in 2021, appeared in court on [[Wednesday]].", THU, ("DATE", "2025-03-12", "")),
    ("The suspect appeared in court on Wednesday. He was arrested in May 2021 and charged [[the following month]].", THU, ("DATE", "2021-06", "")),
    ("A jury on Friday convicted a man of a 2015 murder. The victim was killed on April 25, 2015, and found [[two days later]].", THU, ("DATE", "2015-04-27", "")),
    ("The strike began on Monday, Feb. 3, 2020, and by [[Thursday]] the ports were idle.", THU, ("DATE", "2020-02-06", "")),
    ("He was arrested on Friday, Feb. 7, 2020, two days after fleeing on [[Wednesday]].", THU, ("DATE", "2020-02-05", "")),
    # ... but not the weekday of today's news, told in the main clause after a dated aside or participle
    ("The minister, who took office on March 1, 2023, resigned [[Tuesday]].", THU, ("DATE", "2025-03-11", "")),
    ("A man shot on Dec. 2, 2021, died on [[Tuesday]], police said.", THU, ("DATE", "2025-03-11", "")),
    ("Voting closed on March 2. Results were due on March 4 but came [[a week later]].", THU, ("DATE", "2025-W11", "")),
    # --- a story told within the article's own week
    ("Rioting broke out on Sunday. [[The next day]], the curfew began.", THU, ("DATE", "2025-03-10", "")),
    ("Rioting broke out on Sunday. [[That night]], the police withdrew.", THU, ("TIME", "2025-03-09TNI", "")),
    ("The storm hit on Monday. By [[Wednesday]], the river had crested.", THU, ("DATE", "2025-03-12", "")),
    # --- "on the Nth day" of a crisis whose start the text gave
    ("The siege began on Sept. 1, 2004. On [[the third day]], troops stormed the school.", THU, ("DATE", "2004-09-03", "")),
    ("The blockade began on Monday. On [[the second day]], food ran short.", THU, ("DATE", "2025-03-11", "")),
]
