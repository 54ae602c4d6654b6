"""Orthography: the spellings a language writes in more than one way, and how its text is cut.

Each language's `lang/<code>/orthography.toml` declares letter folding, optional marks,
clitics, function words, clause breaks and sentence rules. Every part of accord that
normalises or splits a string reads them here, once: the language pack (matching and
sentences), time expressions, names, the store's search keys, publication dates and the
evaluation's name rule.

Letters and marks fold the same whatever the language of the text, because text of one
language quotes names of another («Бурита» beside «بوريطة») and the scorer compares names whose
language it does not know: `fold_letters`, `strip_marks` and `normalise` use the union of every
language's tables. A letter belongs to one script, so the tables never disagree.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from accord.lang.data import load
from accord.model import LANGUAGES


@dataclass(frozen=True)
class Orthography:
    """One language's orthography, as its `orthography.toml` declares it."""

    code: str
    cased: bool                                   # the script has capitals (names start with one)
    letters: dict[str, str]                       # letter -> the letter it is folded to
    marks: tuple[str, ...]                        # regex ranges of optional marks, removed
    word_marks: tuple[str, ...]                   # regex ranges of marks that belong to a word
    fold_accents: bool                            # Latin accents are dropped when comparing
    clitic_letters: str                           # letters that glue onto the next word
    clitic_prefixes: tuple[tuple[str, str], ...]  # (prefix, replacement) a look-up may strip
    clitic_articles: tuple[str, ...]              # the article as glued after the clitic letters
    glued_conjunction: str                        # «and» written onto the next word, if the language does
    future_prefix: tuple[str, str]                # (prefix, letters it comes before): a verb's future mark
    function_words: dict[str, tuple[str, ...]]    # "and", "list_joins", "articles"
    clause_breaks: str                            # characters that end a clause
    list_marks: str                               # characters that separate listed things
    sentence_splitter: str | None                 # a library that splits sentences ("razdel")
    sentence_ends: str                            # characters that end a sentence
    capital_after: bool                           # a sentence end needs a capital (or digit) after it
    abbreviations: frozenset[str]                 # case-folded; a period after one ends nothing
    glued_letters: str = ""                       # uncased scripts: letters around a period with no space after it

    def words(self, kind: str) -> tuple[str, ...]:
        """The function words of one kind («and», «list_joins», «articles»)."""
        return self.function_words.get(kind, ())


@cache
def orthography(code: str) -> Orthography:
    """The orthography of language `code`."""
    if code not in LANGUAGES:
        raise ValueError(f"no orthography for {code!r}; known: {', '.join(LANGUAGES)}")
    data = load(code, "orthography")
    clitics = data.get("clitics", {})
    sentences = data.get("sentences", {})
    return Orthography(
        code=code,
        cased=bool(data.get("cased", True)),
        letters=dict(data.get("letters", {})),
        marks=tuple(data.get("marks", [])),
        word_marks=tuple(data.get("word_marks", [])),
        fold_accents=bool(data.get("fold_accents", False)),
        clitic_letters=str(clitics.get("letters", "")),
        clitic_prefixes=tuple((p, r) for p, r in clitics.get("prefixes", [])),
        clitic_articles=tuple(clitics.get("articles", [])),
        glued_conjunction=str(clitics.get("conjunction", "")),
        future_prefix=(str(clitics.get("future", {}).get("prefix", "")),
                       str(clitics.get("future", {}).get("before", ""))),
        function_words={k: tuple(v) for k, v in data.get("function_words", {}).items()},
        clause_breaks="".join(data.get("clauses", {}).get("breaks", [])),
        list_marks="".join(data.get("clauses", {}).get("list_marks", [])),
        sentence_splitter=sentences.get("splitter"),
        sentence_ends=str(sentences.get("ends", "")),
        capital_after=bool(sentences.get("capital_after", False)),
        abbreviations=frozenset(a.casefold() for a in sentences.get("abbreviations", [])),
        glued_letters=str(sentences.get("glued_letters", "")),
    )


