"""Step 4: event mentions from the merged candidates; part_of, implied visits, both sides."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.arguments import (
    delegation_sentences,
    event_topics,
    fill,
    fold_headings,
    information,
    people_in,
    segments,
    split_plural_meetings,
)
from accord.analyse.events.article import (
    Article,
    Candidate,
    Context,
    announced_default,
    date_fits,
    interval_of,
    news_date,
    open_default,
    other_side,
    sentence_of,
)
from accord.analyse.events.coreference import cluster
from accord.analyse.events.triggers import find_candidates, visit_known_by_its_frame
from accord.analyse.lexicon import cue, section
from accord.lang.roles import delegation_heads
from accord.model import (
    EventMention,
    PlaceMention,
    Span,
)


def _own_sides(art: Article, events: list[EventMention]) -> None:
    """An event's sides are its own where its people say so: a visitor's country and the host, two
    countries meeting. A recalled trip to a third country is an event of that pair, and an article
    whose lead names a context country («Russia», «Ukraine») more often than a side keeps its events
    between the sides that act in them."""
    for ev in events:
        sides = {art.person[p].country for p in ev.people} - {None}
        if ev.type == "visit" and ev.host:
            visitors = sides - {ev.host}
            if len(visitors) == 1:
                ev.countries = sorted(visitors | {ev.host})
        elif ev.type == "meeting" and len(sides) == 2:
            ev.countries = sorted(sides)


def _best_when(group: list[Candidate], default: str | None) -> str | None:
    dated = [c for c in group if c.when]
    if not dated:
        return default
    return min(dated, key=lambda c: edtf.precision_days(c.when) or 10**9).when


# Roles that head a delegation, highest first (lang/roles.toml: the one ranking of roles).
_LEADING_ROLES = delegation_heads()


def _leader(art: Article, visit_people: list[str]) -> str | None:
    """Head of a delegation: the person with the highest role, else the first listed."""
    ranked = [(_LEADING_ROLES.index(art.person[p].role), i, p) for i, p in enumerate(visit_people)
              if art.person[p].role in _LEADING_ROLES]
    if ranked:
        return min(ranked)[2]
    return visit_people[0] if visit_people else None


def extract_events(ctx: Context) -> list[EventMention]:
    """The event mentions of one article, coreferent mentions merged, with part_of links."""
    art = Article(ctx)
    cands = find_candidates(art)
    fill(art, cands)
    framed = visit_known_by_its_frame(art, cands)
    if framed:
        fill(art, framed)
        cands = sorted(cands + framed, key=lambda c: (c.sent, c.trig_start))
    cands = split_plural_meetings(art, cands)
    segments(art, cands)

    # anaphoric meeting cues («during this meeting») lend their sentence to the meeting before
    anaphoric = cue(ctx.lang, "not_trigger", "meeting")
    if anaphoric is not None:
        for i, t in enumerate(art.sent_text):
            cue_at = anaphoric.search(t)
            if cue_at and not any(c.type == "meeting" and c.sent == i and
                                  c.trig_start < art.ctx.sentences[i].start + cue_at.start() for c in cands):
                # («met X, and during the meeting …» refers back inside its own sentence)
                prev = [c for c in cands if c.type == "meeting" and c.sent < i]
                if prev:
                    last = max(c.sent for c in prev)
                    for c in prev:
                        if c.sent == last and i not in c.segment:
                            c.extra_sents.append(i)
                    half = art.ctx.sentences[i].start + (art.ctx.sentences[i].end - art.ctx.sentences[i].start) // 2
                    for c in prev:
                        if c.sent == last:
                            c.people += [pid for pm, pid in people_in(art, i, hi=half) if pid not in c.people]
                    # the talks it refers back to are dated in the nearest meeting sentence that has a date
                    dated = [c for c in prev if c.time is not None and not c.recalled]
                    ref = max(dated, key=lambda c: c.sent) if dated else None
                    for c in cands:
                        if c.sent == i and c.time is None and ref is not None:
                            c.time, c.when = ref.time, ref.when

    # delegation lists give the visit its members
    deleg = delegation_sentences(art)
    visits = [c for c in cands if c.type == "visit"]
    for i in deleg:
        target = None
        before = [v for v in visits if v.sent <= i and not v.recalled]
        if before:
            target = before[-1]
        elif visits:
            target = visits[0]
        if target is None:
            continue
        for pm, pid in people_in(art, i):
            cc = art.person_country(pid, pm)
            if cc != target.host and pid not in target.people:
                target.people.append(pid)

    cands = fold_headings(art, cands)
    _lend_weak_mentions(art, cands)
    for c in cands:
        c.topics = event_topics(art, c)

    # weak meeting mentions («the agenda of the talks included:») join a neighbour
    strong = [c for c in cands if c.type != "meeting" or c.anchored]
    weak = [c for c in cands if c.type == "meeting" and not c.anchored]
    meetings = [c for c in strong if c.type == "meeting"]
    for w in weak:
        if not meetings:
            strong.append(w)
    groups = cluster(art, sorted(strong, key=lambda c: (c.sent, c.trig_start)))

    # the article's news visit: the first visit group not recalled
    visit_groups = [g for g in groups if g[0].type == "visit"]
    # a visit only announced is not the one the article reports: its talks are to come too
    news_visits = [g for g in visit_groups if not all(c.recalled for c in g) and not all(c.announced for c in g)]
    coming_visits = [g for g in visit_groups if all(c.announced for c in g)]
    news_default = news_date(ctx.published)

    events: list[EventMention] = []
    group_event: dict[int, EventMention] = {}
    for gi, g in enumerate(groups):
        first = g[0]
        recalled = all(c.recalled for c in g)
        if first.type == "proposal":
            default = None
        elif all(c.announced for c in g):
            default = announced_default(ctx.published)
        elif recalled:
            default = open_default(ctx.published)
        else:
            default = news_default
        people: list[str] = []
        for c in g:
            people += [p for p in c.people if p not in people]
        topics: list[str] = []
        for c in g:
            topics += [t for t in c.topics if t not in topics]
        # a host the text states (a destination) over one guessed from the sides
        host = next((c.host for c in g if c.host), None)
        place = next((c.place for c in g if c.place), None)
        rep = max(g, key=lambda c: information(art, c))
        s = ctx.sentences[rep.sent]
        ev = EventMention(
            id=f"e{gi + 1}", type=first.type, start=s.start, end=s.end, text=ctx.text[s.start:s.end],
            when=_best_when(g, default), countries=list(ctx.pair), host=host, place=place,
            people=people, orgs=sorted({o for c in g for o in c.orgs}), topics=topics,
            recalled=recalled, trigger=rep.trigger,
            evidence=sorted({Span(ctx.sentences[i].start, ctx.sentences[i].end)
                             for c in g for i in [c.sent, *c.extra_sents] if i != rep.sent},
                            key=lambda sp: sp.start),
        )
        if first.type == "visit":
            visitor = next((c.visitor for c in g if c.visitor), None)
            ev.host = host or other_side(ctx.pair, visitor)
        # a proposed or effective measure takes place nowhere in particular, unless the text says where
        if first.type in ("proposal", "measure") and not any(c.place or c.host_stated for c in g):
            ev.host = None
        group_event[gi] = ev
        events.append(ev)

    if news_visits and not any(group_event[groups.index(g)].people for g in news_visits):
        # the article's visit is only alluded to («this trip follows…»): talks abroad tell who came
        implied = _implied_visit(art, groups, group_event)
        if implied is not None:
            visit = group_event[groups.index(news_visits[0])]
            visit.people = implied[1].people
            visit.host = visit.host or implied[1].host
    # a visit told only by its talks: the article's visit when it tells none; beside a visit it tells,
    # «A received his counterpart B yesterday in Rabat» on A's own ground (visits both ways)
    coming_hosts = {group_event[groups.index(g)].host for g in coming_visits}
    if not news_visits:
        implied = _implied_visit(art, groups, group_event, coming_hosts=coming_hosts)
    elif len(ctx.pair) == 2:
        hosts = {group_event[groups.index(g)].host for g in news_visits}
        implied = _implied_visit(art, groups, group_event, stated_host_only=True, skip_hosts=hosts)
    else:
        implied = None
    if implied is not None:
        groups.append(implied[0])
        group_event[len(groups) - 1] = implied[1]
        events.append(implied[1])
        news_visits.append(implied[0])

    _recalled_visits_behind_talks(art, groups, group_event, events)
    _recalled_parts(art, groups, group_event)
    _own_sides(art, events)

    # part_of: what happened during the news visit belongs to it
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        # what is announced belongs to the announced visit, what is told as done to the visit told
        visits = coming_visits if all(c.announced for c in g) and coming_visits else news_visits
        if ev.type not in ("meeting", "agreement", "ceremony") or not visits:
            continue
        # the visit to the country the talks were in, when the article tells visits both ways
        visit = next((group_event[groups.index(v)] for v in visits
                      if ev.host and group_event[groups.index(v)].host == ev.host),
                     group_event[groups.index(visits[0])])
        during = any(c.during for c in g)
        inside = (not ev.recalled and ev.when is not None and visit.when is not None and
                  edtf.within(interval_of(ev.when), interval_of(visit.when)))
        if ev.type in ("agreement", "ceremony") and not ev.recalled and date_fits(ev.when, visit.when):
            inside = True  # signed or laid while the delegation was there
        if during or inside or (not ev.recalled and ev.type == "meeting" and visit.host and ev.host in (None, visit.host)
                                and date_fits(ev.when, visit.when)):
            ev.part_of = visit.id
            ev.host = ev.host or visit.host
            # what happened during a visit to a city happened in that city, unless told otherwise
            ev.place = ev.place or _city_of(art, visit, groups, group_event, g)
            # an undated part of a visit the article dates («paid a state visit on March 2-3») happened
            # within the visit's days: the most precise date the article supports
            if ev.when == news_default and visit.when not in (None, news_default) \
                    and edtf.precision_days(visit.when) is not None:
                ev.when = visit.when
            lead = _leader(art, visit.people)
            if ev.type == "meeting" and lead and lead not in ev.people:
                ev.people.insert(0, lead)
            if ev.type == "agreement" and lead and _both_sides(art, g) and lead not in ev.people:
                ev.people.insert(0, lead)
            if ev.type in ("meeting", "agreement") and _both_sides(art, g):
                counterpart = (_concluded_talks_counterpart(art, visit, ev, g, groups, group_event)
                               if ev.type == "agreement" else None) or _host_leader(art, visit, groups, group_event)
                if counterpart and counterpart not in ev.people:
                    ev.people.append(counterpart)
    _the_two_named(art, events)
    _date_by_occasion(events, news_default)
    return events


# How far back «the two ministers» looks for the people it stands for.
_ANAPHOR_REACH = 6
# The offices each group of `[the_two]` phrases («the two ministers», «главы государств») stands for.
_OFFICES_OF = {
    "ministers": {"foreign_minister", "minister", "deputy_prime_minister"},
    "heads_of_state": {"king", "president", "head_of_state"},
    "heads_of_government": {"head_of_government"},
    "speakers": {"speaker", "deputy_speaker"},
}


def _the_two_named(art: Article, events: list[EventMention]) -> None:
    """«The two ministers also signed …»: the event's people are the last person of that office named
    on each side before the phrase (in its sentence or the few before), for each side it does not name."""
    phrases = section(art.ctx.lang, "events", "the_two")
    if not phrases or len(art.ctx.pair) != 2:
        return
    for ev in events:
        if ev.type != "agreement" or ev.recalled:
            continue
        i = sentence_of(art.ctx, ev.start)
        hits = [(m, group) for group, rx in phrases.items() for m in [rx.search(art.sent_text[i])] if m]
        if not hits:
            continue
        hit, group = max(hits, key=lambda h: h[0].end() - h[0].start())   # «présidents de chambre» over «présidents»
        before = art.ctx.sentences[i].start + hit.start()
        offices = _OFFICES_OF.get(group, set())
        # the phrase names who signed: it outweighs the delegation heads a visit lends its signings
        found = {side: _last_named_of(art, side, offices, i, before) for side in art.ctx.pair}
        if all(found.values()):
            ev.people = [found[side] for side in art.ctx.pair]  # type: ignore[misc]
            continue
        named = {art.person_country(p) for p in ev.people}
        for side, pid in found.items():
            if pid is not None and side not in named:
                ev.people.append(pid)


def _last_named_of(art: Article, side: str, offices: set[str], sent: int, before: int) -> str | None:
    """The last person of `side` holding one of `offices` named before `before`; else the last of that
    side named with no office at all («his Russian counterpart Sergei Lavrov»)."""
    untitled = None
    for k in range(sent, max(-1, sent - _ANAPHOR_REACH), -1):
        for pm, pid in sorted(art.pmentions[k], key=lambda x: -x[0].start):
            if pm.start >= before or art.person_country(pid, pm) != side:
                continue
            role = pm.role or art.person[pid].role
            if role in offices:
                return pid
            if role is None and untitled is None:
                untitled = pid
    return untitled


def _date_by_occasion(events: list[EventMention], news_default: str | None) -> None:
    """An article reports one occasion: what it tells as news without a date of its own («the two
    ministers also signed …») happened on the day it gives the news of that kind, when it gives exactly
    one such day within the week it reports on (GOLD.md's undated-news window). Only of the same kind:
    a signing dated does not date a visit (the day a leader posts about a visit is not the visit's)."""
    if news_default is None:
        return
    window = interval_of(news_default)
    for kind in {e.type for e in events}:
        days = {e.when for e in events if e.type == kind and not e.recalled and e.when
                and edtf.precision_days(e.when) == 1 and edtf.within(interval_of(e.when), window)}
        if len(days) != 1 or kind == "proposal":
            continue
        day = days.pop()
        for e in events:
            if e.type == kind and e.when == news_default and not e.recalled:
                e.when = day


def _city_of(art: Article, visit: EventMention, groups: list[list[Candidate]],
             group_event: dict[int, EventMention], group: list[Candidate]) -> PlaceMention | None:
    """Where a part of a visit took place: where the talks it concluded were held («at the end of the
    talks at the Quai d'Orsay … signed»), else the visit's own city."""
    first = min(c.sent for c in group)
    earlier = [group_event[gi] for gi, g in enumerate(groups)
               if group_event[gi].type == "meeting" and group_event[gi].part_of == visit.id
               and min(c.sent for c in g) < first and group_event[gi].place is not None]
    if earlier and group_event[groups.index(group)].type == "agreement":
        return earlier[-1].place
    for ev in reversed(earlier):
        if ev.place is not None and ev.place.kind != "building":
            return ev.place
    return visit.place if visit.place is not None and visit.place.kind != "building" else None


def _lend_weak_mentions(art: Article, cands: list[Candidate]) -> None:
    """A mention of «the talks» that names no one and no date («the agenda of the talks included:»)
    tells more of the talks before it (or after, if none): its sentence and the list it opens are
    theirs."""
    anchored = [c for c in cands if c.type == "meeting" and c.anchored]
    for w in (c for c in cands if c.type == "meeting" and not c.anchored):
        before = [c for c in anchored if c.sent < w.sent and not c.recalled]
        after = [c for c in anchored if c.sent > w.sent and not c.recalled]
        target = max(before, key=lambda c: c.sent) if before else (after[0] if after else None)
        if target is None:
            continue
        lent = [w.sent]
        i = w.sent + 1
        while i < len(art.list_item) and art.list_item[i]:
            lent.append(i)
            i += 1
        for t in (c for c in anchored if c.sent == target.sent):
            t.extra_sents += [i for i in lent if i not in t.extra_sents and i not in t.segment]


def _recalled_parts(art: Article, groups: list[list[Candidate]], group_event: dict[int, EventMention]) -> None:
    """«the state visit of 2023, which was crowned by the signing of a declaration»: a recalled
    signing or meeting told in the recalled visit's sentence (or the next) happened during it."""
    visits = [(gi, g) for gi, g in enumerate(groups) if group_event[gi].type == "visit" and group_event[gi].recalled]
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type not in ("meeting", "agreement", "ceremony") or not ev.recalled or ev.part_of:
            continue
        sents = {c.sent for c in g}
        for vgi, vg in visits:
            near = any(c.sent in sents or c.sent + 1 in sents for c in vg)
            if near and ev.when and group_event[vgi].when and \
                    edtf.intersects(interval_of(ev.when), interval_of(group_event[vgi].when)):
                ev.part_of = group_event[vgi].id
                ev.host = ev.host or group_event[vgi].host
                break


def _both_sides(art: Article, group: list[Candidate]) -> bool:
    rx = cue(art.ctx.lang, "both_sides", "cues")
    return bool(rx and any(rx.search(art.sent_text[c.sent]) for c in group))


def _concluded_talks_counterpart(art: Article, visit: EventMention, ev: EventMention, group: list[Candidate],
                                 groups: list[list[Candidate]], group_event: dict[int, EventMention]) -> str | None:
    """«At the end of the talks, the two speakers signed …»: the host-side person of the talks of the
    visit told last before the signing (in its sentence or the two before), not the visit's principal."""
    first = min(c.sent for c in group)
    talks = [(min(c.sent for c in g), group_event[gi]) for gi, g in enumerate(groups)
             if group_event[gi].type == "meeting" and group_event[gi].part_of == visit.id
             and first - 2 <= min(c.sent for c in g) <= first]
    for _, meeting in sorted(talks, key=lambda t: -t[0]):
        for pid in meeting.people:
            if visit.host and art.person_country(pid) == visit.host and pid not in ev.people:
                return pid
    return None


def _host_leader(art: Article, visit: EventMention, groups: list[list[Candidate]],
                 group_event: dict[int, EventMention]) -> str | None:
    """The host side's principal: the first host-side person the visit's own sentences name
    (the one who invited), else the first in the article's meetings."""
    spans = [Span(visit.start, visit.end), *visit.evidence]
    for sp in spans:
        i = sentence_of(art.ctx, sp.start)
        for pm, pid in art.pmentions[i]:
            if visit.host and art.person_country(pid, pm) == visit.host:
                return pid
    for gi in range(len(groups)):
        if group_event[gi].type == "meeting":
            for pid in group_event[gi].people:
                if visit.host and art.person_country(pid) == visit.host:
                    return pid
    return None


def _implied_visit(art: Article, groups: list[list[Candidate]], group_event: dict[int, EventMention],
                   stated_host_only: bool = False, skip_hosts: set[str | None] | None = None,
                   coming_hosts: set[str | None] | None = None) -> tuple[list[Candidate], EventMention] | None:
    """Talks in one side's country with the other side's people there: a visit, though never called one
    (GOLD.md: «received in Rabat» is a visit). With `stated_host_only`, only talks whose own sentence
    says where they were; talks hosted by a country of `skip_hosts` are left to its visit."""
    ctx = art.ctx
    if len(ctx.pair) != 2:
        return None
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type != "meeting" or ev.recalled or (stated_host_only and not ev.host):
            continue
        if skip_hosts and (ev.host in skip_hosts or any(c.during for c in g)):
            continue  # «during this visit, A was received by B» is part of the visit already told
        host = ev.host or _lead_host(art)
        if host is None or host not in ctx.pair:
            continue  # talks in a third country (a summit's sidelines) are no visit to the other side
        announced = all(c.announced for c in g)
        if announced and coming_hosts and host in coming_hosts:
            continue  # talks to come belong to the visit announced to that country
        visitors = [p for p in ev.people if art.person_country(p) not in (None, host)]
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


def _recalled_visits_behind_talks(art: Article, groups: list[list[Candidate]],
                                  group_event: dict[int, EventMention], events: list[EventMention]) -> None:
    """«Earlier this month she was in Cairo, where she held talks with the President»: recalled talks
    in one side's country with the other side's people there were a visit too, unless the article
    already tells that visit."""
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
