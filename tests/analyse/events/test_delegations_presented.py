"""«Касым-Жомарт Токаев и Александр Вучич представили друг другу членов официальных делегаций», «… ресми
делегация мүшелерін бір-біріне таныстырды»: the heads presenting their delegations to each other is a step of
the official welcome told just before, so both take part in that one ceremony."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Акорде состоялась торжественная церемония встречи Президента Сербии Александра Вучича. "
           "Касым-Жомарт Токаев и Александр Вучич представили друг другу членов официальных делегаций."),
    ("kk", "Ақордада Сербия Президенті Александр Вучичті ресми қарсы алу рәсімі өтті. Қасым-Жомарт Тоқаев пен "
           "Александр Вучич ресми делегация мүшелерін бір-біріне таныстырды."),
])
def test_both_heads_in_the_welcome(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2026-03-12"))
    country = {p.id: p.country for p in r.people}
    ceremonies = [e for e in r.events if e.type == "ceremony"]
    assert len(ceremonies) == 1, [(e.type, e.people) for e in r.events]
    assert {country[p] for p in ceremonies[0].people} == {"KZ", "RS"}
