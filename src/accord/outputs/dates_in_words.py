"""EDTF dates as a reader says them, in their language: `2025-21` → «spring 2025»,
`2025-11/2025-11-27` → «between 1 and 27 November 2025», «с 1 по 27 ноября 2025 г.».

Month names and the order of day, month and year come from CLDR through babel; the words around
them (seasons, «between … and …») from `lang/<code>/display.toml`.
"""
from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date, format_skeleton

from accord import edtf
from accord.outputs.reader import display

_QUALIFIERS = re.compile(r"[?~%]")
_SEASON = re.compile(r"^(\d{4})-(2[1-4])$")
# how precise one end of an interval is, by the shape of its EDTF
_PRECISION = {10: "day", 7: "month", 4: "year"}
_SKELETON = {"month": "yMMMM", "year": "y"}


def date_in_words(value: str | None, lang: str) -> str:
    """`value` (EDTF) in words of `lang`; the value itself when it is not EDTF accord reads."""
    words = display(lang)
    if not value:
        return words["undated"]
    plain = _QUALIFIERS.sub("", value.strip())
    try:
        said = _interval(plain, lang) if "/" in plain else _single(plain, lang)
    except (edtf.EDTFError, ValueError):
        return value
    return words["dates"]["uncertain"].format(date=said) if plain != value.strip() else said


def _locale(lang: str) -> str:
    return display(lang)["locale"]


def _single(value: str, lang: str) -> str:
    if m := _SEASON.match(value):
        words = display(lang)
        year = m[1]
        return words["dates"]["season"].format(season=words["seasons"][m[2]], year=year)
    first, _ = edtf.single_bounds(value)
    precision = _PRECISION.get(len(value))
    if precision is None:
        raise ValueError(value)
    return _format(first, precision, lang)


def _format(day: date, precision: str, lang: str) -> str:
    if precision == "day":
        return format_date(day, "long", locale=_locale(lang))
    return format_skeleton(_SKELETON[precision], day, locale=_locale(lang))


def _interval(value: str, lang: str) -> str:
    patterns = display(lang)["dates"]
    start, end = (part.strip() for part in value.split("/", 1))
    if start in ("", "..") and end in ("", ".."):
        raise ValueError(value)
    if start in ("", ".."):
        return patterns["until"].format(end=_single(end, lang))
    if end in ("", ".."):
        return patterns["from"].format(start=_single(start, lang))
    lo, _ = edtf.single_bounds(start)
    _, hi = edtf.single_bounds(end)
    if _SEASON.match(start) or _SEASON.match(end):
        return patterns["months"].format(start=_single(start, lang), end=_single(end, lang))
    # one precision for both ends: the finer of the two (a month to a day reads as days)
    precision = "day" if 10 in (len(start), len(end)) else "month" if 7 in (len(start), len(end)) else "year"
    if precision == "year" and lo.year == hi.year:
        return _format(lo, "year", lang)
    first, last = _format(lo, precision, lang), _format(hi, precision, lang)
    if first == last:
        return first
    first, last = _shared_parts_once(first, last)
    return patterns["days" if precision == "day" else "months"].format(start=first, end=last)


def _shared_parts_once(first: str, last: str) -> tuple[str, str]:
    """Say the month and year two ends share once: «1 November 2025», «27 November 2025» →
    «1», «27 November 2025»; Kazakh puts the year first: «2025 ж. 1 қараша», «2025 ж. 27 қараша» →
    «2025 ж. 1», «27 қараша»… and then the shared tail stays with the end."""
    a, b = first.split(" "), last.split(" ")
    tail = 0
    while tail < min(len(a), len(b)) - 1 and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    head = 0
    while head < min(len(a), len(b)) - 1 - tail and a[head] == b[head]:
        head += 1
    return " ".join(a[:len(a) - tail]), " ".join(b[head:])
