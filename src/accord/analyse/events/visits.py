"""Event passes for the visits an article tells only through their talks."""

from __future__ import annotations

from dataclasses import replace

from accord import edtf
from accord.analyse.events.article import Article, Candidate, announced_default, interval_of, news_date
from accord.analyse.events.state import EventState
from accord.analyse.lexicon import cue
from accord.lang.roles import resident
from accord.model import EventMention


def alluded_visit(st: EventState) -> None:
    """The article's visit is only alluded to («this trip follows…»): talks abroad tell who came."""
    if not st.news_visits or any(st.event_of(g).people for g in st.news_visits):
        return
    implied = _implied_visit(st.art, st.groups, st.group_event)
    if implied is not None:
        visit = st.event_of(st.news_visits[0])
        visit.people = implied[1].people
        visit.host = visit.host or implied[1].host


def trips_elsewhere(st: EventState) -> None:
    """«…after attending the summit in Egypt in November», «is due to fly on to Samarkand in Uzbekistan»: a
    visit to a third country that names no one, in an article about one side's trip, is that traveller's
    leg elsewhere, an event of the traveller's country and that third country; a sentence naming someone
    of another country (its own traveller) is left as it is."""
    pair = set(st.ctx.pair or ())
    if len(pair) != 2:
        return
    art = st.art
    travellers = [p for g in st.news_visits for p in st.event_of(g).people]
    sides = {art.person_country(p) for p in travellers}
    if not travellers or len(sides) != 1 or None in sides:
        return
    side = sides.pop()
    for gi, g in enumerate(st.groups):
        ev = st.group_event[gi]
        if ev.type != "visit" or ev.people or not ev.host or ev.host in pair or ev.host == side:
            continue
        named = {art.person_country(pid, pm) for i in {c.sent for c in g} for pm, pid in art.pmentions[i]}
        if named - {side, None}:
            continue
        ev.people = list(dict.fromkeys(travellers))


def visit_by_its_talks(st: EventState) -> None:
    """A visit told only by its talks: the article's visit when it tells none; beside a visit it tells,
    «A received his counterpart B yesterday in Rabat» on A's own ground (visits both ways)."""
    coming = [st.event_of(g) for g in st.coming_visits]
    coming_sents = {c.sent for g in st.coming_visits for c in g}
    if not st.news_visits:
        implied = _implied_visit(st.art, st.groups, st.group_event, coming=coming,
                                 coming_sents=coming_sents, kinds=_TOLD_ON_THE_SPOT)
    elif len(st.ctx.pair) == 2:
        told = [st.event_of(g) for g in st.news_visits]
        implied = _implied_visit(st.art, st.groups, st.group_event, stated_host_only=True, told=told)
    else:
        implied = None
    if implied is not None:
        st.groups.append(implied[0])
        st.group_event[len(st.groups) - 1] = implied[1]
        st.events.append(implied[1])
        st.news_visits.append(implied[0])


# What places the other side's people in the host country when an article tells no visit: talks, a
# signing they attend, a lunch given in their honour (GOLD.md: a visit is implied when the text places
# the visitor in that country).
_TOLD_ON_THE_SPOT = frozenset({"meeting", "agreement", "ceremony"})


def _implied_visit(art: Article, groups: list[list[Candidate]], group_event: dict[int, EventMention],
                   stated_host_only: bool = False, told: list[EventMention] | None = None,
                   coming: list[EventMention] | None = None,
                   coming_sents: set[int] | None = None,
                   kinds: frozenset[str] = frozenset({"meeting"})) -> tuple[list[Candidate], EventMention] | None:
    """Talks in one side's country with the other side's people there: a visit, though never called one
    (GOLD.md: «received in Rabat» is a visit). With `stated_host_only`, only talks whose own sentence
    says where they were; talks in the country of a visit `told`, on its days or with its people, are left
    to it («Fidan is due in Moscow on Thursday and Friday» leaves Erdogan's talks in Sochi a week later their
    own visit)."""
    ctx = art.ctx
    if len(ctx.pair) != 2:
        return None
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type not in kinds or ev.recalled or (stated_host_only and not ev.host):
            continue
        if told is not None and (_held_during(ev, told) or any(c.during for c in g)):
            continue  # «during this visit, A was received by B» is part of the visit already told
        host = ev.host or _lead_host(art)
        if host is None or host not in ctx.pair:
            continue  # talks in a third country (a summit's sidelines) are no visit to the other side
        if any(o.type == "visit" and o.host == host and ev.when and o.when == ev.when
               for o in group_event.values()):
            continue  # a visit to that country told for the talks' very day («had begun earlier today») is theirs
        announced = all(c.announced for c in g)
        if coming and (announced or {c.sent for c in g} & (coming_sents or set())) \
                and _held_during(replace(ev, host=host), coming):
            # talks to come, or told in the sentence that announces the visit («يصل … في زيارة رسمية، سيبحث
            # خلالها مع …»), belong to the visit announced to that country
            continue
        visitors = [p for p in ev.people if art.person_country(p) not in (None, host)
                    and art.person[p].role not in resident()]
        if not visitors:
            continue
        ev.host = host
        first = g[0]
        visit = EventMention(
            id=f"e{len(groups) + 1}", type="visit", start=ev.start, end=ev.end, text=ev.text,
            # known only through its talks: the visit spans their dates
            when=_span_of_talks(groups, group_event, host) or (
                announced_default(ctx.published) if announced else news_date(ctx.published)),
            countries=list(ctx.pair), host=host, place=ev.place if ev.place and ev.place.kind != "building" else None,
            people=visitors, trigger=first.trigger, evidence=list(ev.evidence), confidence=0.7,
        )
        cand = Candidate(type="visit", sent=first.sent, trig_start=first.trig_start, trig_end=first.trig_end,
                          trigger=first.trigger, host=host, people=list(visitors), announced=announced)
        return [cand], visit
    return None


