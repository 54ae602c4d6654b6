"""A country's capital named by the country («in the capital of Kazakhstan», «в столице Казахстана», «la
capitale kazakhe», «Қазақстан елордасында») is a place of that country: talks held there have their host,
and the guest is on a visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def run(lang: str, text: str):
    return analyse(Document(doc="t", text=text, lang=lang, published="2019-10-25"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Belarus President Aleksandr Lukashenko met with Nursultan Nazarbayev in the capital of Kazakhstan on Friday."),
    ("en", "Belarus President Aleksandr Lukashenko met with Nursultan Nazarbayev in the Kazakh capital on Friday."),
    ("ru", "Президент Беларуси Александр Лукашенко встретился в столице Казахстана с Нурсултаном Назарбаевым."),
    ("fr", "Le président biélorusse Alexandre Loukachenko a rencontré Noursoultan Nazarbaïev dans la capitale kazakhe."),
])
def test_talks_in_the_capital_named_by_its_country(lang: str, text: str) -> None:
    r = run(lang, text)
    assert any(p.country == "KZ" and p.kind == "capital" for p in r.places)
    meetings = [e for e in r.events if e.type == "meeting"]
    visits = [e for e in r.events if e.type == "visit"]
    assert meetings and meetings[0].host == "KZ"
    assert visits and visits[0].host == "KZ"


def test_a_capital_named_beside_its_city_is_that_city() -> None:
    r = run("en", "Lukashenko arrived in the Kazakh capital, Astana, on Friday.")
    assert [p.name for p in r.places] == ["Astana"]


def test_capital_markets_are_no_place() -> None:
    r = run("en", "Kazakhstan capital markets grew last year, the Astana exchange said.")
    assert all(p.kind != "capital" or p.start > 20 for p in r.places)
