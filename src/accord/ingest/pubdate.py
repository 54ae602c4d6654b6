"""Publication dates: checked metadata, and the date line in a scraped text's header.

The date anchors every relative time expression of the article ("yesterday",
"this spring"), so a wrong one is worse than none: an impossible or far-future
metadata date is reported as a warning and ignored, and the header reader only
believes a short line that is essentially a date («27 ноябрь 2025»,
«24 septembre 2025», «2025-09-24», «الأربعاء 24 شتنبر 2025», «2025 жылғы 27 қараша»).
Month names are the ones time expressions read (`accord.analyse.timex_lexicon.month_forms`:
CLDR through babel in the locales each language's `time.toml` lists, and the press's spellings
CLDR lacks), so the two never disagree on what a month is.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache

from accord.analyse.timex_lexicon import month_forms
from accord.model import LANGUAGES

FUTURE_TOLERANCE = timedelta(days=2)   # time zones and scheduled publication
EARLIEST = date(1990, 1, 1)            # before the web news this is meant for: a parsing accident
HEADER_LINES = 15
HEADER_LINE_MAX_CHARS = 80

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def _plausible(d: date, today: date) -> str | None:
    if d > today + FUTURE_TOLERANCE:
        return "in the future"
    if d < EARLIEST:
        return f"before {EARLIEST.year}"
    return None


def check_published(value: str | None, today: date | None = None) -> tuple[str | None, str | None]:
    """(ISO date or None, warning or None) for a publication date given as metadata.

    Accepts `YYYY-MM-DD`, ISO date-times and RFC 822 dates (RSS `pubDate`).
    """
    if value is None or not str(value).strip():
        return None, None
    value = str(value).strip()
    today = today or date.today()
    d: date | None = None
    if m := _ISO.match(value):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None, f"published {value!r} is not a valid date; ignored"
    else:
        try:
            d = parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            return None, f"published {value!r} is not a date accord reads (YYYY-MM-DD); ignored"
    problem = _plausible(d, today)
    if problem:
        return None, f"published {value!r} is {problem}; ignored"
    return d.isoformat(), None


@lru_cache(maxsize=1)
def _month_table() -> dict[str, int]:
    """Case-folded month name (wide and abbreviated, without its dot) → month number."""
    table: dict[str, int] = {}
    for lang in LANGUAGES:
        for name, number in month_forms(lang).items():
            table.setdefault(name.casefold().rstrip("."), number)
    return table


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(sorted(map(re.escape, _month_table()), key=len, reverse=True))
    month = rf"(?P<month>{names})\w*\.?"   # \w*: case forms («қарашада», «ноября» after «нояб»)
    day, year = r"(?P<day>\d{1,2})", r"(?P<year>\d{4})"
    return (
        re.compile(rf"(?<!\d){year}-(?P<mnum>\d{{1,2}})-{day}(?!\d)"),
        re.compile(rf"(?<!\d){day}[./](?P<mnum>\d{{1,2}})[./]{year}(?!\d)"),
        re.compile(rf"(?<!\d){day}(?:er)?\s+{month}\s+{year}(?!\d)", re.IGNORECASE),
        re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}(?!\d)", re.IGNORECASE),
        re.compile(rf"(?<!\d){year}\s*(?:ж\.|жылғы|жыл)?\s+{day}\s+{month}", re.IGNORECASE),
    )


def _date_of(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    if parts.get("mnum"):
        month = int(parts["mnum"])
    else:
        month = _month_table().get(parts["month"].casefold())
        if month is None:
            return None
    try:
        return date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def header_date(text: str, today: date | None = None) -> str | None:
    """The date of a short date line among the first lines of the text, as `YYYY-MM-DD`."""
    today = today or date.today()
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        if len(line) > HEADER_LINE_MAX_CHARS:
            continue
        for pattern in _patterns():
            if (m := pattern.search(line)) and (d := _date_of(m)) and not _plausible(d, today):
                return d.isoformat()
    return None

