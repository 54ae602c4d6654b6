"""A visit named again by its word alone takes the visit it refers back to: «Nazarbayev's official visit to
Kuwait in 1997 was one of the most important events. As the result of that visit the two countries signed a
number of agreements» tells one visit of 1997, and agreements signed then, not a visit and a signing of the
article's own days."""

from __future__ import annotations

from accord.analyse.events.article import Article, Candidate

# How far back (sentences) the visit a bare visit word refers to may be named: the sentence before at most
# («…his previous visit was in October. The current visit is also official. The programme of the visit …»).
ANTECEDENT_SENTENCES = 1


def visit_anaphora(art: Article, cands: list[Candidate]) -> None:
    """In an article that tells no visit of its own days, a visit word that names no one, no destination
    and no date, neither announced nor recalled, whose nearest visit before it (in its sentence or the one
    before) is a recalled, dated one, is that visit: it takes its date and is recalled; so does what its own
    sentence tells without a date of its own (the signing «as the result of that visit»)."""
    visits = [c for c in cands if c.type == "visit"]
    if any(not v.recalled and (v.people or v.host_stated or v.time is not None or v.place is not None)
           for v in visits):
        return  # the article tells a visit of its own days: «the current visit» may well be that one
    for c in visits:
        if c.time is not None or c.announced or c.recalled or c.people or c.host_stated or c.place is not None:
            continue
        before = [v for v in visits if v.sent < c.sent or (v.sent == c.sent and v.trig_end <= c.trig_start)]
        if not before:
            continue
        ante = max(before, key=lambda v: (v.sent, v.trig_start))
        if not ante.recalled or ante.time is None or c.sent - ante.sent > ANTECEDENT_SENTENCES:
            continue
        c.time, c.when, c.recalled = ante.time, ante.when, True
        for o in cands:
            if o.sent == c.sent and o.type in ("agreement", "meeting", "ceremony") and o.time is None \
                    and not o.announced:
                o.time, o.when, o.recalled = ante.time, ante.when, True
