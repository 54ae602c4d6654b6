"""Language packs: sentence splitting, normalisation, tokens, clitics and lemmas per language.

One class serves every language; what differs lives in `lang/<code>/orthography.toml`
(letter folding, clitic prefixes, sentence rules, read through `accord.lang.orthography`),
`lang/<code>/pack.toml` (suffixes, case suffixes, name particles) and, where the
morphology needs a library, in `lang/<code>/__init__.py` (Russian: pymorphy3).
A `PhraseMatcher` finds lexicon phrases (countries, places, institutions,
titles) in text in any inflected form, using the pack's candidate base forms.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from accord.lang.data import load
from accord.lang.orthography import normalise, orthography, spelling_pattern, word_marks
from accord.model import LANGUAGES, Span

__all__ = ["Candidate", "LanguagePack", "Match", "PhraseMatcher", "get_pack", "spelling_pattern"]

_WORD = rf"[\w{word_marks()}]+"
# Hyphens and apostrophes join Latin/Cyrillic word parts («Касым-Жомарт», «aujourd'hui»);
# Arabic writes no hyphenated names, and «المغرب-كازاخستان» is two countries.
_TOKEN_RE = re.compile(rf"{_WORD}(?:[-‐'’](?=[a-zà-ÿа-яёәіңғүұқөһ]){_WORD}|-(?=[A-ZÀ-ÞА-ЯЁӘІҢҒҮҰҚӨҺ]){_WORD})*")
_PIECE_RE = re.compile(_WORD)


@dataclass(frozen=True)
class Candidate:
    form: str        # normalised base form
    derived: bool    # True when a suffix was stripped (an inflection, not only a clitic)


_SENTENCE_CLOSE = re.compile(r"[.!?…:;؟\"»”')\]]\s*$")


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) with hard-wrapped lines joined (their breaks read as spaces, offsets kept)."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if out and not _SENTENCE_CLOSE.search(out[-1][1]) and line[:1].islower() \
                and text[out[-1][0] + len(out[-1][1]):m.start()] == "\n":
            start, prev = out[-1]
            out[-1] = (start, prev + " " + line)
        else:
            out.append((m.start(), line))
    return out


class LanguagePack:
    """Text operations for one language; get one through `get_pack`."""

    def __init__(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"no language pack for {code!r}; known: {', '.join(LANGUAGES)}")
        self.code = code
        data = load(code, "pack")
        self.orthography = orthography(code)
        self.cased = self.orthography.cased
        self._fold = self.orthography.fold_accents
        self._abbreviations = self.orthography.abbreviations
        self._prefixes = list(self.orthography.clitic_prefixes)
        self._suffixes = sorted(((s, r) for s, r in data.get("suffixes", [])), key=lambda x: -len(x[0]))
        self._case_suffixes = sorted(data.get("name_case_suffixes", []), key=len, reverse=True)
        self._min_stem = int(data.get("min_stem", 3))
        self._max_strip = int(data.get("max_strip", 2))
        self.suffixes_for_names = bool(data.get("suffixes_for_names", True))
        self.particles = {p.casefold() for p in data.get("name_particles", [])}
        self._morph = _morphology(code)
        ends = "[" + re.escape(self.orthography.sentence_ends or ".") + "]+[\"»”')]*"
        # Where sentences start with a capital, a period before a lowercase word ends nothing.
        after = r"(?=\s+[\"«“'(]?[A-ZÀ-ÞА-ЯЁ0-9])" if self.orthography.capital_after else r"(?=\s)"
        self._sentence_end = re.compile(ends + after)
        # Scraped pages lose the space after a period («on Monday.The statement added»): where sentences
        # start with a capital, a lowercase word, a period and a capitalised word end one there too.
        self._glued_end = re.compile(r"(?<=[a-zß-ÿа-яё]{2}[.!?])(?=[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё])") \
            if self.orthography.capital_after else None
        if self._glued_end is None and self.orthography.glued_letters:
            # Without capitals, the same loss shows as a period between two words of three letters or
            # more («لدولة قطر.ولدى نزول»); one letter before it is an abbreviation («د.محمد»).
            letters = self.orthography.glued_letters
            self._glued_end = re.compile(rf"(?:(?<=[{letters}]{{3}}[.!?؟])|(?<=[{letters}]{{3}} [.!?؟]))(?=[{letters}]{{3}})")
        self.candidates = lru_cache(maxsize=200_000)(self._candidates)
        self._cached_name_lemma = lru_cache(maxsize=100_000)(self._name_lemma)

    # -- sentences and tokens -------------------------------------------------
    def sentences(self, text: str) -> list[Span]:
        """Sentence spans over `text`; a line break ends a sentence, unless the page wrapped a sentence
        there (no closing mark before it, a lowercase word after it: «Бакуге жұмыс\nсапары барысында»)."""
        spans: list[Span] = []
        for start0, line in _logical_lines(text):
            for start, end in self._split_line(line):
                seg = line[start:end]
                lead = len(seg) - len(seg.lstrip())
                trail = len(seg.rstrip())
                if trail > lead:
                    spans.append(Span(start0 + start + lead, start0 + start + trail))
        return spans

    def _split_line(self, line: str) -> list[tuple[int, int]]:
        if self.orthography.sentence_splitter == "razdel":
            from razdel import sentenize
            return [(s.start, s.stop) for s in sentenize(line)]
        cuts = [m.end() for m in self._sentence_end.finditer(line)
                if not (self._abbreviations and self._is_abbreviation(line, m.start()))]
        if self._glued_end is not None:
            cuts = sorted({*cuts, *(m.start() for m in self._glued_end.finditer(line)
                                    if not (self._abbreviations and self._is_abbreviation(line, m.start() - 1)))})
        bounds = [0, *cuts, len(line)]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]

    def _is_abbreviation(self, line: str, dot: int) -> bool:
        if line[dot] != ".":
            return False
        word = re.search(r"[\w.]*$", line[:dot]).group()
        if not word:
            return False
        if word.casefold() in self._abbreviations or (word + ".").casefold() in self._abbreviations:
            return True
        # An initial («J. Smith») or a dotted acronym («U.S.»).
        return (len(word) == 1 and word.isupper()) or bool(re.fullmatch(r"(?:\w\.)+\w", word))

    def tokens(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]

    def pieces(self, text: str) -> list[tuple[int, int, str]]:
        """Tokens split further at hyphens and apostrophes: the unit of lexicon matching."""
        return [(m.start(), m.end(), m.group()) for m in _PIECE_RE.finditer(text)]

    # -- normalisation ---------------------------------------------------------
    def normalise(self, s: str) -> str:
        """The form used for matching: NFKC, Arabic letter variants unified, diacritics, tatweel
        (and, for fr/en, accents) removed, ё → е, case folded."""
        return normalise(s, self._fold)

    def strip_clitics(self, word: str) -> list[str]:
        """Bases left when clitic prefixes are removed, longest first («بالرباط» → الرباط, رباط).

        Candidates only: a caller accepts one when its lexicon knows it, since
        foreign names start with the same letters («لكازاخستان» ≠ «ل+كازاخستان» is
        right, «لندن» is London).
        """
        out: list[str] = []
        frontier = [word]
        for _ in range(3):
            nxt = []
            for w in frontier:
                for prefix, repl in self._prefixes:
                    if w.startswith(prefix) and len(w) - len(prefix) + len(repl) >= 2:
                        base = repl + w[len(prefix):]
                        if base not in out and base != word:
                            out.append(base)
                            nxt.append(base)
            frontier = nxt
        return sorted(out, key=len, reverse=True)

    def _strip_suffixes(self, word: str) -> list[str]:
        out: list[str] = []
        frontier = [word]
        for _ in range(self._max_strip):
            nxt = []
            for w in frontier:
                for suffix, repl in self._suffixes:
                    if w.endswith(suffix) and len(w) - len(suffix) >= self._min_stem:
                        base = w[: len(w) - len(suffix)] + repl
                        if base not in out and base != word:
                            out.append(base)
                            nxt.append(base)
            frontier = nxt
        return out

    def _candidates(self, piece: str) -> tuple[Candidate, ...]:
        """Normalised base forms a text piece may stand for, the surface first."""
        norm = self.normalise(piece)
        seen: dict[str, bool] = {norm: False}
        for base in self.strip_clitics(norm):
            seen.setdefault(base, False)
        for form in list(seen):
            for base in self._strip_suffixes(form):
                seen.setdefault(base, True)
        if self._morph is not None:
            for lemma in self._morph.lemmas(piece):
                seen.setdefault(self.normalise(lemma), True)
        return tuple(Candidate(f, d) for f, d in seen.items())

    def key(self, piece: str) -> str:
        """The normalised form a lexicon piece is stored under."""
        if self._morph is not None:
            return self.normalise(self._morph.lexicon_lemma(piece))
        return self.normalise(piece)

    # -- lemmas ---------------------------------------------------------------
    def name_lemma(self, name: str, case: str | None = None) -> str:
        """A name in the nominative («Ерланом Кошановым» → «Ерлан Кошанов»).

        `case` is a grammatical case hint (pymorphy grammeme, e.g. "ablt") taken
        from the title that governs the name, where the language has cases.
        """
        return self._cached_name_lemma(" ".join(name.split()), case)

    def lemma(self, word: str) -> str:
        if self._morph is not None:
            return self._morph.lemma(word)
        if self.code in ("fr", "en"):
            return re.sub(r"['’]s$", "", word)
        if self._case_suffixes:
            return self._strip_case(word)
        return word

    def _name_lemma(self, name: str, case: str | None) -> str:
        if self._morph is not None:
            return self._morph.name_lemma(name, case)
        if self.code in ("fr", "en"):
            return re.sub(r"['’]s$", "", name)
        if self._case_suffixes and name:
            # Kazakh marks case once, on the last word of the phrase.
            head, _, last = name.rpartition(" ")
            return f"{head} {self._strip_case(last)}".strip()
        return name

    def _strip_case(self, word: str) -> str:
        head, hyphen, tail = word.rpartition("-")
        if hyphen and head and tail.casefold() in self._case_suffixes:
            # a foreign name takes its case ending after a hyphen, whatever its length («Ван И-мен»)
            return head
        for suffix in self._case_suffixes:
            if word.casefold().endswith(suffix) and len(word) - len(suffix) >= self._min_stem:
                return word[: len(word) - len(suffix)]
        return word

    def case_of(self, word: str) -> str | None:
        """The grammatical case of a noun or adjective («председателем» → "ablt"), where the language has cases."""
        return self._morph.case_of(word) if self._morph is not None else None

    def agrees_in_case(self, title_word: str, name: str) -> bool:
        """Whether a name can stand in a case its title word can be read in, as a name in apposition
        does («премьер-министру Токаеву»); «сказал премьер Токаеву» names the premier's addressee.
        True where the language has no cases or either word's case is unknown."""
        if self._morph is None or not hasattr(self._morph, "name_cases"):
            return True
        title_cases, name_cases = self._morph.cases_of(title_word), self._morph.name_cases(name)
        return not title_cases or not name_cases or bool(title_cases & name_cases)

    def is_common_word(self, word: str) -> bool:
        """A dictionary word that is not a name (used to reject Title Case headline words)."""
        return self._morph.is_common_word(word) if self._morph is not None else False

    def is_place_word(self, word: str) -> bool:
        """A place name the language's dictionary knows, never a person's name."""
        return self._morph.is_place_word(word) if self._morph is not None else False

    def is_place_or_common_word(self, word: str) -> bool:
        """A dictionary word that is no person's name: a common word or a place name."""
        return self._morph.is_place_or_common_word(word) if self._morph is not None else False


