"""Talks held by video («in the video conference format», «via videoconference», «par visioconférence») are
no meeting (GOLD.md: telephone and video calls are not annotated)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-05-12")


@pytest.mark.parametrize("lang, text", [
    ("en", "The heads of state of Kazakhstan and Malta will hold talks in the video conference format at the end "
           "of May."),
    ("en", "President Tokayev and Prime Minister Robert Abela held talks via videoconference on Monday."),
    ("fr", "Les présidents du Kazakhstan et de Malte ont eu lundi un entretien par visioconférence."),
])
def test_talks_by_video_are_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


def test_talks_in_a_city_stay() -> None:
    assert "meeting" in types("en", "President Tokayev and Prime Minister Robert Abela held talks in Astana on Monday.")
