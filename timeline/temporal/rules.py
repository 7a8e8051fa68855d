"""The normalizer of every grammar rule, by rule name (the names of ``patterns.RULES``).

A normalizer turns a match into a ``Spec`` (TIMEX3 type, value, modifier, anchor, trimmed extent) or returns
``None`` to reject a match that only looks temporal ("May" the verb, "Today" in a site header, "1990 workers");
the tagger then tries a later start.
"""

from __future__ import annotations

from .calendar_rules import (
    calendar_year,
    century,
    clock,
    clock_part,
    day_of_month,
    decade,
    era,
    hebrew_date,
    hijri_date,
    hijri_month,
    holiday,
    holiday_ref,
    iso,
    month,
    month_day,
    month_part,
    month_year,
    named_day,
    nth_weekday,
    numeric,
    season,
    sun_part,
    year,
    year_words,
)
from .duration_rules import bare_span, compound_span, duration, set_, subsecond, two_unit_span
from .period_rules import (
    fiscal_period,
    fiscal_year,
    period_ago,
    period_code,
    period_year,
    quarter,
    quarter_pair,
    year_ago_adj,
)
from .relative_rules import (
    ago,
    anchored_day,
    count_from,
    deictic,
    mid_part,
    midweek,
    new_year,
    nth_day,
    part_of_day,
    ref,
    relative,
    same_time,
    then_ref,
    web_ago,
    weekday,
)
from .spec import Match, Normalizer, Spec

NORMALIZERS: dict[str, Normalizer] = {
    "clock": clock, "clock_part": clock_part, "month_day": month_day, "iso": iso, "numeric": numeric, "named_day": named_day,
    "month_year": month_year, "quarter": quarter, "fiscal_year": fiscal_year, "year_words": year_words,
    "decade": decade, "era": era, "century": century, "holiday": holiday, "hijri_date": hijri_date, "hebrew_date": hebrew_date, "hijri_month": hijri_month, "calendar_year": calendar_year, "nth_weekday": nth_weekday, "set": set_, "ago": ago, "count_from": count_from, "anchored_day": anchored_day,
    "relative": relative, "deictic": deictic, "weekday": weekday, "part_of_day": part_of_day, "duration": duration,
    "month": month, "month_part": month_part, "season": season, "year": year, "ref": ref, "vague_ref": ref, "then_ref": then_ref, "period_year": period_year, "period_ago": period_ago,
    "compound_span": compound_span, "two_unit_span": two_unit_span, "mid_part": mid_part, "midweek": midweek, "bare_span": bare_span,
    "year_ago_adj": year_ago_adj, "fiscal_period": fiscal_period, "period_code": period_code,
    "quarter_pair": quarter_pair, "web_ago": web_ago, "nth_day": nth_day, "day_of_month": day_of_month, "same_time": same_time,
    "subsecond": subsecond, "sun_part": sun_part, "new_year": new_year, "holiday_ref": holiday_ref,
}  # fmt: skip

__all__ = ["NORMALIZERS", "Match", "Spec"]
