"""Date arithmetic that anchors partial and relative dates on the publication date.

Why these rules:
- A day or month without a year is read in the publication year, except that news
  rarely announces anything more than ~6 months ahead: a date more than 183 days after
  publication is last year's («on 22 September» in a February article is last September).
  Conversely a date already more than ~10 months old whose next occurrence is at most
  two months ahead is next year's (a December article announcing «on 10 January»).
- A season without a year is the latest one that has begun by publication («весной»
  in November 2025 is spring 2025; «in winter» in January 2025 is winter 2024/25).
- A bare weekday («on Tuesday») is the latest such day on or before publication, as
  news reports what happened; «next/last» modifiers move it forward or strictly back, and a
  sentence telling what is to come («will arrive on Tuesday») means the coming one.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

FUTURE_LIMIT = timedelta(days=183)
NEXT_YEAR_WINDOW = timedelta(days=61)
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


def month_end(year: int, month: int) -> date:
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def _clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def year_of_day(month: int, day: int, pub: date) -> int:
    """Year of «day month» written without a year (see module doc)."""
    this = _clamp_day(pub.year, month, day)
    if this - pub > FUTURE_LIMIT:
        return pub.year - 1
    following = _clamp_day(pub.year + 1, month, day)
    if this < pub and following - pub <= NEXT_YEAR_WINDOW:
        return pub.year + 1
    return pub.year


def year_of_month(month: int, pub: date) -> int:
    """Year of a month written without a year (same rule at month precision)."""
    first = date(pub.year, month, 1)
    if first - pub > FUTURE_LIMIT:
        return pub.year - 1
    if month_end(pub.year, month) < pub and date(pub.year + 1, month, 1) - pub <= NEXT_YEAR_WINDOW:
        return pub.year + 1
    return pub.year


def year_by_modifier(mod: str, month: int, day: int | None, pub: date) -> int:
    """Year of a month (or day) followed or preceded by a modifier («الماضي», «dernier», «last year»)."""
    if mod in ("current", "this_year"):
        return pub.year
    if mod == "last_year":
        return pub.year - 1
    if mod == "next_year":
        return pub.year + 1
    if mod == "coming":  # told as to come: this very day or the next such day
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    if mod == "previous":   # the latest one before publication
        if day is not None:
            return pub.year if _clamp_day(pub.year, month, day) <= pub else pub.year - 1
        return pub.year if month < pub.month else pub.year - 1
    if mod == "next":       # the first one after publication
        if day is not None:
            return pub.year if _clamp_day(pub.year, month, day) >= pub else pub.year + 1
        return pub.year if month > pub.month else pub.year + 1
    raise ValueError(f"unknown modifier {mod!r}")


def shift_month(pub: date, offset: int) -> tuple[int, int]:
    index = pub.year * 12 + pub.month - 1 + offset
    return index // 12, index % 12 + 1


def season_bounds(year: int, season: int) -> tuple[date, date]:
    first, last = SEASON_MONTHS[season]
    return date(year, first, 1), month_end(year, last)


def season_year(season: int, mod: str | None, pub: date) -> int:
    """Year of a season written without one («весной», «last autumn», «cet été»)."""
    started = pub.year if season_bounds(pub.year, season)[0] <= pub else pub.year - 1
    if mod is None:
        return started
    if mod == "this_year":
        # winter of this year, said in January or February, is the winter that began last December
        return pub.year - 1 if season == 24 and pub.month <= 2 else pub.year
    if mod == "last_year":
        return pub.year - 1
    if mod == "next_year":
        return pub.year + 1
    if mod == "previous":   # the latest season already over
        return started if season_bounds(started, season)[1] < pub else started - 1
    if mod == "next":       # the first season not yet begun
        return started + 1
    raise ValueError(f"unknown modifier {mod!r}")


def week_bounds(pub: date, offset: int) -> tuple[date, date]:
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def weekday_near(ref: date, weekday: int) -> date:
    """The date with `weekday` nearest to `ref` (within three days either way)."""
    delta = (weekday - ref.weekday()) % 7
    return ref + timedelta(days=delta if delta <= 3 else delta - 7)


def weekday_around(pub: date, weekday: int, mod: str | None) -> date:
    back = (pub.weekday() - weekday) % 7
    if mod == "next":
        return pub + timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if mod == "coming":  # told as to come: this very day or the next such day
        return pub + timedelta(days=(weekday - pub.weekday()) % 7)
    if mod == "previous":
        return pub - timedelta(days=back or 7)
    return pub - timedelta(days=back)
