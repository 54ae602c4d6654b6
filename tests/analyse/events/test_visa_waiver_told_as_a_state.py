"""A visa waiver told as the state of things («الكويتيون معفيون من تأشيرة الدخول», «لا يحتاجون إلى تأشيرة»,
"Kuwaitis can enter visa-free") is the measure that took effect, as a waiver announced is."""
from __future__ import annotations

import pytest

from tests.analyse.events.event_types import event_types


@pytest.mark.parametrize("lang, text", [
    ("ar", "وقال سفير أوزبكستان لدى الكويت إن «الكويتيين معفيون من تأشيرة الدخول إلى أوزبكستان لمدة 30 يوما»."),
    ("ar", "وأشار سفير أوزبكستان إلى أن المواطنين الكويتيين لا يحتاجون إلى تأشيرة لدخول أوزبكستان."),
    ("en", "The ambassador of Uzbekistan to Kuwait said Kuwaiti citizens can now enter Uzbekistan visa-free for 30 days."),
])
def test_a_visa_waiver_in_force_is_a_measure(lang: str, text: str) -> None:
    assert "measure" in event_types(lang, text, published="2022-10-08")
