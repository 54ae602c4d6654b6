"""What is no signing of the two sides: an agreement «reached» (an understanding, «التوصل إلى اتفاق», "reached an
agreement"), a ceasefire agreed between others that one side mediated, and the signing just told said again to
tell what it brings («توقيع الاتفاقية سيسهم في …»)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-03-12")


@pytest.mark.parametrize("lang, text", [
    ("ar", "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية الروسي سيرغي لافروف، وبحثا جهود الوساطة "
           "المشتركة التي أسهمت في التوصل إلى اتفاق وقف إطلاق النار في السودان."),
    ("en", "The Emir of Qatar Sheikh Tamim bin Hamad Al Thani received Russian Foreign Minister Sergey Lavrov; they "
           "discussed the mediation that helped the parties reach an agreement on a ceasefire in Sudan."),
])
def test_an_agreement_reached_between_others_is_no_signing(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "meeting" in found and "agreement" not in found


@pytest.mark.parametrize("lang, text", [
    ("ar", "ووقع وزير الخارجية الروسي سيرغي لافروف ونظيره الأردني أيمن الصفدي في موسكو اليوم اتفاقية الإعفاء "
           "المتبادل من التأشيرات.\n\nوأشارت الخارجية الروسية إلى أن توقيع الاتفاقية سيسهم في زيادة التبادلات "
           "السياحية بين البلدين."),
    ("en", "Russian Foreign Minister Sergey Lavrov and his Jordanian counterpart Ayman Safadi signed an agreement on "
           "mutual visa exemption in Moscow today.\n\nThese agreements will increase tourist exchanges between the "
           "two countries."),
])
def test_a_signing_said_again_is_one_agreement(lang: str, text: str) -> None:
    assert types(lang, text).count("agreement") == 1
