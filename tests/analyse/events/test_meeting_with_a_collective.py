"""Talks whose only counterpart is a collective named by no one's office («will meet the leaders of
Kazakhstan», «سيلتقي بقادة كازاخستان», «rencontrera les dirigeants kazakhs») are no meeting: a meeting
needs a counterpart named at least by office (GOLD.md). A named or titled counterpart keeps it."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> int:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2020-02-01"))
    return sum(1 for e in r.events if e.type == "meeting")


@pytest.mark.parametrize("lang, text", [
    ("ar", "يتوجه وزير الخارجية الأميركي مايك بومبيو اليوم إلى كازاخستان في زيارة رسمية. "
           "ومن المقرر أن يلتقي بومبيو في نور سلطان بقادة كازاخستان قبل أن يتوجه إلى قيرغيزستان."),
    ("en", "U.S. Secretary of State Mike Pompeo travels to Kazakhstan today on an official visit. "
           "In Nur-Sultan, Pompeo will meet the leaders of Kazakhstan before leaving for Kyrgyzstan."),
    ("fr", "Le secrétaire d'État américain Mike Pompeo se rend aujourd'hui au Kazakhstan pour une visite officielle. "
           "À Nur-Sultan, Pompeo rencontrera les dirigeants kazakhs avant de partir pour le Kirghizistan."),
])
def test_talks_with_a_collective_are_no_meeting(lang: str, text: str) -> None:
    assert meetings(lang, text) == 0


@pytest.mark.parametrize("lang, text", [
    ("en", "U.S. Secretary of State Mike Pompeo travels to Kazakhstan today on an official visit. "
           "In Nur-Sultan, Pompeo will meet Foreign Minister Mukhtar Tileuberdi and other officials."),
    ("ar", "يتوجه وزير الخارجية الأميركي مايك بومبيو اليوم إلى كازاخستان في زيارة رسمية. "
           "ومن المقرر أن يلتقي بومبيو في نور سلطان بوزير الخارجية مختار تليوبردي وكبار المسؤولين."),
])
def test_a_named_counterpart_keeps_the_meeting(lang: str, text: str) -> None:
    assert meetings(lang, text) >= 1
