"""Argument pass «host»: the country an event other than a visit took place in.

Reads the candidate's place, the sentence's chambers (`[ratification]` cues), destination words
(a proposal's) and reception verbs (`[reception]` cues); writes the candidate's `host` and
`host_stated`, and the side of the people a reception sentence leaves without a country
(`Article.side_from_context`).
"""

from __future__ import annotations

import re
from functools import cache

from accord.analyse.events.article import Article, Candidate, other_side
from accord.analyse.events.places import places_of
from accord.analyse.events.sides import destination
from accord.analyse.lexicon import cue
from accord.analyse.people.lexicon import lexicon
from accord.lang.data import load
from accord.model import PersonMention


def host_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """The country of the event's place (when its sentence names places of one country); a
    ratification's voting chamber; a proposal's destination; the side that received the other."""
    if c.type == "visit":
        return          # a visit's host is its destination (the «sides» pass)
    place_countries = {p.country for p in places_of(art, c) if p.country}
    if c.place is not None and len(place_countries) == 1:
        # (a venue known by its kind alone, «Nur Khan Airbase», is in the country of the sentence's places)
        c.host = c.place.country or next(iter(place_countries))
    if c.type == "measure":
        _ratifying_chamber(art, c)
    if c.type == "proposal":
        dest = destination(art, c)[0]
        c.host, c.host_stated = dest or c.host, dest is not None
    elif c.type == "meeting":
        c.host = _reception_host(art, c, c.host) or c.host


_CHAMBERS_AND_PARLIAMENTS = ("lower_chamber", "upper_chamber", "parliament")


def _ratifying_chamber(art: Article, c: Candidate) -> None:
    """«The Federation Council ratified the agreement»: a ratification takes place in the country of
    the chamber that votes it (GOLD.md: a ratification approved by a chamber is hosted there)."""
    rx = cue(art.ctx.lang, "ratification", "cues")
    if rx is None or not rx.search(c.trigger):
        return
    chambers = {o.country for o in art.orgs[c.sent] if o.kind in _CHAMBERS_AND_PARLIAMENTS and o.country}
    if len(chambers) == 1:
        c.host, c.host_stated = chambers.pop(), True


Mentions = list[tuple[PersonMention, str]]


_CLAUSE_BREAK = re.compile(r"[,;:«»\"“”()]")


def _office_before(lang: str, text: str) -> bool:
    """Whether `text` (what precedes a verb) ends with an office named without a name («Глава государства»)."""
    clause = _CLAUSE_BREAK.split(text)[-1]
    found = lexicon(lang).titles.find(clause)
    return bool(found) and len(clause) - found[-1].end <= 12


@cache
def _object_suffixes(lang: str) -> tuple[str, ...]:
    """The case endings that mark the one received (`[reception] object_suffixes`: Kazakh «-ді»)."""
    return tuple(load(lang, "events").get("reception", {}).get("object_suffixes", ()))


def _marked_received(lang: str, pm: PersonMention) -> bool:
    """Whether the mention carries an ending of the received one its name lacks («Папуашвилиді»)."""
    surface, name = pm.text.lower(), pm.name.lower()
    return surface.startswith(name) and surface[len(name):] in _object_suffixes(lang)


def _declined(pm: PersonMention) -> bool:
    """The mention's surface is not its lemma: it stands in an oblique case («Вячеслава Володина»)."""
    return pm.text.lower().replace("ё", "е") != pm.name.lower().replace("ё", "е")


@cache
def _reception_flag(lang: str, key: str) -> bool:
    """A yes/no of the language's `[reception]` table: `verb_first` (the verb comes before its subject,
    Arabic), `names_decline` (a name away from its nominative is no subject: Russian «Мухтара Тилеуберди
    принял король»)."""
    return bool(load(lang, "events").get("reception", {}).get(key, False))


def _reception_host(art: Article, c: Candidate, known_host: str | None = None) -> str | None:
    """«A received B»: A's country hosts (B's, when the sentence is passive). With the host already
    known (from the place), the receiver is of the host's side and the received of the other."""
    roles = _reception_roles(art, c)
    if roles is None:
        return None
    receiver, received, verb_end = roles
    if known_host and other_side(art.ctx.pair, known_host):
        _give_side(art, receiver, known_host)
        _give_side(art, received, other_side(art.ctx.pair, known_host))
        return known_host
    for pm, pid in receiver:
        if art.person_country(pid, pm):
            host = art.person_country(pid, pm)
            if other_side(art.ctx.pair, host):  # whoever was received came from the other side
                _give_side(art, received, other_side(art.ctx.pair, host))
            return host
    for pm, pid in received:
        if art.person_country(pid, pm):
            host = other_side(art.ctx.pair, art.person_country(pid, pm))
            _give_side(art, receiver, host)     # whoever received them is of the host's side
            return host
    # «A received a delegation of B-land»: the delegation's country is the visiting side
    for cm in art.countries[c.sent]:
        if cm.start >= verb_end and cm.form in ("adjective", "people", "name") and cm.code in art.ctx.pair:
            host = other_side(art.ctx.pair, cm.code)
            _give_side(art, receiver, host)
            return host
    return None


def _give_side(art: Article, people: Mentions, side: str | None) -> None:
    """The people a sentence leaves without a country are of `side`."""
    for pm, pid in people:
        if side and not art.person_country(pid, pm):
            art.side_from_context[pid] = side


def _reception_roles(art: Article, c: Candidate) -> tuple[Mentions, Mentions, int] | None:
    """(receiver, received, end of the reception verb) of the reception verb near the trigger."""
    lang = art.ctx.lang
    text = art.sent_text[c.sent]
    s0 = art.ctx.sentences[c.sent].start
    rx = cue(lang, "reception", "triggers")
    if rx is None:
        return None
    m = next((m for m in rx.finditer(text) if abs(s0 + m.start() - c.trig_start) < 40), None)
    if m is None:
        return None
    passive = cue(lang, "reception", "passive")
    is_passive = bool(passive and any(abs(p.start() - m.start()) < 40 for p in passive.finditer(text)))
    people = sorted(art.pmentions[c.sent], key=lambda x: x[0].start)
    verb_end = s0 + m.end()
    before = [(pm, pid) for pm, pid in people if pm.start < s0 + m.start()]
    after = [(pm, pid) for pm, pid in people if pm.start >= verb_end]
    with_object = cue(lang, "reception", "with_object")
    if is_passive or (with_object and with_object.fullmatch(m.group(0))):
        return after[:1], before[-1:], verb_end
    if before and _marked_received(lang, before[-1][0]):
        # «A B-ді қабылдады» (the verb last, the received marked by its case): A, when named, received B
        return before[-2:-1], before[-1:], verb_end
    if before and after and _reception_flag(lang, "names_decline") \
            and _declined(before[-1][0]) and not _declined(after[0][0]):
        # «Министра … Мухтара Тилеуберди принял король Испании Фелипе VI»: the guest first, in the
        # accusative; the receiver, in the nominative, after the verb
        return after[:1], before[-1:], verb_end
    if before:
        return before[-1:], after[:1], verb_end
    if not _reception_flag(lang, "verb_first") and after and _office_before(lang, text[:m.start()]) \
            and not _CLAUSE_BREAK.search(art.ctx.text[verb_end:after[0][0].start]):
        # «The Head of State received X»: the receiver, named by office alone, stands right before the
        # verb; the one named after it in the same clause is the guest
        return [], after[:1], verb_end
    return after[:1], after[1:2], verb_end   # verb-first languages (Arabic): «استقبل A B»
