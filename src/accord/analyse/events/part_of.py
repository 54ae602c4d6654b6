"""Event passes «part_of»: what happened during a visit belongs to it, and takes from it the place,
date and delegation heads its own sentence leaves out."""

from __future__ import annotations

from accord import edtf
from accord.analyse.events.article import Article, Candidate, date_fits, interval_of, is_welcome, sentence_of
from accord.analyse.events.state import EventState
from accord.analyse.lexicon import cue
from accord.lang.roles import delegation_heads
from accord.model import EventMention, PlaceMention, Span

# Roles that head a delegation, highest first (lang/roles.toml: the one ranking of roles).
LEADING_ROLES = delegation_heads()


def part_of_visits(st: EventState) -> None:
    """A meeting, signing or ceremony held during the news visit (told as during it, dated within it,
    or talks on the visit's ground) is part of it; what is announced belongs to the visit announced."""
    for gi, g in enumerate(st.groups):
        ev = st.group_event[gi]
        # what is announced belongs to the announced visit, what is told as done to the visit told; what is
        # announced for the days of the visit going on («arrived on Tuesday for a three-day visit … On
        # Wednesday, he will hold a summit with …», «les deux hommes se retrouveront mardi» before the next
        # stop) to that visit, when no announced one holds it
        announced = all(c.announced for c in g) and st.coming_visits
        if ev.type not in ("meeting", "agreement", "ceremony") or (ev.recalled and ev.part_of):
            continue
        pair = set(st.art.ctx.pair or ())
        if ev.type == "meeting" and len(pair) == 2 and set(ev.countries) - pair:
            # talks with a third side («… to Turkey for a working visit, during which he will meet President
            # Erdogan»): part of the trip to that side, if the article tells one, never of the pair's visit
            trips = [v for v in (st.event_of(g2) for g2 in st.coming_visits + st.news_visits)
                     if set(v.countries) == set(ev.countries)]
            if len(trips) == 1 and date_fits(ev.when, trips[0].when):
                _join(st, ev, g, trips[0])
            continue
        for visits in ([st.coming_visits, st.news_visits] if announced else [st.news_visits]):
            if not visits:
                continue
            visit = _visit_of(st, ev, visits)
            if _during(ev, g, visit) or _next_day_of_visit_going_on(st, ev, visit):
                _join(st, ev, g, visit)
                break
            if _earlier_in_visit_going_on(st, ev, visit):
                _join(st, ev, g, visit)
                ev.when = _by_publication(visit.when, st.news_default) if interval_of(visit.when)[1] == st.published \
                    else edtf.span(interval_of(visit.when)[0], st.published)
                break


def _visit_of(st: EventState, ev: EventMention, visits: list[list[Candidate]]) -> EventMention:
    """Of the visits an article tells, the one `ev` may belong to: the visit to the country the talks
    were in, when the article tells visits both ways; else the visit of someone `ev` names («the two
    ministers signed …» after «X was received in Rabat, a week after Y's trip to Nouakchott»); else, for
    a signing or a ceremony, the visit of the talks told before it; else the first told. A stop the visitor
    came from («arrivé à Doha, en provenance des Émirats») holds nothing told after the arrival: it comes last."""
    visits = sorted(visits, key=lambda g: all(c.leg == "from" for c in g))
    events = [st.event_of(v) for v in visits]
    if ev.host:
        there = next((v for v in events if v.host == ev.host), None)
        if there is not None:
            return there
    named = next((v for v in events if set(v.people) & set(ev.people)), None)
    if named is not None:
        return named
    if ev.type != "meeting":
        # «À l'issue de la rencontre, les deux ministres ont signé …»: signed after talks the article has
        # placed in a visit, during that visit
        talks = [m for m in st.group_event.values() if m.type == "meeting" and m.part_of and m.start < ev.start]
        if talks:
            parent = max(talks, key=lambda m: m.start).part_of
            return next((v for v in events if v.id == parent), events[0])
    return events[0]


def _during(ev: EventMention, g: list[Candidate], visit: EventMention) -> bool:
    during = any(c.during for c in g)
    inside = (not ev.recalled and ev.when is not None and visit.when is not None and
              edtf.within(interval_of(ev.when), interval_of(visit.when)))
    if ev.type in ("agreement", "ceremony") and not ev.recalled and date_fits(ev.when, visit.when):
        inside = True  # signed or laid while the delegation was there
    return during or inside or _after_arrival(ev, visit) or (
        not ev.recalled and ev.type == "meeting" and bool(visit.host)
        and ev.host in (None, visit.host) and date_fits(ev.when, visit.when))


# A visit an article dates by one day is dated by its arrival: what the visitor did in the host country the
# next day was done during it (three days measured worse: talks of other visits and other rounds joined).
DAYS_AFTER_ARRIVAL = 1


def _after_arrival(ev: EventMention, visit: EventMention) -> bool:
    """Talks, a signing or a ceremony in the visit's host country (or where the article does not say),
    dated the day after the one day the article gives the visit."""
    if ev.recalled or not visit.host or ev.host not in (None, visit.host) or not ev.when or not visit.when \
            or edtf.precision_days(visit.when) != 1:
        return False
    (lo, hi), (arrival, _) = interval_of(ev.when), interval_of(visit.when)
    return lo is not None and hi is not None and arrival is not None \
        and arrival < lo and (hi - arrival).days <= DAYS_AFTER_ARRIVAL


