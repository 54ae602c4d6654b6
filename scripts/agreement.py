"""How far two annotators agree: a second, blind annotation of some articles of a corpus part, scored
against that part's annotation by GOLD.md's rules exactly as `accord eval` scores the analysis.

    .venv/bin/python scripts/agreement.py corpus/real/agreement/A corpus/real/test7

The second annotation becomes the "system" side: one event per `xref` (its reports' mentions,
people, topics; the date, host and place of its first report that gives them), `part_of` from its
`links.json`. The articles' texts must be present in both folders. The same articles, analysed by
accord, are scored beside it, so the two figures compare on the same ground.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from accord.evaluate.gold import load_gold
from accord.evaluate.score import score

FIGURES = ("events", "people", "date_within", "host", "place", "topics", "same_event", "part_of")


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def as_system(folder: Path) -> list[dict]:
    """A folder of annotations written as the events `accord eval` scores."""
    reports: dict[str, list[tuple[str, dict]]] = {}
    for path in sorted(folder.glob("*.gold.json")):
        g = _read(path)
        for e in g["events"]:
            reports.setdefault(e.get("xref") or f"{g['doc']}#{e['id']}", []).append((g["doc"], e))
    links = _read(folder / "links.json") if (folder / "links.json").is_file() else {"part_of": []}
    events, event_of = [], {}
    for xref, told in reports.items():
        first = dict(told[0][1])
        for field in ("when", "host", "place"):
            first[field] = next((e.get(field) for _, e in told if e.get(field)), None)
        for doc, e in told:
            event_of[f"{doc}#{e['id']}"] = xref
        place = first["place"]
        events.append({
            "id": xref, "type": first["type"], "when": first["when"], "countries": first["countries"],
            "host": first["host"],
            "place": {"name": place[0], "names": {}, "aliases": place[1:]} if place else None,
            "people": [{"id": p[0], "name": p[0], "names": {}, "aliases": p[1:]}
                       for _, e in told for p in e.get("people", [])],
            "orgs": [], "topics": sorted({t for _, e in told for t in e.get("topics") or []}), "part_of": None,
            "mentions": [{"doc": doc, "lang": "", "start": 0, "end": 0, "text": ""} for doc, _ in told],
        })
    by_id = {e["id"]: e for e in events}
    for child, parent in links.get("part_of", []):
        if child in event_of and parent in event_of:
            by_id[event_of[child]]["part_of"] = event_of[parent]
    return events


def _row(figures: dict) -> dict[str, float]:
    return {k: round(figures[k].get("f1", figures[k].get("share", 0.0)), 3) for k in FIGURES}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("second", type=Path, help="the second annotation (NAME.gold.json, links.json)")
    ap.add_argument("part", type=Path, help="the corpus part annotated first")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first"
        first.mkdir()
        for path in sorted(args.second.glob("*.gold.json")):
            name = path.name.removesuffix(".gold.json")
            for suffix in (".gold.json", ".txt"):
                shutil.copy(args.part / f"{name}{suffix}", first / f"{name}{suffix}")
        tools = Path(__file__).resolve().parents[2] / "shared" / "tools" / "make_links.py"
        subprocess.run([sys.executable, str(tools), str(first)], check=True, capture_output=True)
        human = score(load_gold(first), as_system(args.second))
        machine = json.loads(subprocess.run(
            [sys.executable, "-c", "from accord.cli import main; main()", "eval", str(first), "--json",
             "--db", f"sqlite:///{tmp}/eval.db"],
            check=True, capture_output=True, text=True).stdout)
    print(json.dumps({"articles": len(list(args.second.glob("*.gold.json"))),
                      "second annotator": _row(human), "accord": _row(machine)}, indent=1))


if __name__ == "__main__":
    main()
