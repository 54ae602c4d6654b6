"""What `accord search` looks for: the words typed, and every other form of the names among them.

A query is a list of parts that must all match; each part is a list of alternatives, any one of
which matches; each alternative is the folded words of one form, each matched as a word prefix.
`Astana` → [[["astana"], ["астан"], ["أستانا"], ["أستانة"]]]: the Cyrillic form without its final
vowel finds «Астану», «Астане», «Астанада» too.
"""
from __future__ import annotations

import re

from accord.store.keys import search_terms

Alternative = list[str]
Part = list[Alternative]
Query = list[Part]

# Russian and Kazakh inflect a name by changing or adding its ending: a stem without a final vowel,
# soft sign or й matches every case as a prefix; short names keep their letters (prefixes of
# three letters would match half the dictionary).
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC_END = re.compile(r"(?<=[\u0400-\u04ff]{4})[аяыиеёоуюьйіə]$")


def _stem(term: str) -> str:
    return _CYRILLIC_END.sub("", term)


def _alternative(text: str) -> Alternative:
    return [_stem(t) for t in search_terms(text)]


def _arabic_clitics() -> list[tuple[str, str]]:
    """(written, replaced) proclitics of the Arabic pack: «و», «ب», … and «لل» for «ل» + «ال»."""
    from accord.lang.data import load

    return [(p, r) for p, r in load("ar", "pack").get("prefixes", []) if p != "ال"]


def _with_clitics(alternative: Alternative) -> list[Alternative]:
    """Arabic writes a conjunction or preposition onto the next word («بأستانا», «وأستانا»,
    «للمغرب»): the name's first word with each proclitic is a form of its own."""
    if not alternative or not _ARABIC.match(alternative[0]):
        return [alternative]
    first, rest = alternative[0], alternative[1:]
    out = [alternative]
    for clitic, replaced in _arabic_clitics():
        if replaced and first.startswith(replaced):
            out.append([clitic + first[len(replaced):], *rest])
        elif not replaced:
            out.append([clitic + first, *rest])
            out.append(["و" + clitic + first, *rest])
    return out


def _forms(text: str) -> list[str]:
    from accord.names.gazetteer import forms_of

    return [form for _lang, form in forms_of(text)]


def _closest_word(word: str, form: str) -> str:
    """The word of a many-word form that a one-word query names: «Koshanov» in «Ерлан Кошанов» is
    «Кошанов»; articles often give a surname alone."""
    from rapidfuzz import fuzz

    from accord.names.romanise import romanise

    words = form.split()
    if len(words) == 1:
        return form
    typed = romanise(word).casefold()
    return max(words, key=lambda w: fuzz.ratio(typed, romanise(w).casefold()))


def build_query(text: str, *, expand: bool = True) -> Query:
    """The parts of a search for `text`. With `expand`, a known name — the whole query or any one
    word of it — also matches as every form the gazetteer and the registry know."""
    words = search_terms(text)
    if not words:
        return []
    if expand:
        whole = _forms(text) if len(words) > 1 else []
        if whole:
            return [_unique([_alternative(text), *map(_alternative, whole)])]
        return [_unique([[_stem(w)], *(_alternative(_closest_word(w, f)) for f in _forms(w))]) for w in words]
    return [[[w]] for w in words]


def _unique(alternatives: list[Alternative]) -> Part:
    every = [variant for a in alternatives if a for variant in _with_clitics(a)]
    return [list(a) for a in dict.fromkeys(tuple(a) for a in every)]


def all_terms(query: Query) -> list[str]:
    """Every term of the query, for marking matches in a snippet."""
    return list(dict.fromkeys(t for part in query for alternative in part for t in alternative))


def fts5_match(query: Query) -> str:
    """SQLite FTS5: `("астан"* OR "astana"*) AND ("a"* "b"*)`; quoting keeps words like NOT plain."""
    def alternative(words: Alternative) -> str:
        return "(" + " AND ".join(f'"{w}"*' for w in words) + ")"

    return " AND ".join("(" + " OR ".join(alternative(a) for a in part) + ")" for part in query)


def tsquery(query: Query) -> str:
    """PostgreSQL to_tsquery('simple', …): `(астан:* | astana:*) & (…)`."""
    def alternative(words: Alternative) -> str:
        return "(" + " & ".join(f"{_ts_word(w)}:*" for w in words) + ")"

    return " & ".join("(" + " | ".join(alternative(a) for a in part) + ")" for part in query)


def _ts_word(word: str) -> str:
    # tsquery operators and quotes inside a word would change the query
    return "'" + word.replace("'", "''").replace("\\", "") + "'"
