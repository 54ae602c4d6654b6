"""Documents a signing sentence counts and then sets out one by one after a colon («three memoranda: on
agriculture, on the environment and on development») are each signed (GOLD.md counts as one only a set
left unnamed); a document named before the count is its own. The items of a numbered list whose numbers
stand apart («1.», then the document) are each a document, and the sentence after the list is not an item."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-05-17"))
    return sum(e.type == "agreement" for e in found.events)


ENUMERATED = [
    ("ru", "По итогам переговоров в Мадриде министры подписали три меморандума: о сотрудничестве в туризме, "
           "о взаимопонимании в области образования и о сотрудничестве в энергетике.", 3),
    ("ru", "Итогом встречи стало подписание соглашения о культуре и двух меморандумов: о туризме и о "
           "здравоохранении.", 3),
    ("en", "The ministers signed three memoranda in Madrid: on tourism, on higher education and on renewable "
           "energy.", 3),
    ("fr", "Les deux ministres ont signé à Madrid trois mémorandums : sur le tourisme, sur l'éducation et sur "
           "l'énergie.", 3),
]


@pytest.mark.parametrize("lang, text, n", ENUMERATED, ids=[f"{c[0]}{i}" for i, c in enumerate(ENUMERATED)])
def test_documents_counted_then_set_out_are_each_signed(lang: str, text: str, n: int) -> None:
    assert agreements(lang, text) == n


COUNTED_ONLY = [
    ("ru", "По итогам переговоров в Мадриде стороны подписали пять соглашений."),
    ("ru", "В ходе визита было подписано пакет из трех меморандумов о сотрудничестве."),
    ("en", "The ministers signed five agreements in Madrid."),
]


@pytest.mark.parametrize("lang, text", COUNTED_ONLY, ids=[f"{c[0]}{i}" for i, c in enumerate(COUNTED_ONLY)])
def test_a_count_alone_is_one_set(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1


NUMBERED_LIST = [
    ("fr", "Les documents suivants ont été signés à Madrid en présence des deux présidents :\n\n"
           "1. Accord entre les gouvernements relatif à la réadmission.\n\n"
           "2. Feuille de route sur les matériaux critiques.\n\n"
           "3. Accord de partenariat entre le fonds souverain et une banque.\n\n"
           "Au total, les délégations ont signé 24 documents.", 4),
    ("en", "The following documents were signed in Madrid in the presence of the two presidents:\n\n"
           "1. Agreement between the governments on readmission.\n\n"
           "2. Roadmap on critical raw materials.\n\n"
           "3. Agreement on partnership between the sovereign fund and a bank.\n\n"
           "In all, the delegations signed 24 documents.", 4),
]


@pytest.mark.parametrize("lang, text, n", NUMBERED_LIST, ids=[c[0] for c in NUMBERED_LIST])
def test_numbered_items_are_each_a_document_and_the_list_ends(lang: str, text: str, n: int) -> None:
    assert agreements(lang, text) == n
