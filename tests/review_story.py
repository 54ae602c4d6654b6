"""The review tests' story (tests/data/review/README.md) and the command-line helpers they share."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.reliability_corpus import run_accord

STORY = Path(__file__).resolve().parent / "data" / "review"
PUBLISHED = {
    "ru_ashimbayev_fayez_talks.txt": "2025-04-15", "ar_fayez_astana.txt": "2025-04-15",
    "fr_fayez_recu_astana.txt": "2025-04-16", "en_koshanov_fayez.txt": "2025-04-16",
    "kk_ashimbayev_jordan.txt": "2025-04-15", "ru_ashimbayev_amman.txt": "2025-10-09",
    "en_ashimbayev_amman_petra.txt": "2025-10-08",
}


def batch(tmp: Path, *names: str) -> Path:
    """Articles of the story as a JSON Lines batch carrying their publication dates."""
    path = tmp / f"{'-'.join(Path(n).stem for n in names)}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for name in names:
            text = next(STORY.glob(f"*/{name}")).read_text(encoding="utf-8")
            out.write(json.dumps({"doc": name, "text": text, "published": PUBLISHED[name]}, ensure_ascii=False) + "\n")
    return path


def folder(tmp: Path, sub: str) -> Path:
    return batch(tmp, *sorted(p.name for p in (STORY / sub).glob("*.txt")))


def accord_ok(db: str, *args: str) -> str:
    done = run_accord(db, *args)
    assert done.returncode == 0, f"accord {' '.join(args)}: exit {done.returncode}\n{done.stderr}"
    return done.stdout


def records(db: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in accord_ok(db, "export", "--format", "jsonl").splitlines()]


def event_with(db: str, doc: str, opening: str, type_: str) -> dict[str, Any]:
    """The event (not rejected) with a mention of `doc` whose evidence starts with `opening`."""
    found = [r for r in records(db) if r["type"] == type_ and any(
        m["doc"] == doc and m["text"].startswith(opening) for m in r["mentions"])]
    assert len(found) == 1, f"{type_} of {doc} «{opening}»: {[r['id'] for r in found]}"
    return found[0]


def by_id(db: str, event_id: str) -> dict[str, Any]:
    found = [r for r in records(db) if r["id"] == event_id]
    assert found, f"{event_id} is not in the export"
    return found[0]


def mention_key(db: str, event_id: str, doc: str) -> str:
    """The key ("doc#e2") of the event's mention in `doc`, as `accord why` shows it."""
    explained = json.loads(accord_ok(db, "why", event_id, "--json"))
    keys = [j["mention"] for j in explained if j["mention"].startswith(doc + "#")]
    assert len(keys) == 1, keys
    return keys[0]


def review(db: str, *args: str, by: str = "amina") -> str:
    return accord_ok(db, "review", *args, "--by", by, "--why", f"test: {' '.join(args[:1])}")
