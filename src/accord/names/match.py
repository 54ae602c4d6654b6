"""Comparing two personal names written in any of the supported scripts.

Names are compared token by token on their phonetic keys, so the order of
tokens («Қошанов Ерлан» / «Ерлан Кошанов») and a missing patronymic do not
matter; a surname alone is *compatible* with a full name but is not the
*same* name, which only context (role, country, date) can settle.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from accord.names.keys import NameToken, name_tokens, primary_skeleton

# Chosen on tests/data/name_pairs.tsv (see benchmarks/bench_names.py): between
# the lowest same-person score (0.925: an initial and a surname) and the highest
# different-person score (0.80: محمد بن راشد / Мухаммед Ульд Ар-Рашид).
SAME_NAME_THRESHOLD = 0.85
# Two skeletons that differ by one class in four may be one word misspelt, but
# as often two names (Nurlan NRLN / Yerlan ARLN): a near key counts a little,
# never enough to make two names the same on its own.
_FUZZY_FLOOR = 0.75
_FUZZY_WEIGHT = 0.6
_INITIAL_SCORE = 0.85
# A single token against a longer name: compatible, never the same name alone.
_SINGLE_TOKEN_CAP = 0.6
_PARTICLE_CLASH = 0.2
# «Abdulaziz bin Salman» and «Salman bin Abdulaziz» hold the same tokens, but they are a son and his
# father: where both names say «X bin Y», the X (the person's own name) must match; and a name that
# matches only the Y part («Abdullah II» against «Hussein bin Abdullah II») names the father.
_SON_OF = frozenset({"#ben", "#bint"})
_OTHER_PERSON_CAP = 0.6
_VOWEL_GROUPS = re.compile("[aeiouy]+")


def token_similarity(a: NameToken, b: NameToken) -> float:
    """1.0 for tokens with a common key, a lower score for near keys and initials, else 0."""
    if a.initial or b.initial:
        first_a = a.initial or _first_class(a)
        first_b = b.initial or _first_class(b)
        return _INITIAL_SCORE if first_a and first_a == first_b else 0.0
    if common := a.keys & b.keys:
        # A key of one consonant class (Си / Сиси, Xi / Sisi: both «S») says too little alone:
        # the tokens must also have as many syllables.
        if all(len(k) == 1 for k in common) and _syllables(a.text) != _syllables(b.text):
            return 0.0
        return 1.0
    best = 0.0
    for ka in a.keys:
        if ka.startswith("#"):
            continue
        for kb in b.keys:
            if kb.startswith("#") or min(len(ka), len(kb)) < 3:
                continue
            best = max(best, Levenshtein.normalized_similarity(ka, kb))
    return best * _FUZZY_WEIGHT if best >= _FUZZY_FLOOR else 0.0


def _syllables(text: str) -> int:
    return len(_VOWEL_GROUPS.findall(text))


def _first_class(token: NameToken) -> str:
    return token.primary[:1]


def _align(a: tuple[NameToken, ...], b: tuple[NameToken, ...]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairing of tokens by similarity, best pairs first."""
    pairs = sorted(
        ((token_similarity(ta, tb), i, j) for i, ta in enumerate(a) for j, tb in enumerate(b)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for sim, i, j in pairs:
        if sim <= 0 or i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        out.append((i, j, sim))
    return out


def _content(tokens: tuple[NameToken, ...]) -> tuple[NameToken, ...]:
    return tuple(t for t in tokens if not t.particle)


def _counted(tokens: tuple[NameToken, ...], matched: set[int]) -> int:
    """Tokens that count towards coverage: an unmatched patronymic does not."""
    return sum(1 for i, t in enumerate(tokens) if i in matched or not t.optional)


def _own_name(tokens: tuple[NameToken, ...]) -> NameToken | None:
    """The person's own name in an «X bin Y» name: the token right before its first «bin» or «bint»."""
    for i, token in enumerate(tokens):
        if token.particle and token.keys & _SON_OF:
            before = tokens[i - 1] if i else None
            return before if before is not None and not before.particle else None
    return None


def _own_name_left_out(tokens: tuple[NameToken, ...], other: tuple[NameToken, ...]) -> bool:
    """An «X bin Y» name whose X matches no token of the other name."""
    own = _own_name(tokens)
    return own is not None and not any(token_similarity(own, t) >= _INITIAL_SCORE for t in _content(other))


def _father(tokens: tuple[NameToken, ...]) -> NameToken | None:
    """The father's name in an «X bin Y» name: the token right after its first «bin» or «bint»."""
    for i, token in enumerate(tokens):
        if token.particle and token.keys & _SON_OF:
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            return after if after is not None and not after.particle else None
    return None


def _other_person(a: tuple[NameToken, ...], b: tuple[NameToken, ...]) -> bool:
    """Both names are «X bin Y» and their X differ (a father and his son, or two brothers), or their
    Y differ («Khalid bin Hamad bin Khalifa», the Emir's brother, is not «Khalid bin Khalifa»)."""
    own_a, own_b = _own_name(a), _own_name(b)
    if own_a is None or own_b is None:
        return False
    if token_similarity(own_a, own_b) < _INITIAL_SCORE:
        return True
    father_a, father_b = _father(a), _father(b)
    return father_a is not None and father_b is not None and token_similarity(father_a, father_b) < _INITIAL_SCORE


def _joined(tokens: tuple[NameToken, ...]) -> str:
    return primary_skeleton("".join(t.text for t in tokens if not t.initial and not t.text.startswith("#")))


@lru_cache(maxsize=131072)
def name_similarity(a: str, a_lang: str | None, b: str, b_lang: str | None) -> float:
    """How likely two names are the same person's name, in [0, 1], from the names alone.

    Cached: the registry compares the same few forms again and again.
    """
    ta, tb = _content(name_tokens(a, a_lang)), _content(name_tokens(b, b_lang))
    if not ta or not tb:
        return 0.0
    pairs = _align(ta, tb)
    full_a, full_b = name_tokens(a, a_lang), name_tokens(b, b_lang)
    if _own_name_left_out(full_a, full_b) or _own_name_left_out(full_b, full_a):
        return min(_OTHER_PERSON_CAP, _SINGLE_TOKEN_CAP * sum(sim for _, _, sim in pairs))
    total = sum(sim for _, _, sim in pairs)
    na = _counted(ta, {i for i, _, _ in pairs})
    nb = _counted(tb, {j for _, j, _ in pairs})
    small, big = min(na, nb), max(na, nb)
    if small == 1 and big > 1:
        score = _SINGLE_TOKEN_CAP * total
    else:
        score = 0.8 * total / small + 0.2 * total / big
    # «bin» in one name and «ould» in the other: two naming customs, two families.
    particles_a = {k for t in name_tokens(a, a_lang) if t.particle for k in t.keys}
    particles_b = {k for t in name_tokens(b, b_lang) if t.particle for k in t.keys}
    if particles_a and particles_b and not particles_a & particles_b:
        score -= _PARTICLE_CLASH
    # Tokens split or glued differently (بيد الله / Biadillah, Ben Abdallah / Benabdallah).
    whole_a, whole_b = _joined(name_tokens(a, a_lang)), _joined(name_tokens(b, b_lang))
    if len(whole_a) >= 6 and whole_a == whole_b:
        score = max(score, 0.95)
    if _other_person(name_tokens(a, a_lang), name_tokens(b, b_lang)):
        score = min(score, _OTHER_PERSON_CAP)
    return min(score, 1.0)


def written_as(longer: str, longer_lang: str | None, form: str, form_lang: str | None) -> bool:
    """Whether a name of more words than `form` holds it as a name is written, and not as words that
    happen to share its keys: the form's tokens in its order with its family name (its last token)
    ending the name or followed only by a lineage («… bin Abdulaziz Al Saud»), given names, initials and
    patronymics free before and between («Recep Tayyip Erdoğan», «Hamad bin Isa bin Salman Al Khalifa»,
    «Ильхам Гейдарович Алиев»); or the family name
    first with the given names right after it and nothing but a patronymic behind («Жакупов Кабибулла
    Кабенович»). «Asif Ali Zardari» does not hold «Yousef bin Alawi», nor «Токаев встретил Касым-Жомарта»
    a plausible «Касым-Жомарт Токаев». A name no longer than the form holds it as written."""
    full = name_tokens(longer, longer_lang)
    ta, tb = _content(full), _content(name_tokens(form, form_lang))
    if len(ta) <= len(tb):
        return True
    by_form = {j: i for i, j, sim in _align(ta, tb) if sim > 0}
    if len(by_form) < len(tb):
        return True         # not every word of the form is there: the scores alone decide
    at = [by_form[j] for j in range(len(tb))]
    # a lineage or a house may follow the name («محمد بن سلمان بن عبدالعزيز», «… Al Saud»)
    chained = [k > 0 and full[k - 1].particle for k, t in enumerate(full) if not t.particle]
    if at == sorted(at) and all(chained[k] for k in range(at[-1] + 1, len(ta))):
        return True
    if len(at) > 1 and at[-1] == 0 and at[:-1] == list(range(1, len(at))):
        return all(t.optional for t in ta[len(at):])
    return False


def same_name(a: str, a_lang: str | None, b: str, b_lang: str | None) -> bool:
    """Whether two names are, by their form alone, the same person's name."""
    return name_similarity(a, a_lang, b, b_lang) >= SAME_NAME_THRESHOLD


def name_compatible(a: str, b: str, a_lang: str | None = None, b_lang: str | None = None) -> bool:
    """Whether one name could be a shorter form of the other.

    Every token of the shorter name (an initial included) matches a distinct
    token of the longer: «Кошанов» and «Е. Кошанов» are compatible with
    «Ерлан Кошанов», «Нурлан Кошанов» is not.
    """
    ta = tuple(t for t in _content(name_tokens(a, a_lang)) if not t.optional)
    tb = tuple(t for t in _content(name_tokens(b, b_lang)) if not t.optional)
    if not ta or not tb or _other_person(name_tokens(a, a_lang), name_tokens(b, b_lang)):
        return False
    full_a, full_b = name_tokens(a, a_lang), name_tokens(b, b_lang)
    (short, full_short), (long_, full_long) = sorted([(ta, full_a), (tb, full_b)], key=lambda x: len(x[0]))
    pairs = [(i, j, sim) for i, j, sim in _align(short, long_) if sim >= _INITIAL_SCORE]
    # «Emir Hamad» is not «Tamim bin Hamad»: a short name without «bin» must hold the long one's own name.
    if _own_name_left_out(full_long, full_short) and not any(t.particle and t.keys & _SON_OF for t in full_short):
        return False
    return len(pairs) == len(short) and any(not short[i].initial for i, _, _ in pairs)
