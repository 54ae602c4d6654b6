"""What the event passes of one article work on: its candidates, then the events they make."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from accord.analyse.events.article import Article, Candidate, Context, news_date
from accord.analyse.passes import Snapshot, Trace
from accord.model import EventMention


@dataclass
class EventState:
    """The article as the event rules see it; the candidates found so far; the groups of candidates
    that tell one event each, and the event of each group (`group_event[i]` is `groups[i]`'s); the
    groups of the visits the article reports as news and of those it announces."""

    art: Article
    trace: Trace | None = None
    cands: list[Candidate] = field(default_factory=list)
    groups: list[list[Candidate]] = field(default_factory=list)
    group_event: dict[int, EventMention] = field(default_factory=dict)
    events: list[EventMention] = field(default_factory=list)
    news_visits: list[list[Candidate]] = field(default_factory=list)
    coming_visits: list[list[Candidate]] = field(default_factory=list)
    _labels: dict[int, str] = field(default_factory=dict, repr=False)

    @property
    def ctx(self) -> Context:
        return self.art.ctx

    @property
    def published(self) -> date | None:
        return self.art.ctx.published

    @property
    def news_default(self) -> str | None:
        """The date of what the article tells as news without a date (GOLD.md's undated-news window)."""
        return news_date(self.art.ctx.published)

    def event_of(self, group: list[Candidate]) -> EventMention:
        return self.group_event[self.groups.index(group)]

    def label(self, c: Candidate) -> str:
        """A candidate's name in the trace: «c3 meeting «talks» (sentence 4)»."""
        if id(c) not in self._labels:
            if self.trace is not None:
                self.trace.keep(c)
            self._labels[id(c)] = f"c{len(self._labels) + 1} {c.type} «{c.trigger}» (sentence {c.sent + 1})"
        return self._labels[id(c)]

    def snapshot(self) -> Snapshot:
        """Every candidate and event with the fields the trace follows."""
        out: Snapshot = {}
        for c in self.cands:
            out[("c", id(c))] = (self.label(c), {
                "when": c.when, "recalled": c.recalled, "announced": c.announced, "host": c.host,
                "visitor": c.visitor, "place": c.place.name if c.place else None, "people": list(c.people),
                "topics": list(c.topics), "extra_sents": list(c.extra_sents)})
        for ev in self.events:
            if self.trace is not None:
                self.trace.keep(ev)
            out[("e", id(ev))] = (f"{ev.id} {ev.type}", {
                "when": ev.when, "recalled": ev.recalled, "countries": list(ev.countries), "host": ev.host,
                "place": ev.place.name if ev.place else None, "people": list(ev.people),
                "topics": list(ev.topics), "part_of": ev.part_of})
        return out
