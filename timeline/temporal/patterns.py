"""The recognition grammar: regex fragments composed into named rules, and one compiled scanner over all rules.

Each rule is a pattern with named groups (read by its normalizer in ``rules.py``).  The scanner is the alternation
of every rule with the inner groups made non-capturing, so a document is scanned once by one C-level regex; the
rule that matched is ``match.lastgroup`` and its own compiled pattern re-reads the (short) span for the details.
Rules are ordered longest-form first because regex alternation is leftmost-first, not leftmost-longest.
Every quantified piece is separated by a required literal or class, so matching stays linear (no nested
ambiguous repetition).
"""

from __future__ import annotations

import functools
import re
import re._constants as _C  # the parsed form of a pattern, to know what a rule's match may start with
import re._parser as _parser
from typing import Any

_FLAGS = re.IGNORECASE

MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
MONTH = rf"(?:{MONTH_FULL}\b|{_ABBR}\.|{_ABBR}\b(?=\s*\d))"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
# Abbreviated weekdays only where a date follows ("Tue May 2, 2017", "Fri., Sept. 5"): alone they are words.
WEEKDAY_DATED = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?"
# ... and in headlines, captions and listings ("Senate to vote Tues.", "Council to meet Wed"); the normalizer checks
# the capital and the context
WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?"
SEASON = r"(?:spring|summer|fall|autumn|winter)\b"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
# A day of the month spoken ("March eighth", "the twenty-fifth of February"); not "first-time", "second-quarter"
_ORD_DIGIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
DAYWORD = (
    rf"(?:(?:twenty|thirty)[\s-]{_ORD_DIGIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    rf"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|{_ORD_DIGIT})\b(?!-)"
)
YEAR4 = r"(?:1[6-9]|20)\d\d\b(?![.,]?\d)"
# Years before 1600 only where a month, season or holiday names them ("May 1453", "the winter of 1420"): alone
# such numbers are mostly counts.
YEAR_ANY = r"(?:1\d|20)\d\d\b(?![.,]?\d)"
# An era written after a year ("44 BC", "79 AD") or before it ("AD 79"); the normalizer checks the capitals.
ERA_AFTER = r"(?:b\.c\.(?:e\.)?|a\.d\.|bce\b|bc\b|ad\b|ce\b)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUMWORD = rf"(?:{_TENS}(?:[\s-]{_ONES}\b)?|{_ONES})\b(?:\s+hundred\b(?:\s+(?:and\s+)?(?:{_TENS}(?:[\s-]{_ONES})?|{_ONES})\b)?)?"
NUMBER = rf"(?:a\s+quarter\s+of\s+an?|three[\s-]+quarters\s+of\s+an?|(?:\d+|{NUMWORD})(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half|\d+(?:\.\d+)?\s+(?:million|billion)\b|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s\d/\d)?|{NUMWORD}|a\s+couple\s+of|a\s+couple|a\s+dozen|a\s+hundred|a\s+thousand|a\s+half|half\s+an?|a\s+quarter(?=[\s-]+(?:hour|century)\b)|(?<=st\s|xt\s)(?:half|quarter)(?=[\s-]+(?:century|hour)\b)|an?|several|a\s+few|few|some|many|the\s+few|dozens\s+of)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?"
    r"|century|centuries|millenni(?:um|a)|mins?|hrs?|secs?)\b"
)
UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium|season)\b"
ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final"
    r"|\d{1,2}(?:st|nd|rd|th))\b"
)
# Zones as news writes them (case checked by the normalizer); an offset may follow ("GMT+2", "UTC-05:00").
# ("7:30 p.m. ET/PT" is two zones: the reading is tagged alone)
TZ = r"(?:(?:[ecmp][sd]?t|h[sd]t|ak[sd]t|gmt|utc|ist|bst|cet|cest|eet|eest|msk|jst|kst|hkt|sgt|aest|aedt|acst|acdt|awst|nzst|nzdt|wib|pkt|wat|eat|cat|sast|gst|pht|ict|npt)\b(?!/[a-z])(?:\s?[+-]\d{1,2}(?::?\d\d)?\b)?)"
# Zones named in words ("Eastern time", "Pacific Daylight Time", "Moscow time"); a bare region only as US news
# writes it after a reading ("9:30 a.m. Eastern").
TZ_NAMED = (
    r"(?:(?:eastern|central|mountain|pacific|atlantic)(?:\s+(?:standard|daylight))?(?:\s+time)?\b"
    # African, Gulf and South Asian papers name their zones in words ("7pm Gulf time", "East Africa Time")
    r"|(?:(?:east|west|central|south)\s+africa(?:n)?|(?:gulf|arabia|india|pakistan|singapore|philippine)\s+standard)\s+time\b"
    r"|(?:greenwich\s+mean|gulf|uae|mecca|doha|nairobi|lagos|abuja|karachi|islamabad|dhaka|kathmandu|kabul|moscow|beijing|tokyo|london|paris|berlin|kyiv|kiev|jerusalem|tehran|baghdad|delhi|hong\s+kong"
    r"|singapore|sydney|seoul|pyongyang|taipei|manila|jakarta|bangkok|dubai|riyadh|cairo|istanbul|ankara)\s+time\b)"
)
ZONE = rf"(?:{TZ}|{TZ_NAMED})"
# Zones after a dotted 24-hour reading ("09.12 BST"): only the named abbreviations, never "pt"/"et"/"ct".
_DOT_ZONE = r"(?:gmt|utc|bst|ist|cet|cest|aest|aedt|acst|acdt|awst|nzst|nzdt)\b"
AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b)"
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
OCLOCK = r"o['’]clock\b"
# Spoken readings ("ten thirty", "seven oh five", "half past ten", "a quarter to nine"); an hour and its minutes in
# words only before am/pm or a part of the day ("ten thirty tonight"), or after "at" ("at seven fifteen").  A bare
# spoken hour ("after six this morning") holds no trigger word and is not read.
_MINUTE_WORD = (
    r"(?:oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b"
)
_SPOKEN_DAY = r"(?:tonight|this\s+(?:morning|afternoon|evening)|last\s+night|tomorrow\s+(?:morning|night))\b"
SPOKEN_CLOCK = (
    rf"(?:half|(?:a\s+)?quarter)\s+(?:past|after|to|of)\s+{_HOUR_WORD}(?!\s+(?:million|billion|thousand|hundred|per|percent|times|of)\b)"
    rf"|{_HOUR_WORD}(?:[\s-]+{_MINUTE_WORD})?\s*(?:[ap]\.\s?m\.?|pm\b)"
    # "$": the re-read of a match is cut at its end, where the part of the day is out of sight
    rf"|{_HOUR_WORD}[\s-]+{_MINUTE_WORD}(?=\s+{_SPOKEN_DAY}|$)"
    rf"|(?<=\bat\s){_HOUR_WORD}[\s-]+{_MINUTE_WORD}(?!\s+(?:\w+\s+)?(?:dollars|cents|percent|people|years?|times)\b)"
    # "at five to nine", "just after ten past eleven", "at ten to midnight" (not "odds at ten to one against")
    rf"|(?=(?:five|ten|twenty)\b)(?:(?<=\bat\s)|(?<=about\s)|(?<=around\s)|(?<=after\s)|(?<=before\s)|(?<=until\s))"
    rf"(?:five|ten|twenty(?:[\s-]five)?)\s+(?:past|to)\s+(?:{_HOUR_WORD}|midnight\b|noon\b)"
    r"(?!\s+(?:against|odds|minutes|hours|people)\b)"
    # a spelled hour read by the part of the day after it, as digits are ("a little after six this morning"); "at
    # seven sharp", "at 5 sharp"
    rf"|(?={_HOUR_WORD})(?:(?<=\bat\s)|(?<=about\s)|(?<=around\s)|(?<=after\s)|(?<=before\s)|(?<=until\s)|(?<=\btill\s)"
    rf"|(?<=since\s)|(?<=past\s)){_HOUR_WORD}(?=\s+(?:last\s+night|this\s+(?:morning|afternoon|evening)|tonight)\b|$)"
    rf"|(?<=\bat\s)(?:(?:1[0-2]|0?[1-9])|{_HOUR_WORD})\s+sharp\b"
)
CLOCK = (
    # British news writes "8.30pm": a dotted reading is a clock time only with am/pm
    rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?::[0-5]\d)?)?\s?{AMPM}|12:00\s+(?:noon|midnight)\b|(?:[01]?\d|2[0-3]):[0-5]\d\b(?::[0-5]\d\b)?"
    # French-style readings in African and AFP copy ("20h30"); British "half past ten", "a quarter to three"
    r"|(?:[01]\d|2[0-3])h[0-5]\d\b"
    rf"|(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+(?:{_HOUR_WORD}|(?:1[0-2]|0?[1-9])\b)(?:\s+{OCLOCK})?(?!\s+(?:million|billion|thousand|hundred|per|percent|times|of)\b)"
    rf"|(?:(?:[01]?\d|2[0-3])|{_HOUR_WORD})\s+{OCLOCK}|(?:(?:12|twelve)\s+)?(?:noon|midnight)\b|midday\b|{SPOKEN_CLOCK}"
    # wire services write 24-hour readings as four digits before GMT/UTC or local time ("at 1500 GMT")
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:gmt|utc)\b|\s+local\s+time\b)"
    # and the first of a range, "from 0600 to 1800 GMT" ("$" lets the re-read, cut at the match's end, pass; the
    # normalizer checks the range; "from"/"between" keep a year ending a text, "founded 2010", out of this branch)
    # (each branch led by a digit test: at a word the look-behinds would otherwise all be tried)
    r"|(?=\d)(?:(?<=from\s)|(?<=between\s))(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:-|–|to|and)\s*[0-2]\d[0-5]\d\s?(?:gmt|utc)\b|$)"
    # military and official readings: "0830hrs", "16.00 hrs", "at 2130 hours" (a four-digit count of hours
    # without a leading zero is a clock reading only after a preposition of time: "logged 1200 hours" is a span)
    r"|(?=\d)(?:0\d[0-5]\d|(?:[01]\d|2[0-3])[.:][0-5]\d|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=until\s)|(?<=\btill\s)|(?<=since\s)|(?<=before\s)"
    r"|(?<=after\s)|(?<=around\s)|(?<=\bfrom\s)|(?<=between\s))(?:(?:1\d|2[0-3])[0-5]\d|2400))\s?(?:hrs|hours)\b"
    # British web stamps write 24-hour readings with a dot before the zone ("09.12 BST")
    rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?{_DOT_ZONE})"
    # a bare hour read by the part of the day after it ("at 10 last night") or by the am/pm of the range it opens
    # ("between 2 and 4 a.m."); the normalizer checks the preposition before it
    r"|(?=\d)(?:(?<=\bat\s)|(?<=about\s)|(?<=around\s)|(?<=after\s)|(?<=before\s)|(?<=until\s)|(?<=\btill\s)|(?<=since\s)"
    r"|(?<=from\s)|(?<=between\s))(?:1[0-2]|0?[1-9])(?![\d:.])"
    rf"(?=\s+(?:last\s+night|this\s+(?:morning|afternoon|evening)|tonight)\b|\s*(?:-|–|to|and|until|till)\s*(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?{AMPM}|$))"
)
DET = r"(?:this\s+coming|this|last|next|past|coming|previous|current|that|this\s+past|the\s+(?:past|last|next|coming|previous|following|current|same))"
PRE = (
    r"(?:early|late|mid|earlier|later|the\s+(?:start|beginning|end|middle|first\s+half|second\s+half|rest|remainder|close|back\s+end|tail\s+end)\s+of"
    r"|(?:the\s+)?turn\s+of(?:\s+the)?|end\s+of|beginning\s+of|start\s+of|around|about|since|by"
    # business shorthand "at end-June", "by end-2025": hyphenated only (in "talks end June 30" it is a verb)
    r"|end(?=-))"
)
APPROX = (
    r"(?:about|around|roughly|approximately|some|nearly|almost|more\s+than|less\s+than|fewer\s+than|over|under"
    r"|at\s+least|at\s+most|up\s+to|no\s+more\s+than|just|only|as\s+many\s+as|as\s+much\s+as|well\s+over|close\s+to)"
)
PART = r"(?:morning|afternoon|evening|night)\b"
YEAR_WORDS = rf"(?:nineteen[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?|{_ONES})|two\s+thousand(?:\s+(?:and\s+)?{_ONES})?)"
# Spoken years of this century ("twenty twelve", "twenty twenty-four", "twenty oh eight"): the second part is at
# least ten, or "oh" and a digit ("twenty one" is a count, not 2001).  Alone they read as counts, so the rule takes
# them only after "the year", a preposition or a month (see "year_words" and "month_year").
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
YEAR_WORDS_20 = rf"(?:twenty[\s-]+(?:{_TENS}(?:[\s-]{_ONES})?|{_TEENS}|oh[\s-]+{_ONES}))"
_YEAR_PREP = r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bthrough\s)|(?<=\bduring\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
# Frequency adverbs ("published weekly", "twice daily").
_SET_ADV = r"(?:daily|weekly|fortnightly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually|semi-annually|bimonthly)\b"
HOLIDAY = (
    # longer names before their prefixes ("Easter Monday" before "Easter"): alternation is leftmost-first
    r"(?:christmas(?:\s+(?:day|eve))?|new\s+year(?:'s|’s)(?:\s+(?:day|eve))?|thanksgiving(?:\s+day)?|easter\s+monday"
    r"|easter(?:\s+sunday)?|independence\s+day|labor\s+day|memorial\s+day|halloween|valentine(?:'s|’s)\s+day"
    r"|(?:the\s+)?fourth\s+of\s+july|july\s+fourth|good\s+friday|black\s+friday|cyber\s+monday|ash\s+wednesday|palm\s+sunday"
    r"|maundy\s+thursday|election\s+(?:day|night)|inauguration\s+day|super\s+tuesday|boxing\s+day|(?:st\.?|saint)\s+patrick(?:'s|’s)\s+day|veterans(?:'|’)?\s+day"
    r"|remembrance\s+day|armistice\s+day|martin\s+luther\s+king(?:\s+jr\.?)?(?:,\s+jr\.?,?)?\s+day|mlk\s+day"
    r"|presidents(?:'|’)?\s+day|mother(?:'s|’s)\s+day|father(?:'s|’s)\s+day|columbus\s+day|juneteenth|mardi\s+gras"
    r"|bastille\s+day|canada\s+day|may\s+day|pentecost"
    # the WHO's and UN's health days, fixed dates that health news dates events by
    r"|world\s+(?:aids|health|cancer|malaria|tuberculosis|tb|mental\s+health|diabetes|no\s+tobacco|blood\s+donor|hepatitis|polio|heart|suicide\s+prevention)\s+day"
    # British, Irish, Australian, New Zealand and Indian days
    r"|bonfire\s+night|guy\s+fawkes\s+(?:night|day)|hogmanay|burns\s+night|(?:st\.?|saint)\s+(?:andrew|george|david)(?:'s|’s)\s+day"
    r"|remembrance\s+sunday|mothering\s+sunday|anzac\s+day|australia\s+day|waitangi\s+day|republic\s+day|(?:st\.?|saint)\s+stephen(?:'s|’s)\s+day|pancake\s+day|shrove\s+tuesday|victory\s+day"
    r"|pakistan\s+day|madaraka\s+day|jamhuri\s+day|mashujaa\s+day|freedom\s+day|heritage\s+day"
    # feasts of lunar and lunisolar calendars (dates from the `holidays` package, see holidays.py)
    r"|ramadan|eid(?:[\s-]+(?:al|ul|el))?[\s-]*(?:fitr|adha|azha|zuha)|eid|(?:lunar|chinese)\s+new\s+year(?:(?:'s|’s)\s+(?:day|eve))?|diwali|deepavali|holi"
    r"|passover|pesach|rosh\s+hashanah?|yom\s+kippur|sukkot|purim|hanukk?ah|hanukka|chanukk?ah|nowruz|norouz|navruz"
    r"|novruz|mid-autumn\s+festival|orthodox\s+(?:easter(?:\s+sunday)?|christmas(?:\s+(?:day|eve))?|good\s+friday)"
    r"|shavuot|shavuoth?|shavuos|simchat\s+torah|shemini\s+atzeret|dussehra|dasara|dussera|vijayadashami|navratri"
    r"|navaratri|vesak|wesak|visakha\s+bucha|nowrooz|norooz|nauruz|spring\s+festival"
    r"|tisha\s+b['’]?e?['’]?\s?av|lag\s+b['’]?a?['’]?\s?omer"
    # national days: a country named with the day dates it (holidays.NATIONS); "National Day" alone is left out
    r"|national\s+day|german\s+unity\s+day|day\s+of\s+(?:german\s+unity|remembrance\s+and\s+victory)"
    r"|pearl\s+harbor(?:\s+remembrance)?\s+day)\b"
)
# Months of the Hebrew calendar ("15 Nisan 5784", "the 9th of Av"); "Adar I"/"Adar II" in a leap year.
HEBREW_MONTH = (
    r"(?:nisan|iyy?ar|sivan|tamm?uz|av|elul|tishr?e?i|(?:mar)?[ch]?heshvan|cheshvan|kislev|teveth?|sh['’]?e?vat"
    r"|adar(?:\s+(?:ii?\b|aleph\b|alef\b|bet\b|beth\b|sheni\b|rishon\b))?)\b"
)
# Months of the Islamic (Hijri) calendar, in the spellings of English-language news ("Dhul Hijjah", "Rabi al-Awwal").
HIJRI_MONTH = (
    r"(?:muharram|safar|rabi(?:['’]|\s+|-)?(?:(?:al|ul|el)[\s-]*)?(?:awwal|awal|thani|sani|akhir|ii?\b)"
    r"|jumad[ae](?:\s+|-)?(?:(?:al|ul|el)[\s-]*)?(?:ula|oola|awwal|akhirah?|thani|sani|ii?\b)|rajab|sha['’]?a?ban"
    r"|ramadan|shawwal|(?:dhu|dhul|zul|zil)(?:[\s-]+(?:al|l))?[\s-]*(?:qa['’]?a?dah?|qi['’]?dah?|hijjah?))\b"
)

# The months no calendar quarter ends in, naming a company's quarter that ends then ("the July quarter"); the four
# that end one are listed with the ordinals.
_QUARTER_END_MONTH = r"(?:january|february|april|may|july|august|october|november)(?=[\s-]+(?:(?:19|20)\d\d\s+)?quarter)"

# A unit only where the next smaller one follows its count ("2 hours 14 minutes"): a rule over both then never
# swallows "2 years 3 days" only to reject it.
_UNIT_THEN_SMALLER = "|".join(
    rf"{big}s?(?=[\s,]+(?:and\s+)?[\w-]+\s+{small})"
    for big, small in (("hour", "min"), ("minute", "sec"), ("day", "hour"), ("week", "day"), ("year", "month"))
) + r"|years?(?=\s+and\s+(?:a|one|\d+)\s+days?\b)"  # the sentence "a year and a day" (not "2 years 3 days after")

# --- rules: (name, pattern) in priority order -------------------------------------------------------------------
RULES: list[tuple[str, str]] = [
    # web stamps abbreviate the unit: "2h ago", "5m ago", "3d ago" (before "period_code", which reads "2H" as a half)
    ("web_ago", r"(?P<n>\d{1,3})\s?(?P<unit>hrs?|h|mins?|m|d|wks?|w|mo|yrs?|y)\s+(?P<dir>ago)\b"),
    (
        # before "clock", which would stop at "2:15" in "2:15 in the afternoon"
        "clock_part",
        rf"(?:(?P<approx>about|around|approximately|roughly)\s+)?"
        # "twenty past four in the morning"
        rf"(?:(?:a\s+)?(?P<mins>half|quarter|five|ten|twenty(?:[\s-]five)?)\s+(?P<dir>past|to)\s+)?(?P<hour>(?:[01]?\d|2[0-3])|{_HOUR_WORD})(?::(?P<minute>[0-5]\d))?(?:\s+{OCLOCK})?"
        r"\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))\b",
    ),
    (
        "clock",
        rf"(?:(?P<approx>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        # "local time" is read (four-digit readings need it) but left outside the extent
        rf"(?P<clock>{CLOCK})(?:(?P<local>\s+local\s+time\b)|(?:\s*,?\s*(?P<tz>{ZONE}))?"
        rf"(?:,?\s+(?P<day>today|yesterday|tomorrow|tonight|{WEEKDAY_DATED},?\s+{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR4})?|{WEEKDAY}(?:\s+{PART})?|{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR4})?|{DAYNUM}\s+(?:{MONTH}|{_ABBR}\b)(?:,?\s+{YEAR4})?))?)",
    ),
    (
        # a date of the Islamic calendar: "15 Ramadan 1445", "the 10th of Muharram", "Ramadan 17, 1445"
        "hijri_date",
        rf"(?:the\s+)?(?P<hd>{DAYNUM})\s+(?:of\s+)?(?P<hm>{HIJRI_MONTH})(?:,?\s+(?P<hy>1[2-5]\d\d)\b(?:\s+(?:a\.h\.|ah\b))?)?"
        # month first only with the year or before a stop: "during Ramadan 10 people died" counts people
        rf"|(?P<hm2>{HIJRI_MONTH})\s+(?P<hd2>{DAYNUM})(?:,?\s+(?P<hy2>1[2-5]\d\d)\b(?:\s+(?:a\.h\.|ah\b))?|(?=\s*(?:[,.;:)]|$)))",
    ),
    (
        # a date of the Hebrew calendar: "15 Nisan 5784", "the ninth of Av", "Nisan 15, 5784"
        "hebrew_date",
        rf"(?:the\s+)?(?P<xd>{DAYNUM}|{DAYWORD})\s+(?:(?P<xof>of)\s+)?(?P<xm>{HEBREW_MONTH})(?:,?\s+(?P<xy>5[5-9]\d\d)\b)?"
        rf"|(?P<xm2>{HEBREW_MONTH})\s+(?P<xd2>{DAYNUM})(?:,?\s+(?P<xy2>5[5-9]\d\d)\b|(?=\s*(?:[,.;:)]|$)))",
    ),
    (
        "month_day",
        # wire copy's "early on Feb. 24", "late on 3 March": one timex with its mod, as "early on Sunday"
        rf"(?:(?P<weekof>the\s+week(?P<weekend>end)?\s+of)\s+)?(?:(?P<pre>early|late|mid|around(?=\s))[\s-]+(?:on\s+)?)?(?:(?:(?:this\s+)?coming\s+)?(?P<weekday>{WEEKDAY_DATED}),?\s+(?={MONTH}|\d))?"
        rf"(?:(?P<month>{MONTH})\s*(?:the\s+(?=\d\d?(?:st|nd|rd|th)))?(?P<day>{DAYNUM}|(?<=\s){DAYWORD})(?:(?:(?:\s*,\s*{DAYNUM}(?!,?\s*\d\d\d))+\s*,?\s*(?:and|or)|\s*(?:-|–|to|through|and|or))\s*(?P<day2>{DAYNUM})|\s*[-–]\s*(?P<month2>{MONTH})\s*(?P<day2m>{DAYNUM}))?"
        rf"|(?:the\s+)?(?P<day_b>{DAYNUM})(?:(?:(?:\s*,\s*{DAYNUM})+\s*,?\s*(?:and|or)|\s*(?:-|–|/|to|and|or))\s*(?P<day2_b>{DAYNUM}))?\s+(?:of\s+)?(?P<month_b>{MONTH}|{_ABBR}\b)"
        # "30 January-2 February": a range over a month's end, written day first
        rf"(?:\s*[-–]\s*(?P<day2m_b>{DAYNUM})\s+(?P<month2_b>{MONTH}))?"
        rf"|the\s+(?P<day_w>{DAYWORD})\s+of\s+(?P<month_w>{MONTH_FULL}\b))"
        rf"(?:,?\s+(?P<year>{YEAR_ANY}|{YEAR_WORDS}\b|{YEAR_WORDS_20}\b)(?:\s*[-–,]\s*(?P<weekday2>{WEEKDAY}))?)?"
        # an HTTP-style stamp keeps its seconds: "Thu, 14 Mar 2024 09:12:33 GMT"
        rf"(?:,?\s+(?:at\s+)?(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?{AMPM})?|(?:[01]?\d|2[0-3])(?:\.[0-5]\d)?\s?{AMPM}"
        rf"|(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s?{_DOT_ZONE}))(?:\s*(?P<tz>{ZONE}))?)?",
    ),
    (
        # the scanner reads lower-cased text, hence [tT] and [zZ]; a zone (Z, +02:00, " UTC" after a clock) is read
        # but not kept
        "iso",
        r"(?P<iso>\d{4}-[01]\d-[0-3]\d(?:[tT ][0-2]\d:[0-5]\d(?::[0-5]\d)?)?)(?:\.\d+)?(?:[zZ]|[+-][01]\d:?[0-5]\d)?\b"
        r"(?:(?<=:\d\d)\s(?:utc|gmt)\b)?"
        r"|(?P<ymd>\d{4}/[01]?\d/[0-3]?\d|\d{4}\.[01]\d\.[0-3]\d)\b(?![/.]\d)",
    ),
    # attacks named by their day ("the 9/11 attacks", "the 7/7 bombings"): no year is written, the name fixes it
    ("named_day", r"(?P<nd>9/11|7/7)(?![/\d])"),
    (
        "numeric",
        # Indian official forms: "28-03-2013", "22-Mar-2013"; a weekday may stand before ("Friday, 22/03/2013"), and
        # must before a day and month without the year ("Monday 25/3"; "24/3" alone is a cricket score: the
        # normalizer checks).  One weekday group for both: tried at every word, it is the rule's whole cost there.
        rf"(?=mon|tue|wed|thu|fri|sat|sun|\d)(?:(?P<weekday>{WEEKDAY_DATED}),?\s+)?(?<![\d/.-])(?:(?P<num>[0-3]?\d/[0-3]?\d/(?:\d{{4}}|\d\d)"
        rf"|(?P<dotted>[0-3]?\d\.[01]?\d\.\d{{4}})|[0-3]?\d-[0-3]?\d-(?:19|20)\d\d|[0-3]?\d-{_ABBR}-(?:19|20)\d\d)\b(?![/.-]\d)"
        # a web page's stamp: "06/20/2023 02:32 PM"
        rf"(?:,?\s+(?:at\s+)?(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?{AMPM})?)(?:\s*(?P<tz>{TZ}))?)?"
        rf"|(?<=[a-z.,]\s)(?P<dm>[0-3]?\d/[01]?\d)\b(?![/.-]?\d)"
        # a month of a year as labels and recall notices print it: "best before 12/2025", "exp. 08/2026"
        r"|(?<![\d/.$-])(?P<my>(?:0?[1-9]|1[0-2])/(?:19|20)\d\d)\b(?![/.-]?\d))",
    ),
    (
        "month_year",
        rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<month>{MONTH})(?:(?:\s+of)?,?\s+(?P<year>{YEAR_ANY}|'\d\d\b|{YEAR_WORDS}\b|{YEAR_WORDS_20}\b)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)",
    ),
    (
        # before "quarter", which would stop at "the same quarter" in "the same quarter last year"
        "period_ago",
        r"the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period|month)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)\b"
        r"|(?:the\s+)?(?:last|previous|prior)\s+year(?:'s|’s)\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\b",
    ),
    # a stretch of a named month: "the first week of June", "the last days of December", "the second half of June";
    # of the year or month: "the last week of the year", "the first months of next year"
    (
        "month_part",
        r"(?:the\s+)?(?P<ord>first|opening|early|second|third|fourth|middle|last|final|closing|late)\s+"
        rf"(?:(?:two|three|few|couple\s+of)\s+)?(?P<unit>weeks?|weekends?|days|fortnight|months?|half(?=\s+of\s+{MONTH_FULL}\b))\s+of\s+"
        rf"(?:(?P<month>{MONTH_FULL})\b(?:,?\s+(?P<year>{YEAR4}))?|(?P<rel>the|this|last|next)\s+(?P<per>year|month)\b)",
    ),
    (
        "quarter",
        rf"(?:the\s+)?(?:(?P<poss>(?:this|last|next)\s+year(?:'s|’s)|its|the\s+company(?:'s|’s)|(?:fiscal\s+)?(?:19|20)\d\d(?:'s|’s)?)\s+)?"
        rf"(?:(?P<ya>year-earlier|year-ago|comparable|corresponding|year-before|prior-year|previous-year)\s+)?"
        rf"(?P<fiscal1>fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|fiscal|past|previous|same|year-earlier|year-ago|prior-year|previous-year|year-before|september|december|march|june|holiday|back|front|{_QUARTER_END_MONTH})(?:\s+(?P<oyear>{YEAR4})(?=\s+quarter))?"
        rf"(?:\s+and\s+(?P<ord2>second|third|fourth|2nd|3rd|4th))?"
        rf"(?:[\s-]+(?:fiscal|calendar)(?:\s+year)?)?[\s-](?P<unit>quarters?|half|period)\b(?![\s-]+century\b|\s+of\s+the\s+(?:(?:[\w-]+\s+)?(?:century|decade)\b|(?:1[6-9]|20)\d0['’]?s\b|['’]\d0s\b))(?!\s+of\s+{MONTH_FULL}\b)"
        rf"(?:(?:\s+of|,)?\s+(?:(?:fiscal|calendar)\s+(?:year\s+)?)?(?P<year>{YEAR4})|\s+of\s+(?P<det>this|last|next|the)\s+year\b"
        rf"|(?:\s+of)?\s+fy\s?(?P<fyear>(?:19|20)\d\d\b|'?\d\d\b))?",
    ),
    (
        "quarter_pair",
        rf"(?:the\s+)?(?P<which>first|last|final)\s+two\s+quarters(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<year>{YEAR4}))?",
    ),
    (
        "fiscal_period",
        r"(?:(?P<pre>around|by|at|until)\s+)?(?:(?P<yearend>(?:the\s+)?year(?:-|\s+|(?:'s|’s)\s+)end)\b"
        # "by this month-end", "at month-end", "last month's end"
        r"|(?P<monthend>(?:(?P<mdet>this|last|next|the)\s+)?month(?:-|(?:'s|’s)\s+)end)\b"
        # "by midyear", "a mid-year review": the middle of the current year ("mid-2026" is read with its year)
        r"|(?P<midyear>mid[\s-]?year)\b(?![\s-]*\d)"
        # "up 30% year to date", "year-to-date gains": the year so far, valued as the current year; so for a
        # quarter, month or week ("down 6% month-to-date")
        r"|(?:the\s+)?(?P<ytd>(?P<tdunit>year|quarter|month|week)[\s-]+to[\s-]+date|ytd)\b"
        r"|the\s+(?P<kind>full|fiscal|current\s+fiscal|latest\s+fiscal|current\s+calendar|calendar|past\s+fiscal|previous\s+fiscal|prior\s+fiscal)\s+year\b(?![\s-]+\d)"
        # Indian business English uses "fiscal" as a noun: "growth of 7% this fiscal", "in the next fiscal"
        r"|(?:the\s+)?(?P<fdet>this|next|last|current|previous|coming)\s+fiscal\b(?![\s-]+(?:year|quarter|half|first|second|third|fourth|q[1-4]|h[12]|\d)|\s*[’']s\b)"
        # the adjective "full-year" (guidance, results), "full year 2024"
        rf"|(?:the\s+(?=full\s+year\s+\d))?(?P<full>full(?:-year\b|\s+year\b(?=\s+\d)))(?:\s+(?P<fyear>{YEAR4}))?)",
    ),
    (
        "period_code",
        rf"(?:fiscal\s+)?(?P<code>[qh][1-4]|[1-4]q|[12]h)(?:\s*(?:of\s+)?(?:fy\s*|fiscal\s+)?(?P<year>{YEAR4}|'?\d\d\b)"
        r"|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)?"  # "Q1 next year", as "March of next year"
        # a fiscal year over two calendar years is named by the second: "FY2024-25", "fiscal year 2023/24"; "CY2023"
        # is a calendar year, written the same way
        rf"|(?P<fy>fy|cy|fiscal\s+year)\s*(?P<fyear>(?:19|20)\d\d(?:[-/](?:(?:19|20)\d\d|\d\d))?\b|'?\d\d\b)"
        rf"|(?:the\s+)?(?P<m1>{MONTH_FULL}|{_ABBR}\.?)\s*[-–]\s*(?P<m2>{MONTH_FULL}|{_ABBR}\.?)\s+(?P<unit>quarter|period|half)\b",
    ),
    ("period_year", rf"the\s+(?P<pyear>{YEAR4})\s+(?:period|quarter)\b"),
    ("year_ago_adj", r"(?P<ya>year-(?:earlier|ago))\b"),
    (
        "fiscal_year",
        rf"(?:(?P<pre>{PRE})[\s-]+)?(?:the\s+)?(?P<fiscal>fiscal|calendar|financial|model|school|tax)(?:[\s-]+year)?\s+(?P<year>(?:19|20)?\d\d[-/]\d\d\b|{YEAR4})"
        # the year first: "the 2024 fiscal year", "the 2023-24 financial year"
        r"|the\s+(?P<year2>(?:19|20)\d\d(?:[-/]\d\d)?)\s+(?:fiscal|financial|calendar|model|tax)\s+year\b",
    ),
    (
        "year_words",
        rf"(?:the\s+year\s+)?(?P<words>{YEAR_WORDS})\b|(?:the\s+year\s+|{_YEAR_PREP})(?P<words20>{YEAR_WORDS_20})\b"
        # a year said by its last two words, only after "back in": "back in ninety-eight"
        rf"|(?<=\bback\sin\s)(?P<short>(?:sixty|seventy|eighty|ninety)[\s-]{_ONES})\b(?![\s-]+(?:{UNIT}|percent|per|people|of)\b)",
    ),
    (
        "decade",
        # "the 80s" without an apostrophe only after "the" (the normalizer checks it is no temperature)
        # a half of one: "the last half of the '80s" (TimeBank: END)
        r"(?:the\s+)?(?:(?P<half>first|second|last|latter)\s+half\s+of\s+the\s+)?(?:(?P<pre>mid[\s-]+to[\s-]+late|early[\s-]+to[\s-]+mid|early|late|mid)[\s-]+)?(?:(?:roaring|swinging)\s+)?(?P<dec>(?:1[6-9]|20)\d0(?:'s|’s|s)|['’]\d0s|(?<=the\s)[1-9]0(?:'s|’s|s)|(?:nineteen[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<=(?:the|rly|ate|mid)[\s-])(?:aughts|noughties|two\s+thousands))\b",
    ),
    (
        "century",
        rf"(?:the\s+)?(?:(?P<pre>early|late|mid|(?:end|start|beginning|middle|turn|(?:first|second|last|latter)\s+half)\s+of)(?:[\s-]+|(?<=mid)(?=century\b)))?(?:(?P<det>this|last|next|the\s+(?:last|past|next|previous))\s+century"
        # "the end of the decade", "the turn of the century", "by mid-century": the current one (only with an edge)
        rf"|(?:(?<=of\s)the\s+)?(?P<ord>{ORD}|twenty[\s-]first|twentieth|(?:thir|four|fif|six|seven|eigh|nine)teenth)[\s-]+centur(?:y|ies(?<=and\s\d\dth\scenturies))(?:\s+(?P<bc>b\.c\.(?:e\.)?|bce\b|bc\b|a\.d\.|ad\b|ce\b))?"
        r"|the\s+(?P<unit>century|decade)|(?:(?<=mid[\s-])|(?<=mid))(?P<bare>century))(?:(?<=\.)|\b)",
    ),
    (
        "holiday",
        # "the first day of Ramadan": a day of a feast of several
        rf"(?:(?P<the>the)\s+)?(?:(?P<hnth>first|second|third|last|final)\s+day\s+of\s+)?(?:(?P<det>last|this|next)\s+)?(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{YEAR_ANY}|[1-9]\d\d\b(?=[.;)]|,\s|\s*$)|5[5-9]\d\d\b))?"
        rf"(?:(?P<hweek>\s+week\b)|\s+(?P<hweekend>(?:holiday\s+)?weekend\b)|\s+(?P<part>{PART}))?",
    ),
    (
        # a holiday referred back to: "over the holiday weekend", "the long weekend", "during the holiday"
        "holiday_ref",
        r"the\s+(?:(?P<hw>holiday|long|three-day|four-day)\s+weekend\b|holiday\b(?![\s-]+(?:season|shopping|sales?|spirit"
        r"|period|rush|travel|traffic|break|bonus|lights|party|parties|cards?|gifts?|homes?|schedule|weekend|retreat|resort|camp|"
        r"makers?|village|inn|pay|trade|crowds?|tradition|music|movie|film|special|menu|table|dinner|meal|decorations?)\b))",
    ),
    (
        # a month of the Islamic calendar alone ("during Muharram", "Shawwal 1445"); Ramadan is a feast, above
        "hijri_month",
        rf"(?!ramadan\b)(?P<hmonth>{HIJRI_MONTH})(?:,?\s+(?P<hmy>1[2-5]\d\d)\b(?:\s+(?:a\.h\.|ah\b))?)?",
    ),
    (
        # a year of another calendar: "the Year of the Dragon" (Chinese), "the Persian year 1403" (Solar Hijri)
        "calendar_year",
        r"(?P<ythe>the\s+)?year\s+of\s+the\s+(?:(?:wood|fire|earth|metal|gold(?:en)?|water)\s+)?(?P<animal>rat|ox|tiger|rabbit|hare"
        r"|dragon|snake|horse|goat|sheep|ram|monkey|rooster|cock|dog|pig|boar)\b"
        r"|(?:the\s+)?(?:persian|iranian|solar\s+hijri)\s+(?:calendar\s+)?year\s+(?P<pyear>1[2-4]\d\d)\b",
    ),
    (
        # a day set by a weekday's rank in a month: "the first Monday in October", "the last Thursday of November"
        "nth_weekday",
        # or of every month, a recurring meeting day: "the second Tuesday of each month"
        rf"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<weekday>{WEEKDAY})\s+(?:in|of)\s+"
        rf"(?:(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?|(?P<each>(?:each|every)\s+month\b))"
        # two ranks of every month: "the first and third Tuesdays of each month"
        r"|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+and\s+(?:second|third|fourth|fifth|last|2nd|3rd|4th|5th)\s+"
        r"(?P<wdays>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s\s+(?:in|of)\s+(?:each|every)\s+month\b",
    ),
    (
        "set",
        # "one kit per calendar year": the calendar year is the year
        rf"(?P<set>(?:every|each|per)\s+(?:(?:other|alternate)\s+)?(?:calendar\s+(?=year\b))?(?:(?P<n>{NUMBER}|half)(?P<range>\s*(?:to|or|-|–)\s*{NUMBER})?[\s-]+)?(?P<unit>{UNIT}|{WEEKDAY}(?:\s+(?P<wpart>{PART}))?|{MONTH_FULL}\b|{SEASON}|(?P<hol>{HOLIDAY})\b|morning\b|afternoon\b|evening\b)"
        rf"|(?P<times>once|twice|thrice|(?:\d+|{_TENS}(?:[\s-]{_ONES})?|{_ONES}|several|many|a\s+few|a\s+dozen)[\s-]+times)[\s-]+"  # "twice-weekly", "once-a-day" too
        rf"(?:(?:a|an|per)[\s-]+(?P<unit2>{UNIT_SINGULAR})|(?:every|each)\s+(?:(?P<tother>other)\s+)?(?:(?P<tn>{NUMBER})\s+)?(?P<unit3>{UNIT})|(?P<tadv>{_SET_ADV}))"
        rf"|(?P<adv>{_SET_ADV})"
        r"|(?P<weekends>weekends)\b"
        r"|(?:(?<=\bwork\s)|(?<=works\s)|(?<=worked\s)|(?<=working\s))(?P<nights>nights)\b"  # "she worked nights"
        rf"|(?P<wdparts>{WEEKDAY}(?:\s+(?:and|or)\s+{WEEKDAY})?\s+(?P<parts>mornings|afternoons|evenings|nights)\b)"
        rf"|(?P<plural>(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b(?:\s+and\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b)?)(?:\s+at\s+(?P<stime>(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?{AMPM}))?)",
    ),
    # "this time last year", "the same time next year": the article's day a year off
    # vague references of narrative and opinion; before "anchored_day", which would take "this day" of "this day and age"
    (
        "vague_ref",
        r"(?P<ref>this\s+day\s+and\s+age|those\s+days|the\s+other\s+(?:day|night|week)|a\s+generation\s+ago"
        # spoken vagueness: "a while ago", "a short time ago", "back in the day", "(still searching) at this hour"
        r"|a\s+(?:little\s+)?while\s+(?:ago|back)|a\s+short\s+time\s+ago|(?<=back\sin\s)the\s+day|(?<=\bat\s)this\s+hour"
        r"|(?<=\bfor\s)a\s+(?:little\s+|long\s+)?while(?!\s+(?:ago|back)\b))\b",
    ),
    # "by then", "back then", "until then": the time the story last named ("since then" TimeBank leaves untagged)
    (
        "then_ref",
        r"(?P<prep>by|back|until|till)\s+then\b(?!\s*[-,]?\s*(?:current|president|prime|chief|leader|head|minister|secretary)\b)"
        # "at the time", "at that time", "by that time" (the normalizer keeps out "at the time of/the shots were fired")
        r"|(?P<tprep>at|by|until|till)\s+(?P<tthe>that|the)\s+time\b",
    ),
    ("same_time", r"(?:this|the\s+same)\s+time\s+(?:(?P<when>last|next)\s+year|a\s+year\s+(?P<ago>ago))\b"),
    # "a week from Friday", "two weeks from today", and British "a fortnight on Saturday" (that only after a word
    # looking ahead: "it was delayed two weeks on Monday" says when it was delayed); not a span that starts then:
    # "suspended for two weeks from Friday", "sentenced to ten years from Tuesday"
    (
        "count_from",
        r"(?:(?<!\bfor\s)(?<!\bto\s)(?<!\bof\s)(?<!\bover\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bserved\s)(?<!\bspent\s)"
        rf"(?P<n>{NUMWORD}|\d{{1,3}}|an?)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+from\s+"
        r"|(?:(?<=\bis\s)|(?<=\bbe\s)|(?<=[’']s\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bdue\s)|(?<=\bstarts\s)|(?<=\bbegins\s)|(?<=\bopens\s)"
        # verbs of a scheduled return or close ("Parliament returns a week on Monday")
        r"|(?<=\breturns\s)|(?<=\bresumes\s)|(?<=\breopens\s)|(?<=\bends\s)|(?<=\bcloses\s)|(?<=\bmeets\s)|(?<=\bsits\s))"
        # British "a fortnight today", "a week tomorrow" need no "on"
        rf"(?P<n_on>{NUMWORD}|an?)\s+(?P<unit_on>weeks?|fortnights?)\s+(?:on\s+|(?=today\b|tomorrow\b)))(?P<base>today|tomorrow|{WEEKDAY})(?!\s*[’']s\b)"
        # and "this day fortnight", "tomorrow week": the day named, a week or two on
        r"|(?P<base_first>this\s+day|today|tomorrow)\s+(?P<unit_after>week|fortnight)\b(?![\s-]+(?:long|old)\b|\s*[’']s\b)",
    ),
    (
        "ago",
        rf"(?:(?P<approx>{APPROX})\s+)?(?P<n>{NUMBER}|\d+(?:\.\d+)?)(?:\s+(?:or|to)\s+(?P<n2>{NUMBER}))?(?:\s+(?:more|full|trading|business|working|calendar))?[\s-]+(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+"
        # British "a year on," is "a year later" ("two years on from the vote": after it), but "two weeks on, two off" is a
        # rota; "$" lets the re-read (cut at the match's end) pass the lookahead the scanner checked on the whole text
        r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously|back|prior(?=\s*[,.;:!?)]|$)|on(?=\s*[,.;:]|\s+from\b|$)(?![,\s]+(?:[a-z]+\s+){0,2}off\b))\b"
        # "a year ago today", "two years ago this summer": the article's day, week or season that many units back
        r"(?:(?<=ago)\s+(?P<on>today|this\s+(?:week|weekend|month|spring|summer|fall|autumn|winter))\b)?",
    ),
    (
        # a time told in two units: a race won "in 2 hours 14 minutes", "three years and six months" in prison
        "two_unit_span",
        rf"(?:(?P<approx>{APPROX})\s+)?(?P<n>\d+|{NUMWORD}|an?)\s+(?P<unit>{_UNIT_THEN_SMALLER})\s*,?\s+(?:and\s+)?"
        rf"(?P<n2>\d+|{NUMWORD}|an?)\s+(?P<unit2>minutes?|seconds?|hours?|days?|months?)\b"
        r"(?!\s+(?:ago|earlier|later|before|after|from\s+now|a|an|per|each)\b)",
    ),
    (
        "compound_span",
        # AP writes the long ones closed up: "a weeklong manhunt", "an hourslong standoff"
        r"(?P<unit>(?:minute|hour|day|week|month|year|decade|centur(?:y|ie))s?)(?:-(?P<kind>long|old)|long)\b",
    ),
    # latency and compute times: "in 200 milliseconds", "a 5-microsecond delay" (ISO 8601 writes them as seconds)
    ("subsecond", rf"(?:(?P<approx>{APPROX})\s+)?(?P<n>\d+(?:\.\d+)?|{NUMWORD})[\s-]+(?P<unit>milli|micro|nano)seconds?\b"),
    (
        "duration",
        rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the|a|an|its|their)\s+)?"
        rf"(?:(?P<det>past|last|next|first|coming|previous|following|final|latest|remaining|initial|ensuing|recent|same|entire|full|whole|other|year-earlier|year-ago|trailing|prior|preceding)\s+)?"
        rf"(?:(?P<btw>between)\s+)?(?P<n>{NUMBER})(?:\s*(?P<to>-|to|or|–|and)\s*(?P<n2>{NUMBER}))?(?P<more>\s+(?:more|additional|further|full|straight|consecutive|trading|business|working|calendar))?"
        rf"(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<andhalf>\s+and\s+a\s+half\b)?(?P<old>-old\b)?(?:\s+(?P<orso>or\s+so|or\s+more|or\s+longer|or\s+two|or\s+three))?"
        # "three days a week", "24 hours a day": so many units in each longer one (a SET)
        r"(?:\s+(?:a|an|per|each)\s+(?P<per>day|night|week|month|year)\b(?!\s+(?:ago|earlier|later|before|after|old)\b))?",
    ),
    (
        "deictic",
        rf"(?:(?P<pre>early|late|earlier|later|mid)[\s-]+)?(?:(?P<dayof>the\s+day\s+(?:before|after))\s+)?"
        rf"(?P<word>today|tonight|tomorrow|yesterday|overnight)\b"
        rf"(?:(?:'s|’s)?\s+(?P<part>{PART})|(?<=overnight)\s+(?P<weekday>{WEEKDAY}))?",
    ),
    (
        "nth_day",
        # war-time counts run past a month: "the 100th day", "day 100" (of the war)
        rf"(?:the\s+)?(?P<ord>{ORD}|\d{{3,4}}(?:st|nd|rd|th)\b)\s+(?:straight\s+|consecutive\s+|full\s+)?day\b"
        r"|day\s+(?P<num>\d{1,4})\b(?=\s+of\b|$)",  # "$": the re-read is cut at the match end
    ),
    # "Tuesday the 4th" (the weekday picks the month); "the 15th of next month"
    (
        "day_of_month",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?the\s+(?P<dom>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b(?!\s+of\s+{MONTH_FULL}\b)"
        # a list of days, split in the tagger: "on the 3rd, 4th and 5th"
        r"(?:(?:\s*,\s*(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b)*\s*,?\s*(?:and|or)\s+(?:the\s+)?"
        r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+of\b))?"
        r"(?:\s+of\s+(?P<mrel>this|last|next)\s+month\b|\s+of\s+(?:each|every)\s+(?P<meach>month)\b)?"
        # a day of every month, a recurring due date: "rent is due on the first of each month"
        rf"|the\s+(?P<eachw>{DAYWORD})\s+of\s+(?:each|every)\s+month\b"
        # spelled, only after a preposition of time and before a pause: "On the fifth, the envoys walked out."
        rf"|(?:(?<=\bon\s)|(?<=\bby\s)|(?<=until\s)|(?<=\btill\s)|(?<=since\s))the\s+(?P<domw>{DAYWORD})(?=\s*[,.;:]|$)"
        # ... or after a weekday, before a pause or a preposition: "Tuesday the fifth" (not "Tuesday the first thing")
        rf"|(?P<wdw>{WEEKDAY}),?\s+the\s+(?P<wdomw>{DAYWORD})"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:at|in|and|or|when|to|for|before|after|with|from|until)\b)",
    ),
    # "talks resume in the new year": the coming year (not "the new year's budget")
    ("new_year", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=until\s)|(?<=\btill\s)|(?<=\binto\s)|(?<=after\s))the\s+new\s+year\b(?!\s*['’]s\b)"),
    (
        "anchored_day",
        r"(?:(?P<pre>earlier|later|early|late|the\s+(?:end|beginning|start|middle|rest|remainder|close|back\s+end|tail\s+end)\s+of|the\s+dead\s+of(?=\s+night\b))\s+)?(?:(?P<the>the|that|this)\s+)?(?P<rel>next|following|previous|same|prior|that\s+same|very|preceding|latest)?\s*"
        # British "the bank holiday weekend", "the week just gone"
        r"(?:(?<=the\s)bank\s+holiday\s+(?=weekend\b))?"
        r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year|quarter)\b(?:\s+(?P<dir>before|after|earlier|later)"
        # "the week before last", "the year after next" (not "the day before last Tuesday's vote")
        rf"(?:\s+(?P<far>last|next)\b(?!\s+(?:{WEEKDAY}|{UNIT_SINGULAR}|{SEASON}|{MONTH_FULL}\b)))?|\s+(?P<gone>just\s+gone)\b)?",
    ),
    (
        "relative",
        rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<det>{DET})[\s-]+(?:(?P<fiscal>fiscal|calendar|financial)\s+)?"
        # "this flu season", "last hurricane season": a named season is a season too
        r"(?:(?:flu|influenza|cold|respiratory(?:\s+virus)?|rsv|covid|allergy|pollen|hurricane|typhoon|monsoon|wildfire|fire|tick|mosquito)\s+(?=season\b))?"
        rf"(?P<what>{UNIT_SINGULAR}|{SEASON}|{MONTH_FULL}\b|{WEEKDAY}|{HOLIDAY})"
        rf"(?:\s+(?P<part>{PART}))?",
    ),
    (
        "weekday",
        # British "bank holiday Monday"; "Tuesday week" is a week after the coming Tuesday
        # wire copy puts "on" after the edge word ("late on Tuesday", "early on Sunday"): one timex with its mod
        rf"(?:(?P<pre>early|late|mid)\s+(?:on\s+)?)?(?:bank\s+holiday\s+)?(?:(?P<part0>{PART})\s*,?\s+)?"
        # "the Friday before", "the Tuesday after" with nothing after: counted from the date the story last named
        rf"(?:the\s+(?={WEEKDAY}\s+(?:before|after)\b))?(?P<weekday>{WEEKDAY}|{WEEKDAY_ABBR})(?!\s+(?:night|morning)s)"
        rf"(?:\s+(?P<part>{PART}|(?P<ptime>{CLOCK})|(?P<week>week\b)(?![\s-]+(?:\d|long|old)\b)"
        # British and Irish "Friday next", "Tuesday last" (not "Tuesday last week", "Monday next year")
        rf"|(?P<nl>next|last)\b(?!-)(?!\s+(?:{UNIT}|season\b|door\b|{SEASON}|{MONTH_FULL}\b|{WEEKDAY}|{PART}|time\b|one\b|\d)))"
        r"|\s+(?P<wdir>before|after)(?=\s*[,.;:!?]|$))?",
    ),
    # "by midweek", "a mid-week storm": the middle of the week the wording points to
    ("midweek", r"mid[\s-]?week\b"),
    ("mid_part", r"mid[\s-]?(?P<part>morning|afternoon)(?:\s+(?P<word>yesterday|today|tomorrow))?\b"),
    (
        "part_of_day",
        rf"(?P<det>this|last|yesterday|tomorrow|that|the)\s+(?P<part>{PART})",
    ),
    (
        # "at dawn Tuesday", "by dusk", "before first light": the edges of the day after a preposition of time
        # ("dawn raids", "as dawn broke", "the dawn of an era" are no timex; "from dusk to dawn" is a kind of curfew)
        "sun_part",
        r"(?:(?<=\bat\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bsince\s)"
        r"|(?<=\btoward\s)|(?<=\btowards\s)|(?<=\baround\s)|(?<=\bnear\s)|(?<=\bpast\s))"
        r"(?P<word>dawn|daybreak|first\s+light|sunrise|sunup|dusk|nightfall|sunset|sundown|lunchtime|lunch\s+time)\b"
        r"(?![\s-]+(?:to|till|until|and)[\s-]+(?:dawn|daybreak|sunrise|dusk|nightfall|sunset)\b)"
        rf"(?:\s+(?P<weekday>{WEEKDAY}|today|yesterday|tomorrow)\b(?!\s*[’']s\b))?",
    ),
    (
        "month",
        rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<month>{MONTH_FULL}\b|(?:jan|feb|aug|sept?|oct|nov|dec)\.)"
        r"(?P<mend>-end\b)?"  # South Asian business copy: "by March-end" is "by end-March"
        rf"(?P<month2>[-–]{MONTH_FULL}\b)?",  # "the June-September monsoon": one span, valued by its first month
    ),
    (
        "season",
        rf"(?:(?P<pre>early|late|mid)[\s-]+)?(?:the\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR_ANY}|{YEAR_WORDS}\b)"
        # a winter over two years: "the winter of 2021-22", "the 2022-23 winter" (valued by the first)
        rf"(?:[-–/](?:1\d|20)?\d\d\b)?"
        # a year cut to two digits: "the summer of '69"
        r"|\s+of\s+['’](?P<apos>\d\d)\b(?!['’])"
        # history goes on from the narrated year: "the summer of that year", "the spring of the following year"
        r"|\s+of\s+(?P<that>that|the\s+same|the\s+(?:following|next|previous|preceding))\s+year\b"
        r"|\s+of\s+(?P<srel>this|last|next)\s+year\b)?"
        rf"|the\s+(?P<year_b>(?:1\d|20)\d\d)(?:[-–/](?:1\d|20)?\d\d)?\s+(?P<season_b>{SEASON})",
    ),
    ("era", rf"(?P<pre_era>a\.d\.|ad)\s+(?P<y1>[1-9]\d{{0,3}})\b(?![.,]?\d)|(?P<y2>[1-9]\d{{0,3}})\s+(?P<era>{ERA_AFTER})"),
    (
        "year",
        rf"(?:(?P<pre>{PRE})[\s-]+)?(?P<in>(?:in|of|since|until|till|by|from|to|through|during|for|before|after)\s+)?(?P<year>{YEAR4}|2100\b(?![.,]?\d))(?P<dash>[-–]{YEAR4}|[-–]\d\d\b(?![-–])|/(?:{YEAR4}|\d\d\b(?![/.,]?\d)))?"
        # a year before 1600 stands alone only after a preposition ("the city fell in 1453"); not after "from" or
        # "by", which take amounts ("rose from 1200", "fell by 1200")
        rf"|(?P<ein>(?:in|since|until|till|during|before|after)\s+)(?P<eyear>1[0-5]\d\d\b(?![.,]?\d))(?P<edash>[-–]{YEAR_ANY}|[-–]\d\d\b(?![-–]))?"
        # a year cut to two digits after a preposition: "in '98", "the class of '05" (not a quoted '98')
        r"|(?P<ain>(?:in|of|since|until|till|during|before|after|from|through)\s+)['’](?P<ayy>\d\d)\b(?![’'\d])",
    ),
    (
        "ref",
        r"(?P<ref>recent\s+(?:days|weeks|months|years|decades)|(?:the\s+)?(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|years|decades)"
        r"|now|nowadays|currently|presently|at\s+present|these\s+days|recently|lately"
        r"|current(?!\s+(?:accounts?|affairs|events|assets|liabilities|ratio|prices|dollars|law|rules?)\b)"
        rf"|(?:in\s+)?the\s+past(?!\s+(?:\d|{NUMWORD}|few|several|couple|many))|formerly|the\s+future|the\s+near\s+future|the\s+(?:near|short|long)[\s-]+term(?![\s-]+\w)|a\s+later\s+date|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades|quarters)"
        r"|(?:seconds|minutes|hours|days|weeks|months|years|decades)\s+ago"
        # "over the years", "all these years": an unknown stretch up to the time of the story
        r"|over\s+the\s+(?:years|decades)(?!\s+(?:since|before|after|ahead|to\s+come|of|\d))|all\s+(?:these|those)\s+(?:years|decades)"
        r"|(?:for|in|within|over)\s+(?:days|weeks|months|years|decades|hours|minutes|seconds|centuries)|(?:the\s+)?(?:minutes|hours|days|weeks|months|years)\s+(?:before|after|ahead|since|later|earlier)|seconds\s+(?:later|earlier))\b",
    ),
    ("bare_span", r"(?P<unit>minutes|hours|days|weeks|months|years|decades)\b"),
]

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")

