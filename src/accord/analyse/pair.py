"""The country pair an article is about.

Bilateral news names its two sides again and again, and first of all in its
headline and lead; a third country named once in passing does not displace them.
"""
from __future__ import annotations

from collections import Counter

from accord.model import CountryMention, OrgMention, Person, Span

_LEAD_SENTENCES = 3
_LEAD_WEIGHT = 2.0
# A capital is often only the venue («talks in Doha» between Algeria and Kazakhstan); a person of a
# country acting in the article speaks for a side.
_CAPITAL_WEIGHT = 0.3
_PERSON_WEIGHT = 3.0
_PERSON_MENTIONS_COUNTED = 3
_ADJ_REACH = 20


def main_pair(sentences: list[Span], countries: list[CountryMention], orgs: list[OrgMention],
              people: list[Person], text: str = "") -> list[str]:
    """The two countries the article is about (sorted), one when it names only one, none when none."""
    lead_end = sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    # a person named by title alone («le président chinois sera présent») is that person's mention, already
    # counted with the person: its adjective is not the country named once more
    by_title = [(m.start, m.end, p.country) for p in people if p.country for m in p.mentions
                if m.end > m.start and m.end <= len(text) and text[m.start].islower()]
    countries = [c for c in countries if not (c.form == "adjective" and _in_person(c, by_title))]
    mentions = [(c.start, c.code, _CAPITAL_WEIGHT if c.form == "capital" else 1.0) for c in countries] + \
        [(o.start, o.country, 1.0) for o in orgs if o.country]
    for start, code, weight in mentions:
        score[code] += weight * (_LEAD_WEIGHT if start < lead_end else 1.0)
        first_seen.setdefault(code, start)
    for p in people:
        if p.country:
            # each time a side's person acts again counts: context countries are named, sides act
            score[p.country] += _PERSON_WEIGHT * max(1, min(len(p.mentions), _PERSON_MENTIONS_COUNTED))
            first_seen.setdefault(p.country, p.mentions[0].start if p.mentions else 10**9)
    ranked = sorted(score, key=lambda c: (-score[c], first_seen.get(c, 10**9)))
    return sorted(ranked[:2])



def _in_person(c: CountryMention, named: list[tuple[int, int, str]]) -> bool:
    # within the title («le président chinois») or just before it («the Chinese president»)
    return any(code == c.code and start - 1 <= c.end and c.start <= end and c.start >= start - _ADJ_REACH
               for start, end, code in named)
