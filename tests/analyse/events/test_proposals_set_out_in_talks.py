"""Proposals set out in talks, counted or owned («put forward a number of proposals», «их предложения»), are
what the talks were about, not one thing proposed (GOLD.md: a proposal needs a stated act of proposing
something); a standing plan named as a position (the autonomy plan) is none either; and «considering X
as …» regards, it does not consider a plan."""
from __future__ import annotations

import pytest

from tests.analyse.events.event_types import event_types


@pytest.mark.parametrize("lang, text", [
    ("en", "We have put forward a number of proposals concerning trade in agricultural products between our countries."),
    ("ru", "Анвар Ибрагим, в свою очередь, изложил ряд конкретных предложений по развитию торговли."),
    ("fr", "Le ministre a présenté plusieurs propositions pour renforcer les échanges commerciaux."),
    ("ar", "وقال المتحدث إن الوزير سينقل إلى نظيره مواقف الشركاء ومقترحاتهم لتسوية الأزمة."),
    ("kk", "Президент мәлімдегендей, қазақстандық бизнес Грузия экономикасының түрлі секторларында ұсынылып отыр."),
    ("ar", "وتأتي الزيارة بعد تأكيد مدريد على جدية المقترح المغربي المتعلق بالحكم الذاتي."),
])
def test_proposals_set_out_or_standing_are_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in event_types(lang, text, "2025-06-23")


def test_a_declaration_regarded_as_a_basis_is_no_plan() -> None:
    text = ("The Prime Minister reiterated Spain's position, contained in the joint declaration of April 2022, "
            "considering the autonomy initiative as the most serious basis to settle the dispute.")
    assert "proposal" not in event_types("en", text, "2024-02-23")


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tokayev proposed to hold the next session of the intergovernmental commission in Astana."),
    ("ru", "Касым-Жомарт Токаев предложил провести следующее заседание межправкомиссии в Астане."),
])
def test_one_thing_proposed_stays_a_proposal(lang: str, text: str) -> None:
    assert "proposal" in event_types(lang, text, "2025-06-23")


@pytest.mark.parametrize("lang, text", [
    ("en", "We have also invited Kazakhstan to buy shares in our largest enterprises."),
    ("ru", "Президент пригласил казахстанские компании приобрести доли в крупнейших предприятиях республики."),
    ("fr", "Le président a invité les entreprises kazakhes à acquérir des parts des grandes sociétés."),
])
def test_an_invitation_to_buy_is_a_topic(lang: str, text: str) -> None:
    assert "proposal" not in event_types(lang, text, "2025-06-23")


def test_an_invitation_to_join_an_alliance_stays_a_proposal() -> None:
    text = "Prime Minister Modi invited Kazakhstan to join the international solar alliance."
    assert "proposal" in event_types("en", text, "2015-07-20")


@pytest.mark.parametrize("lang, text", [
    ("kk", "Қазақстан өз нарығын Орталық Азияға ашылатын қақпа ретінде қарастыруды ұсынады."),
    ("en", "Kazakhstan proposes to regard its market as a gateway to the whole of Central Asia."),
])
def test_a_view_proposed_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in event_types(lang, text, "2025-06-23")
