"""Candidate pass «legs»: the other stops of a tour told in passing are visits of their own.

«Yoon flew in from Turkmenistan», «قادمًا من بيونج يانج بعد اختتام زيارة دولة», «doit arriver demain en
Ouzbékistan»: a visitor who came from, or goes on to, another country visits that country too (GOLD.md:
a recalled or announced event keeps its own countries). Reads `[legs]` of events.toml: `from` cues end
right before the country left, `to` cues before the country next; writes visit candidates with the leg's
host fixed and their date open on the side of the visit the article tells."""

from __future__ import annotations

from accord.analyse.events.article import Article, Candidate
from accord.analyse.lexicon import section

# How far after its cue a leg's country may be named («من العاصمة الكورية الشمالية»).
_REACH = 30


def find_legs(art: Article, cands: list[Candidate]) -> list[Candidate]:
    table = section(art.ctx.lang, "events", "legs")
    if not table:
        return []
    out: list[Candidate] = []
    for i, text in enumerate(art.sent_text):
        s0 = art.ctx.sentences[i].start
        own = {art.person_country(pid, pm) for pm, pid in art.pmentions[i]} - {None}
        for leg in ("from", "to"):
            rx = table.get(leg)
            for m in rx.finditer(text) if rx else ():
                country = _country_after(art, i, s0 + m.end())
                # a delegation back from its own capital, the article's own visit («left this morning for
                # Astana»: a country of its pair), or a stop already told as a visit of its own
                if country is None or country in own or country in art.ctx.pair or _told(cands + out, i, country):
                    continue
                out.append(Candidate("visit", i, s0 + m.start(), s0 + m.end(), m.group(0), leg=leg,
                                     leg_country=country, announced=leg == "to"))
    return out


def _country_after(art: Article, sent: int, pos: int) -> str | None:
    """The country of the first country, capital or city named within reach after `pos`."""
    found = [(c.start, c.code) for c in art.countries[sent] if 0 <= c.start - pos <= _REACH]
    found += [(p.start, p.country) for p in art.places[sent] if p.country and 0 <= p.start - pos <= _REACH]
    return min(found)[1] if found else None


def _told(cands: list[Candidate], sent: int, country: str) -> bool:
    return any(c.type == "visit" and c.sent == sent and (c.host == country or c.leg_country == country)
               for c in cands)
