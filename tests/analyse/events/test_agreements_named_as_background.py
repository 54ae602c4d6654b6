"""An agreement already in force, or one between others, named as the topic of talks, as something to return
to, or brokered by one side, is no signing; nor is a signing that was planned and did not happen; and in
Arabic «وقعت» after a blast or an attack is «took place», not «signed»."""
from __future__ import annotations

import pytest

from tests.analyse.events.event_types import event_types


@pytest.mark.parametrize("lang, text", [
    ("en", "Ankara has been trying to convince Moscow to return to the agreement that it brokered last year."),
    ("en", "Erdogan and Putin will meet in Sochi on Monday to discuss the Black Sea grain deal."),
    ("en", "The Turkish leader was instrumental in achieving an agreement between the two sides to restart exports."),
    ("en", "Iran and Russia had earlier planned to sign the treaty at the summit in Kazan in October."),
    ("fr", "« Je sais que vous voulez aborder la question de l'accord céréalier », a dit le président russe."),
    ("fr", "L'accord céréalier et la création d'un hub gazier en Turquie étaient à l'ordre du jour."),
    ("ru", "Президенты обсудят возвращение к зерновой сделке и поставки газа."),
    ("ar", "وقال الكرملين إن الرئيسين سيناقشان صفقة الحبوب والطاقة."),
    ("ar", "وجاءت الزيارة لتقديم الدعم في مواجهة تداعيات كارثة انفجار الميناء التي وقعت في 4 أغسطس."),
])
def test_an_agreement_named_as_background_is_no_signing(lang: str, text: str) -> None:
    assert "agreement" not in event_types(lang, text, "2025-06-23")


@pytest.mark.parametrize("lang, text", [
    ("en", "The two presidents signed an agreement on grain supplies in Sochi on Monday."),
    ("fr", "Les deux ministres ont signé lundi à Ankara un accord de coopération agricole."),
    ("ar", "ووقع الجانبان اتفاقية للتعاون في مجال الزراعة."),
])
def test_an_agreement_signed_now_stays(lang: str, text: str) -> None:
    assert "agreement" in event_types(lang, text, "2025-06-23")
