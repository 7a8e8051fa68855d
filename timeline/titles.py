"""Words of public titles that both the event and the claim stages read around names."""

from __future__ import annotations

# "Secretary of State Antony Blinken", "Director of National Intelligence Avril Haines": the words after "of"
# that name a title's portfolio belong to the title (the role), not to the person's name.
PORTFOLIOS = frozenset(
    """state defense defence foreign affairs homeland security commerce energy education agriculture labor labour
    transport transportation justice health treasury interior finance trade national intelligence""".split()
)
