"""Linking a neighbourhood at a time gives what linking everything at once gives: whatever the order
and the batches the articles arrive in, when an article changes, and when a run is killed while it
links (on SQLite and PostgreSQL).

The articles are those of the benchmark corpus in four country pairs over two months, so most of
them report events another article also reports: neighbourhoods overlap and grow across batches.
"""
from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from accord import batch
from accord.ingest import RawItem
from accord.outputs.export import event_records
from accord.store import open_store
from tests.reliability_corpus import (
    canonical,
    corpus,
    export_records,
    first_difference,
    record,
    run_accord,
    start_accord,
    summary,
    write_jsonl,
)

PAIRS = (("KZ", "FR"), ("FR", "KZ"), ("EG", "RU"), ("TR", "DE"), ("UZ", "SA"))


def _articles(count: int, seed: int = 5) -> list[Any]:
    """Dense articles: five hosts-and-guests of four pairs, all dated within 60 days of 2025-03-01."""
    from datetime import date

    arts = [corpus.article(i, seed=seed, pair=PAIRS[i % len(PAIRS)], first=date(2025, 3, 1), days=60)
            for i in range(count)]
    for art in arts:
        art.doc = "dense-" + art.doc
    return arts


def _item(art: Any, text: str | None = None) -> RawItem:
    return RawItem(source=f"dense:{art.doc}", doc=art.doc, data=(text or art.text).encode("utf-8"), kind="text",
                   published=art.published, lang=art.lang, title=art.title)


def _export(store: Any) -> list[str]:
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in event_records(store))


def _linked_all_at_once(tmp_path: Path, items: list[RawItem]) -> list[str]:
    store = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    try:
        batch.ingest_items(items, store)
        return _export(store)
    finally:
        store.close()


@pytest.mark.slow
def test_batches_in_any_order_link_as_one_batch(store_url: str, tmp_path: Path) -> None:
    arts = _articles(120)
    want = _linked_all_at_once(tmp_path, [_item(a) for a in arts])
    assert len(want) > 100
    # several articles tell each event: the test compares neighbourhoods that really overlap
    assert any(len({m["doc"] for m in json.loads(e)["mentions"]}) >= 3 for e in want)
    orders = {"reversed": arts[::-1], "shuffled": random.Random(3).sample(arts, len(arts))}
    for name, order in orders.items():
        url = store_url if name == "shuffled" else f"sqlite:///{tmp_path / (name + '.db')}"
        store = open_store(url)
        try:
            for start in range(0, len(order), 25):
                batch.ingest_items([_item(a) for a in order[start:start + 25]], store)
            got = _export(store)
            assert store.unlinked_pairs() == []
        finally:
            store.close()
        assert got == want, f"{name}: {len(got)} events vs {len(want)}"


def test_changed_articles_relink_their_neighbourhood_as_if_first_told_so(store_url: str, tmp_path: Path) -> None:
    arts = _articles(45)
    changed = {a.doc: _changed(a) for a in arts[::9]}
    want = _linked_all_at_once(tmp_path, [_item(a, changed.get(a.doc)) for a in arts])
    store = open_store(store_url)
    try:
        batch.ingest_items([_item(a) for a in arts], store)
        report = batch.ingest_items([_item(a, changed[a.doc]) for a in arts if a.doc in changed], store)
        assert (report.stored, report.updated) == (0, len(changed))
        assert _export(store) == want
        assert store.unlinked_pairs() == []
    finally:
        store.close()


def _changed(art: Any) -> str:
    """The article's new version: its first paragraph (the lead with the meeting) is gone."""
    return "\n".join(art.text.split("\n")[1:])


