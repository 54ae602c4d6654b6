"""An invitation to a protocol act done there and then («invited his guests to walk on the red carpet») proposes
nothing; one to visit, to come, to an event or to take part in it still does."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-05-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tokayev then invited his guests to walk on the red carpet flanked by two lines of honour guards."),
    ("en", "King Abdullah II invited the President of Malta to plant an olive tree in the palace garden."),
    ("fr", "Le président Tokaïev a ensuite invité ses hôtes à fouler le tapis rouge."),
])
def test_an_invitation_to_a_protocol_act_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tokayev invited Prime Minister Robert Abela to visit Kazakhstan next year."),
    ("en", "President Tokayev invited Prime Minister Robert Abela to the Astana International Forum."),
    ("en", "President Tokayev invited the Maltese side to take part in the Astana International Forum."),
    ("fr", "Le président Tokaïev a invité le Premier ministre Robert Abela à se rendre au Kazakhstan."),
    ("en", "Prime Minister Modi invited Malta to join the international solar alliance to which India belongs."),
    ("en", "Hence we issued our common invitation to you to attend the summit in Astana in December."),
])
def test_an_invitation_to_visit_or_attend_stays(lang: str, text: str) -> None:
    assert "proposal" in types(lang, text)
