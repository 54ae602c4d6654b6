"""An ingest that stored its articles but died before linking them leaves mentions no event cites;
the next ingest, which finds every article unchanged, links them all the same (on SQLite and
PostgreSQL)."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord import batch
from accord.outputs.export import event_records
from accord.store import open_store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


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
