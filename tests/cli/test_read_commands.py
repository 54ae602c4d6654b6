"""The command line as a reader meets it (through `accord` as a subprocess): read commands never
create a store, countries are accepted by code or by name in accord's languages and refused with
the closest names otherwise, and the global options work after the subcommand too."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from accord.country_input import UnknownCountry, country_code, pair_codes
from tests.paths import SAMPLES


def accord(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "accord.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.mark.parametrize("typed, code", [
    ("MA", "MA"), ("kz", "KZ"), ("Morocco", "MA"), ("Maroc", "MA"), ("Марокко", "MA"), ("المغرب", "MA"),
    ("Kazakhstan", "KZ"), ("«Казахстан»", "KZ"), ("Қазақстан", "KZ"), ("كازاخستان", "KZ"),
])
def test_a_country_by_code_or_by_name_in_any_language(typed: str, code: str) -> None:
    assert country_code(typed) == code


def test_an_unknown_country_is_refused_with_the_closest_names() -> None:
    with pytest.raises(UnknownCountry, match="kazakhstan \\(KZ\\)"):
        country_code("Kazakstan")
    with pytest.raises(UnknownCountry):
        country_code("XX")
    assert pair_codes("Morocco,Kazakhstan") == pair_codes("MA-KZ") == "KZ-MA"
    with pytest.raises(UnknownCountry):
        pair_codes("MAKZ")


def test_read_commands_never_create_a_store(tmp_path: Path) -> None:
    for args in (["timeline", "MA", "KZ"], ["events"], ["--db", "sqlite:///missing.db", "events"], ["stats"]):
        done = accord(*args, cwd=tmp_path)
        assert done.returncode == 2 and "no store at" in done.stderr, (args, done.stderr)
    assert list(tmp_path.iterdir()) == []


def test_global_options_after_the_subcommand_and_countries_by_name(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'record.db'}"
    ingest = accord("ingest", "-q", str(SAMPLES / "articles.jsonl"), "--db", db, cwd=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    by_code = accord("timeline", "MA", "KZ", "--db", db, cwd=tmp_path)
    by_name = accord("--db", db, "timeline", "Maroc", "Казахстан", cwd=tmp_path)
    assert by_code.returncode == by_name.returncode == 0
    assert by_code.stdout == by_name.stdout and "events" in by_code.stdout
    events = accord("events", "--pair", "Morocco,Kazakhstan", "--json", "--db", db, cwd=tmp_path)
    assert events.returncode == 0 and events.stdout.strip() and all(set(json.loads(line)["countries"]) == {"KZ", "MA"}
                                          for line in events.stdout.splitlines())
    refused = accord("actors", "--country", "Narnia", "--db", db, cwd=tmp_path)
    assert refused.returncode == 2 and "unknown country 'Narnia'" in refused.stderr


def test_option_errors_and_a_missing_engine_are_said_plainly(tmp_path: Path) -> None:
    bad_limit = accord("events", "--limit", "-1", cwd=tmp_path)
    assert bad_limit.returncode == 2 and "must be 1 or more" in bad_limit.stderr
    import importlib.util

    if importlib.util.find_spec("ray") is None:
        no_ray = accord("ingest", str(SAMPLES / "articles.jsonl"), "--engine", "ray", cwd=tmp_path)
        assert no_ray.returncode == 2 and "pip install" in no_ray.stderr and "Traceback" not in no_ray.stderr


def test_lxml_asserting_on_a_page_is_bad_input_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    # lxml raises AssertionError on some declared encodings met mid-document
    import lxml.html

    from accord.ingest import RawItem, prepare

    def asserting(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("encoding declared twice")

    monkeypatch.setattr(lxml.html, "document_fromstring", asserting)
    html = ("<html><body><svg http-equiv='Content-Type' charset='koi8-r'></svg><p>Президент Казахстана провел "
            "переговоры с президентом Венгрии в Будапеште в понедельник.</p></body></html>")
    from accord.ingest import IngestError

    # named bad input (or the page read by other means), never the parser's AssertionError
    try:
        doc = prepare(RawItem(source="page.html", doc="page.html", data=html.encode("utf-8"), kind="html"))
    except IngestError as exc:
        assert exc.source == "page.html"
    else:
        assert doc.text


def test_a_much_reported_event_names_its_first_sources_and_counts_the_rest() -> None:
    from accord.model import Event, EventSource
    from accord.outputs.timeline import render

    mentions = [EventSource(doc=f"outlet-{i:03d}.txt", local_id="e1", start=0, end=5, text="Talks", lang="en")
                for i in range(150)]
    event = Event(id="ev-1", pair="KZ-MA", type="meeting", when="2025-11-27", countries=["KZ", "MA"], host="MA",
                  mentions=mentions)
    line = next(l for l in render([event], {}).splitlines() if "sources:" in l)
    assert "150 mention(s) in 150 article(s): outlet-000.txt, outlet-001.txt, outlet-002.txt and 147 more" in line


def test_ingest_with_a_pool_links_as_it_goes_and_gives_the_same_record(tmp_path: Path) -> None:
    from datetime import date

    from tests.reliability_corpus import corpus

    articles = tmp_path / "batch.jsonl"
    with articles.open("w", encoding="utf-8") as fh:
        for i in range(12):
            art = corpus.article(i, seed=7, pair=(("KZ", "FR"), ("EG", "RU"))[i % 2], first=date(2024, 1, 1), days=200)
            fh.write(json.dumps({"doc": art.doc, "text": art.text, "published": art.published, "lang": art.lang},
                                ensure_ascii=False) + "\n")
    once, pooled = f"sqlite:///{tmp_path / 'once.db'}", f"sqlite:///{tmp_path / 'pooled.db'}"
    assert accord("ingest", "-q", str(articles), "--db", once, cwd=tmp_path).returncode == 0
    # (linked after every 5 stored articles, twice while the pool analyses the rest)
    done = accord("ingest", "-q", str(articles), "--engine", "pool", "--workers", "2", "--link-every", "5",
                  "--db", pooled, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    exported = [accord("export", "--db", db, cwd=tmp_path).stdout for db in (once, pooled)]
    assert exported[0].count("\n") >= 5 and exported[0] == exported[1]
    refused = accord("ingest", str(articles), "--link-every", "-5", cwd=tmp_path)
    assert refused.returncode == 2 and "must be 0 or more" in refused.stderr
