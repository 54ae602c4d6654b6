"""The analysis as passes, and its trace: `accord analyse FILE --trace` shows under each person and
event the passes that produced or changed it; a trace changes nothing in the analysis."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import accord as accord_package
from accord.analyse.events import EVENT_PASSES
from accord.analyse.passes import Pass, Trace, describe, run
from accord.analyse.people import PEOPLE_PASSES
from accord.analyse.pipeline import DOCUMENT_PASSES, analyse
from accord.model import Document
from accord.outputs.analysis import event_records

FR_RECEPTION = (
    "Le président de la République Kaïs Saïed a reçu, mardi au palais de Carthage, la présidente du "
    "Conseil des ministres italien, Giorgia Meloni, en visite de travail en Tunisie.\n"
    "Les deux parties ont évoqué la coopération économique et la migration.\n"
    "À l'issue des entretiens, les deux ministres ont signé un mémorandum d'entente dans le domaine de l'énergie.\n"
)


def accord(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # the accord this test imports, wherever the subprocess runs
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(accord_package.__file__).parents[1]),
                                                          os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=env)


def test_every_stage_is_a_list_of_named_passes_that_say_what_they_read_and_write() -> None:
    for passes in (DOCUMENT_PASSES, PEOPLE_PASSES, EVENT_PASSES):
        names = [p.name for p in passes]
        assert len(set(names)) == len(names)
        assert all(p.reads and p.writes and p.summary for p in passes)
    assert describe(DOCUMENT_PASSES)[1] == "sentences: reads text, orthography.toml [sentences]; writes sentences"
    document = [p.name for p in DOCUMENT_PASSES]
    # a text in a script the rules do not read is read in theirs first, and put back last
    assert document[0] == "script" and document[-1] == "original_offsets"
    assert document.index("people") < document.index("clustering") < document.index("pair") < document.index("events")


def test_run_records_what_each_pass_added_changed_and_removed() -> None:
    def add(st: dict) -> None:
        """Adds two."""
        st["a"], st["b"] = 1, 2

    def change(st: dict) -> None:
        """Changes one, removes the other."""
        st["a"] = 3
        del st["b"]

    trace = Trace()
    run([Pass("add", add, ("-",), ("a", "b")), Pass("change", change, ("a",), ("a", "b"))], {}, stage="toy",
        trace=trace, snapshot=lambda st: {k: (k, {"value": v}) for k, v in st.items()})
    assert [r.line() for r in trace.records] == [
        "toy/add: added a (value=1)", "toy/add: added b (value=2)",
        "toy/change: changed a (value=3)", "toy/change: removed b"]


def test_a_trace_changes_nothing_in_the_analysis() -> None:
    doc = Document(doc="t.txt", text=FR_RECEPTION, lang="fr", published="2025-01-16")
    trace = Trace()
    assert asdict(analyse(doc, trace=trace)) == asdict(analyse(doc))
    assert trace.records


def test_the_trace_tells_which_pass_set_each_argument_of_an_event() -> None:
    doc = Document(doc="t.txt", text=FR_RECEPTION, lang="fr", published="2025-01-16")
    trace = Trace()
    result = analyse(doc, trace=trace)
    meeting = next(e for e in result.events if e.type == "meeting")
    steps = {(r.step, k) for r in event_records(trace, meeting) for k in r.fields}
    assert ("arguments.date", "when") in steps and ("arguments.host", "host") in steps
    assert ("arguments.participants", "people") in steps and ("part_of", "part_of") in steps


def test_accord_analyse_trace_shows_the_passes_behind_each_person_and_event(tmp_path: Path) -> None:
    article = tmp_path / "fr_tn_it_reception.txt"
    article.write_text(FR_RECEPTION, encoding="utf-8")
    done = accord("analyse", str(article), "--published", "2025-01-16", "--trace", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    person = out[out.index("Kaïs Saïed (president, TN)"):out.index("Giorgia Meloni (")]
    assert "people/titles: added @" in person and "document/clustering: added p1 Kaïs Saïed" in person
    event = out[out.index("e1 meeting"):]
    assert "events/triggers: added c" in event
    assert "events/arguments.host: changed c" in event and "host='TN'" in event
    assert "events/events: formed e1 meeting" in event
    assert not (tmp_path / "accord.db").exists()          # nothing is stored


def test_accord_analyse_json_carries_each_event_trace(tmp_path: Path) -> None:
    article = tmp_path / "fr_tn_it_reception.txt"
    article.write_text(FR_RECEPTION, encoding="utf-8")
    done = accord("analyse", str(article), "--published", "2025-01-16", "--json", "--trace", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["lang"] == "fr" and data["pair"] == ["IT", "TN"]
    signing = next(e for e in data["events"] if e["type"] == "agreement")
    assert {r["step"] for r in signing["trace"]} >= {"triggers", "arguments.date", "events", "part_of"}
    without = accord("analyse", str(article), "--published", "2025-01-16", "--json", cwd=tmp_path)
    assert "trace" not in json.loads(without.stdout)["events"][0]
