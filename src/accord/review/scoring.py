"""`accord eval --corrections`: the corrected record scored beside the machine's, and how many
corrections each figure took."""
from __future__ import annotations

from collections import Counter
from typing import Any

from accord.review.corrections import Correction

# Which figure each kind of correction bears on (a set, by its field).
_BEARS_ON = {"when": "date_within", "host": "host", "place": "place", "topics": "topics", "type": "events",
             "add_person": "people", "remove_person": "people", "reject": "events", "merge": "same_event",
             "split": "same_event", "part_of": "part_of", "merge_actors": "people", "confirm_actor": "people",
             "carried_out": "commitments"}
FIGURES = ("events", "people", "date_within", "host", "place", "topics", "same_event", "part_of")


def headline(figures: dict[str, Any], name: str) -> float | None:
    """A figure's one number: F1 for counted figures, the share for the others."""
    value = figures[name]
    return value["f1"] if "f1" in value else value["share"]


def correction_summary(machine: dict[str, Any], corrected: dict[str, Any], corrections: list[Correction],
                       not_applied: int) -> dict[str, Any]:
    per_figure = Counter(_BEARS_ON.get(c.field if c.kind == "set" else c.kind, "other") for c in corrections)
    return {
        "count": len(corrections), "not_applied": not_applied,
        "by_kind": dict(sorted(Counter(c.kind for c in corrections).items())),
        "figures": {name: {"machine": headline(machine, name), "corrected": headline(corrected, name),
                           "corrections": per_figure.get(name, 0)} for name in FIGURES},
    }


def format_summary(summary: dict[str, Any]) -> str:
    kinds = ", ".join(f"{k} {n}" for k, n in summary["by_kind"].items())
    lines = [f"corrections: {summary['count']} ({kinds or 'none'}), {summary['not_applied']} not applied", "",
             f"{'':<16}{'machine':>9}{'corrected':>11}{'corrections':>13}"]
    for name, row in summary["figures"].items():
        cells = ["n/a" if v is None else f"{v:.3f}" for v in (row["machine"], row["corrected"])]
        lines.append(f"{name:<16}{cells[0]:>9}{cells[1]:>11}{row['corrections']:>13}")
    return "\n".join(lines)
