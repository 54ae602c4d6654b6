"""The figures of `score` as a table for the terminal."""
from __future__ import annotations

from typing import Any

_PRF = ("events", "people", "topics", "same_event", "part_of")
_SHARES = ("date_within", "host", "place")
_ERRORS_SHOWN = 10


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf_row(label: str, c: dict[str, Any]) -> str:
    return (f"{label:<16}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}"
            f"{_num(c['precision']):>11}{_num(c['recall']):>8}{_num(c['f1']):>8}")


def format_report(figures: dict[str, Any]) -> str:
    """Precision/recall/F1 figures with their counts, then the shares, then any input errors."""
    lines = [f"articles: {figures['articles']}", ""]
    lines.append(f"{'':<16}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}")
    for name in _PRF:
        lines.append(_prf_row(name, figures[name]))
        if name == "events":
            for event_type, counts in figures["events_by_type"].items():
                lines.append(_prf_row(f"  {event_type}", counts))
    lines += ["", f"{'':<16}{'hits':>6}{'of':>6}{'share':>11}"]
    for name in _SHARES:
        s = figures[name]
        lines.append(f"{name:<16}{s['hits']:>6}{s['total']:>6}{_num(s['share']):>11}")
    errors = figures.get("errors") or []
    if errors:
        lines += ["", f"system output errors: {len(errors)}"]
        lines += [f"  {e}" for e in errors[:_ERRORS_SHOWN]]
        if len(errors) > _ERRORS_SHOWN:
            lines.append(f"  … and {len(errors) - _ERRORS_SHOWN} more (see --json)")
    return "\n".join(lines)
