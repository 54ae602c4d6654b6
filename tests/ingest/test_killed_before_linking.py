"""An ingest that stored its articles but died before linking them leaves mentions no event cites;
the next ingest, which finds every article unchanged, links them all the same (on SQLite and
PostgreSQL)."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord import batch
from accord.outputs.export import event_records
from accord.store import open_store
from tests.paths import SAMPLES


def test_a_rerun_links_what_an_interrupted_ingest_stored(store_url: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    clean = open_store(f"sqlite:///{tmp_path / 'clean.db'}")
    batch.ingest_paths([str(SAMPLES)], clean)
    want = sorted(e["id"] for e in event_records(clean))
    clean.close()
    assert want

    store = open_store(store_url)
    try:
        with monkeypatch.context() as m:
            m.setattr(batch, "relink", lambda store, pairs: None)  # the process dies before linking
            batch.ingest_paths([str(SAMPLES)], store)
        assert list(event_records(store)) == [] and store.unlinked_pairs()
        report = batch.ingest_paths([str(SAMPLES)], store)
        assert report.stored == 0 and report.unchanged > 0
        assert sorted(e["id"] for e in event_records(store)) == want
        assert store.unlinked_pairs() == []
    finally:
        store.close()


def test_a_new_version_of_an_article_replaces_the_old_one_and_its_events(store_url: str, tmp_path: Path) -> None:
    from accord.ingest import RawItem

    def item(text: str) -> RawItem:
        return RawItem(source="feed:1", doc="kazinform-2025-03-05", data=text.encode("utf-8"), kind="text",
                       published="2025-03-05")

    first = ("Speaker of the Mazhilis Yerlan Koshanov held talks in Budapest on Monday with the Speaker of the "
             "National Assembly of Hungary László Kövér.")
    second = ("Kazakh Foreign Minister Murat Nurtleu held talks in Paris on Tuesday with French Foreign Minister "
              "Jean-Noël Barrot.")
    clean = open_store(f"sqlite:///{tmp_path / 'clean.db'}")
    batch.ingest_items([item(second)], clean)
    want = sorted((e["id"], e["type"], tuple(e["countries"])) for e in event_records(clean))
    clean.close()

    store = open_store(store_url)
    try:
        assert batch.ingest_items([item(first)], store).stored == 1
        assert {tuple(e["countries"]) for e in event_records(store)} == {("HU", "KZ")}
        report = batch.ingest_items([item(second)], store)
        assert (report.stored, report.updated, report.unchanged) == (0, 1, 0)
        assert "1 updated" in report.summary()
        # the Hungarian talks are gone with the text that told them; nothing cites a missing mention
        assert sorted((e["id"], e["type"], tuple(e["countries"])) for e in event_records(store)) == want
        assert store.unlinked_pairs() == [] and store.document_pairs("kazinform-2025-03-05") == {"FR-KZ"}
    finally:
        store.close()
