"""«Тоқаев Папуашвилиді қабылдады»: where the verb comes last, the one received is the person marked by
the accusative right before it, and the one named before that (or an office alone) is the receiver, whose
country hosts; the same news in a language that puts the guest after the verb hosts in the same country."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def hosts(lang: str, text: str, kind: str) -> list[str | None]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-04-12"))
    return [e.host for e in r.events if e.type == kind]


@pytest.mark.parametrize("lang, text", [
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Моңғолияның Премьер-министрі Лувсаннамсрайн Оюун-Эрдэнені "
           "қабылдады. Кездесуде сауда мәселелері талқыланды."),
    ("kk", "Президент Моңғолия Парламентінің төрағасы Гомбожавын Занданшатарды қабылдады. "
           "Тараптар Қазақстан мен Моңғолияның көлік саласындағы ынтымақтастығын талқылады."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев принял премьер-министра Монголии Лувсаннамсрайна "
           "Оюун-Эрдэнэ. Стороны обсудили торговлю."),
    ("en", "President Kassym-Jomart Tokayev received Mongolian Prime Minister Luvsannamsrai Oyun-Erdene. "
           "The sides discussed trade."),
])
def test_the_guest_marked_by_its_case_is_received(lang: str, text: str) -> None:
    assert hosts(lang, text, "meeting") == ["KZ"]
    assert set(hosts(lang, text, "visit")) <= {"KZ"}


def test_a_name_without_the_case_ending_is_the_receiver() -> None:
    text = ("Моңғолия Президенті Ухнаагийн Хурэлсүх Қазақстан Премьер-министрі Олжас Бектеновты қабылдады. "
            "Тараптар сауданы талқылады.")
    assert hosts("kk", text, "meeting") == ["MN"]


@pytest.mark.parametrize("lang, text, host", [
    ("ru", "Министра иностранных дел Казахстана Мурата Нуртлеу в понедельник принял во дворце Ла-Сарсуэла король "
           "Испании Фелипе VI. Стороны обсудили расширение торгово-экономического сотрудничества.", "ES"),
    ("ru", "Председателя Сената Казахстана Маулена Ашимбаева во вторник принял в Пекине председатель КНР "
           "Си Цзиньпин. Собеседники обсудили межпарламентское сотрудничество.", "CN"),
    # the same news with the receiver first: order and case agree
    ("ru", "Король Испании Фелипе VI в понедельник принял во дворце Ла-Сарсуэла министра иностранных дел "
           "Казахстана Мурата Нуртлеу. Стороны обсудили торговлю.", "ES"),
    ("kk", "Испания Королі Фелипе VI Қазақстан Сыртқы істер министрі Мұрат Нұртлеуді Мадридте қабылдады. "
           "Тараптар сауда-экономикалық ынтымақтастықты талқылады.", "ES"),
])
def test_a_guest_named_first_in_the_accusative_is_received_by_the_one_after_the_verb(
        lang: str, text: str, host: str) -> None:
    assert hosts(lang, text, "meeting") == [host]
    assert set(hosts(lang, text, "visit")) <= {host}
