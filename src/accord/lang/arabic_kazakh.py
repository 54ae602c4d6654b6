"""Kazakh in the Arabic script, read in Cyrillic: the reading and the way back to the original.

The Kazakh press of China writes Kazakh in the Arabic script («قازاقستان», «ءۇشىن»). accord's Kazakh
rules and tables are Cyrillic, so such an article is analysed through its Cyrillic reading; every
character of the reading knows which characters of the original it came from, so the spans found in
the reading are given back as spans of the original article (evidence is quoted as it was printed).

The letters, the vowel-harmony cues and the loan respellings are in `kk/arabic_script.toml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accord.lang.data import load


@dataclass(frozen=True)
class Reading:
    """The Cyrillic reading of a text and, per character of it, the span of the original it renders."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that the reading's `text[start:end]` renders."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], max(self.ends[start:end])


@dataclass(frozen=True)
class _Script:
    """The tables of `arabic_script.toml`."""

    kazakh_letters: frozenset[str]
    front_marks: frozenset[str]
    not_kazakh: frozenset[str]
    min_word_share: float
    letters: dict[str, str]
    front: dict[str, str]
    front_letters: frozenset[str]
    back_letters: frozenset[str]
    neutral_endings: tuple[str, ...]
    neutral_inside: tuple[str, ...]
    front_alef_words: tuple[str, ...]
    front_before_endings: tuple[str, ...]
    loan_vowels: str
    vowels: frozenset[str]
    ya: str
    yu: str
    y: str
    punctuation: dict[str, str]
    respell: tuple[tuple[str, str], ...]


@cache
def script() -> _Script:
    data = load("kk", "arabic_script")
    det, harmony, y = data["detection"], data["harmony"], data["y"]
    return _Script(
        kazakh_letters=frozenset(det["kazakh_letters"]), front_marks=frozenset(det["word_front_marks"]),
        not_kazakh=frozenset(det["not_kazakh_letters"]), min_word_share=float(det["min_word_share"]),
        letters=dict(data["letters"]), front=dict(data["front"]),
        front_letters=frozenset(harmony["front_letters"]), back_letters=frozenset(harmony["back_letters"]),
        neutral_endings=tuple(harmony["neutral_endings"]), neutral_inside=tuple(harmony["neutral_inside"]),
        front_alef_words=tuple(harmony["front_alef_words"]),
        front_before_endings=tuple(harmony.get("front_before_endings", ())),
        loan_vowels="[%s]{2}" % re.escape(harmony.get("loan_vowels", "")) if harmony.get("loan_vowels") else "(?!)",
        vowels=frozenset(y["vowels"]),
        ya=y["ya"], yu=y["yu"], y=y["y"], punctuation=dict(data["punctuation"]),
        respell=tuple(sorted(data.get("respell", {}).items(), key=lambda kv: -len(kv[0]))),
    )


# Letters, vowel signs and tatweel of the Arabic block; digits and punctuation stand apart.
_ARABIC_WORD = re.compile(r"[\u0621-\u065F\u0670-\u06D5]+")


def kazakh_word_share(text: str) -> float:
    """Share of the Arabic-script words of `text` that only Kazakh writes: a Kazakh letter, or the
    front-vowel hamza opening the word. 0 when a Uyghur-only letter shows the text is not Kazakh."""
    s = script()
    words = _ARABIC_WORD.findall(text)
    if not words:
        return 0.0
    if any(not s.not_kazakh.isdisjoint(w) for w in words):
        return 0.0
    kazakh = sum(1 for w in words if w[0] in s.front_marks or not s.kazakh_letters.isdisjoint(w))
    return kazakh / len(words)


def is_arabic_script_kazakh(text: str) -> bool:
    """`text` is Kazakh written in the Arabic script."""
    return kazakh_word_share(text) >= script().min_word_share


# One output piece: the Cyrillic it writes and the original span it renders.
_Piece = tuple[str, int, int]


