"""A pool prepares the pages (decoding, cleaning, language) in its workers as well as analysing them: the
batch records the same failures, the same pages that are not news, and stores the same events as preparing
them in the ingesting process; bad input among them is reported for that input alone."""
from __future__ import annotations

from pathlib import Path

from accord import batch
from accord.engine.local import pool_analyser
from accord.ingest import IngestError, RawItem
from accord.outputs.export import event_records
from accord.store import open_store

NEWS = {
    "ru": ("Президент Казахстана Касым-Жомарт Токаев 12 марта 2024 года провёл в Акорде переговоры с "
           "президентом Франции Эммануэлем Макроном. Стороны обсудили торгово-экономическое сотрудничество, "
           "энергетику и образование. По итогам переговоров подписано соглашение о сотрудничестве в области "
           "образования."),
    "fr": ("Le président égyptien Abdel Fattah al-Sissi a reçu mardi 5 mars 2024 au Caire le ministre russe des "
           "Affaires étrangères Sergueï Lavrov. Les deux responsables ont évoqué la coopération économique, "
           "l'énergie nucléaire et la situation régionale, a indiqué la présidence égyptienne dans un communiqué."),
    "ar": ("استقبل الرئيس عبد الفتاح السيسي، اليوم الثلاثاء 5 مارس 2024، وزير الخارجية الروسي سيرغي لافروف في "
           "القاهرة، وبحث الجانبان سبل تعزيز التعاون الاقتصادي بين البلدين والتعاون في مجال الطاقة النووية، "
           "وفق بيان للرئاسة المصرية."),
}


def _items() -> list[RawItem | IngestError]:
    good = [RawItem(source=f"pool:{lang}", doc=f"pool-{lang}", data=text.encode("utf-8"), kind="text",
                    published="2024-03-12" if lang == "ru" else "2024-03-05")
            for lang, text in NEWS.items()]
    return [
        good[0],
        RawItem(source="pool:binary", doc="pool-binary", data=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
        RawItem(source="pool:empty", doc="pool-empty", data=b""),
        good[1],
        RawItem(source="pool:cp1251", doc="pool-cp1251", data=NEWS["ru"].encode("cp1251")),
        IngestError("pool:unreadable", "permission denied"),
        RawItem(source="pool:readme", doc="pool-readme",
                data=b"# Install\n\npip install foo\n\n```\nfoo --help\n```\n"),
        good[2],
    ]


def _ingest(tmp_path: Path, name: str, analyser=None) -> tuple[batch.BatchReport, list]:
    store = open_store(f"sqlite:///{tmp_path / name}")
    try:
        report = batch.ingest_items(_items(), store, analyser=analyser, link_every=3)
        return report, list(event_records(store))
    finally:
        store.close()


def test_a_pool_prepares_the_pages_and_reports_bad_input_as_the_ingesting_process_does(tmp_path: Path) -> None:
    here, events_here = _ingest(tmp_path, "here.db")
    analyser = pool_analyser(2)
    try:
        assert callable(getattr(analyser, "prepare", None))
        pooled, events_pooled = _ingest(tmp_path, "pool.db", analyser)
    finally:
        analyser.pool.shutdown()  # type: ignore[attr-defined]
    # four articles stored (the Russian one twice: once from its cp1251 bytes, as a copy)
    assert (pooled.stored, pooled.duplicate) == (here.stored, here.duplicate) == (3, 1)
    failed = dict(pooled.failures)
    assert set(failed) == {"pool:binary", "pool:empty", "pool:unreadable"} == set(dict(here.failures))
    assert "binary" in failed["pool:binary"] and "empty" in failed["pool:empty"]
    assert [s for s, _ in pooled.not_articles] == [s for s, _ in here.not_articles] == ["pool:readme"]
    assert events_pooled == events_here
    assert {tuple(sorted(e["countries"])) for e in events_pooled} >= {("FR", "KZ"), ("EG", "RU")}
