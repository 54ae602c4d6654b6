"""Parquet and JSON Lines corpora → RawItems: columns, types, and errors per row or per file."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from accord.engine.corpus import iter_corpus, iter_parquet
from accord.ingest import IngestError, RawItem, prepare
from tests.paths import DATA

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

CORPUS = DATA / "corpus" / "corpus.jsonl"


def _records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_parquet_corpus_gives_the_same_items_as_its_json_lines(tmp_path: Path) -> None:
    records = _records()
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=3)   # several row groups
    from_parquet = list(iter_corpus(path))
    from_jsonl = list(iter_corpus(CORPUS))
    assert all(isinstance(i, RawItem) for i in from_parquet + from_jsonl)
    assert [(i.doc, i.data, i.lang, i.published, i.title) for i in from_parquet] == \
        [(i.doc, i.data, i.lang, i.published, i.title) for i in from_jsonl]
    assert from_parquet[0].source == f"{path}#1"
    assert prepare(from_parquet[2]).lang == "ar"


def test_parquet_types_dates_bytes_and_paths(tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text("<html><body><article><p>Le président du Sénat a reçu à Paris l'ambassadeur du "
                       "Kazakhstan le 3 mars.</p></article></body></html>", encoding="utf-8")
    table = pa.table({
        "text": [None, "Тараптар сауда мен энергетиканы талқылады.", None],
        "html": [None, None, ("<p>Президент Сената Маулен Ашимбаев принял в Астане посла Франции и обсудил "
                          "межпарламентское сотрудничество.</p>").encode("cp1251")],
        "path": ["article.html", None, None],
        "published": pa.array([datetime(2024, 3, 4), datetime(2024, 3, 5, 14, 30), None], pa.timestamp("s")),
        "lang": ["fr", "kk", "ru"],
    })
    path = tmp_path / "mixed.parquet"
    pq.write_table(table, path)
    first, second, third = iter_parquet(path)
    assert (first.doc, first.kind, first.published) == ("article.html", "html", "2024-03-04")
    assert (second.doc, second.kind, second.published) == ("mixed.parquet#2", "text", "2024-03-05")
    assert third.kind == "html" and isinstance(third.data, bytes) and third.published is None
    assert "Президент Сената" in prepare(third).text      # the cp1251 bytes were decoded by ingest


def test_a_bad_row_fails_alone(tmp_path: Path) -> None:
    table = pa.table({"text": ["The Speaker received the delegation.", None, "Les députés ont voté."],
                      "doc": ["a", "b", "c"],
                      "published": pa.array([date(2023, 12, 31), None, None], pa.date32())})
    path = tmp_path / "rows.parquet"
    pq.write_table(table, path)
    items = list(iter_parquet(path))
    assert [type(i) for i in items] == [RawItem, IngestError, RawItem]
    assert items[0].published == "2023-12-31"
    assert items[1].source == f"{path}#2"
    assert "Parquet row 2" in items[1].reason and "no 'text', 'html' or 'path'" in items[1].reason


def test_unusable_files_give_one_clear_error(tmp_path: Path) -> None:
    no_article = tmp_path / "meta.parquet"
    pq.write_table(pa.table({"doc": ["a"], "lang": ["en"]}), no_article)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet at all")
    other = tmp_path / "corpus.csv"
    other.write_text("text\nhello\n")
    for path, words in [(no_article, "none of the columns text, html, path"),
                        (broken, "not a readable Parquet file"),
                        (tmp_path / "missing.parquet", "no such file"),
                        (other, "not a corpus file")]:
        (error,) = list(iter_corpus(path))
        assert isinstance(error, IngestError) and words in error.reason, (path, error)