def _harmony(word: str, s: _Script) -> str:
    """Per letter of `word`: "f" where it shows a front word, "b" a back word, "-" neither. The
    neutral endings and sequences show nothing."""
    marks = ["f" if ch in s.front_letters else "b" if ch in s.back_letters else "-" for ch in word]
    for ending in s.neutral_endings:
        if word.endswith(ending) and len(word) > len(ending):
            marks[len(word) - len(ending):] = "-" * len(ending)
    for seq in s.neutral_inside:
        for m in re.finditer(re.escape(seq), word):
            marks[m.start():m.end()] = "-" * len(seq)
    return "".join(marks)


def _is_front(marks: str, i: int) -> bool:
    """The vowel at `i` follows the nearest letter that shows a front or a back word."""
    for d in range(1, len(marks)):
        near = (marks[i - d] if i - d >= 0 else "") + (marks[i + d] if i + d < len(marks) else "")
        if "b" in near:
            return False
        if "f" in near:
            return True
    return False


# The letters the script leaves open folded together, letter for letter (ә а, ө о, ү ұ, і ы, й и);
# and what a Cyrillic spelling writes that the reading cannot (ь ъ, э ё, ц).
_OPEN = str.maketrans({"ә": "а", "ө": "о", "ү": "ұ", "і": "ы", "й": "и", "э": "е", "ё": "е", "ь": "", "ъ": "",
                       "ц": "тс", "щ": "шш"})


def open_vowels_folded(word: str) -> str:
    """`word` (Cyrillic) as the Arabic script leaves it: the key of a known spelling."""
    return word.lower().translate(_OPEN)


@dataclass(frozen=True)
class KnownSpellings:
    """Cyrillic stems the Kazakh tables spell (their open vowels settled), by their folded key: where
    the rules of harmony leave a vowel open or read a loan wrong, the tables' spelling wins
    («مەموراندۋم» is меморандум, not мемөрандум)."""

    by_key: dict[str, str]
    min_stem: int = 4
    max_ending: int = 7

    def settle(self, reading: str) -> str | None:
        """The known stem that opens `reading` (a word's reading), longest first, or None."""
        key = reading.translate(_OPEN)
        for n in range(len(key), self.min_stem - 1, -1):
            if len(key) - n > self.max_ending:
                break
            spelled = self.by_key.get(key[:n])
            if spelled is not None:
                return spelled
        return None


def _front_by_ending(word: str, marks: str, s: _Script) -> bool:
    """A front word whose only front letter is in a neutral ending: the hamza is left out since the
    word holds е («وزىمەن» өзімен), so only the listed stems tell it from a back one («سونىمەن»)."""
    if word[0] in s.front_marks or "f" in marks or "b" in marks or s.front_letters.isdisjoint(word):
        return False
    return "".join(p[0] for p in _letters(word, 0, s, marks, True)).startswith(s.front_before_endings)


def _word(word: str, offset: int, s: _Script, known: KnownSpellings | None) -> list[_Piece]:
    """The Cyrillic of one Arabic-script word, letter by letter, with each letter's original span."""
    marks = _harmony(word, s)
    marked = word[0] in s.front_marks or _front_by_ending(word, marks, s)
    return _respell(_settle(_letters(word, offset, s, marks, marked), known), s)


