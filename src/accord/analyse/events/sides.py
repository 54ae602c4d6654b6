"""Who is on which side: a visit's destination and visiting side (an argument pass), and an event's
own pair of countries where its people say so (an event pass)."""

from __future__ import annotations

import re

from accord.analyse.events.article import Article, Candidate, date_fits, event_table, in_bounds, other_side, sentence_of
from accord.analyse.lexicon import compile_patterns, cue, section
from accord.analyse.events.participants import own_clause
from accord.model import EventMention, PlaceMention


def sides_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """A visit's host, the country its destination words point at («visit to Kuwait», «بالرياض»,
    «Астанаға»), and its visiting side, an actor of the sentence that is not the host; each is the
    other side of the article's pair when the sentence gives only one."""
    if c.type != "visit":
        return
    if c.leg:
        # a stop of a tour: where it goes is the country its leg names; the visitor is the tour's
        c.host, c.host_stated = c.leg_country, True
        c.visitor = _visitor(art, c, c.host) or _tour_visitor(art, c, cands)
        return
    found = destinations(art, c)
    dest = found[0][0] if found else None
    told = _told_visit_host(art, c, cands)
    if told is not None and dest == other_side(art.ctx.pair, told) and told in {f[0] for f in found}:
        # the visit the article tells, named again: «the first visit by an emir of Qatar (أمير لقطر) …
        # an honour for France (لفرنسا)» goes where that visit goes, not to its visitor's own country
        dest = told
    c.host, c.host_stated = dest, dest is not None
    if dest is None:
        # no word says where the visit goes, but the sentence is set in a city of the pair («В аэропорту
        # Астаны Токаев встретил Мелони, которая прибыла с визитом»): that is where it is received
        dest = _venue(art, c)
        c.host = dest
    c.visitor = _visitor(art, c, dest)
    if c.host is None:
        if told is not None and c.visitor == told:
            # «President Tokayev thanked Scholz for his visit»: the article already tells a visit to
            # Tokayev's country; the one named first is its receiver, not a visitor to the other side
            c.visitor = other_side(art.ctx.pair, told)
            c.from_host_side = True
        c.host = other_side(art.ctx.pair, c.visitor)
    if c.visitor is None:
        c.visitor = other_side(art.ctx.pair, c.host)


def _tour_visitor(art: Article, c: Candidate, cands: list[Candidate]) -> str | None:
    """The visiting side of the visit the article tells as news, before this stop of its tour: «the minister
    met President Tokayev in Astana before heading to Uzbekistan» is the minister's next stop."""
    told = [o for o in cands if o is not c and o.type == "visit" and not o.leg and not o.recalled
            and o.host in art.ctx.pair and o.visitor and o.visitor != c.host
            and (o.sent, o.trig_start) < (c.sent, c.trig_start)]
    return told[0].visitor if told else None


def _told_visit_host(art: Article, c: Candidate, cands: list[Candidate]) -> str | None:
    """The host of the visit the article has already told as news, in days that meet `c`'s, when its
    text says where it went (a destination or a city of the pair)."""
    if c.recalled or c.announced:
        return None
    for o in cands:
        if o is c:
            break
        if o.type == "visit" and not o.leg and not o.recalled and o.host_stated and o.host in art.ctx.pair \
                and date_fits(o.when, c.when):
            return o.host
    return None


def destination(art: Article, c: Candidate) -> tuple[str | None, PlaceMention | None]:
    """Country (and city) a visit goes to: the first of `destinations`."""
    found = destinations(art, c)
    return found[0] if found else (None, None)


