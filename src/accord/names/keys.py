"""Phonetic keys of personal names, one per name token, equal across scripts.

A key is the consonant skeleton of a token in broad classes: the Arabic
article, vowels, y and w go; ch/sh, kh/h, q/k, p/b, v/f, zh/j/dzh fall
together; doubled letters count once. «راشيد الطالبي العلمي», «Рашид Талби
Аль-Алами» and «Rachid Talbi Alami» all give RXD TLB ALM. A token keeps every
reading its spelling allows (ج is J in Rabat and G in Cairo), so two tokens
match when their key sets meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from accord.names.data import load
from accord.names.romanise import clean_arabic, phonetic_token, script_of

_MAX_VARIANTS = 8
# The only letter pairs the Arabic table writes for one letter (ش خ ث ذ ظ غ, تش for ч);
# other Latin digraphs (qu, ph, ck) are two Arabic letters there.
_ARABIC_DIGRAPHS = ("sh", "kh", "th", "dh", "gh", "tsh")
# Apostrophes stay inside a token: O'Brien, Sa'id, Ka'bi.
_PIECE = re.compile(r"[^\s\-‐‑–—.,;:()«»\"/]+|[\-‐‑–—]|\.")
_ROMAN = re.compile(r"^[IVX]+$")
# After «abd»: the article (el-, ul-, al-) or the vowel of an assimilated one
# (Abd-er-Rahmane) comes off, so Abdelkader and عبد القادر both read ABD+KDR.
_AFTER_ABD = re.compile(r"^(?:[aeiou]l(?=[^aeiou])|[aeiou]l(?=[aeiou])|[aeiou](?=([a-z])\1)|[aeiou])")
# Gulf and Levantine spellings glue the article to the name: Albusaidi, Alshaibani.
_LATIN_GLUED_ARTICLE = re.compile(r"^[ae]l(?=[^aeiouy'][a-z]{3,})")
# A Latin word that starts with an assimilated article: Errachid, Ettahiri, Ennaam, Enaam;
# Moroccan spellings also glue «la» to the next word: Lahbib (al-Habib), Lahcen.
_LATIN_ARTICLE = re.compile(r"^(?:[ae](?=([tdrzsnl])\1)|e(?=[nrstdz][aeiou])|la(?=h[^aeiou]))")


@dataclass(frozen=True)
class NameToken:
    """One token of a name as the matcher sees it."""

    text: str                   # lowercase phonetic Latin spelling
    keys: frozenset[str]        # alternative consonant skeletons, plus "#group" for known given names
    primary: str = ""           # the key of the token's most usual reading
    initial: str | None = None  # the class of an initial («Е.» → "A", «K.» → "K")
    optional: bool = False      # a patronymic, which other forms may leave out
    particle: bool = False      # ben, ould, bin: kept only for the whole-name comparison


def _phonetic_rules() -> tuple[list[tuple[str, str]], dict[str, str], str, dict[str, str], list[str]]:
    table = load("romanisation")["phonetic"]
    return table["multigraphs"], table["letters"], table["vowels"], table["context"], table["silent_endings"]


def _classes(text: str, arabic: bool) -> list[list[str]]:
    """The token as a list of positions, each a list of alternative classes ("" = vowel)."""
    multigraphs, letters, vowels, context, _ = _phonetic_rules()
    out: list[list[str]] = []
    i = 0
    while i < len(text):
        if text[i] == "'":
            out.append([""])
            i += 1
            continue
        for graph, cls in multigraphs:
            if text.startswith(graph, i) and (not arabic or graph in _ARABIC_DIGRAPHS):
                out.append(cls.split("|"))
                i += len(graph)
                break
        else:
            ch = text[i]
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if arabic and ch in "uw":
                cls = context["arabic_waw"]
            elif ch in vowels:
                cls = ""
            elif ch == "c" and nxt in "eiy" and nxt:
                cls = context["soft_c"]
            elif ch == "g" and nxt in "ei" and nxt and not arabic:
                cls = context["soft_g"]
            elif ch == "j" and arabic:
                cls = context["arabic_j"]
            elif ch == "q" and arabic:
                cls = context["arabic_q"]
            else:
                cls = letters.get(ch, "")
            out.append(cls.split("|"))
            i += 1
    return out


def _skeleton(combo: tuple[str, ...], start_vowel: bool) -> str:
    collapsed = re.sub(r"(.)\1+", r"\1", "".join(combo))
    return ("A" + collapsed) if start_vowel else collapsed


def primary_skeleton(text: str, arabic: bool = False) -> str:
    """The skeleton of the first reading of every letter (ج as J, th as T)."""
    positions = _classes(text, arabic)
    return _skeleton(tuple(p[0] for p in positions), bool(positions) and positions[0] == [""])


def skeleton_variants(text: str, arabic: bool = False) -> frozenset[str]:
    """Consonant skeletons of one phonetic token: every reading, at most a few."""
    if not text:
        return frozenset()
    positions = _classes(text, arabic)
    start_vowel = positions[0] == [""]
    keys: set[str] = set()
    for combo in product(*positions):
        key = _skeleton(combo, start_vowel)
        keys.add(key)
        if len(key) >= 3 and key.endswith("H"):
            # A final h is often not written: Abdallah / Абдулла, Biadillah / Бийадилла.
            keys.add(key[:-1])
        if len(keys) >= _MAX_VARIANTS:
            break
    return frozenset(k for k in keys if k)


def _token_keys(text: str, arabic: bool) -> frozenset[str]:
    keys = set(skeleton_variants(text, arabic))
    if text.startswith("abd") and len(text) > 4:
        keys |= skeleton_variants("abd'" + _AFTER_ABD.sub("", text[3:].lstrip("'")), arabic)
    if not arabic:
        m = _LATIN_ARTICLE.match(text)
        if m and len(text) - m.end() >= 3:
            keys |= skeleton_variants(text[m.end():], arabic)
        ending = next((e for e in _phonetic_rules()[4] if text.endswith(e) and len(text) > len(e) + 1), None)
        if ending:
            keys |= skeleton_variants(text[:-1], arabic)
        if m := _LATIN_GLUED_ARTICLE.match(text):
            keys |= skeleton_variants(text[m.end():], arabic)
        if (stem := _genitive_stem(text)) is not None:
            keys |= skeleton_variants(stem, arabic)
        if text.endswith(("ow", "ew")) and len(text) > 4:
            # German, Polish and Turkmen spellings of -ov/-ev: Berdimuhamedow.
            keys |= skeleton_variants(text[:-1] + "v", arabic)
    groups = _given_groups()
    keys |= {"#" + groups[k] for k in list(keys) if k in groups}
    return frozenset(keys)


def _genitive_stem(text: str) -> str | None:
    """«dashzegviyn» → «dashzegv», «ukhnaagiin» → «ukhnaa»: a Mongolian patronymic without its genitive."""
    if len(text) < 7:
        return None
    for ending in load("particles")["genitive_endings"]:
        stem = text[: -len(ending)]
        if text.endswith(ending) and len(stem) >= 4 and (not ending.startswith("g") or stem[-1] in "aeiou"):
            return stem
    return None


@dataclass
class _Raw:
    text: str          # phonetic Latin
    source: str        # the token as written
    arabic: bool
    hyphen_after: bool = False
    dot_after: bool = False
    article: bool = False
    particle: bool = False
    ordinal: str | None = None


@lru_cache(maxsize=1)
def _given_groups() -> dict[str, str]:
    """Key of each listed spelling → its given-name group."""
    out: dict[str, str] = {}
    for group, forms in load("variants")["given"].items():
        for form in forms:
            words = [t for t in _join_compounds(_raw_tokens(form)) if not t.particle]
            text = "'".join(t.text for t in words)
            for key in skeleton_variants(text, any(t.arabic for t in words)):
                out.setdefault(key, group)
    return out


@lru_cache(maxsize=1)
def _multiword_given_keys() -> frozenset[str]:
    """Keys of listed given names that some script writes as two words (نور سلطان / Nursultan)."""
    keys: set[str] = set()
    for forms in load("variants")["given"].values():
        for form in forms:
            words = [t for t in _join_compounds(_raw_tokens(form)) if not t.particle]
            if len(words) > 1:
                keys |= skeleton_variants("'".join(t.text for t in words), any(t.arabic for t in words))
    return frozenset(keys)


def _join_given_names(raws: list[_Raw]) -> list[_Raw]:
    """Two words that together spell a listed given name become one token."""
    out: list[_Raw] = []
    for raw in raws:
        prev = out[-1] if out else None
        if (prev and not (prev.particle or prev.ordinal or raw.particle or raw.ordinal or prev.dot_after)
                and skeleton_variants(prev.text + "'" + raw.text, prev.arabic or raw.arabic) & _multiword_given_keys()):
            out[-1] = _Raw(prev.text + "'" + raw.text, prev.source + " " + raw.source, prev.arabic or raw.arabic)
            continue
        out.append(raw)
    return out


def _raw_tokens(name: str) -> list[_Raw]:
    """Split a name into phonetic tokens, marking articles, particles and ordinals."""
    particles = load("particles")
    pieces = _PIECE.findall(clean_arabic(name))
    raws: list[_Raw] = []
    for piece in pieces:
        if piece in "-‐‑–—.":
            if raws and piece == ".":
                raws[-1].dot_after = True
            elif raws:
                raws[-1].hyphen_after = True
            continue
        ordinal = particles["ordinals"].get(piece) or particles["ordinals"].get(piece.lower())
        if ordinal:
            raws.append(_Raw("", piece, False, ordinal=ordinal))
            continue
        if _ROMAN.match(piece) and raws:
            raws.append(_Raw("", piece, False, ordinal=piece))
            continue
        arabic = script_of(piece) == "arabic"
        if arabic:
            if piece in particles["arabic_particles"]:
                raws.append(_Raw(phonetic_token(piece), piece, True, particle=True))
                continue
            # عبدالله, عبدالقادر: the article glued to «abd» starts a new token.
            if piece.startswith("عبدال") and len(piece) > 6:
                raws.append(_Raw("abd", "عبد", True))
                piece = piece[3:]
            if piece.startswith("ال") and len(piece) > 3 and piece not in particles["arabic_not_article"]:
                raws.append(_Raw("al", "ال", True, article=True))
                piece = piece[2:]
        raws.append(_Raw(phonetic_token(piece), piece, arabic))
    for raw in raws:
        if raw.ordinal or raw.article:
            continue
        if raw.text in particles["articles"] or (raw.hyphen_after and raw.text in particles["hyphen_articles"]):
            raw.article = True
        elif raw.text in particles["particles"]:
            raw.particle = True
    return [r for r in raws if r.text or r.ordinal]


def _join_compounds(raws: list[_Raw]) -> list[_Raw]:
    """«Abd al-Qadir» and «Saad ad-Din» become one token each; articles go."""
    particles = load("particles")
    prefixes = particles["compound_prefixes"]
    suffixes = set(particles["compound_suffixes"])
    words = [r for r in raws if not r.article]
    out: list[_Raw] = []
    i = 0
    while i < len(words):
        raw = words[i]
        if raw.text in prefixes and i + 1 < len(words) and not words[i + 1].particle and not words[i + 1].ordinal:
            nxt = words[i + 1]
            raw = _Raw(prefixes[raw.text] + "'" + nxt.text, raw.source + " " + nxt.source, raw.arabic or nxt.arabic)
            i += 1
        if (out and raw.text in suffixes and not out[-1].particle and not out[-1].ordinal
                and not out[-1].dot_after):
            prev = out.pop()
            raw = _Raw(prev.text + "'" + raw.text, prev.source + " " + raw.source, prev.arabic or raw.arabic)
        out.append(raw)
        i += 1
    return out


def _particle_keys(text: str) -> frozenset[str]:
    for group, forms in load("particles")["particle_groups"].items():
        if text in forms:
            return frozenset({"#" + group})
    return frozenset({"#" + text})


def _primary(text: str, arabic: bool) -> str:
    if text.startswith("abd") and len(text) > 4:
        text = "abd'" + _AFTER_ABD.sub("", text[3:].lstrip("'"))
    elif not arabic and (m := _LATIN_ARTICLE.match(text)) and len(text) - m.end() >= 3:
        text = text[m.end():]
    return primary_skeleton(text, arabic)


def _uninflected_keys(source: str) -> frozenset[str]:
    """Keys of a Cyrillic name without a case ending it may still carry (Кошановым → Кошанов)."""
    if len(source) < 6 or script_of(source) != "cyrillic":
        return frozenset()
    endings = load("particles")["cyrillic_case_endings"]
    word = source.lower()
    for ending in endings["surname"]:
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem.endswith(tuple(endings["surname_suffixes"])):
            return _token_keys(phonetic_token(stem), False)
    for ending in endings["given"]:
        if word.endswith(ending) and word[-len(ending) - 1] not in "аеёиоуыэюяәөұүі":
            return _token_keys(phonetic_token(word[: -len(ending)]), False)
    return frozenset()


def _is_patronymic(raw: _Raw) -> bool:
    endings = load("particles")["patronymic_endings"]
    return len(raw.text) > 6 and any(raw.text.endswith(e) for e in endings)


@lru_cache(maxsize=65536)
def name_tokens(name: str, lang: str | None = None) -> tuple[NameToken, ...]:
    """The tokens of a name with their keys (cached: names repeat across articles).

    `lang` is a hint kept for callers' symmetry: the script of each token decides its reading.
    """
    if not isinstance(name, str):
        raise TypeError(f"name_tokens: a name must be a string, not {type(name).__name__}")
    tokens: list[NameToken] = []
    for raw in _join_given_names(_join_compounds(_raw_tokens(name))):
        if raw.ordinal:
            tokens.append(NameToken("#" + raw.ordinal, frozenset({"#" + raw.ordinal}), "#" + raw.ordinal))
        elif raw.particle:
            tokens.append(NameToken(raw.text, _particle_keys(raw.text), primary_skeleton(raw.text), particle=True))
        elif len(raw.source) == 1 or (raw.dot_after and len(raw.source) <= 2):
            tokens.append(NameToken(raw.text, frozenset(), initial=primary_skeleton(raw.text)[:1] or None))
        elif keys := _token_keys(raw.text, raw.arabic) | _uninflected_keys(raw.source):
            tokens.append(NameToken(raw.text, keys, _primary(raw.text, raw.arabic), optional=_is_patronymic(raw)))
    return tuple(tokens)


def primary_key(token: NameToken) -> str:
    """One key that stands for the token: its given-name group if it has one."""
    if token.initial:
        return token.initial + "."
    groups = sorted(k for k in token.keys if k.startswith("#"))
    return groups[0] if groups else token.primary


def name_key(name: str, lang: str | None = None) -> str:
    """A phonetic key of the whole name: its tokens' keys, sorted, particles left out.

    Equal for one person's name in Arabic, Cyrillic and Latin script whatever
    the token order: «راشيد الطالبي العلمي», «Рашид Талби Аль-Алами»,
    «Rachid Talbi Alami», «Rashid Talbi El Alami» → "#rashid ALM TLB".
    """
    return " ".join(sorted(primary_key(t) for t in name_tokens(name, lang) if not t.particle and not t.optional))
