"""The relationship page's charts, laid out on the server as plain shapes for an inline SVG
(no script: the page's Content-Security-Policy allows none inline, and none is needed)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from accord import edtf
from accord.model import EVENT_TYPES, Event

WIDTH = 640
BAR_AREA = 150      # height of the bars' area of the contacts chart
LABEL_SPACE = 18
ROW = 16            # height of a topic row
TOPIC_LABELS = 170  # width kept for the topic names
MONTHLY_UP_TO = 3   # years: a shorter relationship is charted by month


@dataclass
class Shape:
    x: float
    y: float
    w: float
    h: float
    css: str           # class: the event type, or the heat level of a topic cell
    title: str         # what a hover shows (the SVG <title>)


@dataclass
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"   # SVG text-anchor


@dataclass
class Chart:
    width: int
    height: int
    shapes: list[Shape] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    empty: bool = True


def first_day(e: Event) -> date | None:
    lo, hi = edtf.lenient_interval(e.when)
    return lo or hi


@dataclass
class Axis:
    """The time axis of a chart: every year (or month, for a relationship shorter than MONTHLY_UP_TO
    years) from the first event to the last, and each event's place on it (None: undated)."""

    bins: list[str]
    monthly: bool
    of_event: list[str | None]

    @classmethod
    def of(cls, events: list[Event]) -> Axis:
        days = [first_day(e) for e in events]
        years = sorted({d.year for d in days if d})
        if not years:
            return cls([], False, [None] * len(events))
        monthly = years[-1] - years[0] < MONTHLY_UP_TO
        if not monthly:
            return cls([f"{y:04d}" for y in range(years[0], years[-1] + 1)], False,
                       [f"{d.year:04d}" if d else None for d in days])
        keys = [f"{d.year:04d}-{d.month:02d}" if d else None for d in days]
        first, last = min(d for d in days if d), max(d for d in days if d)
        out, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return cls(out, True, keys)


def contacts(events: list[Event], time: Axis, type_label: dict[str, str], bin_label: dict[str, str]) -> Chart:
    """Stacked bars: events per year (or month) by type."""
    axis = time.bins
    chart = Chart(WIDTH, BAR_AREA + LABEL_SPACE)
    if not axis:
        return chart
    counts: Counter[tuple[str, str]] = Counter()
    for e, b in zip(events, time.of_event):
        if b is not None:
            counts[(b, e.type)] += 1
    tallest = max(sum(counts[(b, t)] for t in EVENT_TYPES) for b in axis) or 1
    step = WIDTH / len(axis)
    every = max(1, round(len(axis) / 12))   # at most about a dozen axis labels
    for i, b in enumerate(axis):
        top = BAR_AREA
        for t in EVENT_TYPES:
            n = counts[(b, t)]
            if n:
                h = BAR_AREA * n / tallest
                top -= h
                chart.shapes.append(Shape(round(i * step + step * 0.1, 1), round(top, 1), round(step * 0.8, 1),
                                          round(h, 1), t, f"{bin_label.get(b, b)}: {type_label.get(t, t)} {n}"))
        if i % every == 0:
            chart.labels.append(Label(round(i * step + step / 2, 1), BAR_AREA + 13, bin_label.get(b, b)))
    chart.empty = not chart.shapes
    return chart


def topics(events: list[Event], time: Axis, topic_label: dict[str, str], bin_label: dict[str, str]) -> Chart:
    """A heat grid: one row per topic, one column per year (or month), darker for more events."""
    axis = time.bins
    counts: Counter[tuple[str, str]] = Counter()
    for e, b in zip(events, time.of_event):
        if b is not None:
            for t in e.topics:
                counts[(t, b)] += 1
    rows = sorted({t for t, _ in counts}, key=lambda t: -sum(n for (u, _), n in counts.items() if u == t))
    chart = Chart(WIDTH, len(rows) * ROW + LABEL_SPACE)
    if not rows or not axis:
        return chart
    most = max(counts.values())
    step = (WIDTH - TOPIC_LABELS) / len(axis)
    for r, topic in enumerate(rows):
        chart.labels.append(Label(TOPIC_LABELS - 6, r * ROW + ROW * 0.7, topic_label.get(topic, topic), "end"))
        for i, b in enumerate(axis):
            n = counts[(topic, b)]
            if n:
                level = 1 + min(3, int(4 * (n - 1) / most)) if most > 1 else 4
                chart.shapes.append(Shape(round(TOPIC_LABELS + i * step, 1), r * ROW + 1, round(max(step - 1, 1), 1),
                                          ROW - 2, f"heat{level}",
                                          f"{topic_label.get(topic, topic)}, {bin_label.get(b, b)}: {n}"))
    every = max(1, round(len(axis) / 10))
    for i, b in enumerate(axis):
        if i % every == 0:
            chart.labels.append(Label(round(TOPIC_LABELS + i * step + step / 2, 1), len(rows) * ROW + 13,
                                      bin_label.get(b, b)))
    chart.empty = False
    return chart
