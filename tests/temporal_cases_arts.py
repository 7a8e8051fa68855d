"""Genre battery: obituaries, arts, culture and entertainment news, book/film/music reviews (arts), in the form of
``temporal_cases.py``.

Own phrasings of obituary dates and spans ("died Tuesday at 87", "born in 1931", "a career that spanned six
decades", "survived by his wife of 52 years"; ages are no timex), decades and eras of culture ("the Sixties", "the
Roaring Twenties", "the mid-'90s", "19th-century", "the 1920s Paris"), works dated by year ("her 1975 debut album"),
listings and schedules ("opens Friday", "runs through Jan. 5", "airs Sundays at 9 p.m.", the awards season),
running times ("a 90-minute film", "a three-hour opera"), and titles and names that are no time ("Friday Night
Lights", "Blade Runner 2049", "Donna Summer", "Eight Days a Week", "Twelfth Night").
"""

from __future__ import annotations

from datetime import datetime

from temporal_cases import Case

OBIT = datetime(2023, 9, 14)  # a Thursday, an obituary page
REV = datetime(2024, 11, 6)  # a Wednesday, arts listings
DEC = datetime(2024, 12, 19)  # a Thursday before the holidays
FEB = datetime(2025, 2, 3)  # a Monday, the day after the Grammys
OSC = datetime(2022, 3, 27)  # a Sunday, Oscars night

