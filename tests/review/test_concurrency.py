"""Two analysts correct the same events at once (two processes, each a series of `accord review`
commands): every correction of both is kept and applied, and the store stays consistent."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from accord.store import open_store
from tests.reliability_corpus import ACCORD, ROOT, assert_clean, child_env
from tests.review.test_survival import AR, RU
from tests.review_story import accord_ok, event_with, folder, records

FR = "fr_fayez_recu_astana.txt"


def _series(db: str, analyst: str, commands: list[list[str]]) -> subprocess.Popen:
    """One process running `accord review …` commands one after the other, stopping at the first failure."""
    script = ("import subprocess, sys\n"
              "for args in sys.argv[2:]:\n"
              "    done = subprocess.run([*sys.argv[1].split('\\x1f'), *args.split('\\x1f')], capture_output=True, text=True)\n"
              "    sys.stdout.write(done.stdout); sys.stderr.write(done.stderr)\n"
              "    if done.returncode:\n"
              "        sys.exit(done.returncode)\n")
    argv = ["\x1f".join([*ACCORD, "--db", db]),
            *("\x1f".join(["review", *c, "--by", analyst, "--why", f"{analyst} read the sources"]) for c in commands)]
    return subprocess.Popen([sys.executable, "-c", script, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=child_env())


@pytest.mark.slow
def test_two_analysts_correcting_at_once_lose_nothing(store_url: str, tmp_path: Path) -> None:
    db = store_url
    accord_ok(db, "ingest", "-q", str(folder(tmp_path, "first")))
    visit = event_with(db, AR, "ويقوم الفايز", "visit")["id"]
    talks = event_with(db, RU, "Председатель Сената", "meeting")["id"]
    memo = event_with(db, RU, "По итогам встречи", "agreement")["id"]
    plan = event_with(db, AR, "ويقوم الفايز", "meeting")["id"]
    omar_talks = event_with(db, FR, "Le député Omar", "meeting")["id"]
    amina = [["set", visit, "when", "2025-04-13/2025-04-17"], ["set", talks, "topics", "parliamentary,trade"],
             ["set", memo, "place", "Senate of Kazakhstan"], ["reject", plan], ["merge", talks, omar_talks]]
    karim = [["set", visit, "host", "KZ"], ["set", talks, "when", "2025-04-14"], ["set", memo, "topics", "parliamentary"],
             ["remove-person", memo, "kz-ashimbayev"], ["set", memo, "type", "agreement"]]
    runs = [_series(db, "amina", amina), _series(db, "karim", karim)]
    outputs = [r.communicate(timeout=600) for r in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        assert_clean(err, "accord review")
        assert out.count("kept:") == 5, out
    listed = accord_ok(db, "review", "list").splitlines()
    assert len(listed) == 10 and sum("applies to ev-" in line for line in listed) == 10, listed
    v = event_with(db, AR, "ويقوم الفايز", "visit")
    assert (v["when"], v["host"]) == ("2025-04-13/2025-04-17", "KZ")
    t = event_with(db, RU, "Председатель Сената", "meeting")
    assert (t["when"], t["topics"]) == ("2025-04-14", ["parliamentary", "trade"])
    assert "Le député Omar" in " ".join(m["text"] for m in t["mentions"])
    m = event_with(db, RU, "По итогам встречи", "agreement")
    assert (m["place"]["name"], m["topics"]) == ("Senate of Kazakhstan", ["parliamentary"])
    assert "kz-ashimbayev" not in [p["id"] for p in m["people"]]
    assert plan not in {r["id"] for r in records(db)}
    store = open_store(db)
    try:
        assert store.integrity_problems() == []
    finally:
        store.close()