RULE_PATTERNS: dict[str, re.Pattern[str]] = {name: re.compile(pattern, _FLAGS) for name, pattern in RULES}



_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


def char_set(op: Any, av: Any) -> set[str] | None:
    """The characters a one-character item of a parsed pattern matches (None: a negated or word class, any)."""
    if op is _C.LITERAL:
        return {chr(av)}
    if op is not _C.IN:
        return None
    out: set[str] = set()
    for kind, arg in av:
        if kind is _C.LITERAL:
            out.add(chr(arg))
        elif kind is _C.RANGE:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif kind is _C.CATEGORY and arg is _C.CATEGORY_DIGIT:
            out.update("0123456789")
        elif kind is _C.CATEGORY and arg is _C.CATEGORY_SPACE:
            out.update(" \t\n\r\f\v")
        else:
            return None
    return out


def first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern may begin with (None: unknown, any) and whether it may match empty."""
    out: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL or op is _C.IN:
            chars = char_set(op, av)
            return (None if chars is None else out | chars), False
        if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the next item decides
        branches = (
            [av[-1]] if op is _C.SUBPATTERN else av[1] if op is _C.BRANCH else [av[2]] if op in _REPEATS else None
        )
        if branches is None:
            return None, False
        empty = op is not _C.SUBPATTERN and op is not _C.BRANCH and av[0] == 0
        for branch in branches:
            chars, may_be_empty = first_chars(branch)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or may_be_empty
        if not empty:
            return out, False
    return out, True


def _starts(parsed: Any) -> tuple[bool, bool]:
    """Whether a match of a parsed pattern may start with a digit, and whether it may start with anything else."""
    chars, empty = first_chars(parsed)
    if chars is None or empty:
        return True, True
    return any(c.isdigit() for c in chars), any(not c.isdigit() for c in chars)


def scanner(names: set[str]) -> re.Pattern[str]:
    """One compiled alternation of the named rules, in the grammar's order (the order decides between them)."""
    return re.compile(
        r"(?<![\w$])(?<!\d:)(?<!\d,)(?:"  # never inside a reading ("2:05:30") or a number ("5,730")
        + "|".join(f"(?P<{name}>{_NAMED_GROUP.sub('(?:', pattern)})" for name, pattern in RULES if name in names)
        + r")(?![\w])"
    )


