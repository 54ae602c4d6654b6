"""A guest received by the host's leader on arrival («استقبل الرئيس نظيره لدى وصوله إلى العاصمة», «وصل إلى
المدينة حيث استقبله نظيره») is the official welcome: a ceremony of the visit, not talks, unless the sentence tells
talks too or the arrival is at the palace where the talks are held. The welcome has for people both the guest and
whoever receives him, also those named after its word."""
from __future__ import annotations

from functools import partial

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document
from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-03-12")


@pytest.mark.parametrize("text", [
    "استقبل الرئيس الجزائري عبد المجيد تبون نظيره الإيطالي سيرجيو ماتاريلا لدى وصوله إلى الجزائر "
    "العاصمة اليوم الثلاثاء في زيارة دولة تستغرق ثلاثة أيام.",
    "ووصل الرئيس الإيطالي سيرجيو ماتاريلا مساء الثلاثاء إلى مدينة وهران حيث استقبله نظيره عبد المجيد تبون.",
])
def test_a_reception_on_arrival_is_a_welcome(text: str) -> None:
    found = types("ar", text)
    assert "ceremony" in found and "meeting" not in found


@pytest.mark.parametrize("text", [
    # received at the palace on arrival there: the talks' venue
    "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الثلاثاء نظيره الإيطالي سيرجيو ماتاريلا لدى وصوله "
    "إلى قصر المرادية.",
    # talks told in the same sentence
    "استقبل الرئيس الجزائري عبد المجيد تبون نظيره الإيطالي سيرجيو ماتاريلا لدى وصوله إلى الجزائر، "
    "وأجرى معه مباحثات حول التعاون في مجال الطاقة.",
])
def test_a_reception_with_talks_stays_a_meeting(text: str) -> None:
    assert "meeting" in types("ar", text)


def test_a_minister_waiting_at_arrival_is_no_welcome() -> None:
    text = "ووصل الرئيس الإيطالي سيرجيو ماتاريلا إلى وهران حيث استقبله وزير الخارجية أحمد عطاف."
    assert "ceremony" not in types("ar", text)


@pytest.mark.parametrize("lang, text, names", [
    ("ar", "استقبل الرئيس الجزائري عبد المجيد تبون نظيره الإيطالي سيرجيو ماتاريلا لدى وصوله إلى الجزائر "
           "العاصمة اليوم الثلاثاء.", {"عبد المجيد تبون", "سيرجيو ماتاريلا"}),
    ("ru", "Президент Италии Серджо Маттарелла прибыл в Алжир с государственным визитом. В аэропорту "
           "состоялась официальная церемония встречи, гостя встретил президент Алжира Абдельмаджид Теббун.",
     {"Абдельмаджид Теббун"}),
])
def test_the_welcome_has_the_one_who_receives(lang: str, text: str, names: set[str]) -> None:
    a = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-12"))
    by_id = {p.id: p.name for p in a.people}
    (welcome,) = [e for e in a.events if e.type == "ceremony"]
    assert {by_id[p] for p in welcome.people} >= names
