"""«The two ministers signed …»: the people a plural office phrase stands for."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "Iraqi Prime Minister Mohammed Shia al-Sudani held talks in Moscow on Thursday with Russian President "
           "Vladimir Putin. Iraqi Foreign Minister Fuad Hussein met his Russian counterpart Sergei Lavrov.\n\n"
           "The two ministers signed a memorandum of understanding on diplomatic training.",
     {"Fuad Hussein", "Sergei Lavrov"}, {"Vladimir Putin"}),
    ("fr", "Le ministre marocain des Affaires étrangères, Nasser Bourita, a reçu lundi à Rabat le ministre "
           "sénégalais des Affaires étrangères, Yassine Fall. Le Chef du gouvernement Aziz Akhannouch a présidé "
           "la séance d'ouverture.\n\n"
           "Les deux ministres ont signé un mémorandum d'entente sur les consultations consulaires.",
     {"Nasser Bourita", "Yassine Fall"}, {"Aziz Akhannouch"}),
    ("ru", "Президент России Владимир Путин провёл переговоры с президентом Ирака в Москве. Министр иностранных "
           "дел России Сергей Лавров встретился с министром иностранных дел Ирака Фуадом Хусейном.\n\n"
           "Оба министра подписали меморандум о сотрудничестве в подготовке дипломатов.",
     {"Сергей Лавров", "Фуад Хусейн"}, {"Владимир Путин"}),
    ("ar", "استقبل الرئيس الروسي فلاديمير بوتين في موسكو رئيس الوزراء العراقي محمد شياع السوداني. والتقى وزير "
           "الخارجية العراقي فؤاد حسين نظيره الروسي سيرغي لافروف.\n\n"
           "ووقع الوزيران مذكرة تفاهم في مجال التدريب الدبلوماسي.",
     {"فؤاد حسين", "سيرغي لافروف"}, {"فلاديمير بوتين"}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES, ids=[c[0] for c in CASES])
def test_the_two_ministers_are_the_last_minister_named_on_each_side(lang: str, text: str, expected: set[str],
                                                                    absent: set[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-16"))
    names = {p.id: p.name for p in found.people}
    signings = [e for e in found.events if e.type == "agreement"]
    assert signings
    people = {names[p] for p in signings[-1].people}
    assert expected <= people
    assert not (absent & people)


TALKS = [
    ("en", "Azerbaijani President Ilham Aliyev arrived in Tashkent on Monday for a state visit. He was welcomed at "
           "the airport by Uzbek President Shavkat Mirziyoyev.\n\n"
           "The two leaders will hold talks on Tuesday on trade and energy.",
     {"Ilham Aliyev", "Shavkat Mirziyoyev"}),
    ("ru", "Президент Азербайджана Ильхам Алиев прибыл в Найроби с государственным визитом. В аэропорту его "
           "встретил президент Кении Уильям Руто.\n\n"
           "Затем президенты провели переговоры в узком составе.",
     {"Ильхам Алиев", "Уильям Руто"}),
    ("ar", "وصل الرئيس الأذربيجاني إلهام علييف إلى نيروبي في زيارة دولة، وكان في استقباله الرئيس الكيني "
           "ويليام روتو.\n\n"
           "ومن المقرر أن يجري الزعيمان غدا مباحثات حول التجارة والطاقة.",
     {"إلهام علييف"}),
]


@pytest.mark.parametrize("lang, text, expected", TALKS, ids=[c[0] for c in TALKS])
def test_the_two_leaders_hold_talks(lang: str, text: str, expected: set[str]) -> None:
    """«The two leaders will hold talks»: talks that name no one are held by the heads named before."""
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-16"))
    names = {p.id: p.name for p in found.people}
    talks = [e for e in found.events if e.type == "meeting"]
    assert talks, [(e.type, e.evidence) for e in found.events]
    assert expected <= {names[p] for e in talks for p in e.people}
