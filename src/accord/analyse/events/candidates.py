"""The candidate passes as steps of the event stage: each takes the stage's state and adds or
changes its candidates (the rules themselves live in the modules named after them)."""

from __future__ import annotations

from accord.analyse.lexicon import cue

from accord.analyse.events.legs import find_legs, next_stop_countries
from accord.analyse.events.anaphora import visit_anaphora
from accord.analyse.events.arguments import fill
from accord.analyse.events.coreference import cluster
from accord.analyse.events.plural import split_meetings_told_in_turn, split_plural_meetings
from accord.analyse.events.segments import (
    delegation_members,
    fold_headings,
    lend_weak_mentions,
    refer_back,
    segments,
)
from accord.analyse.events.state import EventState
from accord.analyse.events.topics import event_topics
from accord.analyse.events.triggers import find_candidates, visit_known_by_its_frame


def triggers(st: EventState) -> None:
    """The trigger words of each sentence (`[triggers]` of events.toml) become candidates."""
    st.cands = find_candidates(st.art)


def asides(st: EventState) -> None:
    """«his first tour abroad since the murder of the journalist X in the consulat in Istanbul», «his
    second trip since his meeting with Y in Geneva» (`[aside]` cues): a phrase after a visit's word that
    tells another event ends what the sentence tells of the visit; its people and places are not the
    visit's."""
    rx = cue(st.art.ctx.lang, "aside", "cues")
    if rx is None:
        return
    for c in st.cands:
        if c.type != "visit":
            continue
        s0 = st.art.ctx.sentences[c.sent].start
        m = rx.search(st.art.sent_text[c.sent], c.trig_end - s0)
        if m is None:
            continue
        lo, hi = c.bounds or (s0, s0 + len(st.art.sent_text[c.sent]))
        if lo <= s0 + m.start() < hi:
            c.bounds = (lo, s0 + m.start())


def next_stops(st: EventState) -> None:
    """«a également rencontré le président Tokaïev, avant de se rendre, mardi, en Ouzbékistan», «before heading
    on Tuesday to Uzbekistan» (`[legs] then` cues): the clause that sends the traveller on tells the next stop of
    the tour. What the sentence tells before it ends there (the day after it is the next stop's); a visit word in
    it, or the cue itself, is that stop: a leg to the country named right after it."""
    rx = cue(st.art.ctx.lang, "legs", "then")
    if rx is None:
        return
    art = st.art
    for i, text in enumerate(art.sent_text):
        s0 = art.ctx.sentences[i].start
        for m in rx.finditer(text):
            cut, cue_end = s0 + m.start(), s0 + m.end()
            ahead_of = next_stop_countries(art, i, cue_end)
            for c in st.cands:
                if c.sent != i:
                    continue
                lo, hi = c.bounds or (s0, s0 + len(text))
                if c.trig_start < cut and lo <= cut < hi:
                    c.bounds = (lo, cut)
                elif c.type == "visit" and cut <= c.trig_start < cue_end and ahead_of and not c.leg:
                    c.leg, c.leg_country, c.announced = "to", ahead_of[0], True
                    c.bounds = (cut, hi)


def arguments(st: EventState) -> None:
    """Each candidate's date, sides, place, host and participants (the argument passes)."""
    fill(st.art, st.cands, st.trace, st.label)


def visit_by_its_frame(st: EventState) -> None:
    """An article that tells its visit only by «during the visit …» reports that visit."""
    framed = visit_known_by_its_frame(st.art, st.cands)
    if framed:
        fill(st.art, framed, st.trace, st.label)
        st.cands = sorted(st.cands + framed, key=lambda c: (c.sent, c.trig_start))


def tour_legs(st: EventState) -> None:
    """«Flew in from Turkmenistan», «will depart for Uzbekistan»: the other stops of a tour are visits."""
    legs = find_legs(st.art, st.cands)
    if legs:
        fill(st.art, legs, st.trace, st.label)
        st.cands = sorted(st.cands + legs, key=lambda c: (c.sent, c.trig_start))


def plural_meetings(st: EventState) -> None:
    """«Meetings with A, B and C»: one meeting per counterpart."""
    st.cands = split_plural_meetings(st.art, st.cands)


def meetings_in_turn(st: EventState) -> None:
    """«met A, then had lunch with B»: one meeting per meeting word that names its own counterpart."""
    st.cands = split_meetings_told_in_turn(st.art, st.cands)


def segment(st: EventState) -> None:
    """The sentences after each candidate that go on telling it, up to the next one told."""
    segments(st.art, st.cands)


def anaphoric_visits(st: EventState) -> None:
    """«As the result of that visit …»: a bare visit word takes the recalled visit named just before it."""
    visit_anaphora(st.art, st.cands)


def referring_back(st: EventState) -> None:
    """«During this meeting …» lends its sentence, people and date to the meeting before."""
    refer_back(st.art, st.cands)


def delegations(st: EventState) -> None:
    """A delegation list gives the visit its members."""
    delegation_members(st.art, st.cands)


def headings(st: EventState) -> None:
    """A (sub)heading is evidence of the event the next sentences tell, not another."""
    st.cands = fold_headings(st.art, st.cands)


def weak_mentions(st: EventState) -> None:
    """«The agenda of the talks included:» tells more of the talks beside it."""
    lend_weak_mentions(st.art, st.cands)


def topics(st: EventState) -> None:
    """What each candidate is about (topics.toml)."""
    told = {c.sent for c in st.cands}
    for c in st.cands:
        c.topics = event_topics(st.art, c, told)


def coreference(st: EventState) -> None:
    """Candidates telling one event are grouped; weak meeting mentions join a neighbour's group."""
    # weak meeting mentions («the agenda of the talks included:») join a neighbour; talks recalled
    # from another day («met in Astana in May 2023», a photo caption) are no neighbour of today's talks
    strong = [c for c in st.cands if c.type != "meeting" or c.anchored]
    weak = [c for c in st.cands if c.type == "meeting" and not c.anchored]
    meetings = [c for c in strong if c.type == "meeting" and not c.recalled]
    for w in weak:
        if not meetings:
            strong.append(w)
    st.groups = cluster(st.art, sorted(strong, key=lambda c: (c.sent, c.trig_start)))
