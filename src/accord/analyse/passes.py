"""Passes: the analysis of one article as an ordered list of small named steps.

A pass is a function of a state (the article as far as the passes before it read it) that adds or
changes part of that state. Each declares what it reads (the cue tables of the language pack, the
fields the passes before it filled) and what it writes, so that the list that orders them says
which rule runs when and on what. `run` applies a list of passes in order; given a `Trace`, it
records after each pass which mentions the pass added, changed or removed: `accord analyse FILE
--trace` prints that, the tool for finding the rule behind a wrong result.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

S = TypeVar("S")


@dataclass(frozen=True)
class Pass(Generic[S]):
    """One step of a stage: `run(state)` reads `reads` and adds or changes `writes`."""

    name: str
    run: Callable[[S], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    @property
    def summary(self) -> str:
        """The first line of the pass's docstring: what it does, in a sentence."""
        return (self.run.__doc__ or "").strip().splitlines()[0] if self.run.__doc__ else ""


# What a stage shows the trace of its state: each mention, by a key that stays the same while the
# mention lives, as (label, its fields).
Snapshot = dict[Hashable, tuple[str, dict[str, Any]]]


@dataclass
class Record:
    """One mention added, changed or removed by one pass."""

    stage: str
    step: str
    subject: str          # the mention's label, e.g. «c3 meeting «talks» (sentence 4)» or «p2»
    action: str           # added | changed | removed | formed
    fields: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        shown = ", ".join(f"{k}={_show(v)}" for k, v in self.fields.items())
        return f"{self.stage}/{self.step}: {self.action} {self.subject}" + (f" ({shown})" if shown else "")


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)


@dataclass
class Trace:
    """What each pass of an analysis added or changed, in the order the passes ran."""

    records: list[Record] = field(default_factory=list)
    _before: dict[str, Snapshot] = field(default_factory=dict, repr=False)
    _kept: list[object] = field(default_factory=list, repr=False)
    _detailed: set[tuple[str, str, str]] = field(default_factory=set, repr=False)

    def keep(self, obj: object) -> None:
        """Hold `obj` for the whole analysis: a key made of its id must not be reused by another."""
        self._kept.append(obj)

    def observe(self, stage: str, step: str, now: Snapshot) -> None:
        """Compare a stage's state after `step` with its state before, and record the differences."""
        before = self._before.get(stage, {})
        for key, (label, fields) in now.items():
            old = before.get(key)
            if old is None:
                self.records.append(Record(stage, step, label, "added", {k: v for k, v in fields.items()
                                                                          if v not in (None, [], (), "", False)}))
            else:
                changed = {k: v for k, v in fields.items() if old[1].get(k) != v}
                if changed and (stage, step, label) not in self._detailed:   # told by its sub-steps
                    self.records.append(Record(stage, step, label, "changed", changed))
        for key, (label, _) in before.items():
            if key not in now:
                self.records.append(Record(stage, step, label, "removed"))
        self._before[stage] = now

    def note(self, stage: str, step: str, subject: str, action: str, **fields: Any) -> None:
        """A record a stage writes itself («e2 formed from c1, c4»); a step «arguments.date» is a
        sub-step of the pass «arguments», whose own record of the same change it replaces."""
        self.records.append(Record(stage, step, subject, action, dict(fields)))
        if "." in step:
            self._detailed.add((stage, step.split(".", 1)[0], subject))

    def about(self, subjects: Iterable[str]) -> list[Record]:
        """The records of these subjects (labels, or their first word: «e2», «c3»), in order."""
        wanted = set(subjects)
        return [r for r in self.records if r.subject in wanted or r.subject.split(" ", 1)[0] in wanted]


def run(passes: Iterable[Pass[S]], state: S, *, stage: str, trace: Trace | None = None,
        snapshot: Callable[[S], Snapshot] | None = None) -> S:
    """Apply `passes` to `state` in order; with a trace, record what each changed."""
    if trace is not None and snapshot is not None:
        trace.observe(stage, "(start)", snapshot(state))
    for p in passes:
        p.run(state)
        if trace is not None and snapshot is not None:
            trace.observe(stage, p.name, snapshot(state))
    return state


def describe(passes: Iterable[Pass[Any]]) -> list[str]:
    """One line per pass: its name, what it reads and what it writes."""
    return [f"{p.name}: reads {', '.join(p.reads) or '-'}; writes {', '.join(p.writes)}" for p in passes]
