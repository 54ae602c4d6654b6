"""People pass «name_shapes»: names without a title, by the shape a name has in each script: a run
of two or more capitalised words (Latin, Cyrillic), a run of Arabic words holding a known given
name or a foreign surname ending.

Reads the name lists of `titles.toml` (given names, stop words, particles, place articles) and the
spans already taken; writes person mentions without a role."""
from __future__ import annotations

import re
from bisect import bisect_left

from accord.analyse.people.lexicon import ARABIC_RE, LATIN_CYR_RE
from accord.analyse.people.reader import PeopleText
from accord.model import PersonMention


def untitled(r: PeopleText, taken: list[tuple[int, int]]) -> list[PersonMention]:
    out = []
    for i, (start, end, word) in enumerate(r.tokens):
        if r.is_blocked(start, end, taken) or r.is_blocked(start, end) \
                or r.is_blocked(start, end, r.buildings):
            continue
        if r.lang == "ar" and ARABIC_RE.match(word):
            # In a list of delegates («كلا من ألبرت راو …») a foreign name needs no known given name.
            span = r.arabic_name(i, require_given=not _after_list_opener(r, start), min_words=2)
        elif LATIN_CYR_RE.match(word) and word[:1].isupper():
            span = r.cased_name(i, min_names=2)
            if span is not None and r.pack.is_place_word(r.text[span[0]:span[1]].split()[-1]):
                span = None     # «Центральная Азия», «Южная Корея»: a place, not a name
        else:
            continue
        if span is None or r.is_blocked(*span, r.buildings) or _place_after_preposition(r, span) \
                or _eponym(r, span[0], span[1]) or _after_place_head(r, span[0]) or _quoted_name(r, span):
            continue
        taken.append(span)
        out.append(r.mention(span, None))
    return out


_OPEN_QUOTES, _CLOSE_QUOTES = "«“„", "»”"


def _quoted_name(r: PeopleText, span: tuple[int, int]) -> bool:
    """«меморандум между «Казахстан Темир Жолы» и …», « Kazakhstan Temir Zholy »: capitalised words that
    fill a pair of quotation marks name a company, a medium or an award, not a person."""
    after = r.text[span[1]:span[1] + 3].lstrip(" \u00a0")
    if not after or after[0] not in _CLOSE_QUOTES:
        return False
    before = r.text[max(0, span[0] - 30):span[0]]
    opening = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opening < 0 or any(q in before[opening:] for q in _CLOSE_QUOTES):
        return False
    # only capitalised words (a country's name) between the quotation mark and the name
    return all(w[:1].isupper() for w in before[opening + 1:].split())


def _eponym(r: PeopleText, start: int, end: int) -> bool:
    """The name an institute or a street bears («du nom d'A.H. Margulan», «имени А.Х. Маргулана»,
    «Ә.Марғұлан атындағы»): no person of the story."""
    before = r.pack.normalise(re.sub(r"(?:\w\.[ \u00a0]?)+$", "", r.text[max(0, start - 25):start]))
    after = r.pack.normalise(r.text[end:end + 15])
    return any(before.rstrip().endswith(r.pack.normalise(w)) for w in r.lex.names.get("eponym_before", [])) \
        or any(after.lstrip().startswith(r.pack.normalise(w)) for w in r.lex.names.get("eponym_after", []))


def _place_after_preposition(r: PeopleText, span: tuple[int, int]) -> bool:
    """«le poste frontière d'El Guerguerat», "the plant at El Dabaa": an Arabic place name (an article
    and one word) after a preposition of place is a place, not a person."""
    words = r.text[span[0]:span[1]].split()
    articles = r.lex.names.get("place_articles", [])
    prepositions = r.lex.names.get("place_prepositions", [])
    if len(words) != 2 or words[0] not in articles or not prepositions:
        return False
    before = r.text[max(0, span[0] - 12):span[0]].casefold()
    return any(re.search(rf"(?:^|\W){re.escape(p)}\s*$", before) for p in prepositions)


def _after_place_head(r: PeopleText, pos: int) -> bool:
    """«قاعدة نور خان الجوية», "the Nur Khan air base": a run of names right after the noun of a kind
    of place (an air base, an airport, a palace) names that place, not a person."""
    heads = {r.pack.normalise(h) for h in r.lex.names.get("place_heads", [])}
    before = r.word_before(pos)
    if before in {r.pack.normalise(w) for w in r.lex.names.get("place_head_links", [])}:
        # «la province de Bac Ninh», «la Plateforme de Crimée»: the kind of place, then a link word
        i = bisect_left(r.token_starts, pos) - 1
        before = r.word_before(r.tokens[i][0]) if i >= 0 else ""
    return bool(before) and (before in heads or any(b in heads for b in r.pack.strip_clitics(before)))


def _after_list_opener(r: PeopleText, pos: int) -> bool:
    before = r.pack.normalise(r.text[max(0, pos - 25):pos]).rstrip(" :\u00a0")
    return any(before.endswith(" " + o) or before == o for o in r.list_openers)