def _next_day_of_visit_going_on(st: EventState, ev: EventMention, visit: EventMention) -> bool:
    """Talks in the visit's host country (or where the article does not say) dated the day after the
    publication day, of a visit the article dates up to that day: it goes on."""
    if ev.recalled or st.published is None or not ev.when or not visit.when or not visit.host \
            or ev.host not in (None, visit.host):
        return False
    (lo, hi), (_, last) = interval_of(ev.when), interval_of(visit.when)
    return last == st.published and lo is not None and hi is not None \
        and st.published < lo and (hi - st.published).days <= DAYS_AFTER_ARRIVAL


def _earlier_in_visit_going_on(st: EventState, ev: EventMention, visit: EventMention) -> bool:
    """«Ранее Путин провел переговоры с Моди», «Earlier, Volodin met Zhao Leji»: talks of the visitor told
    as earlier, with no date of their own, in an article of his visit going on (dated up to the publication
    day or the day before), in its host country or where the article does not say, were held during the
    visit, on its days up to the publication day."""
    if ev.type != "meeting" or not ev.recalled or st.published is None or not visit.when or not visit.host \
            or ev.host not in (None, visit.host) or not set(ev.people) & set(visit.people):
        return False
    (lo, hi), (vlo, last) = interval_of(ev.when or ""), interval_of(visit.when)
    # (a visit the article dates by its arrival the day before, «прибыл накануне», goes on too)
    return lo is None and hi == st.published and vlo is not None and last is not None \
        and 0 <= (st.published - last).days <= DAYS_AFTER_ARRIVAL


def _join(st: EventState, ev: EventMention, g: list[Candidate], visit: EventMention) -> None:
    """`ev` is part of `visit`: it takes the visit's host, city and days, and the delegation heads."""
    art = st.art
    ev.part_of = visit.id
    if not any(c.place is not None for c in g):
        # talks held during a visit with no place of their own were held where the visit went, whatever side
        # a reception word seemed to make host («Папуашвили … қабылдағаны үшін алғысын білдірді»)
        ev.host = visit.host or ev.host
    ev.host = ev.host or visit.host
    # what happened during a visit to a city happened in that city, unless told otherwise
    ev.place = ev.place or _city_of(st, visit, g)
    # an undated part of a visit the article dates («paid a state visit on March 2-3») happened within
    # the visit's days, the most precise date the article supports, and, told as done, not after the
    # article's day (a visit «from 16 to 18 May» in an article of the 17th: on the 16th or 17th)
    if ev.when == st.news_default and visit.when not in (None, st.news_default) \
            and edtf.precision_days(visit.when) is not None:
        ev.when = _by_publication(visit.when, st.news_default)
        if _arrival_told_the_day_before(st, visit):
            # «As reported, X arrived in Belgrade on November 18 for an official visit» (published the 19th):
            # the talks told without a day were held on the arrival day or on the next, up to the article's
            ev.when = edtf.span(interval_of(visit.when)[0], st.published)
    lead = _leader(art, visit.people)
    if ev.type == "ceremony" and lead and not ev.people and not ev.recalled:
        # «A grand welcoming ceremony was held», «he laid a wreath»: a ceremony of the visit that names
        # no one is the guest's
        ev.people.append(lead)
    elif ev.type == "ceremony" and lead and lead not in ev.people and not ev.recalled \
            and any(is_welcome(art.ctx.lang, c.trigger) for c in g) \
            and not set(ev.people) & set(visit.people):
        # «President Thuong will chair an official welcome ceremony for his Kazakh counterpart»: the guest
        # the welcome is for takes part, also where the sentence names only the host
        ev.people.insert(0, lead)
    if ev.type == "meeting" and lead and lead not in ev.people:
        ev.people.insert(0, lead)
    if ev.type == "agreement" and lead and _both_sides(art, g) and lead not in ev.people:
        ev.people.insert(0, lead)
    if ev.type in ("meeting", "agreement") and _both_sides(art, g):
        counterpart = (_concluded_talks_counterpart(st, visit, ev, g)
                       if ev.type == "agreement" else None) or _host_leader(st, visit)
        if counterpart and counterpart not in ev.people:
            ev.people.append(counterpart)


def _arrival_told_the_day_before(st: EventState, visit: EventMention) -> bool:
    """The visit's one day is the day before the article's, told by a sentence of the visit that tells no
    talks (an arrival, not talks that dated the visit)."""
    if st.published is None or edtf.precision_days(visit.when) != 1:
        return False
    day = interval_of(visit.when)[0]
    if day is None or not 0 < (st.published - day).days <= DAYS_AFTER_ARRIVAL:
        return False
    group = next((g for i, g in enumerate(st.groups) if st.group_event.get(i) is visit), [])
    return any(c.time is not None and c.when == visit.when and not st.art.has_meeting[c.sent] for c in group)