# The scanner runs on the lower-cased text (case-sensitive matching is much faster than IGNORECASE).  A match
# starts at a word or a number; the rules a number cannot begin are left out of the scanner tried at numbers, and
# the other way round, so each try runs through fewer alternatives with the same outcome (the order of the rules,
# which decides between them, is kept).
PARSED_RULES: dict[str, Any] = {name: _parser.parse(pattern) for name, pattern in RULES}  # read by scanners.py too
_STARTS_OF = {name: _starts(parsed) for name, parsed in PARSED_RULES.items()}
SCANNER_AT_DIGIT: re.Pattern[str] = scanner({name for name, (digit, _) in _STARTS_OF.items() if digit})
WORD_RULES: frozenset[str] = frozenset(name for name, (_, other) in _STARTS_OF.items() if other)


@functools.cache
def _scanner_at_word() -> re.Pattern[str]:
    return scanner(set(WORD_RULES))


def __getattr__(name: str) -> Any:
    # ``SCANNER_AT_WORD``, the alternation of every rule a word may begin, is only a reference now (the tagger
    # tries each rule alone, see scanners.py): compiled on first use, it costs no start-up time.
    if name == "SCANNER_AT_WORD":
        return _scanner_at_word()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# --- where the scanner is tried ---------------------------------------------------------------------------------
