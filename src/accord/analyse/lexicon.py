"""Compiling the pattern lists of the per-language data files into regexes.

A data pattern matches at a word start (and, in languages that glue clitics
onto words, after them: the orthography's clitic letters and article) and must end at a word end.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from accord.lang.data import load
from accord.lang.orthography import word_start_clitics


def _prefix(lang: str) -> str:
    return word_start_clitics(lang)


def _either_apostrophe(pattern: str) -> str:
    """`'` outside a character class matches `’` too (inside one, the data lists what it means)."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == "'" and not in_class:
            out.append("['’]")
        else:
            out.append(ch)
    return "".join(out)


def compile_patterns(lang: str, patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation of `patterns`, anchored at word edges, longest alternatives first."""
    pats = sorted({p for p in patterns if p}, key=len, reverse=True)
    if not pats:
        return None
    # the press writes the apostrophe both ways («l'invitation», «l’invitation»); data writes it once
    pats = [_either_apostrophe(p) for p in pats]
    body = "|".join(f"(?:{p})" for p in pats)
    return re.compile(rf"(?<!\w){_prefix(lang)}(?:{body})(?!\w)", re.IGNORECASE)


@cache
def section(lang: str, file: str, table: str) -> dict[str, re.Pattern[str]]:
    """`{key: regex}` for every list in table `table` of `lang/<lang>/<file>.toml`."""
    data = load(lang, file).get(table, {})
    out: dict[str, re.Pattern[str]] = {}
    for key, patterns in data.items():
        if isinstance(patterns, list):
            rx = compile_patterns(lang, patterns)
            if rx is not None:
                out[key] = rx
    return out


@cache
def topics(lang: str) -> dict[str, re.Pattern[str]]:
    data = load(lang, "topics")
    out: dict[str, re.Pattern[str]] = {}
    for code, patterns in data.items():
        rx = compile_patterns(lang, patterns)
        if rx is not None:
            out[code] = rx
    return out


def cue(lang: str, table: str, key: str) -> re.Pattern[str] | None:
    return section(lang, "events", table).get(key)
