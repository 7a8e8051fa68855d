"""Genre battery: encyclopedic and historical narrative (Wikipedia-style articles on wars, politics and lives, and
news backgrounders that narrate history).

Own phrasings, written before the tagger was run on them.  The article date is a modern one (2024-03-14) or ``None``
(a wiki page has no meaningful creation date): relative expressions go on from the narrated date, not the article's.
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

D = datetime(2024, 3, 14)  # a modern article date

CASES: list[Case] = [
    # --- full absolute dates
    ("Germany invaded the Soviet Union on [[22 June 1941]].", D, ("DATE", "1941-06-22", "")),
    ("The offensive opened on [[June 22, 1941]], along a wide front.", D, ("DATE", "1941-06-22", "")),
    ("Poland was invaded on [[1 September 1939]].", None, ("DATE", "1939-09-01", "")),
    ("The treaty was signed at Versailles on [[June 28, 1919]].", None, ("DATE", "1919-06-28", "")),
    ("Pearl Harbor was attacked on [[Sunday, December 7, 1941]].", D, ("DATE", "1941-12-07", "")),
    ("The armistice took effect on [[11 November 1918]] at eleven o'clock.", D, ("DATE", "1918-11-11", "")),
    ("He was crowned on [[Christmas Day, 800]].", D, ("DATE", "0800-12-25", "")),
    ("The city fell in [[May 1453]].", D, ("DATE", "1453-05", "")),
    ("The convention met in [[September 1787]].", None, ("DATE", "1787-09", "")),
    ("The revolt broke out in [[1848]].", D, ("DATE", "1848", "")),
    # --- months and seasons with years; edges of years
    ("The front stabilised in [[the spring of 1943]].", D, ("DATE", "1943-SP", "")),
    ("The army retreated from Moscow in [[the winter of 1812]].", D, ("DATE", "1812-WI", "")),
    ("Rationing was tightened in [[the summer of 1940]].", None, ("DATE", "1940-SU", "")),
    ("The division was rebuilt in [[autumn 1944]].", D, ("DATE", "1944-FA", "")),
    ("The Germans froze outside Moscow in [[the winter of 1941–42]].", D, ("DATE", "1941-WI", "")),
    ("The United States entered the war in [[late 1941]].", D, ("DATE", "1941", "END")),
    ("By [[mid-1943]] the tide had turned.", D, ("DATE", "1943", "MID")),
    ("The last offensives came in [[early 1945]].", D, ("DATE", "1945", "START")),
    ("The party split in [[early 1903]].", None, ("DATE", "1903", "START")),
    ("Talks collapsed in [[late March 1939]].", D, ("DATE", "1939-03", "END")),
    ("The cabinet fell in [[mid-May 1940]].", D, ("DATE", "1940-05", "MID")),
    ("The blockade was lifted at [[the end of 1944]].", D, ("DATE", "1944", "END")),
    ("Reforms began at [[the start of 1861]].", D, ("DATE", "1861", "START")),
    ("The army landed in 1943 and withdrew in [[the summer of that year]].", D, ("DATE", "1943-SU", "")),
    # a month or day without a year takes the narrated year, not the article's
    ("In 1917 the tsar abdicated. In [[March]], a provisional government took power.", D, ("DATE", "1917-03", "")),
    ("The landings took place in 1944. On [[6 June]], troops came ashore in Normandy.", D, ("DATE", "1944-06-06", "")),
    ("In 1862 the war widened. By [[September]], Lee had crossed the Potomac.", D, ("DATE", "1862-09", "")),
    ("The siege began in 1942. In [[the spring]], the defenders ran short of food.", D, ("DATE", "1942-SP", "")),
    ("The campaign lasted from [[June]] to August 1942.", D, ("DATE", "1942-06", "")),
    ("The campaign lasted from June to [[August 1942]].", D, ("DATE", "1942-08", "")),
    # --- anaphora from the narrated date
    ("The invasion began on 22 June 1941. [[That year]], millions were taken prisoner.", D, ("DATE", "1941", "")),
    ("Paris fell in June 1940. [[That year]], Italy entered the war.", None, ("DATE", "1940", "")),
    ("The canal was seized in October 1956. [[The following spring]], it reopened.", D, ("DATE", "1957-SP", "")),
    ("The treaty was signed in June 1941. [[The next month]], the army advanced.", D, ("DATE", "1941-07", "")),
    ("The fortress fell on 22 June 1941. [[Three days later]], the city was taken.", D, ("DATE", "1941-06-25", "")),
    ("The fleet sailed on 4 June 1942. [[The same day]], planes struck the island.", D, ("DATE", "1942-06-04", "")),
    ("The republic was declared in 1931. [[The previous year]], the dictator had resigned.", D, ("DATE", "1930", "")),
    ("The offensive began in June 1941. [[By the end of the year]], it had stalled.", D, None),
    ("The offensive began in June 1941. By [[the end of the year]], it had stalled.", D, ("DATE", "1941", "END")),
    ("The strike began on 3 May 1926. [[Later that month]], the unions gave in.", D, ("DATE", "1926-05", "END")),
    ("He was elected in 1932. [[The following year]], he took office.", D, ("DATE", "1933", "")),
    ("The treaty was signed in 1648. [[A year later]], the king was executed.", D, ("DATE", "1649", "")),
    ("The king died in 1547. [[Six years later]], his son died too.", None, ("DATE", "1553", "")),
    ("The dam was finished in 1936. [[Two decades later]], it was enlarged.", D, ("DATE", "1956", "")),
    ("The bridge opened on 1 July 1867. [[The next day]], crowds crossed it.", D, ("DATE", "1867-07-02", "")),
    ("The bridge opened on 1 July 1867. [[The day before]], the engineer had resigned.", D, ("DATE", "1867-06-30", "")),
    ("The raid came on 19 August 1942. [[That night]], the survivors returned.", D, ("TIME", "1942-08-19TNI", "")),
    ("The fleet anchored on 6 August 1945. [[The next morning]], it sailed.", D, ("TIME", "1945-08-07TMO", "")),
    ("Rome fell on 4 June 1944. [[Two weeks later]], the army was in Tuscany.", D, ("DATE", "1944-W24", "")),
    ("The war began in August 1914. [[Five months later]], the front was frozen.", D, ("DATE", "1915-01", "")),
    ("The revolt began in March 1921. [[The previous month]], strikes had spread.", D, ("DATE", "1921-02", "")),
    ("She was elected in 1979. [[Earlier that year]], strikes had crippled the country.", D, ("DATE", "1979", "START")),
    ("He returned in 1815. [[Later that year]], he was defeated.", D, ("DATE", "1815", "END")),
    ("The army crossed the river in 1812. [[That autumn]], it reached Moscow.", D, ("DATE", "1812-FA", "")),
    ("The blockade began in 1948. [[The same year]], the state of Israel was proclaimed.", D, ("DATE", "1948", "")),
    ("The uprising was crushed in 1956. [[Years]] later, the leaders were reburied.", D, ("DURATION", "PXY", "")),
    ("The congress opened in 1815. [[A century later]], Europe was at war again.", D, ("DATE", "1915", "")),
    # --- ranges
    ("The war lasted from [[1939]] until 1945.", D, ("DATE", "1939", "")),
    ("The war lasted from 1939 until [[1945]].", D, ("DATE", "1945", "")),
    ("He served in France during [[1914–1918]].", D, ("DATE", "1914", "")),
    ("The conflict of [[1914-18]] changed Europe.", D, ("DATE", "1914", "")),
    ("The fighting lasted between [[1950]] and 1953.", D, ("DATE", "1950", "")),
    ("The fighting lasted between 1950 and [[1953]].", D, ("DATE", "1953", "")),
    ("Queen Victoria ([[1819–1901]]) ruled for decades.", D, ("DATE", "1819", "")),
    ("The battle raged on [[1–3 July 1863]] at Gettysburg.", D, ("DATE", "1863-07-01", "")),
    ("The conference met from [[17 July]] to 2 August 1945.", D, ("DATE", "1945-07-17", "")),
    ("The conference met from 17 July to [[2 August 1945]].", D, ("DATE", "1945-08-02", "")),
    ("He reigned from [[1603]] to 1625.", None, ("DATE", "1603", "")),
    # --- nights spanning two days
    ("Paratroopers dropped on the night of [[5–6 June 1944]].", D, ("DATE", "1944-06-05", "")),
    ("The city was bombed on the night of [[13/14 February 1945]].", D, ("DATE", "1945-02-13", "")),
    # --- centuries and decades
    ("The empire reached its height in [[the 18th century]].", D, ("DATE", "17", "")),
    ("Protests spread in [[the late 1960s]].", D, ("DATE", "196", "END")),
    ("Cities industrialised in [[the early 19th century]].", D, ("DATE", "18", "START")),
    ("The movement faded by [[the mid-1970s]].", D, ("DATE", "197", "MID")),
    ("Trade expanded during [[the 1920s]].", None, ("DATE", "192", "")),
    ("The castle was built in [[the 12th century]].", None, ("DATE", "11", "")),
    ("The dynasty declined in [[the late eighteenth century]].", D, ("DATE", "17", "END")),
    ("Unrest grew through [[the 1880s]] and 1890s.", D, ("DATE", "188", "")),
    ("Printing spread in [[the fifteenth century]].", D, ("DATE", "14", "")),
    # --- durations
    ("The occupation lasted [[for four years]].", D, None),
    ("The occupation lasted for [[four years]].", D, ("DURATION", "P4Y", "")),
    ("The capital fell [[within a month]].", D, None),
    ("The capital fell within [[a month]].", D, ("DURATION", "P1M", "")),
    ("Reconstruction dominated [[the next two years]].", D, ("DURATION", "P2Y", "")),
    ("The siege of the city lasted [[872 days]].", D, ("DURATION", "P872D", "")),
    ("The [[three-month]] campaign ended in defeat.", D, ("DURATION", "P3M", "")),
    ("He ruled for [[nearly three decades]].", D, ("DURATION", "P30Y", "LESS_THAN")),
    ("The [[decade-long]] insurgency ended in 1962.", D, ("DURATION", "P10Y", "")),
    ("The empire endured for [[three centuries]].", D, ("DURATION", "P300Y", "")),
    ("After [[18 months]] of fighting, the rebels surrendered.", D, ("DURATION", "P18M", "")),
    ("The armies fought for [[more than a decade]].", D, ("DURATION", "P10Y", "MORE_THAN")),
    # --- BC/AD years
    ("Caesar was assassinated in [[44 BC]].", D, ("DATE", "BC0044", "")),
    ("Vesuvius erupted in [[AD 79]].", D, ("DATE", "0079", "")),
    ("The city was founded in [[753 BC]].", None, ("DATE", "BC0753", "")),
    ("The temple was built in [[the 5th century BC]].", D, ("DATE", "BC04", "")),
    ("The emperor died in [[AD 14]].", D, ("DATE", "0014", "")),
    # --- references
    ("The site is [[now]] a museum.", D, ("DATE", "PRESENT_REF", "")),
    ("The palace [[currently]] houses the archives.", D, ("DATE", "PRESENT_REF", "")),
    # --- not timexes in this genre: units, names of wars and events
    ("The [[18th]] Army crossed the river.", D, None),
    ("The [[3rd]] Infantry Regiment held the ridge.", D, None),
    ("He commanded the 101st Airborne Division.", D, None),
    ("England lost its lands in the Hundred Years' War.", D, None),
    ("The Thirty Years' War devastated the German lands.", D, None),
    ("The Six-Day War redrew the map.", D, None),
    ("He fought in World War II and the Korean War.", D, None),
    ("Egypt and Syria launched the [[Yom Kippur]] War.", D, None),
    ("The [[Easter]] Rising was suppressed.", D, None),
    ("Lenin led the [[October]] Revolution.", D, None),
    ("The Tet Offensive shocked the public.", D, None),
    ("He was the Fourth Republic's last premier.", D, None),
    # a year in a name of a war or event is still a date
    ("Oil prices rose after [[the 1973]] war.", D, None),
    ("Oil prices rose after the [[1973]] war.", D, ("DATE", "1973", "")),
    # --- regressions of the fixes above (added after the first run)
    ("The figure rose from [[1200]] to 1400.", D, None),
    ("The garrison had 1200 men in [[1450]].", D, ("DATE", "1450", "")),
    ("The temple stood in [[the 4th century B.C.]]", D, ("DATE", "BC03", "")),
    ("The empire split in [[the 3rd century AD]].", D, ("DATE", "02", "")),
    ("On Christmas Day, [[300]] people gathered.", D, None),
    ("The [[Good Friday]] Agreement ended the conflict.", D, None),
    ("Rationing lasted from [[November]] to February 1943.", D, ("DATE", "1942-11", "")),
    ("The Allies landed in 1943 and took the city in [[the spring of the following year]].", D, ("DATE", "1944-SP", "")),
    # a month named in passing in news keeps the article's year; only a fronted one goes on from the narrated year
    ("The firm has grown since 1980. In [[September]], it bought a rival.", datetime(1989, 10, 26), ("DATE", "1989-09", "")),
    ("Talks began in 1985. The deal was signed in [[December]].", datetime(1988, 3, 1), ("DATE", "1987-12", "")),
]
