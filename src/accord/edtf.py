"""EDTF strings (the subset GOLD.md uses) read as closed day intervals.

`2025-09-22`, `2025-09`, `2025`, seasons `2025-21`..`2025-24`, intervals `A/B`,
open ends `../B` and `A/..`; the qualifiers `?`, `~`, `%` are ignored.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

Interval = tuple[date | None, date | None]

# Linking compares the same few thousand dates millions of times: their intervals are kept.
_CACHED = 1 << 16

_QUALIFIERS = re.compile(r"[?~%]")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

# Season codes of EDTF level 1, with the months they cover (winter runs into the next year).
SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}


class EDTFError(ValueError):
    """A string that is not an EDTF value accord understands."""


def _month_end(year: int, month: int) -> date:
    while month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def single_bounds(value: str) -> tuple[date, date]:
    """First and last day of one EDTF date (day, month, season or year)."""
    v = _QUALIFIERS.sub("", value.strip())
    if m := _DAY.match(v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _MONTH.match(v):
        year, part = int(m[1]), int(m[2])
        if 1 <= part <= 12:
            return date(year, part, 1), _month_end(year, part)
        if part in SEASONS:
            first, last = SEASONS[part]
            return date(year, first, 1), _month_end(year, last)
        raise EDTFError(f"unknown month or season {part} in {value!r}")
    if m := _YEAR.match(v):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    raise EDTFError(f"not an EDTF date: {value!r}")


@lru_cache(maxsize=_CACHED)
def interval(value: str | None) -> Interval:
    """The closed day interval of an EDTF value; `None` bounds are open; `None` is unbounded."""
    if value is None:
        return None, None
    v = value.strip()
    if "/" not in v:
        try:
            return single_bounds(v)
        except ValueError as exc:  # date() rejects e.g. 2025-02-30
            raise EDTFError(str(exc)) from exc
    left, right = v.split("/", 1)
    try:
        lo = None if left in ("..", "") else single_bounds(left)[0]
        hi = None if right in ("..", "") else single_bounds(right)[1]
    except ValueError as exc:
        raise EDTFError(str(exc)) from exc
    if lo and hi and lo > hi:
        raise EDTFError(f"interval ends before it starts: {value!r}")
    return lo, hi


@lru_cache(maxsize=_CACHED)
def lenient_interval(value: str | None) -> Interval:
    """`interval`, reading a value it cannot parse as unbounded: for comparing what stores and
    extractors already hold, where one bad date must not stop the comparison."""
    try:
        return interval(value)
    except EDTFError:
        return None, None


def is_valid(value: str) -> bool:
    try:
        interval(value)
    except EDTFError:
        return False
    return True


def intersects(a: Interval, b: Interval) -> bool:
    lo_a, hi_a = a
    lo_b, hi_b = b
    if lo_a and hi_b and lo_a > hi_b:
        return False
    if lo_b and hi_a and lo_b > hi_a:
        return False
    return True


def within(inner: Interval, outer: Interval) -> bool:
    """Whether `inner` lies inside `outer`; an open end of `inner` only fits an open end of `outer`."""
    lo_i, hi_i = inner
    lo_o, hi_o = outer
    if lo_o is not None and (lo_i is None or lo_i < lo_o):
        return False
    if hi_o is not None and (hi_i is None or hi_i > hi_o):
        return False
    return True


def day(d: date) -> str:
    return d.isoformat()


@lru_cache(maxsize=_CACHED)
def undated_news(d: date) -> str:
    """GOLD.md's date of a news event its article reports without a date, published on `d`: from seven
    days before `d`, or from the start of `d`'s month when that is earlier, to `d`
    («2025-11/2025-11-27»; published 2025-03-04: «2025-02-25/2025-03-04»)."""
    week_before = d - timedelta(days=7)
    if week_before < d.replace(day=1):
        return span(week_before, d)
    return f"{d:%Y-%m}/{d.isoformat()}"


def span(lo: date | None, hi: date | None) -> str:
    """EDTF for a day interval, collapsing to a single day when both ends agree."""
    if lo and hi and lo == hi:
        return lo.isoformat()
    return f"{lo.isoformat() if lo else '..'}/{hi.isoformat() if hi else '..'}"


@lru_cache(maxsize=_CACHED)
def precision_days(value: str | None) -> int | None:
    """Width of the interval in days (smaller is more precise); None when open or unknown."""
    lo, hi = interval(value)
    if lo is None or hi is None:
        return None
    return (hi - lo).days + 1
