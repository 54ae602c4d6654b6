"""What talks were about and how the news was reported: a route whose launch was discussed is a proposal, not a
measure (en, ru); «Earlier it was reported that …» dates the agency's report, not an earlier event; agreements
«reached» in some spheres are understandings, not documents signed; a visitor's trip «watched closely» is the
visit told, commented (en)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [(e.type, e.when, e.host) for e in r.events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Uzbek President Shavkat Mirziyoyev held talks with Hungarian Prime Minister Viktor Orban in Budapest. "
           "The leaders discussed the launch of direct flights between Tashkent and Budapest."),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев провел переговоры с премьер-министром Венгрии Виктором Орбаном "
           "в Будапеште. Лидеры обсудили запуск прямых авиарейсов между Ташкентом и Будапештом."),
])
def test_a_route_discussed_is_a_proposal(lang: str, text: str) -> None:
    types = [t for t, _, _ in events(lang, text, "2025-10-08")]
    assert "measure" not in types and "proposal" in types


def test_earlier_it_was_reported_tells_the_news_again() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev held talks with Hungarian Prime Minister Viktor Orban in Budapest "
            "on Tuesday. Earlier it was reported that the two leaders held talks in an expanded format.")
    found = events("en", text, "2025-10-08")
    assert [t for t, _, _ in found].count("meeting") == 1
    assert all(when is None or not when.startswith("..") for _, when, _ in found)


def test_agreements_reached_in_spheres_are_no_signing() -> None:
    text = ("Uzbek President Shavkat Mirziyoyev held talks with Hungarian Prime Minister Viktor Orban in Budapest "
            "on Tuesday. Today, a number of agreements in different spheres were reached, Orban said.")
    assert "agreement" not in [t for t, _, _ in events("en", text, "2025-10-08")]


def test_a_trip_watched_from_elsewhere_is_the_visit_told() -> None:
    text = ("French President Emmanuel Macron arrived in Astana on Tuesday for a two-day visit to Kazakhstan. "
            "Macron's trip to the region was being watched closely in Moscow and Beijing.")
    assert [(t, host) for t, _, host in events("en", text, "2023-11-01")] == [("visit", "KZ")]


def test_talks_said_to_focus_on_are_the_talks_told() -> None:
    text = ("Egyptian President Abdel Fattah el-Sisi heads to Beijing today for a state visit. The visit will include "
            "summit talks between President el-Sisi and President Xi Jinping. Presidential spokesman Ahmed Fahmy said "
            "the talks will also focus on the war in Gaza.")
    found = events("en", text, "2024-05-28")
    assert [t for t, _, _ in found].count("meeting") == 1
    assert "proposal" not in [t for t, _, _ in found]


def test_a_forum_attended_and_visits_exchanged_are_no_events() -> None:
    text = ("Egyptian President Abdel Fattah el-Sisi arrived in Beijing on Tuesday for a state visit to China. He will "
            "also attend the opening session of the ministerial meeting of the China-Arab States Cooperation Forum. "
            "Our countries have exchanged visits at various levels, el-Sisi said.")
    assert [t for t, _, _ in events("en", text, "2024-05-28")] == ["visit"]


def test_due_in_a_capital_is_an_announced_visit() -> None:
    text = "Turkish Foreign Minister Hakan Fidan is due in Moscow on Thursday and Friday, the ministry said."
    found = events("en", text, "2023-08-30")
    assert [(t, when, host) for t, when, host in found] == [("visit", "2023-08-31/2023-09-01", "RU")]