def destinations(art: Article, c: Candidate) -> list[tuple[str, PlaceMention | None]]:
    """Countries (and cities) a visit may go to, from destination words before a country or place,
    the likeliest first.

    A place after a word of a situation («the war in Gaza», «la situation à Gaza») is what is
    discussed, not where anyone goes; of several destinations, one of the article's pair wins
    («arrivé en Egypte … pour une visite … à Tabriz»), a place before a country."""
    ctx = art.ctx
    data = section(ctx.lang, "events", "destination")
    before_rx, topical_rx = data.get("before"), data.get("not_after")
    s = ctx.sentences[c.sent]
    raw = event_table(ctx.lang, "destination")
    suffixes = [str(x) for x in (raw.get("after_suffix") or [])]
    # «Самарқан қаласына»: the dative ending on the word «city» after the name
    city_word = compile_patterns(ctx.lang, [str(x) for x in raw.get("after_word") or []])
    glued = tuple(str(x) for x in raw.get("glued") or []) or ("\0",)
    not_glued = tuple(str(x) for x in raw.get("not_glued") or []) or ("\0",)

    def ends_with(rx: re.Pattern[str] | None, start: int) -> bool:
        window = ctx.text[max(s.start, start - 40):start]
        return rx is not None and any(m.end() >= len(window.rstrip()) - 1 and window[m.end():].strip() == ""
                                      for m in rx.finditer(window))

    def marked(start: int, end: int, surface: str) -> int:
        """2 for a destination word before the name, 1 for a preposition glued onto it or a dative
        ending (Arabic «ل» is also «of»: «أمير لقطر», "an emir of Qatar"), 0 for none."""
        if ends_with(topical_rx, start):
            return 0
        if ends_with(before_rx, start):
            return 2
        # some languages glue the preposition onto the name (Arabic «ب», «ل»), others a dative ending (Kazakh)
        if surface.startswith(glued) and not surface.startswith(not_glued):
            return 1
        if city_word is not None and city_word.match(ctx.text, end + 1, s.end) and ctx.text[end:end + 1].isspace():
            return 1
        return int(any(surface.endswith(sfx) for sfx in suffixes))

    home = home_starts(art, c.sent)
    found: list[tuple[int, int, str, PlaceMention | None]] = []
    for p in art.places[c.sent]:
        if p.start in home:
            continue
        if p.country and in_bounds(c, p.start) and (strength := marked(p.start, p.end, p.text)):
            found.append((strength, _after(c, p.start), p.country, p if p.kind != "building" else None))
    for cm in art.countries[c.sent]:
        if cm.start in home:
            continue
        if cm.form in ("name", "capital") and in_bounds(c, cm.start) and (strength := marked(cm.start, cm.end, cm.text)):
            found.append((strength, _after(c, cm.start), cm.code, None))
    pair = set(ctx.pair or ())
    # one of the pair first, then a destination word over a glued preposition, then of the names after the
    # visit's word the nearest («will pay a visit to Kazakhstan, he told reporters in Yerevan» goes to
    # Kazakhstan), then places before countries in the text's order
    ranked = sorted(found, key=lambda f: (f[2] not in pair, -f[0], f[1] is None, f[1] or 0))
    return [(code, place) for _, _, code, place in ranked]


def _after(c: Candidate, start: int) -> int | None:
    """Characters from a candidate's word to a name that follows it; None for a name before it."""
    return start - c.trig_end if start >= c.trig_end else None


def home_starts(art: Article, sent: int) -> set[int]:
    """Starts of the place and country mentions of sentence `sent` that a verb of coming back makes
    the traveller's home, not a destination: the first one after the verb («вернулся в Москву»,
    «est rentré jeudi à Paris», «عاد الرئيس … إلى الجزائر»), or, where the language puts the place
    first, the one right before it («Астанаға оралды»); a word of the trip between them
    («returned from a visit to Italy») breaks the phrase."""
    data = section(art.ctx.lang, "events", "destination")
    back, back_after, brk = data.get("home"), data.get("home_after"), data.get("home_break")
    if back is None and back_after is None:
        return set()
    ctx = art.ctx
    s = ctx.sentences[sent]
    text = ctx.text
    spans = sorted({(m.start, m.end) for m in art.places[sent]} | {(m.start, m.end) for m in art.countries[sent]
                                                                            if m.form in ("name", "capital")})

    def unbroken(a: int, b: int) -> bool:
        return b >= a and not (brk is not None and brk.search(text, a, b))

    out: set[int] = set()
    for m in back.finditer(text, s.start, s.end) if back is not None else ():
        nxt = next(((a, b) for a, b in spans if a >= m.end()), None)
        if nxt and nxt[0] - m.end() <= 80 and unbroken(m.end(), nxt[0]):
            out |= {a for a, b in spans if nxt[0] <= a < nxt[1]}
    for m in back_after.finditer(text, s.start, s.end) if back_after is not None else ():
        prev = [(a, b) for a, b in spans if b <= m.start()]
        if prev and m.start() - prev[-1][1] <= 12 and unbroken(prev[-1][1], m.start()):
            out |= {a for a, b in spans if a <= prev[-1][0] < b or a == prev[-1][0]}
    return out


def _venue(art: Article, c: Candidate) -> str | None:
    """The one country of the article's pair whose places the visit's sentence is set in, where no
    place is one the visitor comes from («прибыл из Рима»)."""
    pair = set(art.ctx.pair or ())
    s = art.ctx.sentences[c.sent]
    origin = section(art.ctx.lang, "events", "legs").get("from")
    found = set()
    home = home_starts(art, c.sent)
    for p in art.places[c.sent]:
        if not p.country or p.country not in pair or not in_bounds(c, p.start) or p.start in home:
            continue
        before = art.ctx.text[max(s.start, p.start - 60):p.start]
        if origin is not None and any(m.end() >= len(before.rstrip()) - 1 for m in origin.finditer(before)):
            return None
        found.add(p.country)
    return found.pop() if len(found) == 1 else None


