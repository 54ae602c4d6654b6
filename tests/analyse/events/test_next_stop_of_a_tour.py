"""The clause that sends the traveller on («…, avant de se rendre, mardi, en Ouzbékistan», «…, before heading on
Tuesday to Uzbekistan», `[legs] then`) tells the tour's next stop: the talks before it keep their own day and
people, and the next stop is the traveller's, not the counterpart's he has just met."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TEXTS = {
    "fr": "Le ministre tchèque des Affaires étrangères Jan Lipavský effectue une tournée en Asie centrale. Lundi, il "
          "a été reçu à Astana par son homologue kazakh Mourat Nourtléou. A Astana, le ministre a également "
          "rencontré le président Kassym-Jomart Tokaïev, avant de se rendre, mardi, en Ouzbékistan.",
    "en": "Czech Foreign Minister Jan Lipavsky is on a tour of Central Asia. On Monday he was received in Astana by "
          "his Kazakh counterpart Murat Nurtleu. In Astana, the minister also met President Kassym-Jomart Tokayev, "
          "before heading on Tuesday to Uzbekistan.",
}


def analysed(lang: str, text: str, published: str = "2024-10-21"):
    return analyse(Document(doc="t", text=text, lang=lang, published=published))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_next_stop_is_the_travellers(lang: str) -> None:
    r = analysed(lang, TEXTS[lang])
    stop = [e for e in r.events if e.type == "visit" and e.host == "UZ"]
    assert len(stop) == 1
    assert sorted(stop[0].countries) == ["CZ", "UZ"]
    names = {p.id: p.name for p in r.people}
    assert not any("Tok" in names[p] for p in stop[0].people)
    assert stop[0].when.startswith("2024-10-22")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_talks_before_keep_their_day(lang: str) -> None:
    r = analysed(lang, TEXTS[lang])
    talks = [e for e in r.events if e.type == "meeting"]
    assert talks and all(e.when == "2024-10-21" for e in talks)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le roi du Maroc Mohammed VI effectue une tournée qui le conduit mardi aux Émirats arabes unis avant un "
           "déplacement officiel dimanche au Qatar."),
    ("en", "King Mohammed VI of Morocco arrived in Abu Dhabi on Tuesday for a visit to the United Arab Emirates, "
           "before a state visit to Qatar on Sunday."),
])
def test_a_second_stop_named_after_the_first(lang: str, text: str) -> None:
    r = analysed(lang, text, published="2017-11-06")
    assert {e.host for e in r.events if e.type == "visit"} == {"AE", "QA"}
