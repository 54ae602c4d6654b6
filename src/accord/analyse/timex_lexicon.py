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

_FOLD = str.maketrans({
    **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    **{c: "-" for c in "‐‑‒–—―−"},
    **{c: " " for c in "\u00a0\u202f\u2009\u2007\u200a"},
    **{c: "'" for c in "’ʼ‘`´"},
    "ё": "е", "Ё": "Е",
    # Arabic hamza carriers and final forms vary freely in the press
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
})


def fold(text: str) -> str:
    """The same text with digits, dashes, spaces, apostrophes and Arabic letter variants unified."""
    return text.translate(_FOLD)


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
    weekday_future: re.Pattern[str] | None = None          # a sentence telling what is to come
    month_alone_suffixes: tuple[str, ...] = ()


@cache
def grammar(lang: str) -> Grammar:
    data = _data(lang)
    M, D, Y = data["months"], data["days"], data["years"]
    R, S, W, REL = data["ranges"], data["seasons"], data["weekdays"], data["relative"]
    MC = data["months_context"]
    mods_after: dict[str, str] = data["modifiers"].get("after", {})
    mods_before: dict[str, str] = data["modifiers"].get("before", {})

    # a language that glues conjunctions and prepositions onto words names them (Arabic «وفي», «بعد»)
    clitics = data.get("clitic_letters", "")
    start = rf"(?:(?<!\w)|(?<=(?<!\w)[{clitics}]))" if clitics else r"(?<!\w)"
    end = r"(?!\w)"

    forms = month_forms(lang)
    suffixes = M.get("suffixes", [])
    month_alt = _alt(forms)
    if M.get("case_sensitive"):
        month_alt = "(?-i:" + month_alt + ")"
    suffix_alt = "(?:" + _alt(suffixes) + ")?" if suffixes else ""

    def month(t: str) -> str:
        # «أيلول/سبتمبر», «سبتمبر (أيلول)»: the Levantine press names a month twice
        return (rf"{start}(?P<m{t}>{month_alt}{suffix_alt}){end}"
                rf"(?:\s*[/(]\s*{month_alt}{suffix_alt}\s*\)?)?")

    ordinals = D.get("ordinals", [])
    ord_alt = rf"(?:{_alt(ordinals)}(?!\w))?" if ordinals else ""

    def day(t: str) -> str:
        return rf"(?<![\d.,/:])(?P<d{t}>3[01]|[12]\d|0?[1-9])(?!\d){ord_alt}"

    joiner = rf"(?:{_alt(D['joiners'])}\s+)?" if D.get("joiners") else ""
    units = Y.get("not_units", [])
    unit_guard = rf"(?!\s*{_alt(units)}\w{{0,3}}(?!\w))" if units else ""
    y_after = rf"(?:[\s-]*{_alt(Y['after'])}(?!\w))?" if Y.get("after") else ""
    y_before = rf"(?:{start}{_alt(Y['before'])}\s*)?" if Y.get("before") else ""

    def year(t: str, guard: bool = False) -> str:
        return (rf"(?<![\d.,/:])(?P<y{t}>1[89]\d\d|20\d\d)(?!\d)(?![.,]\d)"
                + (unit_guard if guard else "") + y_after)

    mod_after_alt = _alt(mods_after) if mods_after else None

    def year_part(t: str) -> str:
        alts = [rf",?\s*{y_before}{year(t)}"]
        if mod_after_alt:
            alts.append(rf"\s+(?P<mod{t}>{mod_after_alt}){end}")
        return "(?:" + "|".join(alts) + ")"

    def dm(t: str) -> str:
        return rf"{day(t)}\s*{joiner}{month(t)}"

    close = rf"(?:\s+{_alt(R['close'])}{end})?" if R.get("close") else ""
    from_alt = _alt([w for w in R["from"]])
    to_parts = [re.escape(c) for c in R["connectors"] if not c[0].isalnum()]
    to_words = [c for c in R["connectors"] if c[0].isalnum()]
    to = r"(?:\s*(?:" + "|".join(to_parts or [r"(?!x)x"]) + r")\s*" + \
        (rf"|\s+{_alt(to_words)}\s*" if to_words else "") + ")"
    year_first = rf"(?:{year('0')}\s*{_alt(Y['first'])}\s+)" if Y.get("first") else None

    pats: list[tuple[str, str, bool]] = []

    def add(name: str, regex: str, needs_digit: bool = True) -> None:
        pats.append((name, regex, needs_digit))

    fr_ = rf"(?:{start}{from_alt}\s+)?"
    # days
    add("day", rf"{dm('a')}{year_part('a')}?")
    add("day", rf"{month('a')}\.?\s+{day('a')}(?:,?\s+{year('a')})?")          # September 22, 2025
    if year_first:
        add("day", rf"{year('a')}\s*{_alt(Y['first'])}\s+{dm('a')}")
    if D.get("words"):
        # a day named by a word: «فاتح يوليوز» (Maghrebi "the first of"), «le premier juillet»
        add("day_word", rf"{start}(?P<dwa>{_alt(D['words'])}){end}\s*{joiner}{month('a')}{year_part('a')}?",
            needs_digit=False)
    if D.get("month_phrases"):
        add("day_of_month", rf"{day('a')}\s+(?P<mp>{_alt(D['month_phrases'])}){end}")
    add("iso", r"(?<![\d.,/-])(?P<ya>\d{4})([-/.])(?P<ma>\d\d?)\2(?P<da>\d\d?)(?![\d-])")
    add("numeric", rf"(?<![\d.,/-])(?P<da>\d{{1,2}})([./])(?P<ma>\d{{1,2}})\2(?P<ya>\d{{4}})(?![\d])(?:\s*{_alt(Y['after'])}(?!\w))?"
        if Y.get("after") else r"(?<![\d.,/-])(?P<da>\d{1,2})([./])(?P<ma>\d{1,2})\2(?P<ya>\d{4})(?!\d)")
    # intervals of days: «21-25 шт», «с 21 по 25 сентября», «from 30 September to 2 October 2025»
    yf = rf"{year_first}?" if year_first else ""
    add("range_days", rf"{fr_}{yf}{day('a')}{to}{dm('b')}{year_part('b')}?{close}")
    add("range_dm", rf"{fr_}{yf}{dm('a')}(?:,?\s*{year('a')})?{to}{dm('b')}{year_part('b')}?{close}")
    if R.get("close"):
        add("range_dm", rf"{yf}{dm('a')}\s+{dm('b')}{year_part('b')}?\s+{_alt(R['close'])}{end}")
    add("range_mdd", rf"{fr_}{month('b')}\.?\s+{day('a')}{to}{day('b')}(?:,?\s+{year('b')})?")
    add("range_mdmd", rf"{fr_}{month('a')}\.?\s+{day('a')}{to}{month('b')}\.?\s+{day('b')}(?:,?\s+{year('b')})?")
    # intervals of months and years
    add("range_months", rf"{fr_}{month('a')}(?:,?\s*{y_before}{year('a')})?{to}{month('b')}{year_part('b')}?{close}",
        needs_digit=False)
    add("range_years", rf"{fr_}{y_before}{year('a')}{to}{y_before}{year('b', guard=True)}{close}")
    # months
    # «mid-March», «mi-octobre»: a prefix ending in a hyphen is written without a space
    mpre = rf"(?:{start}{_alt(MC['prefixes'])}(?:\s+|(?<=-)))" if MC.get("prefixes") else None
    add("month", rf"{mpre or ''}{'?' if mpre else ''}{month('a')}{year_part('a')}", needs_digit=False)
    if year_first:
        add("month", rf"{year('a')}\s*{_alt(Y['first'])}\s+{month('a')}")
    if mods_before:
        add("month", rf"{start}(?P<moda>{_alt(mods_before)})\s+{month('a')}", needs_digit=False)
    if mpre:
        add("month_alone", rf"{mpre}{month('a')}", needs_digit=False)
    if MC.get("after_words"):
        add("month_alone", rf"{month('a')}\s+{_alt(MC['after_words'])}{end}", needs_digit=False)
    if M.get("alone_suffixes"):
        add("month_inflected", month("a"), needs_digit=False)
    # years: «в 2014 году», «عام 2014», «2014 жылы», «in 2014»
    ypre = _alt(Y["prepositions"]) if Y.get("prepositions") else None
    if Y.get("before"):
        add("year", rf"{start}{_alt(Y['before'])}\s*{year('a', guard=True)}")
    if Y.get("after"):
        add("year", rf"(?<![\d.,/:])(?P<ya>1[89]\d\d|20\d\d)[\s-]*{_alt(Y['after'])}(?!\w)")
    if ypre:
        add("year", rf"{start}{ypre}(?:\s+|(?<=-)){y_before}{year('a', guard=True)}")
    # seasons
    season_words = {**S.get("forms", {}), **S.get("context_forms", {})}
    smb, sma = S.get("modifiers_before", {}), S.get("modifiers_after", {})
    s_guard = rf"(?!\s+{_alt(S['not_before'])}{end})" if S.get("not_before") else ""
    sjoin = rf"(?:{_alt(S['year_joiners'])}\s+)?" if S.get("year_joiners") else ""
    season_regex = (
        (rf"(?P<spa>{start}{_alt(S['prefixes'])}\s+)?" if S.get("prefixes") else "")
        + (rf"(?:{start}(?P<smoda>{_alt(smb)})\s+)?" if smb else "")
        + rf"{start}(?P<sa>{_alt(season_words)}){end}{s_guard}"
        + rf"(?:\s+{sjoin}{y_before}{year('a')}"
        + (rf"|\s+(?P<smodb>{_alt(sma)}){end}" if sma else "") + ")?"
    )
    add("season", season_regex, needs_digit=False)
    if year_first:
        add("season", rf"{year('a')}\s*{_alt(Y['first'])}\s+(?P<sa>{_alt(season_words)}){end}")
    # weekdays, with a relative day before them («أمس الثلاثاء», «вчера, во вторник»)
    rel_phrases: dict[str, str] = REL["phrases"]
    rel_guard = rf"(?!\s+{_alt(REL['not_before'])}{end})" if REL.get("not_before") else ""
    day_rel = [p for p, code in rel_phrases.items() if code.startswith("day")]
    wmb, wma = W.get("modifiers_before", {}), W.get("modifiers_after", {})
    weekday_regex = (
        rf"(?:{start}(?P<rel>{_alt(day_rel)})[\s,،]+)?"
        + (rf"(?:{start}(?P<wmoda>{_alt(wmb)})\s+)?" if wmb else "")
        + (rf"(?P<wpre>{start}{_alt(W['prefixes'])}\s+)?" if W.get("prefixes") else "")
        + rf"{start}(?P<wd>{_alt(weekday_forms(lang))}){end}"
        + (rf"(?:\s+(?P<wmodb>{_alt(wma)}){end})?" if wma else "")
    )
    add("weekday", weekday_regex, needs_digit=False)
    add("relative", rf"{start}(?P<rel>{_alt(rel_phrases)}){end}{rel_guard}", needs_digit=False)

    flags = re.IGNORECASE | re.UNICODE
    compiled = [(name, re.compile(rx, flags), nd) for name, rx, nd in pats]

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
        month_mods={key(k): v for k, v in {**mods_after, **mods_before}.items()},
        weekday_mods={key(k): v for k, v in {**wmb, **wma}.items()},
        month_phrases={key(k): v for k, v in D.get("month_phrases", {}).items()},
        relative={key(k): v for k, v in rel_phrases.items()},
        day_words={key(k): int(v) for k, v in D.get("words", {}).items()},
        ambiguous_alone={key(w) for w in M.get("ambiguous_alone", [])},
        weekday_needs_prefix=bool(W.get("needs_prefix")),
        weekday_future=compile_patterns(lang, [fold(c) for c in W.get("future_cues", [])]),
        month_alone_suffixes=tuple(key(s) for s in M.get("alone_suffixes", [])),
    )
