"""A bare weekday in a sentence told in the future is the coming one, whatever the verb («recevra
mercredi», «se retrouveront mardi»); a day beside a wire's «a-t-on annoncé» dates the statement."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.analyse.timex import find_times
from accord.model import Document

# published on Tuesday 3 September 2024: the coming Wednesday is the 4th, the last one the 28th
COMING = [
    ("fr", "Le président du Sénat recevra mercredi à Paris son homologue marocain.", "2024-09-04"),
    ("fr", "Les deux ministres se retrouveront mercredi pour des entretiens élargis.", "2024-09-04"),
    ("fr", "Le Premier ministre s'entretiendra mercredi avec le président tunisien.", "2024-09-04"),
    ("en", "The Speaker will receive his Moroccan counterpart in Paris on Wednesday.", "2024-09-04"),
]
PAST = [
    ("fr", "Le président du Sénat a reçu mercredi à Paris son homologue marocain.", "2024-08-28"),
    # a first name ending like a future («Samira») tells nothing of the tense
    ("fr", "La ministre Samira a reçu mercredi son homologue.", "2024-08-28"),
]


@pytest.mark.parametrize("lang, text, day", COMING + PAST, ids=[f"{c[0]}-{i}" for i, c in enumerate(COMING + PAST)])
def test_weekday_by_the_tense(lang: str, text: str, day: str) -> None:
    assert [t.edtf for t in find_times(text, lang, "2024-09-03")] == [day]


def test_a_day_beside_an_inverted_statement_verb_dates_the_statement() -> None:
    # published Thursday 1 March 2018: the visit is on Sunday and Monday, the announcement on Thursday
    text = ("Le prince héritier saoudien Mohammed ben Salmane effectuera dimanche et lundi en Egypte une visite "
            "officielle, a-t-on annoncé jeudi de source gouvernementale.")
    events = analyse(Document(doc="t", text=text, lang="fr", published="2018-03-01")).events
    assert [(e.type, e.when) for e in events] == [("visit", "2018-03-04/2018-03-05")]
