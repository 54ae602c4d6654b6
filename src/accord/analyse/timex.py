"""Time expressions in ar, ru, kk, fr and en, normalised to EDTF and anchored on the publication date.

`find_times` runs every compiled pattern of the language over the text (folded by a
length-preserving character map, so offsets hold), keeps the longest non-overlapping
matches, joins a weekday or relative day to the date right after it («أمس الثلاثاء 23
شتنبر», «lundi 22 juillet»), and resolves partial dates against the publication date
(rules in `timex_anchor`). A weekday or relative day that disagrees with the stated
date gives the interval between both readings, as GOLD.md accepts either.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from accord import edtf
from accord.analyse import timex_anchor as anchor
from accord.analyse.timex_lexicon import Grammar, fold, grammar, key, month_forms
from accord.lang.data import load
from accord.lang.orthography import orthography
from accord.model import TimeExpr

__all__ = ["find_times", "month_names"]

_GAP = re.compile(r"^[\s,،()\-]*$")
_RELATIVE = re.compile(r"^(day|week|month|year)([+-]\d+)$")
_DIGIT = re.compile(r"\d")


def month_names(lang: str) -> dict[str, int]:
    """Every month form of `lang` (CLDR, all regional variants, plus curated extras) -> 1..12."""
    return dict(month_forms(lang))


@dataclass
class _Hit:
    start: int
    end: int
    value: str | None = None
    kind: str = "day"
    year: int | None = None          # a year the text states explicitly (context for «the same year»)
    day: date | None = None          # the stated day, for joining with a weekday before it
    weekday: int | None = None
    weekday_mod: str | None = None
    rel_day: date | None = None
    same_year: bool = False
    after_last_day: int | None = None  # «the same day» (0), «the next day» (1): days after the last day the text dated
    needs_date: bool = False         # a weekday that is a date only right before one («الخميس 25 شتنبر»)
    set_off: bool = False            # … or set off by commas («وصل إلى الجزائر، الثلاثاء، في زيارة»)
    weekday_to: int | None = None    # the last of two weekdays joined («dimanche et lundi»)


class _Skip(Exception):
    """The match is not a date after all (no anchor, impossible day, ambiguous word)."""


def find_times(text: str, lang: str, published: date | str | None,
               context_year: int | None = None) -> list[TimeExpr]:
    """Every time expression of `text`, non-overlapping, in text order.

    `published` anchors partial and relative dates; without it only fully stated dates
    are returned. `context_year` is the year «the same year» refers to before the text
    states one itself.
    """
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError as exc:
            raise ValueError(f"published is not an ISO date: {published!r}") from exc
    g = grammar(lang)
    folded = fold(text)
    has_digit = _DIGIT.search(folded) is not None
    candidates: list[tuple[int, int, _Hit]] = []
    for order, (name, regex, needs_digit) in enumerate(g.patterns):
        if needs_digit and not has_digit:
            continue
        for m in regex.finditer(folded):
            try:
                hit = _read(name, m.groupdict(), g, published)
            except (_Skip, ValueError, KeyError, TypeError):
                continue
            hit.start, hit.end = m.start(), m.end()
            candidates.append((-(hit.end - hit.start), order, hit))
    hits = _select(candidates)
    hits = _join_weekdays(_pair_weekdays(hits, folded, lang), folded, published, lang, g.weekday_future,
                          g.weekday_future_stops)
    return [_narrow_to_year_part(t, folded, lang) for t in _finish(hits, text, published, context_year)]


# How far before a year its part may be named («в первой половине следующего 2026 года»).
_YEAR_PART_WINDOW = 40


def _narrow_to_year_part(t: TimeExpr, folded: str, lang: str) -> TimeExpr:
    """«the first half of next year» is January to June of that year, not the whole year."""
    if not re.fullmatch(r"\d{4}", t.edtf):
        return t
    window = folded[max(0, t.start - _YEAR_PART_WINDOW):t.end]
    for phrase, months in _year_parts(lang):
        if phrase in window:
            first, last = months.split("/")
            return TimeExpr(t.start, t.end, t.text, f"{t.edtf}-{first}/{t.edtf}-{last}", "interval")
    return t


@cache
def _year_parts(lang: str) -> tuple[tuple[str, str], ...]:
    table = load(lang, "time").get("year_parts", {})
    # longer phrases first: «первой половине» before «начале»
    return tuple(sorted(((fold(k), v) for k, v in table.items()), key=lambda kv: -len(kv[0])))


def _select(candidates: list[tuple[int, int, _Hit]]) -> list[_Hit]:
    """Longest matches first, earlier patterns win ties; no overlaps."""
    taken: list[_Hit] = []
    for _, _, hit in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start)):
        if all(hit.end <= t.start or hit.start >= t.end for t in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def _tells_what_is_to_come(folded: str, hit: _Hit, future: re.Pattern[str] | None, lang: str,
                           stops: re.Pattern[str] | None = None) -> bool:
    """Whether the sentence of a bare weekday says what will happen («is to arrive on Tuesday»); a clause
    about the visit after the weekday tells another thing («arrived on Tuesday for a visit during which he
    will meet …»)."""
    if future is None:
        return False
    # the sentence, as far as the orthography's sentence ends and the line bound it
    sentence_end = orthography(lang).sentence_ends + "\n"
    lo = max(folded.rfind(ch, 0, hit.start) for ch in sentence_end) + 1
    ends = [i for i in (folded.find(ch, hit.end) for ch in sentence_end) if i >= 0]
    hi = min(ends, default=len(folded))
    stop = stops.search(folded, hit.end, hi) if stops is not None else None
    return future.search(folded, lo, stop.start() if stop else hi) is not None


@cache
def _connector(lang: str) -> re.Pattern[str]:
    words = [re.escape(fold(c)) for c in load(lang, "time").get("ranges", {}).get("connectors", [])]
    return re.compile(rf"^[\s,،]*(?:(?:{'|'.join(words)})[\s,،]*)?$" if words else r"^[\s,،]*$")


def _pair_weekdays(hits: list[_Hit], folded: str, lang: str) -> list[_Hit]:
    """«dimanche et lundi», «يومي الأربعاء والخميس المقبلين»: two weekdays joined are the days from the
    first to the second; a modifier after the second («المقبلين») holds for both, and the first's
    word «on the days of» («يومي») dates the second too."""
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        after = hits[i + 2] if i + 2 < len(hits) else None
        dated = after is not None and after.day is not None and nxt is not None \
            and _GAP.match(folded[nxt.end:after.start]) is not None  # «du lundi au mercredi 5 mars»: left to the day
        if nxt is not None and not dated and hit.weekday is not None and nxt.weekday is not None and hit.day is None \
                and nxt.day is None and hit.rel_day is None and nxt.rel_day is None \
                and 1 <= (nxt.weekday - hit.weekday) % 7 <= 6 and _connector(lang).match(folded[hit.end:nxt.start]):
            hit.end, hit.weekday_to = nxt.end, nxt.weekday
            hit.weekday_mod = hit.weekday_mod or nxt.weekday_mod
            out.append(hit)
            i += 2
            continue
        out.append(hit)
        i += 1
    return out


_COMMA_BEFORE = re.compile(r"[,،]\s*$")
_COMMA_AFTER = re.compile(r"\s*[,،]")


def _between_commas(folded: str, hit: _Hit) -> bool:
    """«وصل أردوغان إلى الجزائر، الثلاثاء، في زيارة رسمية»: a bare weekday the sentence sets off by commas
    is its day; «the two» («الاثنين»), the reading that makes a weekday alone doubtful, is never set off so."""
    return bool(_COMMA_BEFORE.search(folded[max(0, hit.start - 3):hit.start])
                and _COMMA_AFTER.match(folded, hit.end))


def _join_weekdays(hits: list[_Hit], folded: str, pub: date | None, lang: str,
                   future: re.Pattern[str] | None = None, stops: re.Pattern[str] | None = None) -> list[_Hit]:
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (hit.weekday is not None or hit.rel_day is not None) and hit.day is None and nxt \
                and nxt.day is not None and nxt.kind == "day" and _GAP.match(folded[hit.end:nxt.start]):
            readings = [nxt.day]
            if hit.rel_day is not None:
                readings.append(hit.rel_day)
            if hit.weekday is not None:
                readings.append(anchor.weekday_near(nxt.day, hit.weekday))
            lo, hi = min(readings), max(readings)
            out.append(_Hit(hit.start, nxt.end, edtf.span(lo, hi), "day" if lo == hi else "interval",
                            year=nxt.year, day=nxt.day))
            i += 2
            continue
        if hit.weekday is not None and hit.value is None:
            if pub is None or (hit.needs_date and not (hit.set_off and _between_commas(folded, hit))):
                i += 1
                continue
            if hit.rel_day is not None:
                readings = [hit.rel_day, anchor.weekday_near(hit.rel_day, hit.weekday)]
            else:
                coming = _tells_what_is_to_come(folded, hit, future, lang, stops)
                mod = hit.weekday_mod or ("coming" if coming else None)
                readings = [anchor.weekday_around(pub, hit.weekday, mod)]
            if hit.weekday_to is not None:
                readings.append(max(readings) + timedelta(days=(hit.weekday_to - hit.weekday) % 7))
            hit.value = edtf.span(min(readings), max(readings))
            hit.kind = "relative" if hit.weekday_to is None else "interval"
        out.append(hit)
        i += 1
    return out


def _finish(hits: list[_Hit], text: str, pub: date | None, context_year: int | None) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    year = context_year
    month_before: tuple[int, str] | None = None  # (end, "YYYY-MM") of the last month named with its year
    last_day: tuple[int, date] | None = None  # (end, day) of the last single day dated: «the same day», «the next day»
    for hit in hits:
        if hit.kind == "day" and hit.year is None and hit.day is not None and month_before is not None \
                and hit.start - month_before[0] < _SAME_CONTEXT_CHARS and "\n" not in text[month_before[0]:hit.start] \
                and month_before[1][5:7] == f"{hit.day.month:02d}" and month_before[1][:4] != str(hit.day.year):
            # «in Kazan in October last year …, where he held talks on 23 October»: that October's 23rd
            try:
                hit.day = hit.day.replace(year=int(month_before[1][:4]))
                hit.value = hit.day.isoformat()
            except ValueError:
                pass
        if hit.value and len(hit.value) == 7 and hit.value[4] == "-":
            month_before = (hit.end, hit.value)
        if hit.after_last_day is not None:
            if last_day is None or hit.start - last_day[0] > _SAME_DAY_CHARS:
                continue
            hit.day = last_day[1] + timedelta(days=hit.after_last_day)
            hit.value = hit.day.isoformat()
        if hit.same_year:
            if year is None:
                continue
            hit.value = str(year)
        elif hit.year is not None:
            year = hit.year
        if hit.value is None or not edtf.is_valid(hit.value) or not _plausible(hit.value):
            continue
        if edtf.precision_days(hit.value) == 1:
            last_day = (hit.end, edtf.interval(hit.value)[0])
        out.append(TimeExpr(hit.start, hit.end, text[hit.start:hit.end], hit.value, hit.kind))
    return out


# How far a month named with its year («October last year») still dates a bare day of that month.
_SAME_CONTEXT_CHARS = 200

# How far after the day it refers to «the same day», «the next day» may come (a paragraph or two).
_SAME_DAY_CHARS = 400

# Years a news article dates events in; «2201-1-1» or «0999» are numbers, not dates.
PLAUSIBLE_YEARS = range(1000, 2200)


def _plausible(value: str) -> bool:
    lo, hi = edtf.interval(value)
    return all(d is None or d.year in PLAUSIBLE_YEARS for d in (lo, hi))


# --- reading one match -------------------------------------------------------------------

def _need(pub: date | None) -> date:
    if pub is None:
        raise _Skip
    return pub


def _month(g: Grammar, text: str | None) -> int:
    if text is None:
        raise _Skip
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= 12:
            raise _Skip
        return number
    return g.months[key(text)]


def _mod(table: dict[str, str], text: str | None) -> str | None:
    return table[key(text)] if text else None


def _year(gd: dict[str, str | None], *names: str) -> int | None:
    for name in names:
        if gd.get(name):
            return int(gd[name])  # type: ignore[arg-type]
    return None


def _day(g: Grammar, gd: dict[str, str | None], t: str, pub: date | None,
         year: int | None = None) -> tuple[date, bool]:
    """The day of groups d<t>, m<t>, y<t>/mod<t>; whether its year was stated."""
    month = _month(g, gd.get(f"m{t}"))
    d = int(gd[f"d{t}"])  # type: ignore[arg-type]
    stated = _year(gd, f"y{t}") or year
    if stated:
        return date(stated, month, d), True
    mod = _mod(g.month_mods, gd.get(f"mod{t}"))
    p = _need(pub)
    y = anchor.year_by_modifier(mod, month, d, p) if mod else anchor.year_of_day(month, d, p)
    return date(y, month, d), False


Groups = dict[str, "str | None"]


def _read(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    """The date a pattern of the grammar matched, read by the reader of that pattern."""
    reader = _READERS.get(name)
    if reader is None:
        raise KeyError(name)
    return reader(name, gd, g, pub)


def _read_day(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    if name == "day_word":
        gd = {**gd, "da": str(g.day_words[key(gd["dwa"])])}  # type: ignore[arg-type]
    day, stated = _day(g, gd, "a", pub)
    return _Hit(0, 0, day.isoformat(), "day", year=day.year if stated else None, day=day)


def _read_day_of_month(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    p = _need(pub)
    offset = {"current": 0, "last_month": -1, "next_month": 1}[g.month_phrases[key(gd["mp"])]]  # type: ignore[arg-type]
    y, m = anchor.shift_month(p, offset)
    day = date(y, m, int(gd["da"]))  # type: ignore[arg-type]
    return _Hit(0, 0, day.isoformat(), "day", day=day)


def _read_range_days(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    end, stated = _day(g, gd, "b", pub, _year(gd, "y0"))
    first = int(gd["da"])  # type: ignore[arg-type]
    start = date(end.year, end.month, first) if first <= end.day else \
        date(*anchor.shift_month(end, -1), first)
    return _interval(start, end, end.year if stated else None)


def _read_range_dm(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    end, stated = _day(g, gd, "b", pub, _year(gd, "y0"))
    month_a = _month(g, gd["ma"])
    day_a = int(gd["da"])  # type: ignore[arg-type]
    year_a = _year(gd, "ya") or (end.year if (month_a, day_a) <= (end.month, end.day) else end.year - 1)
    return _interval(date(year_a, month_a, day_a), end, end.year if stated else None)


def _read_range_months(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    mb, ma = _month(g, gd["mb"]), _month(g, gd["ma"])
    yb = _year(gd, "yb")
    if yb is None:
        mod = _mod(g.month_mods, gd.get("modb"))
        p = _need(pub)
        yb = anchor.year_by_modifier(mod, mb, None, p) if mod else anchor.year_of_month(mb, p)
    ya = _year(gd, "ya") or (yb if ma <= mb else yb - 1)
    if (ya, ma) >= (yb, mb):
        raise _Skip
    return _Hit(0, 0, f"{ya}-{ma:02d}/{yb}-{mb:02d}", "interval", year=_year(gd, "yb"))


def _read_range_years(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    ya, yb = int(gd["ya"]), int(gd["yb"])  # type: ignore[arg-type]
    if yb <= ya:
        raise _Skip
    return _Hit(0, 0, f"{ya}/{yb}", "interval", year=yb)


def _read_month(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    if name == "month_inflected":
        _check_inflected(g, gd["ma"])  # type: ignore[arg-type]
    month = _month(g, gd["ma"])
    stated = _year(gd, "ya")
    if stated:
        return _Hit(0, 0, f"{stated}-{month:02d}", "month", year=stated)
    p = _need(pub)
    mod = _mod(g.month_mods, gd.get("moda"))
    y = anchor.year_by_modifier(mod, month, None, p) if mod else anchor.year_of_month(month, p)
    return _Hit(0, 0, f"{y}-{month:02d}", "month")


def _read_year(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    y = int(gd["ya"])  # type: ignore[arg-type]
    return _Hit(0, 0, str(y), "year", year=y)


def _read_season(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    word = key(gd["sa"])  # type: ignore[arg-type]
    season = g.seasons[word]
    stated = _year(gd, "ya")
    mod = _mod(g.season_mods, gd.get("smoda") or gd.get("smodb"))
    if word in g.context_seasons and not (gd.get("spa") or mod or stated):
        raise _Skip
    y = stated or anchor.season_year(season, mod, _need(pub))
    return _Hit(0, 0, f"{y}-{season}", "season", year=stated)


def _read_weekday(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    rel = gd.get("rel")
    wmod = _mod(g.weekday_mods, gd.get("wmoda") or gd.get("wmodb"))
    hit = _Hit(0, 0, None, "relative", weekday=g.weekdays[key(gd["wd"])], weekday_mod=wmod,  # type: ignore[arg-type]
               needs_date=g.weekday_needs_prefix and not (rel or gd.get("wpre") or wmod),
               set_off=g.weekday_set_off)
    if rel:
        hit.rel_day = _relative_day(g, rel, _need(pub))
    return hit


def _read_relative(name: str, gd: Groups, g: Grammar, pub: date | None) -> _Hit:
    return _relative(g.relative[key(gd["rel"])], pub)  # type: ignore[arg-type]


# The reader of each pattern of the grammar (timex_lexicon.grammar names them).
_READERS = {
    "day": _read_day, "iso": _read_day, "numeric": _read_day, "day_word": _read_day,
    "day_of_month": _read_day_of_month,
    "range_days": _read_range_days, "range_mdd": _read_range_days,
    "range_dm": _read_range_dm, "range_mdmd": _read_range_dm,
    "range_months": _read_range_months, "range_years": _read_range_years,
    "month": _read_month, "month_alone": _read_month, "month_inflected": _read_month,
    "year": _read_year, "season": _read_season, "weekday": _read_weekday, "relative": _read_relative,
}


def _check_inflected(g: Grammar, text: str) -> None:
    """A month alone in Kazakh is a date only with a locative ending, and not if the stem is ambiguous."""
    k = key(text)
    for suffix in g.month_alone_suffixes:
        base = k[: -len(suffix)]
        if k.endswith(suffix) and base in g.month_bases and base not in g.ambiguous_alone:
            return
    raise _Skip


def _interval(start: date, end: date, year: int | None) -> _Hit:
    if start >= end:
        raise _Skip
    return _Hit(0, 0, edtf.span(start, end), "interval", year=year)


def _relative_day(g: Grammar, phrase: str, pub: date) -> date:
    m = _RELATIVE.match(g.relative[key(phrase)])
    if not m or m[1] != "day":
        raise _Skip
    return pub + timedelta(days=int(m[2]))


# Codes of time.toml's relative phrases read from the day the text dated last: «On December 18, … On the
# same day, …» (0), «le lendemain» (1).
_AFTER_LAST_DAY = {"same_day": 0, "next_day": 1}


def _relative(code: str, pub: date | None) -> _Hit:
    if code == "same_year":
        return _Hit(0, 0, None, "relative", same_year=True)
    if code in _AFTER_LAST_DAY:
        return _Hit(0, 0, None, "relative", after_last_day=_AFTER_LAST_DAY[code])
    p = _need(pub)
    if code == "rest_of_year":
        return _Hit(0, 0, f"{p.isoformat()}/{p.year}-12-31", "interval")
    if code == "recent":
        return _Hit(0, 0, f"../{p.isoformat()}", "open")
    m = _RELATIVE.match(code)
    if not m:
        raise KeyError(code)
    unit, offset = m[1], int(m[2])
    if unit == "day":
        d = p + timedelta(days=offset)
        return _Hit(0, 0, d.isoformat(), "relative", rel_day=d)
    if unit == "week":
        lo, hi = anchor.week_bounds(p, offset)
        return _Hit(0, 0, edtf.span(lo, hi), "relative")
    if unit == "month":
        # (months counted back are a rough figure: «полгода назад» may be four months or eight; «last month»
        # is the month before)
        y, mo = anchor.shift_month(p, offset)
        return _Hit(0, 0, f"{y}-{mo:02d}~" if offset <= -2 else f"{y}-{mo:02d}", "relative")
    return _Hit(0, 0, str(p.year + offset), "relative")