def _visitor(art: Article, c: Candidate, host: str | None) -> str | None:
    """The visiting side: an actor of the sentence that is not the host."""
    pair = art.ctx.pair
    # the trigger's own clause first: «Une semaine après l'élection de Joseph Aoun, le président Emmanuel
    # Macron se rend sur place»: who is named in the clause before is not who travels
    lo, hi = own_clause(art, c)
    mentions = sorted(art.pmentions[c.sent], key=lambda x: not (lo <= x[0].start < hi))
    if c.leg and c.bounds:
        # a next stop told in its own clause («…, avant de se rendre en Ouzbékistan»): who was met before it
        # does not travel on
        mentions = [x for x in mentions if in_bounds(c, x[0].start)]
    antecedent = _antecedent(art, c.sent, lo)
    if antecedent is not None:
        # «… held talks with Y, who arrived yesterday for an official visit»: the relative clause's visitor
        # is the person it hangs on
        mentions = [antecedent] + [m for m in mentions if m is not antecedent]
    for pm, pid in mentions:
        cc = art.person_country(pid, pm)
        if cc and cc != host and (not pair or cc in pair) and not art.receiver(c.sent, pm):
            return cc
    for o in art.orgs[c.sent]:
        if o.country and o.country != host and (not pair or o.country in pair):
            return o.country
    for cm in art.countries[c.sent]:
        if cm.form in ("adjective", "people") and cm.code != host and (not pair or cm.code in pair):
            return cm.code
    return None


def _antecedent(art: Article, sent: int, clause_start: int):  # noqa: ANN202 — a (mention, person id)
    """The person a clause opened by a relative pronoun («, who», «, qui», «, который», «، الذي») hangs
    on: the one named last before it. None for a clause of another kind."""
    rel = cue(art.ctx.lang, "in_turn", "relative")
    if rel is None:
        return None
    text, at = art.sent_text[sent], clause_start - art.ctx.sentences[sent].start
    rest = text[at:]
    if rel.match(text, at + len(rest) - len(rest.lstrip())) is None:
        return None
    before = [x for x in art.pmentions[sent] if x[0].end <= clause_start]
    return max(before, key=lambda x: x[0].end) if before else None


def own_sides(art: Article, events: list[EventMention]) -> None:
    """An event's sides are its own where its people say so: a visitor's country and the host, two
    countries meeting. A recalled trip to a third country is an event of that pair, and an article
    whose lead names a context country («Russia», «Ukraine») more often than a side keeps its events
    between the sides that act in them."""
    travelling = _sides_of_travellers(art, events)
    for ev in events:
        sides = {art.person[p].country for p in ev.people} - {None}
        if ev.type == "visit" and ev.host and not sides and ev.host not in (art.ctx.pair or ()):
            # a stop of the tour of the article's visitor, whose country only the visit to the other side
            # tells («He visited Kyiv and Minsk before coming to the Kazakh capital»)
            sides = {travelling[p] for p in ev.people if p in travelling}
        if ev.type == "visit" and ev.host:
            visitors = sides - {ev.host}
            if len(visitors) == 1:
                ev.countries = sorted(visitors | {ev.host})
        elif ev.type == "meeting" and len(sides) == 2:
            ev.countries = sorted(sides)
        elif ev.type == "meeting" and len(sides) == 1 and art.ctx.pair and not sides & set(art.ctx.pair):
            # a meeting of a third side with one of the pair («the Saudi crown prince began his tour in
            # Abu Dhabi, where he met its crown prince»): that side and the one of the pair its sentence names
            sent = sentence_of(art.ctx, ev.start)
            other = _pair_side_named(art, sent, sides)
            trip = [v for v in events if v.type == "visit" and v.host in sides and len(v.countries) == 2
                    and 0 <= sent - sentence_of(art.ctx, v.start) <= 1]
            if other is None and len(trip) == 1:
                # «he travels on to Turkey for a working visit, during which he will meet President Erdogan»
                # (in its sentence or the next): the talks of that trip, between its two sides
                ev.countries = sorted(trip[0].countries)
            elif other is not None:
                ev.countries = sorted(sides | {other})


def _sides_of_travellers(art: Article, events: list[EventMention]) -> dict[str, str]:
    """The side of each visitor of a visit between the article's two sides, where the person's own
    country is unknown: the side that is not the host."""
    pair = tuple(art.ctx.pair or ())
    out: dict[str, str] = {}
    if len(pair) != 2:
        return out
    for ev in events:
        if ev.type == "visit" and ev.host in pair and sorted(ev.countries) == sorted(pair):
            side = pair[1] if ev.host == pair[0] else pair[0]
            for p in ev.people:
                if art.person[p].country is None:
                    out.setdefault(p, side)
    return out


def _pair_side_named(art: Article, sent: int, sides: set[str]) -> str | None:
    """The one country of the article's pair that sentence `sent` names, by a person or a country word."""
    pair = set(art.ctx.pair or ())
    found = {art.person_country(pid, pm) for pm, pid in art.pmentions[sent]}
    found |= {cm.code for cm in art.countries[sent]}
    found = (found & pair) - sides
    return found.pop() if len(found) == 1 else None
