"""Per-language lexicon and compiled patterns for time expressions.

Month and weekday names come from CLDR through babel (every regional locale the
language's `time.toml` lists); the words around dates (prepositions, year markers,
range connectors, modifiers, seasons, relative words) come from `time.toml`.
Text and lexicon are compared after `fold`, a length-preserving character map, so
offsets found in the folded text are offsets in the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from babel import Locale

from accord.analyse.lexicon import compile_patterns
from accord.lang.data import load
from accord.lang.orthography import fold_letters, orthography

_FOLD = str.maketrans({
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **{c: "-" for c in "‐‑‒–—―−"},
    **{c: " " for c in "\u00a0\u202f\u2009\u2007\u200a"},
    **{c: "'" for c in "’ʼ‘`´"},
})


def fold(text: str) -> str:
    """The same text with digits, dashes, spaces, apostrophes and the letters the orthography
    folds («أ» → «ا», «ё» → «е») unified; one character for one, so offsets stay the text's."""
    return fold_letters(text.translate(_FOLD))


def key(word: str) -> str:
    """Dictionary key of a lexicon word or a matched span."""
    return re.sub(r"\s+", " ", fold(word).lower().strip())


def trie_regex(words: list[str] | set[str]) -> str:
    """One regex alternation for many words, factored by common prefixes (fast to scan).

    A space in a word matches any run of whitespace in the text.
    """
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    if not trie:
        return r"(?!x)x"
    return "(?:" + emit(trie) + ")"


def _cldr_names(locales: list[str], kind: str, skip: set[str]) -> dict[str, tuple[int, bool]]:
    """Surface form -> (number, is_abbreviation) from the CLDR calendars of `locales`."""
    out: dict[str, tuple[int, bool]] = {}
    for code in locales:
        loc = Locale.parse(code)
        names = loc.months if kind == "months" else loc.days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, form in names[context][width].items():
                    form = form.replace("\xa0", " ")
                    if key(form) in skip:
                        continue
                    # babel numbers months 1-12 and weekdays 0 (Monday) - 6
                    abbreviated = width == "abbreviated"
                    out.setdefault(form, (number, abbreviated))
                    if not abbreviated:
                        out[form] = (number, False)
    return out


@cache
def month_forms(lang: str) -> dict[str, int]:
    """Every month form of `lang` as written (CLDR of all listed locales + curated extras)."""
    data = _data(lang)["months"]
    skip = {key(w) for w in data.get("skip_abbreviations", [])}
    cldr = _cldr_names(data["locales"], "months", skip)
    forms = {form: number for form, (number, _) in cldr.items()}
    wide = {key(f) for f, (_, abbr) in cldr.items() if not abbr}
    for form, (number, abbreviated) in cldr.items():
        if not abbreviated:
            continue
        if data.get("abbreviation_dot") and not form.endswith("."):
            forms[form + "."] = number
        # «сент.» is also written «сент»; short ones without the dot are ordinary words («мар», «қар»)
        if data.get("dotless_abbreviations") and form.endswith(".") and len(form) >= 5 \
                and key(form[:-1]) not in wide:
            forms[form[:-1]] = number
    forms.update(data.get("extra", {}))
    return forms


@cache
def weekday_forms(lang: str) -> dict[str, int]:
    """Weekday form -> 0 (Monday) … 6 (Sunday): CLDR wide names plus curated inflections."""
    data = _data(lang)["weekdays"]
    cldr = _cldr_names(data["locales"], "days", set())
    forms = {form: number for form, (number, abbreviated) in cldr.items() if not abbreviated}
    forms.update(data.get("extra", {}))
    return forms


def _data(lang: str) -> dict[str, Any]:
    data = load(lang, "time")
    if not data:
        raise ValueError(f"no time-expression data for language {lang!r}")
    return data


def _alt(words: list[str] | dict[str, Any]) -> str:
    return trie_regex({fold(w) for w in words})


