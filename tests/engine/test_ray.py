"""The Ray analyser: the same record as in-process analysis, and failures kept per article."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from accord.batch import ingest_items
from accord.engine.corpus import iter_corpus
from accord.engine.local import analyse_many
from accord.engine.ray_engine import batches
from accord.model import Document, DocumentAnalysis
from accord.outputs.export import event_records, to_jsonl
from accord.store import open_store
from tests.paths import DATA

CORPUS = DATA / "corpus" / "corpus.jsonl"


def _doc(name: str, text: str = "Текст.") -> Document:
    return Document(doc=name, text=text, lang="ru", published="2024-01-01")


def test_batches_keep_order_and_cover_every_document() -> None:
    docs = [_doc(f"d{i}") for i in range(70)]
    parts = batches(docs, workers=2)
    assert [d for part in parts for d in part] == docs
    assert len(parts) >= 8             # enough batches for two workers to share the work
    assert max(len(p) for p in parts) <= 32
    assert batches([], workers=2) == []
    assert batches(docs[:3], workers=4) == [[docs[0]], [docs[1]], [docs[2]]]


@pytest.fixture(scope="module")
def ray_run() -> Iterator:
    pytest.importorskip("ray")
    from accord.engine.ray_engine import ray_analyser

    run = ray_analyser(2)
    try:
        yield run
    finally:
        run.close()
        import ray

        assert not ray.is_initialized()


def _export(url: str, analyser) -> list[str]:  # noqa: ANN001
    store = open_store(url)
    try:
        report = ingest_items(iter_corpus(CORPUS), store, analyser=analyser)
        assert report.failed == 0, report.failures
        assert report.stored == 10
        return list(to_jsonl(event_records(store)))
    finally:
        store.close()


@pytest.mark.ray
def test_ray_ingest_gives_the_same_export_as_in_process(tmp_path, ray_run) -> None:  # noqa: ANN001
    local = _export(f"sqlite:///{tmp_path / 'local.db'}", analyse_many)
    on_ray = _export(f"sqlite:///{tmp_path / 'ray.db'}", ray_run)
    assert len(local) >= 10            # ten articles about diplomacy yield events
    assert on_ray == local


@pytest.mark.ray
def test_ray_keeps_a_failure_with_its_article(ray_run) -> None:  # noqa: ANN001
    from accord.analyse.pipeline import analyse
    from accord.engine.ray_engine import ray_analyser

    def fragile(doc: Document) -> DocumentAnalysis:
        if doc.doc == "raises":
            raise ValueError("bad article")
        if doc.doc == "kills":
            os._exit(3)                # the worker process dies mid-batch
        return analyse(doc)

    run = ray_analyser(2, function=fragile)
    names = ["a", "raises", "b", "c", "kills", "d", "e"]
    text = "Председатель Мажилиса Ерлан Кошанов 10 апреля встретился в Астане с послом Турции."
    results = list(run([_doc(n, text) for n in names]))
    assert len(results) == len(names)
    assert [r.doc for n, r in zip(names, results) if n not in ("raises", "kills")] == ["a", "b", "c", "d", "e"]
    assert isinstance(results[1], ValueError) and "bad article" in str(results[1])
    assert isinstance(results[4], RuntimeError) and "kills" in str(results[4])
    assert all(isinstance(r, DocumentAnalysis) for i, r in enumerate(results) if i not in (1, 4))


@pytest.mark.ray
def test_ray_prepares_pages_as_the_ingesting_process_does(ray_run) -> None:  # noqa: ANN001
    from accord.ingest import RawItem
    from accord.ingest.preparation import preparation

    items = [
        RawItem(source="ray:kk", doc="ray-kk", data=(
            "Қазақстан Президенті Қасым-Жомарт Тоқаев Ақордада Сербия Президенті Александр Вучичті қабылдады. "
            "Келіссөздер барысында тараптар сауда-экономикалық ынтымақтастықты, көлік және логистика салаларындағы "
            "бірлескен жобаларды талқылады.").encode("utf-8"), published="2026-02-27"),
        RawItem(source="ray:binary", doc="ray-binary", data=b"\x00\x01\x02PK\x03\x04" * 50),
        RawItem(source="ray:empty", doc="ray-empty", data=b"   \n  "),
        RawItem(source="ray:fr", doc="ray-fr", data=(
            "<html><body><nav>Accueil | Monde</nav><article><h1>Macron à Samarcande</h1><p>Le président Emmanuel "
            "Macron est arrivé mercredi à Samarcande pour une visite officielle en Ouzbékistan, où il s'est entretenu "
            "avec son homologue Chavkat Mirzioïev de coopération économique et d'énergie.</p></article></body></html>"
        ).encode("utf-8"), kind="html", published="2023-11-01"),
    ]
    outcomes = list(ray_run.prepare(items))
    assert outcomes == [preparation(item) for item in items]
    assert [o[0] for o in outcomes] == ["doc", "error", "error", "doc"]
    assert outcomes[0][1].lang == "kk" and outcomes[3][1].lang == "fr"
    assert "Samarcande" in outcomes[3][1].text and "Accueil" not in outcomes[3][1].text