def _morphology(code: str) -> Any:
    """The language's morphology object, when `lang/<code>/__init__.py` defines `Morphology`."""
    try:
        module = importlib.import_module(f"accord.lang.{code}")
    except ModuleNotFoundError:
        return None
    factory = getattr(module, "Morphology", None)
    return factory() if factory is not None else None


@cache
def get_pack(lang: str) -> LanguagePack:
    return LanguagePack(lang)


# -- phrase matching -----------------------------------------------------------------

@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    payload: Any
    first_piece: int      # index into the pieces list
    last_piece: int


@dataclass(frozen=True)
class _Entry:
    keys: tuple[str, ...]
    upper: tuple[bool, ...]   # the lexicon piece is capitalised: the text piece must be too
    inflects: bool            # suffix-derived candidates may match (see LanguagePack.suffixes_for_names)
    payload: Any
    commas: tuple[bool, ...] = ()   # the phrase has a comma before piece k+1 («Minister of Foreign Affairs, African …»)


_GAP_RE = re.compile(r"[ \u00a0\-‐–—'’.]*")
_COMMA_GAP_RE = re.compile(r"[ \u00a0]*[,،][ \u00a0]*")


class PhraseMatcher:
    """Longest-match lookup of lexicon phrases in text, in inflected and clitic forms."""

    def __init__(self, pack: LanguagePack, entries: Iterable[tuple[str, Any, bool]]) -> None:
        self.pack = pack
        self._index: dict[str, list[_Entry]] = {}
        self._prefixes: set[str] = set()
        for phrase, payload, inflects in entries:
            spans = pack.pieces(phrase)
            pieces = [p for _, _, p in spans]
            if not pieces:
                continue
            keys = tuple(pack.key(p) for p in pieces)
            upper = tuple(pack.cased and p[0].isupper() for p in pieces)
            commas = tuple(bool(re.search("[,،]", phrase[a[1]:b[0]])) for a, b in zip(spans, spans[1:]))
            entry = _Entry(keys, upper, inflects, payload, commas)
            self._index.setdefault(keys[0], []).append(entry)
            self._prefixes.add(keys[0][:2])

    def _cands(self, piece: str, entry_inflects: bool) -> Iterable[str]:
        for c in self.pack.candidates(piece):
            if not c.derived or entry_inflects or self.pack.suffixes_for_names:
                yield c.form

    def find(self, text: str, pieces: list[tuple[int, int, str]] | None = None,
             accept: Callable[[Match], bool] | None = None) -> list[Match]:
        pieces = self.pack.pieces(text) if pieces is None else pieces
        out: list[Match] = []
        i = 0
        while i < len(pieces):
            best = self._best_at(text, pieces, i, accept)
            if best is None:
                i += 1
                continue
            out.append(best)
            i = best.last_piece + 1
        return out

    def find_caseless(self, text: str,
                      pieces: list[tuple[int, int, str]] | None = None) -> list[tuple[Match, list[int]]]:
        """The lexicon's phrases in a `text` written without capitals (the Cyrillic reading of an
        Arabic-script article), each with the offsets of the letters the lexicon writes as capitals:
        what a caseless text needs to meet the cased rules («қазақстан» → «Қазақстан»)."""
        pieces = self.pack.pieces(text) if pieces is None else pieces
        out: list[tuple[Match, list[int]]] = []
        i = 0
        while i < len(pieces):
            found = self._best_entry_at(text, pieces, i, None, case_blind=True)
            if found is None:
                i += 1
                continue
            match, entry = found
            out.append((match, [pieces[match.first_piece + k][0] for k, upper in enumerate(entry.upper) if upper]))
            i = match.last_piece + 1
        return out

    def _best_at(self, text: str, pieces: list[tuple[int, int, str]], i: int,
                 accept: Callable[[Match], bool] | None) -> Match | None:
        found = self._best_entry_at(text, pieces, i, accept)
        return found[0] if found is not None else None

    def _best_entry_at(self, text: str, pieces: list[tuple[int, int, str]], i: int,
                       accept: Callable[[Match], bool] | None,
                       case_blind: bool = False) -> tuple[Match, _Entry] | None:
        cands = self.pack.candidates(pieces[i][2])
        if not any(c.form[:2] in self._prefixes for c in cands):
            return None
        best: tuple[Match, _Entry] | None = None
        best_rank = (0, 0)
        for rank, cand in enumerate(cands):
            for entry in self._index.get(cand.form, ()):
                if cand.derived and not (entry.inflects or self.pack.suffixes_for_names):
                    continue
                n = self._extent(text, pieces, i, entry, case_blind)
                if n == 0:
                    continue
                score = (n, -rank)
                if best is None or score > best_rank:
                    last = i + n - 1
                    m = Match(pieces[i][0], pieces[last][1], text[pieces[i][0]:pieces[last][1]],
                              entry.payload, i, last)
                    if accept is None or accept(m):
                        best, best_rank = (m, entry), score
        return best

    def _extent(self, text: str, pieces: list[tuple[int, int, str]], i: int, entry: _Entry,
                case_blind: bool = False) -> int:
        n = len(entry.keys)
        if i + n > len(pieces):
            return 0
        for k in range(n):
            start, end, surface = pieces[i + k]
            if k and not (_COMMA_GAP_RE if entry.commas[k - 1] else _GAP_RE).fullmatch(text[pieces[i + k - 1][1]:start]):
                return 0
            if entry.upper[k] and not case_blind and not surface[0].isupper():
                return 0
            if k and entry.keys[k] not in set(self._cands(surface, entry.inflects)):
                return 0
        return n
