"""Step 2: each candidate's arguments, one pass per concern.

The passes run candidate by candidate, in the order of the text, each on one candidate: a later
candidate sees the dates and sides the earlier ones settled (a reception tells who is of the host
side; a signing takes the date of the talks before it). For each pass: what it reads, what it writes.
"""

from __future__ import annotations

from collections.abc import Callable

from accord.analyse.events.article import Article, Candidate
from accord.analyse.events.dates import date_pass
from accord.analyse.events.hosts import host_pass
from accord.analyse.events.participants import participants_pass
from accord.analyse.events.places import place_pass
from accord.analyse.events.sides import sides_pass
from accord.analyse.lexicon import section
from accord.analyse.passes import Pass, Trace

ArgumentPass = Pass[tuple[Article, Candidate, list[Candidate]]]


def orgs_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """The institutions the candidate's sentence names, as «country:kind»."""
    c.orgs = sorted({f"{o.country or '?'}:{o.kind}" for o in art.orgs[c.sent]})


def anchored_pass(art: Article, c: Candidate, cands: list[Candidate]) -> None:
    """Whether a meeting stands on its own (a date, a person, an institution of a country, both sides
    named by their office): talks that name none of these are a weak mention, lent to the talks beside
    them."""
    c.anchored = bool(c.time is not None or c.people or
                      any(o.country for o in art.orgs[c.sent]) or c.type not in ("meeting",)
                      or _the_two_named(art, c.sent))


def _the_two_named(art: Article, sent: int) -> bool:
    """«the two presidents will hold talks during the visit», «les deux ministres s'entretiendront»: the
    sentence names both sides by their office (`[the_two]`), as a named counterpart would (GOLD.md: a
    meeting needs a counterpart named at least by office); the_two.py later names who they are."""
    return any(rx.search(art.sent_text[sent]) for rx in section(art.ctx.lang, "events", "the_two").values())


def _argument(name: str, fn: Callable[[Article, Candidate, list[Candidate]], None],
              reads: tuple[str, ...], writes: tuple[str, ...]) -> ArgumentPass:
    def run(state: tuple[Article, Candidate, list[Candidate]]) -> None:
        fn(*state)
    run.__doc__ = fn.__doc__
    return Pass(name, run, reads, writes)


ARGUMENT_PASSES: tuple[ArgumentPass, ...] = (
    _argument("date", date_pass,
              ("sentence times", "events.toml [recall] [since] [same_time] [signing] [concluding] [visit_ended]",
               "earlier candidates' dates"),
              ("time", "when", "recalled")),
    _argument("orgs", orgs_pass, ("sentence institutions",), ("orgs",)),
    _argument("sides", sides_pass, ("sentence places and countries", "events.toml [destination]",
                                    "people's countries", "article pair"), ("host", "host_stated", "visitor")),
    _argument("place", place_pass, ("sentence places", "events.toml [destination]", "host"), ("place",)),
    _argument("host", host_pass, ("place", "sentence chambers", "events.toml [ratification] [reception]",
                                  "people's countries"), ("host", "host_stated", "sides of unplaced people")),
    _argument("participants", participants_pass,
              ("sentence people", "events.toml [not_participant] [reporting] [pronoun]", "orthography clause breaks",
               "host", "visitor", "recalled"), ("people",)),
    _argument("anchored", anchored_pass, ("time", "people", "sentence institutions"), ("anchored",)),
)


def fill(art: Article, cands: list[Candidate], trace: Trace | None = None,
         label: Callable[[Candidate], str] | None = None) -> None:
    """Run the argument passes on each candidate, in the order of the text."""
    for c in cands:
        for p in ARGUMENT_PASSES:
            before = dict(c.__dict__) if trace is not None else None
            p.run((art, c, cands))
            if trace is not None and before is not None and label is not None:
                changed = {k: v for k, v in c.__dict__.items() if before.get(k) != v}
                if changed:
                    trace.note("events", f"arguments.{p.name}", label(c), "changed", **_shown(changed))


def _shown(fields: dict) -> dict:
    """Candidate fields as the trace prints them: a time by its EDTF, a place by its name."""
    out = {}
    for k, v in fields.items():
        if k == "time":
            continue        # shown as «when»
        out[k] = getattr(v, "name", v)
    return out