def _by_publication(visit_when: str, news_default: str) -> str:
    """The days of a visit up to the publication day; the visit's own days when it ended before them."""
    (lo, hi), (_, last) = interval_of(visit_when), interval_of(news_default)
    if lo is None or hi is None or last is None or hi <= last or lo > last:
        return visit_when
    return edtf.span(lo, last)


def _leader(art: Article, visit_people: list[str]) -> str | None:
    """Head of a delegation: the person with the highest role, else the first listed."""
    ranked = [(LEADING_ROLES.index(art.person[p].role), i, p) for i, p in enumerate(visit_people)
              if art.person[p].role in LEADING_ROLES]
    if ranked:
        return min(ranked)[2]
    return visit_people[0] if visit_people else None


def _city_of(st: EventState, visit: EventMention, group: list[Candidate]) -> PlaceMention | None:
    """Where a part of a visit took place: where the talks it concluded were held («at the end of the
    talks at the Quai d'Orsay … signed»), else the visit's own city."""
    groups, group_event = st.groups, st.group_event
    first = min(c.sent for c in group)
    earlier = [group_event[gi] for gi, g in enumerate(groups)
               if group_event[gi].type == "meeting" and group_event[gi].part_of == visit.id
               and min(c.sent for c in g) < first and group_event[gi].place is not None]
    if earlier and st.event_of(group).type == "agreement":
        return earlier[-1].place
    for ev in reversed(earlier):
        if ev.place is not None and ev.place.kind != "building":
            return ev.place
    return visit.place if visit.place is not None and visit.place.kind != "building" else None


def _both_sides(art: Article, group: list[Candidate]) -> bool:
    rx = cue(art.ctx.lang, "both_sides", "cues")
    return bool(rx and any(rx.search(art.sent_text[c.sent]) for c in group))


def _concluded_talks_counterpart(st: EventState, visit: EventMention, ev: EventMention,
                                 group: list[Candidate]) -> str | None:
    """«At the end of the talks, the two speakers signed …»: the host-side person of the talks of the
    visit told last before the signing (in its sentence or the two before), not the visit's principal."""
    first = min(c.sent for c in group)
    talks = [(min(c.sent for c in g), st.group_event[gi]) for gi, g in enumerate(st.groups)
             if st.group_event[gi].type == "meeting" and st.group_event[gi].part_of == visit.id
             and first - 2 <= min(c.sent for c in g) <= first]
    for _, meeting in sorted(talks, key=lambda t: -t[0]):
        for pid in meeting.people:
            if visit.host and st.art.person_country(pid) == visit.host and pid not in ev.people:
                return pid
    return None


def _host_leader(st: EventState, visit: EventMention) -> str | None:
    """The host side's principal: the first host-side person the visit's own sentences name
    (the one who invited), else the first in the article's meetings."""
    art = st.art
    spans = [Span(visit.start, visit.end), *visit.evidence]
    for sp in spans:
        i = sentence_of(art.ctx, sp.start)
        for pm, pid in art.pmentions[i]:
            if visit.host and art.person_country(pid, pm) == visit.host:
                return pid
    for gi in range(len(st.groups)):
        if st.group_event[gi].type == "meeting":
            for pid in st.group_event[gi].people:
                if visit.host and art.person_country(pid) == visit.host:
                    return pid
    return None


def _during_the_visit_just_recalled(st: EventState, g: list[Candidate], ev: EventMention,
                                    visits: list[tuple[int, list[Candidate]]]) -> None:
    """«His official visit of 28 February – 2 March 2001 was his first … During the visit, the presidents
    signed a joint declaration»: an undated event told «during the visit» right after a dated recalled
    visit, with no news visit named in between, happened during that recalled visit and takes its days."""
    if ev.when != st.news_default or not any(c.during for c in g):
        return
    first = min(c.sent for c in g)
    news = [c.sent for v in st.news_visits for c in v]
    for vgi, vg in visits:
        visit = st.group_event[vgi]
        last = max((c.sent for c in vg if c.sent <= first), default=None)
        lo, hi = interval_of(visit.when) if visit.when else (None, None)
        # the recalled visit has days of its own («from 28 February to 2 March 2001»), not «recently»
        if last is None or first - last > 1 or lo is None or hi is None or visit.when == st.news_default \
                or any(last <= s <= first for s in news):
            continue
        ev.when, ev.recalled, ev.part_of = visit.when, True, visit.id
        ev.host = ev.host or visit.host
        return


def recalled_parts(st: EventState) -> None:
    """«the state visit of 2023, which was crowned by the signing of a declaration»: a recalled
    signing or meeting told in the recalled visit's sentence (or the next) happened during it."""
    groups, group_event = st.groups, st.group_event
    visits = [(gi, g) for gi, g in enumerate(groups) if group_event[gi].type == "visit" and group_event[gi].recalled]
    for gi, g in enumerate(groups):
        ev = group_event[gi]
        if ev.type in ("meeting", "agreement", "ceremony") and not ev.recalled and not ev.part_of:
            _during_the_visit_just_recalled(st, g, ev, visits)
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
