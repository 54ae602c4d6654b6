"""Russian morphology for the language pack: pymorphy3 lemmas and name declension.

pymorphy3 knows common words and many given names (Name/Surn/Patr tags) but
guesses badly on foreign names («Кошановым» → «кошановое»), so names are put
into the nominative by voting over the whole name: each word says which cases
it may be in (dictionary name parses, ending rules from pack.toml, the bare
form as nominative), the best-supported case wins, and every word is turned
back from that case.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

from accord.lang.data import load

_NAME_TAGS = {"Name", "Surn", "Patr"}
_VOWELS = set("аеёиоуыэюя")
_ROMAN_RE = re.compile(r"[IVXLC]+")  # regnal numbers («Мухаммеда V») do not decline


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def _recase(lemma: str, like: str) -> str:
    if "ё" not in like.lower():
        lemma = lemma.replace("ё", "е")
    if like.isupper() and len(like) > 1:
        return lemma.upper()
    if like[:1].isupper():
        return lemma[:1].upper() + lemma[1:]
    return lemma


class Morphology:
    def __init__(self) -> None:
        data = load("ru", "pack")
        self.morph = _analyzer()
        self.particles = {p.casefold() for p in data.get("name_particles", [])}
        # [ending, replacement, case, gender]: how a name in that case ends.
        self.surname_re = re.compile(data.get("surname_pattern", "$^"))
        self.endings = sorted((tuple(r) for r in data.get("name_endings", [])), key=lambda r: -len(r[0]))
        self.lemmas = lru_cache(maxsize=200_000)(self._lemmas)
        self._parse = lru_cache(maxsize=200_000)(self._safe_parse)

    def _safe_parse(self, word: str) -> list:
        """pymorphy3's parses; none for a word it cannot read (it looks up each letter's Unicode name,
        and letters of recent scripts, such as Tangut, have none in this Python)."""
        try:
            return self.morph.parse(word)
        except ValueError:
            return []

    def _lemmas(self, word: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.normal_form for p in self._parse(word)))

    def lexicon_lemma(self, word: str) -> str:
        parses = self._parse(word)
        for p in parses:
            if {"Geox", "Name", "Surn"} & p.tag.grammemes:
                return p.normal_form
        return parses[0].normal_form if parses else word

    def lemma(self, word: str) -> str:
        parses = self._parse(word)
        if not parses:
            return word
        if word[:1].isupper():
            for p in parses:
                if {"Geox", "Name", "Surn", "Orgn"} & p.tag.grammemes:
                    return _recase(p.normal_form, word)
        return _recase(parses[0].normal_form, word)

    def case_of(self, word: str) -> str | None:
        parses = self._parse(word)
        return parses[0].tag.case if parses and parses[0].tag.POS in ("NOUN", "ADJF") else None

    def cases_of(self, word: str) -> set[str]:
        """Every case a noun or adjective can be read in («президента»: gent, accs)."""
        return {p.tag.case for p in self._parse(word) if p.tag.POS in ("NOUN", "ADJF") and p.tag.case}

    def name_cases(self, name: str) -> set[str]:
        """The cases some word of a name can be read in («Касым-Жомарту Токаеву»: datv only).
        Any word may be the inflected one: «Хурэлсухом Ухнаа» inflects its first. An indeclinable or
        unknown word («Мелони») can stand in any case, and then the name can too (an empty set)."""
        cores = [w.rpartition("-")[2] for w in name.split()]
        options = [set(self._options(core, False)) for core in cores
                   if core[:1].isalpha() and core.casefold() not in self.particles]
        return set() if not options or not all(options) else set().union(*options)

    def is_common_word(self, word: str) -> bool:
        low = word.lower()
        if not self.morph.word_is_known(low) or (word[:1].isupper() and self.surname_re.search(low)):
            return False
        return not any(_NAME_TAGS & p.tag.grammemes or "Geox" in p.tag.grammemes
                       for p in self._parse(word) if p.score >= 0.05)

    def is_place_word(self, word: str) -> bool:
        """A place name of the dictionary («Азия», «Корея»), never a person's name."""
        parses = [p for p in self._parse(word.strip("«»\"'()")) if p.score >= 0.05]
        return any("Geox" in p.tag.grammemes for p in parses) and not any(_NAME_TAGS & p.tag.grammemes
                                                                           for p in parses)

    def is_place_or_common_word(self, word: str) -> bool:
        """A dictionary word that is a common word or a place name («Центральная», «Азия»), not a
        person's name."""
        word = word.strip("«»\"'()")
        if not word or not self.morph.word_is_known(word.lower()):
            return False
        parses = [p for p in self._parse(word) if p.score >= 0.05]
        return bool(parses) and not any(_NAME_TAGS & p.tag.grammemes for p in parses)

    # -- names ----------------------------------------------------------------
    def _options(self, core: str, geo: bool) -> dict[str, tuple[float, str]]:
        """case -> (support, nominative form) for one inflecting word of a name."""
        opts: dict[str, tuple[float, str]] = {}

        def add(case: str, score: float, form: str) -> None:
            if case and score > opts.get(case, (0.0, ""))[0]:
                opts[case] = (score, form)

        low = core.lower()
        known = self.morph.word_is_known(low)
        tags = {"Geox"} if geo else _NAME_TAGS
        for p in self._parse(core):
            if tags & p.tag.grammemes and p.tag.number != "plur":
                nom = p.inflect({"nomn"}) if "Surn" in p.tag.grammemes else None
                form = nom.word if nom is not None else p.normal_form
                add(p.tag.case, 1.0 if known else 0.55, _recase(form, core))
        for ending, repl, case, _gender in self.endings:
            stem = low[: len(low) - len(ending)]
            if low.endswith(ending) and len(stem) >= 2 and (repl or stem[-1] not in _VOWELS):
                add(case, 0.6, core[: len(core) - len(ending)] + repl)
        if low[-1:] not in _VOWELS or low[-1:] in ("а", "я"):
            add("nomn", 0.5, core)
        return opts

    def name_lemma(self, name: str, case: str | None = None) -> str:
        words = name.split()
        # Each word: (prefix kept as is, inflecting core). Hyphenated names inflect
        # only their last part («Касым-Жомарта» → «Касым-Жомарт», «Ар-Рашидом» → «Ар-Рашид»).
        parts: list[tuple[str, str]] = []
        for w in words:
            head, sep, tail = w.rpartition("-")
            parts.append((head + sep, tail))
        geo = len(words) == 1
        options = [None if core.casefold() in self.particles or _ROMAN_RE.fullmatch(core) or not core[:1].isalpha()
                   else self._options(core, geo) for _, core in parts]
        votes: dict[str, float] = {}
        # A word written twice votes once: «Абдель Вахабом Абдель Разеком» must not let the
        # indeclinable «Абдель» outvote the two inflected words.
        seen: set[str] = set()
        for (_, core), opts in zip(parts, options):
            if core.casefold() in seen:
                continue
            seen.add(core.casefold())
            if opts:
                for c, (score, _) in opts.items():
                    votes[c] = votes.get(c, 0.0) + score
        if case:
            votes[case] = votes.get(case, 0.0) + 1.0
        if not votes:
            return name
        best = max(votes, key=lambda c: (votes[c], c == "nomn"))
        out = []
        for (prefix, core), opts in zip(parts, options):
            out.append(prefix + (opts[best][1] if opts and best in opts else core))
        return " ".join(out)
