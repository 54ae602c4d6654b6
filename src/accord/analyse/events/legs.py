"""Candidate pass «legs»: the other stops of a tour told in passing are visits of their own.

«Yoon flew in from Turkmenistan», «قادمًا من بيونج يانج بعد اختتام زيارة دولة», «doit arriver demain en
Ouzbékistan»: a visitor who came from, or goes on to, another country visits that country too (GOLD.md:
a recalled or announced event keeps its own countries). Reads `[legs]` of events.toml: `from` cues end
right before the country left, `to` cues before the country next (`from_before` and `to_before` cues right
after it, for languages that name the place first: «Ташкенттен келді»; `then` cues open the clause of the next
stop, «avant de se rendre», candidates.next_stops); every country of a list named there
(«then visited Kyiv and Minsk», «will travel to Kazakhstan, the Kyrgyz Republic, Mongolia and Uzbekistan»)
is a stop of its own (GOLD.md: one visit per country). Writes visit candidates with the leg's host fixed and
their date open on the side of the visit the article tells."""

from __future__ import annotations

import re

from accord.analyse.events.article import Article, Candidate
from accord.analyse.lexicon import section

# How far after its cue a leg's country may be named («من العاصمة الكورية الشمالية»).
_REACH = 30
# What may stand between two countries of one list: commas, «and», an article («the Kyrgyz Republic»).
_LIST_GAP = re.compile(r"^[\s,،;]*(?:(?:and|et|и|и в|و|және|мен|а также|ainsi que|as well as)\s+)?"
                       r"(?:(?:the|la|le|les|l['’]|в|во|в)\s*)?(?:(?:en|au|aux|à)\s+)?$", re.IGNORECASE)


def find_legs(art: Article, cands: list[Candidate]) -> list[Candidate]:
    table = section(art.ctx.lang, "events", "legs")
    if not table:
        return []
    out: list[Candidate] = []
    for i, text in enumerate(art.sent_text):
        s0 = art.ctx.sentences[i].start
        own = {art.person_country(pid, pm) for pm, pid in art.pmentions[i]} - {None}
        for key in ("from", "then", "to", "from_before", "to_before"):
            rx = table.get(key)
            leg = "to" if key == "then" else key.split("_")[0]
            for m in rx.finditer(text) if rx else ():
                named = (_countries_after(art, i, s0 + m.end()) if key in ("from", "to", "then")
                         else _countries_before(art, i, s0 + m.start()))
                for country in named:
                    # a delegation back from its own capital, the article's own visit («left this morning
                    # for Astana»: a country of its pair), or a stop already told as a visit of its own
                    if country in own or country in art.ctx.pair or _told(cands + out, i, country):
                        continue
                    new = Candidate("visit", i, s0 + m.start(), s0 + m.end(), m.group(0), leg=leg,
                                    leg_country=country, announced=leg == "to")
                    if key == "then":
                        # the next stop's clause: who the sentence names before it was met, not travelling on
                        new.bounds = (s0 + m.start(), s0 + len(text))
                    out.append(new)
    return out


def next_stop_countries(art: Article, sent: int, pos: int) -> list[str]:
    """The countries of the next stop named right after a cue that ends at `pos`, none of the article's pair."""
    return [c for c in _countries_after(art, sent, pos) if c not in art.ctx.pair]


def _named(art: Article, sent: int) -> list[tuple[int, int, str]]:
    """(start, end, country) of every country, capital or city named in a sentence, in text order."""
    found = [(c.start, c.end, c.code) for c in art.countries[sent]]
    found += [(p.start, p.end, p.country) for p in art.places[sent] if p.country]
    return sorted(found)


def _countries_after(art: Article, sent: int, pos: int) -> list[str]:
    """The country named first within reach after `pos`, and those listed after it («Kyiv and Minsk»)."""
    text = art.ctx.text
    named = [n for n in _named(art, sent) if n[0] >= pos]
    if not named or named[0][0] - pos > _REACH:
        return []
    out, end = [named[0][2]], named[0][1]
    for start, stop, code in named[1:]:
        if start < end:
            continue
        if not _LIST_GAP.match(text[end:start]):
            break
        out.append(code)
        end = stop
    return list(dict.fromkeys(out))


def _countries_before(art: Article, sent: int, pos: int) -> list[str]:
    """The country named last right before `pos` («Ташкенттен келді»), and those listed before it."""
    text = art.ctx.text
    named = [n for n in _named(art, sent) if n[1] <= pos + 1]
    if not named or pos - named[-1][1] > _REACH or re.search(r"[.,;:!?]", text[named[-1][1]:pos]):
        return []
    out, start = [named[-1][2]], named[-1][0]
    for s, e, code in reversed(named[:-1]):
        if e > start:
            continue
        if not _LIST_GAP.match(text[e:start]):
            break
        out.append(code)
        start = s
    return list(dict.fromkeys(out))


def _told(cands: list[Candidate], sent: int, country: str) -> bool:
    return any(c.type == "visit" and c.sent == sent and (c.host == country or c.leg_country == country)
               for c in cands)