CASES: list[Case] = [
    # --- obituaries: death and birth dates, services
    ("Marion Keane, whose novels sold millions, died [[Tuesday]] at 87.", OBIT, ("DATE", "2023-09-12", "")),
    ("Marion Keane, whose novels sold millions, died Tuesday at [[87]].", OBIT, None),
    ("The sculptor died on [[Sept. 10]] at a hospice in Vermont.", OBIT, ("DATE", "2023-09-10", "")),
    ("His death was announced on [[Wednesday]] by his publisher.", OBIT, ("DATE", "2023-09-13", "")),
    ("The bandleader died [[last week]] in New Orleans.", OBIT, ("DATE", "2023-W36", "")),
    ("She was born in Toledo, Ohio, on [[June 9, 1936]].", OBIT, ("DATE", "1936-06-09", "")),
    ("Born in [[1931]], she began singing in a church choir.", OBIT, ("DATE", "1931", "")),
    # the year after a holiday is one timex with it, as after a month and day
    ("He was born on [[Christmas Day, 1929]], in a Bronx tenement.", OBIT, ("DATE", "1929-12-25", "")),
    ("A memorial service will be held [[Saturday]] at St. Mark's Church.", OBIT, ("DATE", "2023-09-16", "")),
    ("A memorial will be held at the theater [[next month]].", OBIT, ("DATE", "2023-10", "")),
    ("He is survived by his wife of [[52 years]], Ruth.", OBIT, ("DURATION", "P52Y", "")),
    ("She had been ill for [[several months]].", OBIT, ("DURATION", "PXM", "")),
    ("Her career spanned [[six decades]] and 40 films.", OBIT, ("DURATION", "P60Y", "")),
    ("He taught piano for [[more than half a century]].", OBIT, ("DURATION", "P50Y", "MORE_THAN")),
    ("They formed a [[decades-long]] partnership.", OBIT, ("DURATION", "PXE", "")),
    ("She had lived in Paris since [[1962]].", OBIT, ("DATE", "1962", "")),
    ("He retired from the stage in [[the late 1990s]].", OBIT, ("DATE", "199", "END")),
    # a life's span of years is one timex valued by its first year (as "the 1998-2000 boom")
    ("Keane ([[1936-2023]]) wrote eleven novels.", OBIT, ("DATE", "1936", "")),
    ("He made his last film [[a decade ago]].", OBIT, ("DATE", "2013", "")),
    ("The couple married in 1958. [[Three years later]], they opened the gallery.", OBIT, ("DATE", "1961", "")),
    ("She joined the company in 1971 and stayed for [[three decades]].", OBIT, ("DURATION", "P30Y", "")),
    ("The poet, who died in 2001, was [[nearly 90]].", OBIT, None),
    # ages and stages of life: no timex (TimeBank leaves "52 years old" and "a 44-year-old" untagged)
    ("The painter was [[87 years old]].", OBIT, None),
    ("The painter was 87 [[years]] old.", OBIT, None),
    ("She died at home, [[aged 87]].", OBIT, None),
    ("She was still in her [[early twenties]] when she moved to London.", OBIT, None),
    ("He wrote his first novel in his [[30s]].", OBIT, None),
    ("In [[his final years]], he rarely left the farmhouse.", OBIT, None),
    ("She began painting at [[40]].", OBIT, None),
    ("The [[87-year-old]] actor died at home.", OBIT, None),
    # --- decades, eras and centuries of culture
    ("The band defined the sound of [[the Sixties]].", REV, ("DATE", "196", "")),
    ("The novel is set in [[the Roaring Twenties]].", REV, ("DATE", "192", "")),
    ("Synth-pop ruled [[the ’80s]].", REV, ("DATE", "198", "")),
    ("The label folded in [[the mid-’90s]].", REV, ("DATE", "199", "MID")),
    ("The club opened in [[the late ’60s]].", REV, ("DATE", "196", "END")),
    ("She recorded through the 1940s and [['50s]].", REV, ("DATE", "195", "")),
    ("[[Nineties]] nostalgia is everywhere this fall.", REV, ("DATE", "199", "")),
    # the determiner belongs to the noun the decade modifies
    ("The play evokes the [[1920s]] Paris of Hemingway.", REV, ("DATE", "192", "")),
    ("It reads like a [[19th-century]] novel.", REV, ("DATE", "18", "")),
    ("The quartet plays [[early 20th-century]] jazz.", REV, ("DATE", "19", "START")),
    ("She spent [[the 1980s]] in Berlin.", REV, ("DATE", "198", "")),
    ("It is a [[1960s]] rock band at heart.", REV, ("DATE", "196", "")),
    ("Her family arrived at [[the turn of the last century]].", REV, ("DATE", "19", "START")),
    ("Such art flourished in [[the eighteenth century]].", REV, ("DATE", "17", "")),
    ("The Beatles were at their peak in [[the mid-1960s]].", REV, ("DATE", "196", "MID")),
    # --- works dated by year, seasons of a story
    ("Her [[1975]] debut album still sells.", REV, ("DATE", "1975", "")),
    ("The [[2019]] film was a flop.", REV, ("DATE", "2019", "")),
    ("The film is set in [[1943]] in occupied Lyon.", REV, ("DATE", "1943", "")),
    ("The letter was written on [[Christmas 1944]].", REV, ("DATE", "1944-12-25", "")),
    ("The band played Golden Gate Park in [[the summer of 1967]].", REV, ("DATE", "1967-SU", "")),
    ("The story opens in [[the fall of 1969]].", REV, ("DATE", "1969-FA", "")),
    ("The diary begins on [[New Year's Day 1970]].", REV, ("DATE", "1970-01-01", "")),
    ("The show's [[2021]] revival won a Tony.", REV, ("DATE", "2021", "")),
    ("The novel, published [[last spring]], won the prize.", REV, ("DATE", "2024-SP", "")),
    ("[[This year]]'s Booker shortlist is strong.", REV, ("DATE", "2024", "")),
    ("[[Last year]]'s winner was a debut.", REV, ("DATE", "2023", "")),
    # --- listings and schedules
    ("The exhibition opens [[Friday]] at the Whitney.", REV, ("DATE", "2024-11-08", "")),
    ("The show runs through [[Jan. 5]].", REV, ("DATE", "2025-01-05", "")),
    ("The exhibit closes [[Sunday]].", REV, ("DATE", "2024-11-10", "")),
    ("Her new album is out [[Friday]].", REV, ("DATE", "2024-11-08", "")),
    ("The film hits theaters on [[Dec. 20]].", REV, ("DATE", "2024-12-20", "")),
    ("Tickets go on sale at [[10 a.m. Saturday]].", REV, ("TIME", "2024-11-09T10:00", "")),
    ("The gala starts at [[7 p.m.]] on Friday.", REV, ("TIME", "2024-11-08T19:00", "")),
    ("The festival runs [[Nov. 14-17]] in Austin.", REV, ("DATE", "2024-11-14", "")),
    ("The reunion tour begins [[next summer]].", REV, ("DATE", "2025-SU", "")),
    ("The concert was postponed until [[next spring]].", REV, ("DATE", "2025-SP", "")),
    ("The show's third season premieres in [[the fall]].", FEB, ("DATE", "2025-FA", "")),
    ("The show's [[third season]] premieres in the fall.", FEB, None),
    ("Her memoir is due out in [[the spring]].", DEC, ("DATE", "2025-SP", "")),
    ("The holiday special airs on [[Christmas Eve]].", DEC, ("DATE", "2024-12-24", "")),
    ("Oscar nominations will be announced [[Jan. 23]].", DEC, ("DATE", "2025-01-23", "")),
    ("The winners will be named at the Oscars in [[March]].", REV, ("DATE", "2025-03", "")),
    ("She won three awards at the Grammys on [[Sunday]].", FEB, ("DATE", "2025-02-02", "")),
    ("The ceremony airs [[tonight]] on ABC.", OSC, ("TIME", "2022-03-27TNI", "")),
    ("The broadcast starts at [[8 p.m. Eastern]].", OSC, ("TIME", "2022-03-27T20:00", "")),
    ("The sequel earned $50 million [[this weekend]].", OSC, ("DATE", "2022-W12-WE", "")),
    ("Ticket sales fell [[last weekend]].", REV, ("DATE", "2024-W44-WE", "")),
    # --- recurring listings
    ("The drama airs [[Sundays at 9 p.m.]]", REV, ("SET", "XXXX-WXX-7T21:00", "")),
    ("The museum is closed [[Mondays]].", REV, ("SET", "XXXX-WXX-1", "")),
    ("New episodes stream [[weekly]].", REV, ("SET", "P1W", "")),
    ("The ballet returns [[every December]].", REV, ("SET", "XXXX-12", "")),
    ("[[Each summer]], the festival fills the town.", REV, ("SET", "XXXX-SU", "")),
    # --- running times and spans of work
    ("It is a [[90-minute]] film with no wasted scenes.", REV, ("DURATION", "PT90M", "")),
    ("The [[three-hour]] opera never drags.", REV, ("DURATION", "PT3H", "")),
    ("The play runs [[two and a half hours]] with one intermission.", REV, ("DURATION", "PT2H30M", "")),
    ("There is a [[15-minute]] intermission.", REV, ("DURATION", "PT15M", "")),
    ("The film clocks in at [[two hours and 40 minutes]].", REV, ("DURATION", "PT2H40M", "")),
    ("The book took [[a decade]] to write.", REV, ("DURATION", "P10Y", "")),
    ("He wrote the song in [[20 minutes]].", REV, ("DURATION", "PT20M", "")),
    ("The album was recorded over [[three weeks]] in 1971.", REV, ("DURATION", "P3W", "")),
    ("The musical closed after [[three years]] on Broadway.", REV, ("DURATION", "P3Y", "")),
    ("The duo reunited after a [[12-year]] hiatus.", REV, ("DURATION", "P12Y", "")),
    ("The sequel arrives [[35 years]] after the original.", REV, ("DURATION", "P35Y", "")),
    ("It is her first film in [[a decade]].", REV, ("DURATION", "P10Y", "")),
    ("He had not performed in [[years]].", REV, ("DURATION", "PXY", "")),
    ("Marclay's The Clock is a [[24-hour]] video.", REV, ("DURATION", "PT24H", "")),
    ("The series ran for [[nine seasons]].", REV, None),
    # --- titles and names that are no time
    ("The cast of [[Friday Night]] Lights reunited in Texas.", REV, None),
    ("She hosted [[Saturday Night]] Live twice.", REV, None),
    ("Travolta danced through [[Saturday Night]] Fever.", REV, None),
    ("A stage version of Orwell's [[Nineteen Eighty-Four]] opens Thursday.", REV, None),
    ("Blade Runner [[2049]] returns to cinemas.", REV, None),
    ("Rod Serling created The [[Twilight]] Zone.", REV, None),
    ("Donna [[Summer]]'s disco hits filled the floor.", REV, None),
    ("The [[Sunday]] Times praised the novel.", REV, None),
    # a month after a possessive name and before a verb is a song or album
    ("Earth, Wind & Fire's [[September]] is a wedding staple.", REV, None),
    ("Taylor Swift's [[August]] topped the streaming charts.", REV, None),
    ("Frankenheimer's thriller [[Seven Days]] in May still chills.", REV, None),
    ("Prince's [[1999]] returned to the charts.", REV, None),
    ("The company staged [[Twelfth Night]] in the park.", REV, None),
    ("A [[Midsummer]] Night's Dream opens the season.", REV, None),
    ("The Bond film [[Tomorrow]] Never Dies was shot in Vietnam.", REV, None),
    ("Danny Boyle's [[Yesterday]] imagines a world without the Beatles.", REV, None),
    ("The Beatles recorded [[Eight Days a Week]] in 1964.", REV, None),
    ("She starred in [[500 Days]] of Summer.", REV, None),
    ("The disaster film The Day After [[Tomorrow]] was a hit.", REV, None),
    ("The crowd sang along to the band's 40th anniversary tour.", REV, None),
    # --- guards for the fixes (added after the first run)
    ("The series premieres [[Monday]] on HBO.", REV, ("DATE", "2024-11-11", "")),
    ("The album was out [[Friday]] to mixed reviews.", REV, ("DATE", "2024-11-01", "")),
    ("Demand was hard to meet in [[the summer]].", REV, ("DATE", "2024-SU", "")),
    ("The tour will resume in [[the summer]].", REV, ("DATE", "2025-SU", "")),
    ("She wore [['50s]] dresses on stage.", REV, ("DATE", "195", "")),
    ("The museum stays open late [[Fridays]].", REV, ("SET", "XXXX-WXX-5", "")),
    ("Gallery Reopening Set for [[Tomorrow]]", REV, ("DATE", "2024-11-07", "")),
    ("Critics Praised Film [[Yesterday]]", REV, ("DATE", "2024-11-05", "")),
    ("The clubs of [[the Swinging Sixties]] are gone.", REV, ("DATE", "196", "")),
    ("He moved to Harlem in [[nineteen twenty-nine]].", REV, ("DATE", "1929", "")),
    ("Apple's [[September]] event drew crowds.", REV, ("DATE", "2024-09", "")),
    ("Apple's [[September]] was its best month.", REV, ("DATE", "2024-09", "")),
    # --- second batch (written before running, after the first fixes)
    ("The retrospective covers [[five decades]] of her work.", REV, ("DURATION", "P50Y", "")),
    ("The festival returns for its [[2025]] edition.", REV, ("DATE", "2025", "")),
    ("The choir performs on [[Christmas Eve]] at St. Paul's.", DEC, ("DATE", "2024-12-24", "")),
    ("The novel spans [[three generations]] of a family.", REV, None),
    ("It was her [[1960s]] heyday.", REV, ("DATE", "196", "")),
    ("The song was written in [[the winter of 1970]].", REV, ("DATE", "1970-WI", "")),
    ("The opera premiered in [[1853]] in Venice.", REV, ("DATE", "1853", "")),
    ("Verdi wrote it in [[six weeks]].", REV, ("DURATION", "P6W", "")),
    ("Tickets for [[Friday]]'s premiere sold out.", REV, ("DATE", "2024-11-08", "")),
    ("She celebrated her [[90th birthday]] in June.", REV, None),
    ("She celebrated her 90th birthday in [[June]].", REV, ("DATE", "2024-06", "")),
    ("The revival opens [[next month]] on Broadway.", REV, ("DATE", "2024-12", "")),
    ("The band's farewell tour ends [[in December]].", REV, None),
    ("The band's farewell tour ends in [[December]].", REV, ("DATE", "2024-12", "")),
    ("He spent [[his final decade]] in Tangier.", REV, None),
]