def _held_during(ev: EventMention, visits: list[EventMention]) -> bool:
    """Talks in the country of one of `visits`, on days it may cover or with one of its people."""
    for v in visits:
        if v.host != ev.host:
            continue
        if not v.when or not ev.when or set(v.people) & set(ev.people):
            return True
        if edtf.intersects(interval_of(v.when), interval_of(ev.when)):
            return True
    return False


def recalled_visits_behind_talks(st: EventState) -> None:
    """«Earlier this month she was in Cairo, where she held talks with the President»: recalled talks
    in one side's country with the other side's people there were a visit too, unless the article
    already tells that visit."""
    art, groups, group_event, events = st.art, st.groups, st.group_event, st.events
    ctx = art.ctx
    if len(ctx.pair) != 2:
        return
    made: set[str] = set()
    for gi in range(len(groups)):
        ev = group_event[gi]
        if ev.type != "meeting" or not ev.recalled or ev.host not in ctx.pair or not ev.when:
            continue
        visitors = [p for p in ev.people if art.person_country(p) not in (None, ev.host)]
        told = [v for v in events if v.type == "visit" and v.host == ev.host and v.when and
                edtf.intersects(interval_of(v.when), interval_of(ev.when))]
        if told and told[0].id in made and not ev.part_of:
            ev.part_of = told[0].id  # the other talks of the same stay
        if not visitors or told:
            continue
        first = groups[gi][0]
        visit = EventMention(
            id=f"e{len(groups) + 1}", type="visit", start=ev.start, end=ev.end, text=ev.text, when=ev.when,
            countries=list(ctx.pair), host=ev.host,
            place=ev.place if ev.place and ev.place.kind != "building" else None,
            people=visitors, recalled=True, trigger=first.trigger, confidence=0.7,
        )
        groups.append([Candidate(type="visit", sent=first.sent, trig_start=first.trig_start,
                                  trig_end=first.trig_end, trigger=first.trigger, host=ev.host,
                                  people=list(visitors), recalled=True)])
        group_event[len(groups) - 1] = visit
        events.append(visit)
        made.add(visit.id)
        ev.part_of = visit.id


def _span_of_talks(groups: list[list[Candidate]], group_event: dict[int, EventMention], host: str) -> str | None:
    """From the first to the last day of the article's dated news talks held in `host`."""
    bounds = [interval_of(e.when) for gi in range(len(groups)) for e in [group_event[gi]]
              if e.type == "meeting" and not e.recalled and e.when and e.host in (None, host)]
    bounds = [(lo, hi) for lo, hi in bounds if lo and hi]
    if not bounds:
        return None
    return edtf.span(min(lo for lo, _ in bounds), max(hi for _, hi in bounds))


def _lead_host(art: Article) -> str | None:
    """Where the article's news happens, when its headline or lead names a city: «принята в Астане»."""
    for i in range(min(3, len(art.ctx.sentences))):
        for p in art.places[i]:
            if p.country and p.country in art.ctx.pair:
                return p.country
    return None


def invitations_carried_out(st: EventState) -> None:
    """«Szijjártó invited Nurtleu to visit Budapest when they met in New York. … Nurtleu arrived in Budapest
    on Monday for an official visit»: an invitation (`[proposing] inviting` cues in its sentence) to the country
    that a visit the article reports as its news (not recalled) is made to, by one of that visit's
    visitors, is that visit's invitation carried out, not a separate proposal (GOLD.md Clarifications)."""
    rx = cue(st.art.ctx.lang, "proposing", "inviting")
    if rx is None:
        return
    visits = [v for v in st.events if v.type == "visit" and not v.recalled and v.host and v.people]
    drop: set[str] = set()
    for e in st.events:
        if e.type != "proposal" or not e.host or not rx.search(e.text):
            continue
        if any(v.host == e.host and set(v.people) & set(e.people) for v in visits):
            drop.add(e.id)
    if drop:
        st.events = [e for e in st.events if e.id not in drop]
        for e in st.events:
            if e.part_of in drop:
                e.part_of = None
