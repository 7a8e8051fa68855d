"""Countries and the words news uses for them: demonyms, capitals and seats of government.

"Moscow", "Russia" and "the Kremlin" are kept as written in a claim's speaker but share the canonical actor
"Russia" when the article itself names the country, so a reader (and the link finder) sees them as one side.
The same table folds demonyms in claim contents ("Russian meddling" ~ "Moscow interferes") for topic matching.
"""

from __future__ import annotations

import re

# country -> (forms that name it directly, seats of government used as metonyms)
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Russia": (("Russia", "Russian", "Russians", "Moscow", "Russian Federation"), ("Kremlin",)),
    "United States": (
        ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "American", "Americans", "Washington"),
        ("White House",),
    ),
    "United Kingdom": (("United Kingdom", "UK", "U.K.", "Britain", "British", "London"), ("Downing Street",)),
    "France": (("France", "French", "Paris"), ("Elysee", "Élysée", "Elysee Palace")),
    "Germany": (("Germany", "German", "Berlin"), ("Chancellery",)),
    "China": (("China", "Chinese", "Beijing"), ("Zhongnanhai",)),
    "Syria": (("Syria", "Syrian", "Damascus"), ()),
    "Iran": (("Iran", "Iranian", "Tehran"), ()),
    "Iraq": (("Iraq", "Iraqi", "Baghdad"), ()),
    "Israel": (("Israel", "Israeli", "Jerusalem"), ("Knesset",)),
    "Ukraine": (("Ukraine", "Ukrainian", "Kiev", "Kyiv"), ()),
    "North Korea": (("North Korea", "North Korean", "Pyongyang"), ()),
    "South Korea": (("South Korea", "South Korean", "Seoul"), ("Blue House",)),
    "Japan": (("Japan", "Japanese", "Tokyo"), ()),
    "India": (("India", "Indian", "New Delhi"), ()),
    "Pakistan": (("Pakistan", "Pakistani", "Islamabad"), ()),
    "Turkey": (("Turkey", "Turkish", "Ankara"), ()),
    "Afghanistan": (("Afghanistan", "Afghan", "Kabul"), ()),
    "Saudi Arabia": (("Saudi Arabia", "Saudi", "Riyadh"), ()),
    "Egypt": (("Egypt", "Egyptian", "Cairo"), ()),
    "Cuba": (("Cuba", "Cuban", "Havana"), ()),
    "Mexico": (("Mexico", "Mexican", "Mexico City"), ()),
    "Canada": (("Canada", "Canadian", "Ottawa"), ()),
    "Italy": (("Italy", "Italian", "Rome"), ()),
    "Spain": (("Spain", "Spanish", "Madrid"), ()),
    "Venezuela": (("Venezuela", "Venezuelan", "Caracas"), ()),
    "Libya": (("Libya", "Libyan", "Tripoli"), ()),
    "Lebanon": (("Lebanon", "Lebanese", "Beirut"), ()),
    "Jordan": (("Jordan", "Jordanian", "Amman"), ()),
    "Qatar": (("Qatar", "Qatari", "Doha"), ()),
    "Kazakhstan": (("Kazakhstan", "Kazakh", "Astana"), ()),
    "Belarus": (("Belarus", "Belarusian", "Minsk"), ()),
    "Poland": (("Poland", "Polish", "Warsaw"), ()),
    "Greece": (("Greece", "Greek", "Athens"), ()),
    "Yemen": (("Yemen", "Yemeni", "Sanaa"), ()),
    "Sudan": (("Sudan", "Sudanese", "Khartoum"), ()),
    "Nigeria": (("Nigeria", "Nigerian", "Abuja"), ()),
    "Kenya": (("Kenya", "Kenyan", "Nairobi"), ()),
    "Indonesia": (("Indonesia", "Indonesian", "Jakarta"), ()),
    "Philippines": (("Philippines", "Philippine", "Filipino", "Manila"), ("Malacanang",)),
}

COUNTRY_OF: dict[str, str] = {}  # lowercased form -> country
SEAT_OF: dict[str, str] = {}  # lowercased seat of government -> country
for _country, (_forms, _seats) in _COUNTRIES.items():
    for _form in _forms:
        COUNTRY_OF[_form.lower()] = _country
    for _seat in _seats:
        SEAT_OF[_seat.lower()] = _country

_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def bare(name: str) -> str:
    """``name`` without a leading article: "the Kremlin" -> "Kremlin"."""
    return _DETERMINER.sub("", name.strip())


def country_named(name: str) -> str | None:
    """The country a name, demonym or capital denotes ("Moscow" -> "Russia"), if it is one."""
    return COUNTRY_OF.get(bare(name).lower())


def country_of_seat(name: str) -> str | None:
    """The country whose seat of government ``name`` is ("the Kremlin" -> "Russia")."""
    return SEAT_OF.get(bare(name).lower())


def mentions_country(text: str, country: str) -> bool:
    """True when ``text`` names ``country`` directly (by name, demonym or capital), not only by its seat."""
    forms, _seats = _COUNTRIES[country]
    return any(re.search(r"(?<![\w.])" + re.escape(form) + r"(?![\w])", text) for form in forms)


def fold_word(word: str) -> str:
    """A content word folded for matching: countries, demonyms and capitals become the country key."""
    country = COUNTRY_OF.get(word.lower()) or SEAT_OF.get(word.lower())
    return country.lower() if country else word.lower()