@dataclass
class Grammar:
    """Compiled patterns and lookup tables of one language."""

    lang: str
    patterns: list[tuple[str, re.Pattern[str], bool]]      # (name, regex, needs a digit)
    months: dict[str, int]                                 # key -> month (with inflected forms)
    month_bases: set[str]                                  # keys of uninflected month forms
    weekdays: dict[str, int]
    seasons: dict[str, int]
    context_seasons: set[str]
    season_mods: dict[str, str]
    month_mods: dict[str, str]
    weekday_mods: dict[str, str]
    month_phrases: dict[str, str]
    relative: dict[str, str]
    day_words: dict[str, int] = field(default_factory=dict)
    ambiguous_alone: set[str] = field(default_factory=set)
    weekday_needs_prefix: bool = False
    weekday_set_off: bool = False                          # a bare weekday between commas is a date
    weekday_future: re.Pattern[str] | None = None          # a sentence telling what is to come
    weekday_future_stops: re.Pattern[str] | None = None    # where a clause about something else begins
    month_alone_suffixes: tuple[str, ...] = ()


class _Parts:
    """The pieces the patterns of one language are written with: a month, a day, a year, a range's
    connectors, each a regex built from `time.toml`, with named groups suffixed by `t`."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang, self.data = lang, data
        M, D, Y, R = data["months"], data["days"], data["years"], data["ranges"]
        self.M, self.D, self.Y, self.R = M, D, Y, R
        self.mods_after: dict[str, str] = data["modifiers"].get("after", {})
        self.mods_before: dict[str, str] = data["modifiers"].get("before", {})
        # a language that glues conjunctions and prepositions onto words names them (Arabic «وفي», «بعد»)
        clitics = orthography(lang).clitic_letters
        self.start = rf"(?:(?<!\w)|(?<=(?<!\w)[{clitics}]))" if clitics else r"(?<!\w)"
        self.end = r"(?!\w)"
        self.forms = month_forms(lang)
        self.suffixes = M.get("suffixes", [])
        month_alt = _alt(self.forms)
        self.month_alt = "(?-i:" + month_alt + ")" if M.get("case_sensitive") else month_alt
        self.suffix_alt = "(?:" + _alt(self.suffixes) + ")?" if self.suffixes else ""
        ordinals = D.get("ordinals", [])
        self.ord_alt = rf"(?:{_alt(ordinals)}(?!\w))?" if ordinals else ""
        self.joiner = rf"(?:{_alt(D['joiners'])}\s+)?" if D.get("joiners") else ""
        # a hyphen after the day's or the year's number, as Kazakh writes them («10-қазанда», «2024-жылғы»)
        self.gap = r"\s*(?:-\s*)?" if D.get("hyphen_after_number") else r"\s*"
        units = Y.get("not_units", [])
        self.unit_guard = rf"(?!\s*{_alt(units)}\w{{0,3}}(?!\w))" if units else ""
        self.y_after = rf"(?:[\s-]*{_alt(Y['after'])}(?!\w))?" if Y.get("after") else ""
        self.y_before = rf"(?:{self.start}{_alt(Y['before'])}\s*)?" if Y.get("before") else ""
        self.mod_after_alt = _alt(self.mods_after) if self.mods_after else None
        self.close = rf"(?:\s+{_alt(R['close'])}{self.end})?" if R.get("close") else ""
        from_alt = _alt([w for w in R["from"]])
        to_parts = [re.escape(c) for c in R["connectors"] if not c[0].isalnum()]
        to_words = [c for c in R["connectors"] if c[0].isalnum()]
        self.to = r"(?:\s*(?:" + "|".join(to_parts or [r"(?!x)x"]) + r")\s*" + \
            (rf"|\s+{_alt(to_words)}\s*" if to_words else "") + ")"
        self.year_first = rf"(?:{self.year('0')}{self.gap}{_alt(Y['first'])}\s+)" if Y.get("first") else None
        self.fr_ = rf"(?:{self.start}{from_alt}\s+)?"
        self.yf = rf"{self.year_first}?" if self.year_first else ""

    def month(self, t: str) -> str:
        # «أيلول/سبتمبر», «سبتمبر (أيلول)»: the Levantine press names a month twice
        return (rf"{self.start}(?P<m{t}>{self.month_alt}{self.suffix_alt}){self.end}"
                rf"(?:\s*[/(]\s*{self.month_alt}{self.suffix_alt}\s*\)?)?")

    def day(self, t: str) -> str:
        return rf"(?<![\d.,/:])(?P<d{t}>3[01]|[12]\d|0?[1-9])(?!\d){self.ord_alt}"

    def year(self, t: str, guard: bool = False) -> str:
        return (rf"(?<![\d.,/:])(?P<y{t}>1[89]\d\d|20\d\d)(?!\d)(?![.,]\d)"
                + (self.unit_guard if guard else "") + self.y_after)

    def year_part(self, t: str) -> str:
        alts = [rf",?\s*{self.y_before}{self.year(t)}"]
        if self.mod_after_alt:
            alts.append(rf"\s+(?P<mod{t}>{self.mod_after_alt}){self.end}")
        return "(?:" + "|".join(alts) + ")"

    def dm(self, t: str) -> str:
        return rf"{self.day(t)}{self.gap}{self.joiner}{self.month(t)}"


Patterns = list[tuple[str, str, bool]]     # (name, regex, needs a digit), in the order they are tried


def _day_patterns(b: _Parts) -> Patterns:
    D, Y = b.D, b.Y
    pats: Patterns = [("day", rf"{b.dm('a')}{b.year_part('a')}?", True),
                      ("day", rf"{b.month('a')}\.?\s+{b.day('a')}(?:,?\s+{b.year('a')})?", True)]  # September 22, 2025
    if b.year_first:
        pats.append(("day", rf"{b.year('a')}{b.gap}{_alt(Y['first'])}\s+{b.dm('a')}", True))
    if D.get("words"):
        # a day named by a word: «فاتح يوليوز» (Maghrebi "the first of"), «le premier juillet»
        pats.append(("day_word", rf"{b.start}(?P<dwa>{_alt(D['words'])}){b.end}\s*{b.joiner}{b.month('a')}"
                                 rf"{b.year_part('a')}?", False))
    if D.get("month_phrases"):
        pats.append(("day_of_month", rf"{b.day('a')}\s+(?P<mp>{_alt(D['month_phrases'])}){b.end}", True))
    pats.append(("iso", r"(?<![\d.,/-])(?P<ya>\d{4})([-/.])(?P<ma>\d\d?)\2(?P<da>\d\d?)(?![\d-])", True))
    pats.append(("numeric", rf"(?<![\d.,/-])(?P<da>\d{{1,2}})([./])(?P<ma>\d{{1,2}})\2(?P<ya>\d{{4}})(?![\d])"
                            rf"(?:\s*{_alt(Y['after'])}(?!\w))?"
                 if Y.get("after") else r"(?<![\d.,/-])(?P<da>\d{1,2})([./])(?P<ma>\d{1,2})\2(?P<ya>\d{4})(?!\d)", True))
    return pats


def _range_patterns(b: _Parts) -> Patterns:
    """Intervals of days («21-25 шт», «с 21 по 25 сентября», «from 30 September to 2 October 2025»),
    of months and of years."""
    fr_, yf, to, close = b.fr_, b.yf, b.to, b.close
    pats: Patterns = [
        ("range_days", rf"{fr_}{yf}{b.day('a')}{to}{b.dm('b')}{b.year_part('b')}?{close}", True),
        ("range_dm", rf"{fr_}{yf}{b.dm('a')}(?:,?\s*{b.year('a')})?{to}{b.dm('b')}{b.year_part('b')}?{close}", True)]
    if b.R.get("close"):
        pats.append(("range_dm", rf"{yf}{b.dm('a')}\s+{b.dm('b')}{b.year_part('b')}?\s+{_alt(b.R['close'])}{b.end}",
                     True))
    pats += [
        ("range_mdd", rf"{fr_}{b.month('b')}\.?\s+{b.day('a')}{to}{b.day('b')}(?:,?\s+{b.year('b')})?", True),
        ("range_mdmd", rf"{fr_}{b.month('a')}\.?\s+{b.day('a')}{to}{b.month('b')}\.?\s+{b.day('b')}"
                       rf"(?:,?\s+{b.year('b')})?", True),
        ("range_months", rf"{fr_}{b.month('a')}(?:,?\s*{b.y_before}{b.year('a')})?{to}{b.month('b')}"
                         rf"{b.year_part('b')}?{close}", False),
        ("range_years", rf"{fr_}{b.y_before}{b.year('a')}{to}{b.y_before}{b.year('b', guard=True)}{close}", True)]
    return pats


def _month_patterns(b: _Parts) -> Patterns:
    MC, Y, M = b.data["months_context"], b.Y, b.M
    # «mid-March», «mi-octobre»: a prefix ending in a hyphen is written without a space
    mpre = rf"(?:{b.start}{_alt(MC['prefixes'])}(?:\s+|(?<=-)))" if MC.get("prefixes") else None
    pats: Patterns = [("month", rf"{mpre or ''}{'?' if mpre else ''}{b.month('a')}{b.year_part('a')}", False)]
    if b.year_first:
        pats.append(("month", rf"{b.year('a')}{b.gap}{_alt(Y['first'])}\s+{b.month('a')}", True))
    if b.mods_before:
        pats.append(("month", rf"{b.start}(?P<moda>{_alt(b.mods_before)})\s+{b.month('a')}", False))
        if MC.get("after_words"):
            # «былтыр қазан айында»: the modifier before a month that needs its «month» word after it
            pats.append(("month", rf"{b.start}(?P<moda>{_alt(b.mods_before)})\s+{b.month('a')}\s+"
                                  rf"{_alt(MC['after_words'])}{b.end}", False))
    if mpre:
        pats.append(("month_alone", rf"{mpre}{b.month('a')}", False))
    if MC.get("after_words"):
        pats.append(("month_alone", rf"{b.month('a')}\s+{_alt(MC['after_words'])}{b.end}", False))
    if M.get("alone_suffixes"):
        pats.append(("month_inflected", b.month("a"), False))
    return pats


def _year_patterns(b: _Parts) -> Patterns:
    """«в 2014 году», «عام 2014», «2014 жылы», «in 2014»."""
    Y = b.Y
    ypre = _alt(Y["prepositions"]) if Y.get("prepositions") else None
    pats: Patterns = []
    if Y.get("before"):
        pats.append(("year", rf"{b.start}{_alt(Y['before'])}\s*{b.year('a', guard=True)}", True))
    if Y.get("after"):
        pats.append(("year", rf"(?<![\d.,/:])(?P<ya>1[89]\d\d|20\d\d)[\s-]*{_alt(Y['after'])}(?!\w)", True))
    if ypre:
        pats.append(("year", rf"{b.start}{ypre}(?:\s+|(?<=-)){b.y_before}{b.year('a', guard=True)}", True))
    return pats


def _season_patterns(b: _Parts) -> Patterns:
    S, Y = b.data["seasons"], b.Y
    season_words = {**S.get("forms", {}), **S.get("context_forms", {})}
    smb, sma = S.get("modifiers_before", {}), S.get("modifiers_after", {})
    s_guard = rf"(?!\s+{_alt(S['not_before'])}{b.end})" if S.get("not_before") else ""
    sjoin = rf"(?:{_alt(S['year_joiners'])}\s+)?" if S.get("year_joiners") else ""
    season_regex = (
        (rf"(?P<spa>{b.start}{_alt(S['prefixes'])}\s+)?" if S.get("prefixes") else "")
        + (rf"(?:{b.start}(?P<smoda>{_alt(smb)})\s+)?" if smb else "")
        + rf"{b.start}(?P<sa>{_alt(season_words)}){b.end}{s_guard}"
        + rf"(?:\s+{sjoin}{b.y_before}{b.year('a')}"
        + (rf"|\s+(?P<smodb>{_alt(sma)}){b.end}" if sma else "") + ")?"
    )
    pats: Patterns = [("season", season_regex, False)]
    if b.year_first:
        pats.append(("season", rf"{b.year('a')}{b.gap}{_alt(Y['first'])}\s+(?P<sa>{_alt(season_words)}){b.end}", True))
    return pats


def _weekday_patterns(b: _Parts) -> Patterns:
    """Weekdays, with a relative day before them («أمس الثلاثاء», «вчера, во вторник»); relative days."""
    W, REL = b.data["weekdays"], b.data["relative"]
    rel_phrases: dict[str, str] = REL["phrases"]
    rel_guard = rf"(?!\s+{_alt(REL['not_before'])}{b.end})" if REL.get("not_before") else ""
    day_rel = [p for p, code in rel_phrases.items() if code.startswith("day")]
    wmb, wma = W.get("modifiers_before", {}), W.get("modifiers_after", {})
    weekday_regex = (
        rf"(?:{b.start}(?P<rel>{_alt(day_rel)})[\s,،]+)?"
        + (rf"(?:{b.start}(?P<wmoda>{_alt(wmb)})\s+)?" if wmb else "")
        + (rf"(?P<wpre>{b.start}{_alt(W['prefixes'])}\s+)?" if W.get("prefixes") else "")
        + rf"{b.start}(?P<wd>{_alt(weekday_forms(b.lang))}){b.end}"
        + (rf"(?:\s+(?P<wmodb>{_alt(wma)}){b.end})?" if wma else "")
    )
    return [("weekday", weekday_regex, False),
            ("relative", rf"{b.start}(?P<rel>{_alt(rel_phrases)}){b.end}{rel_guard}", False)]


@cache
def grammar(lang: str) -> Grammar:
    """The compiled time-expression grammar of `lang` (its `time.toml`)."""
    data = _data(lang)
    b = _Parts(lang, data)
    pats = [*_day_patterns(b), *_range_patterns(b), *_month_patterns(b), *_year_patterns(b),
            *_season_patterns(b), *_weekday_patterns(b)]
    flags = re.IGNORECASE | re.UNICODE
    compiled = [(name, re.compile(rx, flags), nd) for name, rx, nd in pats]
    return _grammar_tables(lang, data, b, compiled)


def _grammar_tables(lang: str, data: dict[str, Any], b: _Parts,
                    compiled: list[tuple[str, re.Pattern[str], bool]]) -> Grammar:
    """The grammar's patterns with the look-up tables the readers of their matches use."""
    M, D, S, W = data["months"], data["days"], data["seasons"], data["weekdays"]
    season_words = {**S.get("forms", {}), **S.get("context_forms", {})}
    smb, sma = S.get("modifiers_before", {}), S.get("modifiers_after", {})
    wmb, wma = W.get("modifiers_before", {}), W.get("modifiers_after", {})
    rel_phrases: dict[str, str] = data["relative"]["phrases"]
    forms, suffixes = b.forms, b.suffixes
    month_keys: dict[str, int] = {}
    for form, number in forms.items():
        k = key(form)
        month_keys[k] = number
        for s in suffixes:
            month_keys.setdefault(k + key(s), number)
    return Grammar(
        lang=lang,
        patterns=compiled,
        months=month_keys,
        month_bases={key(f) for f in forms},
        weekdays={key(f): n for f, n in weekday_forms(lang).items()},
        seasons={key(f): n for f, n in season_words.items()},
        context_seasons={key(f) for f in S.get("context_forms", {})},
        season_mods={key(k): v for k, v in {**smb, **sma}.items()},
        month_mods={key(k): v for k, v in {**b.mods_after, **b.mods_before}.items()},
        weekday_mods={key(k): v for k, v in {**wmb, **wma}.items()},
        month_phrases={key(k): v for k, v in D.get("month_phrases", {}).items()},
        relative={key(k): v for k, v in rel_phrases.items()},
        day_words={key(k): int(v) for k, v in D.get("words", {}).items()},
        ambiguous_alone={key(w) for w in M.get("ambiguous_alone", [])},
        weekday_needs_prefix=bool(W.get("needs_prefix")),
        weekday_set_off=bool(W.get("set_off_by_commas")),
        weekday_future=compile_patterns(lang, [fold(c) for c in W.get("future_cues", [])]),
        weekday_future_stops=compile_patterns(lang, [fold(c) for c in W.get("future_stops", [])]),
        month_alone_suffixes=tuple(key(s) for s in M.get("alone_suffixes", [])),
    )
