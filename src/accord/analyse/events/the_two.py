"""Event pass «the two»: «the two ministers signed …», «the two leaders will hold talks» names, on each
side, the last person of that office."""

from __future__ import annotations

from accord.analyse.events.article import Article, sentence_of
from accord.analyse.events.state import EventState
from accord.analyse.lexicon import section

# How far back «the two ministers» looks for the people it stands for.
_ANAPHOR_REACH = 6
# The offices each group of `[the_two]` phrases («the two ministers», «главы государств») stands for.
_OFFICES_OF = {
    "ministers": {"foreign_minister", "minister", "deputy_prime_minister"},
    "heads_of_state": {"king", "president", "head_of_state"},
    "heads_of_government": {"head_of_government"},
    "speakers": {"speaker", "deputy_speaker"},
}
# The events whose people «the two …» may name: what they sign replaces the heads a visit lends; talks
# and ceremonies only gain the sides they do not name (a minister present stays).
_NAMED_BY_THE_TWO = ("agreement", "meeting", "ceremony")


def the_two_named(st: EventState) -> None:
    """«The two ministers also signed …», «the two leaders will discuss …», «встреча лидеров»: the event's
    people are the last person of that office named on each side before the phrase (in its sentence or
    the few before), for each side it does not name."""
    art = st.art
    phrases = section(art.ctx.lang, "events", "the_two")
    if not phrases or len(art.ctx.pair) != 2:
        return
    for ev in st.events:
        if ev.type not in _NAMED_BY_THE_TWO or (ev.recalled and ev.type == "agreement"):
            continue
        # the phrase may stand in a further mention of the event («Dans une déclaration conjointe, les dirigeants
        # des deux pays …» told before the sentence that gives its place)
        hits, i = [], -1
        for i in dict.fromkeys([sentence_of(art.ctx, ev.start)] + [sentence_of(art.ctx, sp.start) for sp in ev.evidence]):
            hits = [(m, group) for group, rx in phrases.items() for m in [rx.search(art.sent_text[i])] if m]
            if hits:
                break
        if not hits:
            continue
        hit, group = max(hits, key=lambda h: h[0].end() - h[0].start())   # «présidents de chambre» over «présidents»
        before = art.ctx.sentences[i].start + hit.start()
        offices = _OFFICES_OF.get(group, set())
        # the phrase names who signed: it outweighs the delegation heads a visit lends its signings
        found = {side: _last_named_of(art, side, offices, i, before) for side in art.ctx.pair}
        if all(found.values()) and ev.type == "agreement":
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