def _all() -> list[Orthography]:
    return [orthography(code) for code in LANGUAGES]


@cache
def _letter_table() -> dict[int, str]:
    return str.maketrans({src: dst for o in _all() for src, dst in o.letters.items()})


@cache
def _marks_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(r for o in _all() for r in o.marks) + "]")


@cache
def word_marks() -> str:
    """The combining marks that belong to a word, as the body of a regex character class."""
    return "".join(r for o in _all() for r in o.word_marks)


def fold_letters(text: str) -> str:
    """`text` with the letters a language writes interchangeably folded to one («أ» → «ا»,
    «ة» → «ه», «ё» → «е»); one letter for one letter, so offsets stay the text's."""
    return text.translate(_letter_table())


def strip_marks(text: str) -> str:
    """`text` without optional marks (Arabic harakat, the dagger alif, tatweel)."""
    return _marks_re().sub("", text)


def fold_accents(text: str) -> str:
    """`text` without Latin accents and other combining marks («Saïed» → «Saied»)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def normalise(text: str, accents: bool = False) -> str:
    """The form strings are compared in: NFKC, optional marks removed, letter variants folded,
    case folded, and (`accents`) accents removed.

    NFKC comes first: it turns Arabic presentation forms into the base letters the letter table
    knows, and composes a bare alif with a hamza mark into «أ» before it is folded.
    """
    text = fold_letters(strip_marks(unicodedata.normalize("NFKC", text))).casefold()
    return fold_accents(text) if accents else text


@cache
def _variant_classes() -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    for src, dst in _letter_table().items():
        groups.setdefault(dst, {dst}).add(chr(src))
    return {ch: "[" + "".join(sorted(g)) + "]" for g in groups.values() for ch in g}


def spelling_pattern(form: str) -> str:
    """A regex for `form` that also matches the spellings `fold_letters` treats as one («أ» or
    «ا», «ى» or «ي», «ё» or «е»), on the text as written, so that offsets stay the text's."""
    classes = _variant_classes()
    return "".join(classes.get(ch, re.escape(ch)) for ch in form)


@cache
def words_pattern(lang: str, kind: str) -> str:
    """A regex alternation of the function words of one kind (`(?!x)x` when there are none)."""
    words = sorted(orthography(lang).words(kind), key=len, reverse=True)
    return "(?:" + "|".join(map(re.escape, words)) + ")" if words else r"(?!x)x"


@cache
def word_start_clitics(lang: str) -> str:
    """A regex of what may glue onto the start of a word before it («وبال» in «وبالزيارة»): up to
    two clitic letters, then the article; empty in a language that glues nothing."""
    o = orthography(lang)
    if not o.clitic_letters:
        return ""
    glued = [re.escape(a) for a in o.clitic_articles]
    prefix, before = o.future_prefix
    if prefix and before:
        # the future mark of a verb, before the verb's own prefix («سيزور» is «يزور» to come): the
        # data's present forms then match their future too
        glued.append(f"{re.escape(prefix)}(?=[{re.escape(before)}])")
    article = "(?:" + "|".join(glued) + ")?" if glued else ""
    return f"(?:[{re.escape(o.clitic_letters)}]{{0,2}}{article})"


@cache
def clause_break(lang: str) -> re.Pattern[str]:
    """The marks that end a clause inside a sentence."""
    return re.compile("[" + re.escape(orthography(lang).clause_breaks) + "]")


@cache
def list_join(lang: str) -> re.Pattern[str]:
    """What ends the words between two listed things: a list mark or a joining word («and»,
    «et»), then perhaps an article of the next one («, and the», «et l'»)."""
    o = orthography(lang)
    # a joining word may elide onto the next one («ainsi qu'un accord»)
    return re.compile(rf"(?:[{re.escape(o.list_marks)}]|\b{words_pattern(lang, 'list_joins')})(?:\s+|(?<=['’]))"
                      rf"(?:{words_pattern(lang, 'articles')}\s*)?$", re.IGNORECASE)