def _letters(word: str, offset: int, s: _Script, marks: str, marked: bool) -> list[_Piece]:
    """The letters of `word` read by their harmony `marks`; `marked`: the whole word is front."""
    mixed = "f" in marks and "b" in marks
    loan = re.search(s.loan_vowels, word) is not None
    out: list[_Piece] = []
    alefs: list[int] = []   # indexes in `out` of ا read as а in a word that shows front letters
    i = 0
    while i < len(word):
        ch, at = word[i], offset + i
        if ch in s.front_marks:
            out.append(("", at, at + 1))
        elif ch in "يی":
            opened = word[0] in s.front_marks   # the hamza before the word: its first letter is next
            prev_vowel = i > 0 and (word[i - 1] in s.vowels or (i == 1 and opened))
            start = i == 0 or (i == 1 and opened)
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if (start or prev_vowel) and nxt == "ا":
                out.append((s.ya, at, at + 2))
                i += 2
                continue
            if (start or prev_vowel) and nxt == "ۋ":
                out.append((s.yu, at, at + 2))
                i += 2
                continue
            if nxt == "ا":   # after a consonant: «ازيا» Азия
                out.append((s.letters[ch] + s.ya, at, at + 2))
                i += 2
                continue
            out.append((s.y if prev_vowel or (start and nxt in s.vowels) else s.letters[ch], at, at + 1))
        elif ch in s.front:
            front = marked or (_is_front(marks, i) and not ((mixed or loan) and ch == "و"))
            if ch == "ا" and not marked:
                if front:
                    alefs.append(len(out))
                front = False
            out.append((s.front[ch] if front else s.letters[ch], at, at + 1))
        else:
            out.append((s.letters.get(ch, ch), at, at + 1))
        i += 1
    if alefs:
        fronted = list(out)
        for k in alefs:
            fronted[k] = (s.front["ا"], *fronted[k][1:])
        spelled = "".join(p[0] for p in fronted)
        if spelled.startswith(s.front_alef_words):
            out = fronted
    return out


def _settle(pieces: list[_Piece], known: KnownSpellings | None) -> list[_Piece]:
    """The word's stem as the tables spell it, when they know it."""
    if known is None:
        return pieces
    chars: list[_Piece] = [(c, p[1], p[2]) for p in pieces for c in p[0]]
    reading = "".join(c[0] for c in chars)
    stem = known.settle(reading)
    if stem is None:
        return pieces
    n = len(stem.translate(_OPEN))
    if stem == reading[:n]:
        return pieces
    span = chars[:n]
    if len(stem) == n:
        head = [(c, *span[j][1:]) for j, c in enumerate(stem)]
    else:
        lo, hi = min(c[1] for c in span), max(c[2] for c in span)
        head = [(c, lo, hi) for c in stem]
    return head + chars[n:]


def _respell(pieces: list[_Piece], s: _Script) -> list[_Piece]:
    """Loans spelled by their sounds («دەلەگاتسيا» делегатсия) written as Cyrillic writes them."""
    text = "".join(p[0] for p in pieces)
    if not any(a in text for a, _ in s.respell):
        return pieces
    chars: list[_Piece] = [(c, p[1], p[2]) for p in pieces for c in (p[0] or [""])]
    for old, new in s.respell:
        k = "".join(c[0] for c in chars).find(old)
        while k >= 0:
            span = chars[k:k + len(old)]
            lo, hi = min(c[1] for c in span), max(c[2] for c in span)
            kept = len(new) == len(old)    # letter for letter: each keeps its own span
            chars[k:k + len(old)] = [(c, *(span[j][1:] if kept else (lo, hi))) for j, c in enumerate(new)]
            k = "".join(c[0] for c in chars).find(old, k + len(new))
    return chars


def to_cyrillic(text: str, known: KnownSpellings | None = None) -> Reading:
    """The Cyrillic reading of Kazakh written in the Arabic script, with its map back to `text`;
    `known`: the stems whose spelling the tables settle."""
    s = script()
    out: list[_Piece] = []
    pos = 0
    for m in _ARABIC_WORD.finditer(text):
        out += [(s.punctuation.get(ch, ch), k, k + 1) for k, ch in enumerate(text[pos:m.start()], pos)]
        out += _word(m.group(), m.start(), s, known)
        pos = m.end()
    out += [(s.punctuation.get(ch, ch), k, k + 1) for k, ch in enumerate(text[pos:], pos)]
    chars = [(c, a, b) for piece, a, b in out for c in piece]
    return Reading(original=text, text="".join(c for c, _, _ in chars),
                   starts=tuple(a for _, a, _ in chars), ends=tuple(b for _, _, b in chars))
