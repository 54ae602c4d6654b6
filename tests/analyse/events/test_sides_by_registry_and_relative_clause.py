"""Sides an article leaves unsaid: a full name the registry knows gives its country where no title does
(«talks of Vladimir Putin and Recep Erdogan in Sochi» place the Turkish president in Russia); a visit told in a
relative clause is the visit of the person the clause hangs on; a visit told for the talks' own day is not
made twice by the talks."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def analysed(lang: str, text: str, published: str = "2021-09-28"):  # noqa: ANN201
    return analyse(Document(doc="t", text=text, lang=lang, published=published))


@pytest.mark.parametrize("lang, text", [
    ("en", "Talks between Vladimir Putin and Recep Erdogan will be held in Sochi on Wednesday."),
    ("ru", "В среду в Сочи пройдут переговоры Владимира Путина и Реджепа Тайипа Эрдогана."),
])
def test_a_known_full_name_places_its_bearer_in_the_other_country(lang: str, text: str) -> None:
    r = analysed(lang, text)
    erdogan = next(p for p in r.people if "rdo" in p.name or "рдо" in p.name)
    assert erdogan.country == "TR"
    [visit] = [e for e in r.events if e.type == "visit"]
    assert visit.host == "RU" and visit.people == [erdogan.id]
    # «в среду … пройдут»: talks to come, on the coming Wednesday
    [talks] = [e for e in r.events if e.type == "meeting"]
    assert talks.when == "2021-09-29"


@pytest.mark.parametrize("lang, text", [
    ("en", "Manama, Feb. 10 -- Speaker of the Council of Representatives Ahmed bin Salman Al-Musallam held official "
           "talks today with Chairman of the Mazhilis Yerlan Koshanov, who arrived in the Kingdom yesterday at the "
           "head of a parliamentary delegation for a three-day official visit."),
    ("fr", "Manama, 10 février -- Le président du Conseil des représentants Ahmed bin Salman Al-Musallam a eu "
           "aujourd'hui des entretiens officiels avec le président du Majilis Yerlan Koshanov, qui est arrivé hier "
           "dans le Royaume à la tête d'une délégation parlementaire pour une visite officielle de trois jours."),
])
def test_the_visitor_of_a_relative_clause_is_the_person_it_hangs_on(lang: str, text: str) -> None:
    r = analysed(lang, text, published="2026-02-10")
    koshanov = next(p for p in r.people if "Koshanov" in p.name)
    [visit] = [e for e in r.events if e.type == "visit"]
    assert visit.host == "BH" and visit.people == [koshanov.id]


@pytest.mark.parametrize("lang, text", [
    ("ar", "تم اليوم الأحد بالجزائر العاصمة التوقيع على إعلان مشترك من طرف الرئيس عبد المجيد تبون ونظيره رجب طيب "
           "أردوغان.\nوكان الرئيس التركي قد شرع في وقت سابق من نهار اليوم في زيارة صداقة وعمل الى الجزائر تستغرق يومين."),
    ("en", "A joint declaration was signed today, Sunday, in Algiers by President Abdelmadjid Tebboune and "
           "Recep Tayyip Erdogan.\nThe Turkish president had begun a two-day visit to Algeria earlier in the day."),
])
def test_a_visit_told_for_the_day_of_the_signing_is_not_made_twice(lang: str, text: str) -> None:
    r = analysed(lang, text, published="2020-01-26")
    assert len([e for e in r.events if e.type == "visit"]) == 1


@pytest.mark.parametrize("lang, text", [
    ("ar", "تم اليوم الأحد بالجزائر العاصمة التوقيع على إعلان مشترك من طرف الرئيس عبد المجيد تبون ونظيره رجب طيب "
           "أردوغان.\nوكان الرئيس التركي قد شرع في وقت سابق من نهار اليوم في زيارة صداقة وعمل الى الجزائر تستغرق يومين."),
    ("en", "A joint declaration was signed today, Sunday, in Algiers by President Abdelmadjid Tebboune and "
           "Recep Tayyip Erdogan.\nThe Turkish president had begun a two-day visit to Algeria earlier today."),
])
def test_a_visit_begun_earlier_the_same_day_is_news_and_holds_the_signing(lang: str, text: str) -> None:
    r = analysed(lang, text, published="2020-01-26")
    [visit] = [e for e in r.events if e.type == "visit"]
    [signing] = [e for e in r.events if e.type == "agreement"]
    assert not visit.recalled and signing.part_of == visit.id
