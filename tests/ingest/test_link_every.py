"""Linking every few articles while the next ones are analysed gives the events of linking once at the
end: linking does not depend on the order the articles arrive in (on SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from accord import batch
from accord.ingest import RawItem
from accord.outputs.export import event_records
from accord.store import open_store
from tests.reliability_corpus import corpus


def _items(count: int) -> list[RawItem]:
    pairs = (("KZ", "FR"), ("EG", "RU"))
    out = []
    for i in range(count):
        art = corpus.article(i, seed=5, pair=pairs[i % len(pairs)], first=date(2024, 1, 1), days=365)
        out.append(RawItem(source=f"every:{art.doc}", doc=f"every-{art.doc}", data=art.text.encode("utf-8"),
                           kind="text", published=art.published, lang=art.lang, title=art.title))
    return out


def test_linking_every_few_articles_gives_the_events_of_linking_at_the_end(store_url: str, tmp_path: Path) -> None:
    items = _items(90)
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    batch.ingest_items(items, once)
    want = list(event_records(once))
    once.close()
    assert want

    store = open_store(store_url)
    try:
        reports: list[Any] = []
        report = batch.ingest_items(items, store, link_every=20, linked=reports.append)
        # (linked after each 20 articles and once more for the last 10)
        assert len(reports) == 5 and report.stored == 90
        assert list(event_records(store)) == want
        assert store.unlinked_pairs() == []
    finally:
        store.close()
