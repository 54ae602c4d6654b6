"""Linking stays exact and local as a pair's record grows over years.

Each batch leaves every pair exactly as clustering all its mentions at once would (the three steps
of `linking.cluster_mentions`), and a new article decides again only the neighbourhood it can
change: the precise mentions its own reach connects, the recalls and announcements (wide mentions)
that reach those, and the wide mentions that found no event beside them — not the pair.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from accord import batch, relinking
from accord.ingest import RawItem
from accord.model import EventMention, to_dict
from accord.resolve.linking import build_events
from accord.store import open_store
from tests.reliability_corpus import corpus


def _articles(count: int, pairs: tuple[tuple[str, str], ...], first: date, days: int, seed: int) -> list[Any]:
    arts = [corpus.article(i, seed=seed, pair=pairs[i % len(pairs)], first=first, days=days) for i in range(count)]
    for art in arts:
        art.doc = f"years-{seed}-" + art.doc
    return arts


def _item(art: Any) -> RawItem:
    return RawItem(source=f"years:{art.doc}", doc=art.doc, data=art.text.encode("utf-8"), kind="text",
                   published=art.published, lang=art.lang, title=art.title)


def _stored(store: Any, pair: str) -> dict[str, tuple]:
    return {e.id: (e.part_of, e.when, tuple(sorted(f"{s.doc}#{s.local_id}" for s in e.mentions)))
            for e in store.events(pair=pair, limit=10**6)}


def _at_once(store: Any, pair: str) -> dict[str, tuple]:
    events = build_events(pair, batch.partition_records(store, pair, []))
    return {e.id: (e.part_of, e.when, tuple(sorted(f"{s.doc}#{s.local_id}" for s in e.mentions))) for e in events}


@pytest.mark.slow
def test_every_batch_leaves_each_pair_as_linking_all_its_mentions_at_once(store_url: str) -> None:
    # two pairs over two years, batches of 30: recalls of a year reach many batches' events
    arts = _articles(240, (("KZ", "FR"), ("EG", "RU")), date(2023, 1, 1), 730, seed=3)
    store = open_store(store_url)
    try:
        for k in range(0, len(arts), 30):
            batch.ingest_items([_item(a) for a in arts[k:k + 30]], store)
            for pair in store.pairs():
                assert _stored(store, pair) == _at_once(store, pair), (k, pair)
    finally:
        store.close()


@pytest.mark.slow
def test_a_new_article_decides_again_its_neighbourhood_not_the_pair(tmp_path: Any, monkeypatch: Any) -> None:
    arts = _articles(401, (("KZ", "FR"),), date(2018, 1, 1), 6 * 365, seed=4)
    store = open_store(f"sqlite:///{tmp_path / 'years.db'}")
    try:
        batch.ingest_items([_item(a) for a in arts[:400]], store)
        (pair,) = [p for p in store.pairs() if set(p.split("-")) == {"KZ", "FR"}]
        total = sum(len(v[2]) for v in _stored(store, pair).values())
        decided: list[int] = []
        real = relinking.relink_pair

        def spy(store_: Any, pair_: str) -> int:
            decided.append(real(store_, pair_))
            return decided[-1]

        monkeypatch.setattr(batch, "relink_pair", spy)
        batch.ingest_items([_item(arts[400])], store)
        # (the recalls of the new article's year are decided again: about a sixth of six years)
        assert decided and 0 < sum(decided) < total / 4, (decided, total)
        assert _stored(store, pair) == _at_once(store, pair)
    finally:
        store.close()


def test_a_stored_mention_is_read_once_and_handed_out_as_a_copy(tmp_path: Any) -> None:
    """Each batch's linking reads much of what the last one read: a mention is parsed once per
    version of its row, and the copy linking changes (its people, as the partition reads them)
    never changes what the next batch reads."""
    store = open_store(f"sqlite:///{tmp_path / 'read.db'}")
    try:
        def stored(people: list[str]) -> str:
            return json.dumps(to_dict(EventMention(id="e1", type="visit", start=0, end=42, when="2024-05-02",
                                                   text="Токаев прибыл с визитом в Париж", countries=["FR", "KZ"],
                                                   host="FR", people=people)), ensure_ascii=False)

        first = store._mention(7, stored(["tokayev"]))
        first.people = ["someone-else"]
        again = store._mention(7, stored(["tokayev"]))
        assert again is not first and again.people == ["tokayev"]
        # the row taken by another article's mention (ids are used again): read anew
        assert store._mention(7, stored(["macron"])).people == ["macron"]
    finally:
        store.close()