@pytest.mark.slow
def test_sigkill_while_linking_then_rerun(store_url: str, tmp_path: Path) -> None:
    # many pairs, each linked in its own transaction: the kill lands between two of them
    arts = _articles(100, seed=9) + [corpus.article(i, seed=9) for i in range(250)]
    jsonl = write_jsonl(tmp_path / "mixed.jsonl", [record(a) for a in arts])
    clean = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_accord(clean, "ingest", "-q", str(jsonl)).returncode == 0
    want = canonical(export_records(clean))

    _kill_once_linking_started(store_url, jsonl, len(arts), tmp_path / "killed.log")
    watch = open_store(store_url)
    try:
        waiting = watch.unlinked_pairs()
    finally:
        watch.close()
    assert waiting, "the kill landed after linking ended: nothing was left to finish"

    done = run_accord(store_url, "ingest", "-q", str(jsonl), timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert summary(done.stdout) == {"stored": 0, "updated": 0, "duplicate": 0, "unchanged": len(arts), "failed": 0}
    got = canonical(export_records(store_url))
    assert got == want, first_difference(got, want)
    watch = open_store(store_url)
    try:
        assert watch.unlinked_pairs() == []
    finally:
        watch.close()


def _kill_once_linking_started(url: str, jsonl: Path, articles: int, log: Path) -> None:
    """SIGKILL `accord ingest` as soon as every article is stored and a first pair is linked."""
    with log.open("w") as err:
        proc = start_accord(url, "ingest", "-q", str(jsonl), stdout=err, stderr=err)
        watch = None
        try:
            deadline = time.monotonic() + 600
            while time.monotonic() < deadline and proc.poll() is None:
                watch = watch or _open_when_ready(url)
                if watch is not None and _linking_started(watch, articles):
                    break
                time.sleep(0.02)
            assert proc.poll() is None, f"accord ingest ended before the kill:\n{log.read_text()[-3000:]}"
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=60) == -signal.SIGKILL
        finally:
            if watch is not None:
                watch.close()
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def _open_when_ready(url: str) -> Any:
    try:
        return open_store(url)
    except Exception:  # noqa: BLE001 — the ingest is still creating the store
        return None


def _linking_started(store: Any, articles: int) -> bool:
    count = store._scalar  # noqa: SLF001 — plain counts over the store's own connection
    return bool(count("SELECT count(*) FROM documents") == articles and count("SELECT count(*) FROM events") > 0)


_GEBRIL_FR = ("Le député égyptien Ayman Gebril a été reçu mardi 11 mars 2025 à Paris par le président de "
              "l'Assemblée nationale française. Les deux responsables ont évoqué la coopération parlementaire "
              "entre l'Égypte et la France.\n"
              "Ayman Gebril a invité son hôte à se rendre au Caire.")
_GEBRIL_AR = ("استقبل رئيس الجمعية الوطنية الفرنسية في باريس أمس الثلاثاء 17 يونيو 2025 النائب المصري أيمن جبريل، "
              "وبحث الجانبان التعاون البرلماني بين مصر وفرنسا.\n"
              "وأكد أيمن جبريل حرص مصر على تطوير العلاقات مع فرنسا.")


def _gebril_items() -> list[RawItem]:
    return [RawItem(source="fr:gebril", doc="fr-gebril-mars", data=_GEBRIL_FR.encode("utf-8"), kind="text",
                    published="2025-03-12", lang="fr", title="Ayman Gebril à Paris"),
            RawItem(source="ar:gebril", doc="ar-gebril-juin", data=_GEBRIL_AR.encode("utf-8"), kind="text",
                    published="2025-06-18", lang="ar", title="أيمن جبريل في باريس")]


def test_one_person_in_two_scripts_is_one_id_across_the_pair_whichever_article_came_first(
        store_url: str, tmp_path: Path) -> None:
    # March in French, June in Arabic: three months apart, the two visits never reach each other, and
    # the two spellings give two provisional actors; the pair's events name one person all the same
    items = _gebril_items()
    want = _linked_all_at_once(tmp_path, items)
    for name, order in {"french first": items, "arabic first": items[::-1]}.items():
        url = store_url if name == "french first" else f"sqlite:///{tmp_path / 'arabic-first.db'}"
        store = open_store(url)
        try:
            for item in order:
                batch.ingest_items([item], store)
            got = _export(store)
        finally:
            store.close()
        assert got == want, name
    people = {p["id"] for e in map(json.loads, want) if e["type"] in ("visit", "meeting") for p in e["people"]}
    assert len(people) == 1
    assert sum(json.loads(e)["type"] == "visit" for e in want) == 2


GOLD_SETS = [Path(__file__).parents[1] / name for name in ("gold", "gold_holdout", "gold_holdout2")]


@pytest.mark.slow
@pytest.mark.parametrize("gold", GOLD_SETS, ids=lambda p: p.name)
def test_gold_articles_one_per_batch_in_either_order_link_as_one_batch(gold: Path, tmp_path: Path) -> None:
    # the guaranteed case: each article's neighbourhood holds every event its mentions can join or
    # take from, so forward, reverse and all-at-once give the same events
    paths = sorted(p for p in gold.iterdir() if p.is_file() and p.suffix in (".txt", ".html")
                   and not p.name.endswith(".gold.json"))

    def linked(order: list[Path], per_batch: bool, name: str) -> list[str]:
        store = open_store(f"sqlite:///{tmp_path / name}.db")
        try:
            for chunk in ([[p] for p in order] if per_batch else [order]):
                batch.ingest_paths([str(p) for p in chunk], store)
            return _export(store)
        finally:
            store.close()

    want = linked(paths, False, "once")
    assert want
    assert linked(paths, True, "forward") == want
    assert linked(paths[::-1], True, "reverse") == want
