"""The guest welcomed by the head of state (or the crown prince, the counterpart) himself, at the palace or the airport, is the
protocol welcome: a ceremony beside the visit; a minister or a deputy governor at the airport is none."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-06-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "The Slovak President arrived in Riyadh on Monday for a state visit. He was welcomed at Al-Yamamah "
           "Palace by Saudi Crown Prince Mohammed bin Salman, the kingdom's de facto leader."),
    ("en", "The Slovak President arrived in Riyadh on Monday for a state visit. During an official reception "
           "ceremony, the crown prince introduced him to key Saudi ministers."),
    ("fr", "Le président slovaque est arrivé à Riyad lundi pour une visite d'État. Il a été accueilli au palais "
           "royal par le prince héritier Mohammed ben Salman."),
    ("fr", "Le président slovaque est arrivé à Pékin lundi pour une visite d'État. Il a bénéficié d'un accueil "
           "solennel au Grand Palais du peuple de la part de son homologue chinois, M. Xi Jinping."),
    ("ar", "وصل الرئيس السلوفاكي إلى الرياض وكان ولي العهد الأمير محمد بن سلمان في استقباله بالمطار."),
    ("ar", "وصل الرئيس السلوفاكي إلى القاهرة، وكان نظيره المصري في استقباله في مطار القاهرة الدولي."),
    ("ru", "Президент Словакии прибыл в Эр-Рияд с государственным визитом. В аэропорту его встретил наследный "
           "принц Мухаммед бен Сальман."),
])
def test_the_welcome_by_the_head_is_a_ceremony_of_the_visit(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "visit" in found and "ceremony" in found and "meeting" not in found


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل الرئيس السلوفاكي إلى الرياض وكان في استقباله بالمطار نائب أمير منطقة الرياض."),
    ("ar", "وصل الرئيس السلوفاكي إلى الرياض، وكان وزير الخارجية في استقباله بالمطار."),
    ("en", "The Slovak President arrived in Riyadh on Monday for a state visit. He was welcomed at the airport "
           "by the deputy governor of Riyadh region."),
])
def test_officials_at_the_airport_are_no_event(lang: str, text: str) -> None:
    assert types(lang, text) == ["visit"]
