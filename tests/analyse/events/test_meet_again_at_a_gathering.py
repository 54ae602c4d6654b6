"""Talks said to be held «again» at a gathering both sides attend («will meet again on Wednesday, when they
will take part in the plenary session of the forum»): attending one multilateral gathering together, not
talks of the two sides ([not_talks]). Talks held again with no gathering named stay a meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2023-10-10"))
    return [e for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian President Vladimir Putin held talks in the Kremlin on Tuesday with Iraqi Prime Minister "
           "Mohammed Shia al-Sudani. The leaders will meet again on October 11, when they will take part in the "
           "plenary session of the Moscow-hosted energy forum."),
    ("fr", "Le président russe Vladimir Poutine s'est entretenu mardi au Kremlin avec le Premier ministre irakien "
           "Mohammed Chia al-Soudani. M. Soudani rencontrera à nouveau M. Poutine mercredi, lorsque les deux hommes "
           "participeront à un forum sur l'énergie."),
    ("ru", "Президент России Владимир Путин провел во вторник в Кремле переговоры с премьер-министром Ирака "
           "Мохаммедом Шиа ас-Судани. Лидеры встретятся вновь 11 октября, когда примут участие в пленарном "
           "заседании энергетического форума."),
])
def test_meeting_again_at_a_gathering_is_no_second_meeting(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian President Vladimir Putin held talks in the Kremlin on Tuesday with Iraqi Prime Minister "
           "Mohammed Shia al-Sudani. The two leaders will meet again on October 20 in Baghdad."),
])
def test_talks_held_again_stay_a_meeting(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 2