# A timex always contains a trigger word (its head); it may begin a few words earlier with a start word
# ("the end of this year", "more than four decades ago").  Looking only there keeps the scan proportional to the
# number of temporal words, not to the length of the text.
TRIGGERS: frozenset[str] = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays
    thursdays fridays saturdays sundays spring summer fall autumn winter second seconds minute minutes hour hours day
    days night nights week weeks weekend weekends season midweek fortnight fortnights month months quarter quarters year years
    decade decades century centuries midcentury millennium millennia mins min hrs hr secs sec today tonight tomorrow yesterday midyear
    overnight midmorning midafternoon hourlong hourslong daylong dayslong weeklong weekslong monthlong monthslong
    yearlong yearslong decadelong decadeslong now nowadays current currently presently present recently lately previously formerly future soon past noon
    midnight midday christmas thanksgiving easter halloween valentine daily weekly
    monthly yearly annually hourly quarterly fortnightly nightly biweekly semiannually bimonthly twenties thirties forties fifties
    q h fy election cy
    juneteenth mardi pentecost mon tue tues wed thu thur thurs fri sat sun
    sixties seventies eighties nineties aughts noughties nineteen thousand ago then fiscal half period morning afternoon evening clock
    term date inauguration twenty millisecond milliseconds microsecond microseconds nanosecond nanoseconds ytd
    sixty seventy eighty ninety
    first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
    seventeenth eighteenth nineteenth twentieth thirtieth
    m pm fifteen thirty forty fifty thousands while holiday
    ramadan eid fitr adha diwali deepavali holi passover pesach hashanah hashana kippur sukkot purim hanukkah hanukah
    hanukka chanukah chanukkah nowruz norouz navruz novruz hogmanay dawn daybreak light sunrise sunup dusk nightfall sunset sundown lunchtime lunch
    shavuot shavuoth shavuos simchat shemini dussehra dasara azha zuha
    dussera vijayadashami navratri navaratri vesak wesak visakha nowrooz norooz nauruz muharram safar rabi jumada jumade
    rajab shaban shaaban shawwal hijjah hijja qadah qada qaada qidah
    nisan iyar iyyar sivan tammuz tamuz av elul tishrei tishri cheshvan heshvan marcheshvan kislev tevet teveth shevat shvat adar tisha baomer
    """.split()
)
# Start words only, never heads: the first words of holiday names that end in a trigger word ("Mother's Day", "Good
# Friday", "Canada Day") and "these" ("these days"), so that "father" or "canada" in plain prose costs no scan.
STARTS: frozenset[str] = TRIGGERS | frozenset(
    """the a an this that last next past coming previous following current early late mid earlier later end
    beginning start middle turn first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    1st 2nd 3rd 4th final latest same prior very preceding st saint bank between
    about around roughly approximately some nearly almost more less fewer over under at up no just only as well
    close since by in of for within from to until till through during before after every each per once twice several few many dozens its their right these thrice
    calendar financial model school tax shortly entire full whole remaining initial ensuing other recent new trailing those generation all back until till
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred half year near short long
    lunar chinese orthodox rosh yom bonfire guy burns mothering anzac australia waitangi republic ad super persian iranian solar dhu dhul zul zil
    roaring swinging pancake shrove world victory pakistan madaraka jamhuri mashujaa freedom heritage
    lag national german pearl
    independence labor memorial good black cyber ash palm maundy boxing patrick veterans remembrance armistice martin
    mlk presidents mother father columbus bastille canada these
    """.split()
)
WORD = re.compile(r"[a-z]+|\d+")


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored by shared prefixes so the engine branches on one character."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return emit(tree)


# A number starts a timex only in these shapes (a year, a clock time, a day, a count of units); other numbers
# (prices, percentages, counts of things) are skipped before the scanner is tried.
USEFUL_NUMBER: re.Pattern[str] = re.compile(
    r"(?:1[6-9]\d\d|20\d\d|2100)(?!\d)|1[0-5]\d\d(?!\d)|\d{1,4}\s+(?:b\.?c|a\.?d\b|ce\b)|(?<=\bad\s)\d{1,4}\b|\d0(?:s|'s|’s)\b|\d{4}-\d\d|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-(?:19|20)\d\d|\d{1,2}(?::\d\d|\.[0-5]\d\s?[ap]\.?\s?m|\s?[ap]\.?\s?m\b|\s?[ap]\.\s?m\.|(?:st|nd|rd|th)\b|/\d|\s+(?:in\s+the|at\s+night|o['’]clock|last\s+night|this\s+(?:morning|afternoon|evening)|tonight|sharp)\b|(?::\d\d)?\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?::\d\d)?\s?[ap]\.?\s?m)"
    r"|(?<=\s['’])\d\d\b|\d{1,3}\s?(?:hrs?|h|mins?|m|d|wks?|w|mo|yrs?|y)\s+ago\b|\d{1,2}\.[0-5]\d\s?(?:gmt|utc|bst|ist|cet|cest|aest|aedt|acst|acdt|awst|nzst|nzdt)\b|[1-4]q\b|[1-4]q\d\d\b|[12]h\b|[12]h\d\d\b|\d+(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b|[0-2]\d[0-5]\d(?:\s?(?:gmt|utc|hrs|hours)\b|\s+local\s+time\b|\s*(?:-|–|to|and)\s*[0-2]\d[0-5]\d\s?(?:gmt|utc)\b)|[0-2]\dh[0-5]\d\b"
    r"|\d+(?:,\d{3})*(?:\.\d+)?(?:\s\d/\d)?(?:\s+(?:million|billion))?(?:\s*(?:-|to|or|–)\s*\d+)?[\s-]+(?:(?:more|additional|further|full|straight|consecutive|long|trading|business|working|calendar)\s+)?"
    r"(?:sec|min|hour|hr|day|night|week|fortnight|month|quarter|year|decade|centur|millenni|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)

# A spelled hour is a trigger only where it tells the time ("after six this morning", "at seven sharp", "at five to
# nine"): as plain words "one", "ten" are too common to try the grammar at.
_SPOKEN_HOUR_TRIGGER = (
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:last\s+night|this\s+(?:morning|afternoon"
    rf"|evening)|tonight|sharp|to\s+(?:{_HOUR_WORD[3:-3]}|midnight|noon))\b)"
)
# "time" is a trigger only in "at the time", "at/by/until that time" ("time" alone is everywhere)
_SPOKEN_HOUR_TRIGGER += (
    r"|time(?![a-z])(?:(?<=\bat\sthe\stime)|(?<=\bat\sthat\stime)|(?<=\bby\sthat\stime)|(?<=until\sthat\stime)"
    r"|(?<=till\sthat\stime))"
)
# Trigger words (whole words) and numbers, found in one pass over the lower-cased text.
TRIGGER_SCAN: re.Pattern[str] = re.compile(
    r"(?<![a-z0-9])(?:" + _trie(sorted(TRIGGERS)) + r"(?![a-z])|\d" + _SPOKEN_HOUR_TRIGGER + ")"
)
# The same with the character before each match consumed instead of looked behind at: a pattern that begins with
# a character class lets the engine skip to the next non-letter in C, about twice as fast.  Scanned over " " + text,
# ``match.start()`` is the trigger's offset in the text.  Exact only when the text has no digits outside 0-9 (a
# match may end in such a digit, which would hide it from the next match): else ``TRIGGER_SCAN``.
TRIGGER_AFTER_SCAN: re.Pattern[str] = re.compile(
    r"[^a-z0-9](?:" + _trie(sorted(TRIGGERS)) + r"(?![a-z])|\d" + _SPOKEN_HOUR_TRIGGER + ")"
)
NON_ASCII_DIGIT: re.Pattern[str] = re.compile(r"(?![0-9])\d")
