"""«The Head of State received X»: a receiver named by office alone stands before the verb, and the one
named after it is the guest, whose country is not the host; a passive with its agent («received by X»,
«reçu par X») names the receiver after the verb; a verb-first language (Arabic) names the receiver first."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meeting_hosts(lang: str, text: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-03-14"))
    return [e.host for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Глава государства принял премьер-министра Чешской Республики Петра Фиалу, находящегося в Казахстане "
           "с официальным визитом. Стороны обсудили торговлю и транспорт."),
    ("en", "The Head of State received Czech Prime Minister Petr Fiala, who is in Kazakhstan on an official visit. "
           "The sides discussed trade and transport."),
    ("fr", "Le chef de l'État a reçu le Premier ministre tchèque Petr Fiala, en visite officielle au Kazakhstan. "
           "Les parties ont évoqué le commerce et les transports."),
])
def test_the_one_named_after_the_verb_is_the_guest(lang: str, text: str) -> None:
    assert meeting_hosts(lang, text) == ["KZ"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Petr Fiala, the first head of government received by President Kassym-Jomart Tokayev this year, "
           "discussed trade."),
    ("fr", "Petr Fiala, premier chef de gouvernement reçu par le président Kassym-Jomart Tokaïev cette année, "
           "a évoqué le commerce."),
    ("ru", "Премьер-министр Чехии Петр Фиала провёл переговоры в Астане. Нас также принял Президент Казахстана "
           "Касым-Жомарт Токаев, сообщил Фиала."),
    ("ar", "استقبل الرئيس الكازاخستاني قاسم جومارت توكايف رئيس الوزراء التشيكي بيتر فيالا."),
])
def test_the_receiver_named_after_the_verb_hosts(lang: str, text: str) -> None:
    assert set(meeting_hosts(lang, text)) == {"KZ"}
