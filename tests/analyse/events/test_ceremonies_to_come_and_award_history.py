"""A welcome or dinner told as coming («will be received in a full State Welcoming Ceremony», «MBZ
retrouvera le président lors d'un dîner d'État») is announced, dated as announced rather than as news
already past; an award's history («This state award was instituted in May 2001», «орден был учрежден в
2001 году») is no award given."""
from __future__ import annotations

import pytest

from accord import edtf
from accord.analyse.pipeline import analyse
from accord.model import Document

PUBLISHED = "2024-05-14"


def ceremonies(lang: str, text: str) -> list:
    found = analyse(Document(doc="t", text=text, lang=lang, published=PUBLISHED)).events
    return [e for e in found if e.type == "ceremony"]


COMING = [
    ("en", "Prime Minister Anwar Ibrahim will undertake an official visit to Lisbon from May 15 to 17. In Lisbon, "
           "the prime minister will be received in a full State Welcoming Ceremony before meeting the president."),
    ("fr", "Le président émirien effectuera une visite d'État en France du 15 au 17 mai. Mercredi, il retrouvera "
           "le président français lors d'un dîner d'État au Grand Trianon."),
]


@pytest.mark.parametrize("lang, text", COMING, ids=[c[0] for c in COMING])
def test_a_ceremony_to_come_is_not_dated_before_publication(lang: str, text: str) -> None:
    found = ceremonies(lang, text)
    assert len(found) == 1
    lo, hi = edtf.interval(found[0].when)
    assert hi is None or hi > edtf.interval(PUBLISHED)[1]


HISTORY = [
    ("en", "The President of Belarus was awarded the Order of Friendship. This state award was instituted in May "
           "2001.", 1),
    ("en", "This state award was instituted in May 2001 and is given for services to friendship.", 0),
    ("ru", "Этот орден был учрежден в 2001 году и вручается за заслуги в укреплении дружбы.", 0),
]


@pytest.mark.parametrize("lang, text, n", HISTORY, ids=[f"{c[0]}{i}" for i, c in enumerate(HISTORY)])
def test_an_awards_history_is_no_award(lang: str, text: str, n: int) -> None:
    assert len(ceremonies(lang, text)) == n
