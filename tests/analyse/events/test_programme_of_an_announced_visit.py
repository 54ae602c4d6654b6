"""The programme of a visit told ahead (en): «will then hold talks» is the next item of the day told before it,
announced; «during his stay» is the visit told, not another; the dates a visit was «originally scheduled» for
are no visit; a visit the other side «is looking forward to» is the one announced, not a proposal."""
from __future__ import annotations

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(text: str, published: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang="en", published=published))
    return [(e.type, e.when) for e in r.events]


PROGRAMME = ("Uzbek President Shavkat Mirziyoyev arrived in Ankara on Sunday evening for a three-day state visit to "
             "Turkey. During his stay in Turkey, President Mirziyoyev will meet with the leadership of the parliament. "
             "President Recep Tayyip Erdogan will host an official welcome ceremony for his Uzbek counterpart on "
             "Monday. The two leaders will then hold talks on trade and energy. The visit was originally scheduled "
             "to take place from March 4 to 6 this year, but it was postponed.")


def test_talks_told_next_take_the_day_before_them() -> None:
    found = events(PROGRAMME, "2026-05-10")
    assert ("meeting", "2026-05-11") in found


def test_a_stay_and_a_first_schedule_are_no_more_visits() -> None:
    found = events(PROGRAMME, "2026-05-10")
    assert [etype for etype, _ in found].count("visit") == 1


def test_a_visit_looked_forward_to_is_no_proposal() -> None:
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev met with Hungarian Foreign Minister Peter Szijjarto in Budapest "
            "on Monday. Kulubaev said that Bishkek is looking forward to the Hungarian prime minister's visit.")
    found = events(text, "2026-05-12")
    assert "proposal" not in [etype for etype, _ in found]
