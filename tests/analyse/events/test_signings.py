"""Signings: understandings reached in talks are no signed agreement, a document signed is; the treaty
base counted or named is no signing, new documents counted at a visit are."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

REACHED = [
    ("en", "Kassym-Jomart Tokayev held talks with Sheikh Suroor bin Mohammed Al Nahyan in Astana on Friday.\n\n"
           "Certainly, the agreements reached will serve for the benefit of our peoples, the President said."),
    ("ar", "أجرى الرئيس قاسم جومارت توكاييف محادثات مع الشيخ سرور بن محمد آل نهيان في أستانا يوم الجمعة.\n\n"
           "وقال الرئيس إن الاتفاقات التي تم التوصل إليها ستخدم مصالح الشعبين."),
]
# «the agreement was reached during the talks»: an understanding, told in the passive
REACHED_PASSIVE = [
    ("en", "Prime Minister Anwar Ibrahim held talks with President Kassym-Jomart Tokayev in Astana on Thursday.\n\n"
           "Anwar said the agreement was reached during his meeting with the President."),
    ("fr", "Le Premier ministre Anwar Ibrahim a eu des entretiens avec le président Kassym-Jomart Tokaïev à Astana jeudi.\n\n"
           "Selon Anwar, un accord a été trouvé lors de sa rencontre avec le président."),
]
SIGNED = [
    ("en", "Kazakhstan and the United Arab Emirates signed an agreement on visa exemption in Astana on Friday."),
    ("ar", "وقعت كازاخستان والإمارات اتفاقية للإعفاء من التأشيرة في أستانا يوم الجمعة."),
]


@pytest.mark.parametrize("lang, text", REACHED + REACHED_PASSIVE, ids=[c[0] for c in REACHED + REACHED_PASSIVE])
def test_agreements_reached_in_talks_are_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-05-26"))
    assert [e.type for e in found.events if e.type == "agreement"] == []
    assert any(e.type == "meeting" for e in found.events)


@pytest.mark.parametrize("lang, text", SIGNED, ids=[c[0] for c in SIGNED])
def test_an_agreement_signed_is_one(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-05-26"))
    assert [e.type for e in found.events].count("agreement") == 1


# -- The treaty base counted or named is no signing; new documents counted at a visit are.
BASE = [
    ("ru", "Министр иностранных дел Туркменистана Рашид Мередов провёл переговоры в Астане с Муратом Нуртлеу. "
           "Сформирована договорно-правовая база сотрудничества, закреплённая 180 двусторонними документами."),
    ("en", "Mongolian Foreign Minister Battsetseg Batmunkh held talks in Astana with Murat Nurtleu. "
           "More than 100 agreements now bind the two countries in trade, transport and culture."),
    ("kk", "Моңғолия Сыртқы істер министрі Батцэцэг Батмөнх Астанада Мұрат Нұртлеумен келіссөз жүргізді. "
           "Екі ел арасында 60-тан астам келісім жасалған."),
    ("ar", "أجرى وزير الخارجية الجزائري أحمد عطاف مباحثات في أنقرة مع نظيره التركي هاكان فيدان. "
           "ويرتبط البلدان بأكثر من 100 اتفاقية في مختلف المجالات."),
]


@pytest.mark.parametrize("lang, text", BASE, ids=[c[0] for c in BASE])
def test_the_treaty_base_is_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-11-22"))
    types = [e.type for e in found.events]
    assert "meeting" in types and "agreement" not in types, types


def test_new_documents_counted_at_a_visit_are_a_signing() -> None:
    text = ("وقع الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان في أنقرة اليوم الاثنين "
            "على 15 اتفاقية ومذكرة تفاهم في مجالات الطاقة والزراعة.")
    found = analyse(Document(doc="t", text=text, lang="ar", published="2022-05-16"))
    assert "agreement" in [e.type for e in found.events]


# -- A signing refused, or only commemorated by its anniversary, is no signing the article tells.
NOT_SIGNED = [
    ("en", "Kassym-Jomart Tokayev held talks with Olaf Scholz in Astana on Monday. A chance for peace was lost "
           "with the refusal to sign the Geneva accord, Tokayev said."),
    ("ru", "Касым-Жомарт Токаев провел переговоры с Олафом Шольцем в Астане в понедельник. Возможность мира "
           "была упущена из-за отказа подписать Женевский договор, заявил Токаев."),
    ("fr", "Kassym-Jomart Tokaïev a eu des entretiens avec Olaf Scholz lundi à Astana. Une chance de paix a été "
           "perdue avec le refus de signer l'accord de Genève, a dit Tokaïev."),
    ("ar", "أجرى قاسم جومارت توكاييف محادثات مع أولاف شولتس في أستانا يوم الاثنين. وقال توكاييف إن فرصة للسلام "
           "ضاعت برفض التوقيع على اتفاق جنيف."),
]


@pytest.mark.parametrize("lang, text", NOT_SIGNED, ids=[c[0] for c in NOT_SIGNED])
def test_a_signing_refused_is_no_agreement(lang: str, text: str) -> None:
    events = analyse(Document(doc="t", text=text, lang=lang, published="2024-09-16")).events
    assert "agreement" not in [e.type for e in events]
    assert "meeting" in [e.type for e in events]


ANNIVERSARY = [
    ("en", "Viktor Orbán held talks with Kassym-Jomart Tokayev in Budapest on Wednesday. This year marks the "
           "fifth anniversary of the signing of our treaty of friendship, Orbán said."),
    ("ru", "Виктор Орбан провел переговоры с Касым-Жомартом Токаевым в Будапеште в среду. В этом году "
           "отмечается пятая годовщина подписания нашего договора о дружбе, сказал Орбан."),
]


@pytest.mark.parametrize("lang, text", ANNIVERSARY, ids=[c[0] for c in ANNIVERSARY])
def test_the_anniversary_of_a_signing_is_no_signing_of_the_day(lang: str, text: str) -> None:
    events = analyse(Document(doc="t", text=text, lang=lang, published="2024-11-20")).events
    assert not [e for e in events if e.type == "agreement" and e.when and e.when.startswith("2024")]


# -- «significant», «significatif», «signal» only begin like a signing.
SIGNIFICANT = [
    ("en", "President Kassym-Jomart Tokayev met US Senator Steve Daines in Astana on March 26. "
           "The talks mark a significant moment in relations, and the visit signals new interest, Tokayev said."),
    ("fr", "Le président Kassym-Jomart Tokaïev a rencontré le sénateur américain Steve Daines à Astana le 26 mars. "
           "Cette rencontre marque une étape significative dans les relations, a signalé la présidence."),
]


@pytest.mark.parametrize("lang, text", SIGNIFICANT, ids=[c[0] for c in SIGNIFICANT])
def test_significant_is_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-03-27"))
    types = [e.type for e in found.events]
    assert "meeting" in types and "agreement" not in types, types


# -- «following the signing» names no document: it refers back to the agreement the article told.
SIGNING_RECALLED = [
    ("en", "Kazakh Foreign Minister Murat Nurtleu and British Foreign Secretary David Cameron signed a strategic "
           "partnership agreement in Astana on Wednesday.\n\n"
           "The document took six years to prepare.\n\n"
           "“This is a historic day,” Cameron said at a press conference following the signing."),
    ("fr", "Le ministre kazakh des Affaires étrangères Murat Nurtleu et le ministre britannique David Cameron ont "
           "signé un accord de partenariat stratégique à Astana mercredi.\n\n"
           "Le document a été préparé pendant six ans.\n\n"
           "« C'est un jour historique », a déclaré Cameron lors d'une conférence de presse après la signature."),
]


@pytest.mark.parametrize("lang, text", SIGNING_RECALLED, ids=[c[0] for c in SIGNING_RECALLED])
def test_the_signing_referred_back_to_is_the_agreement_told(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-04-24"))
    assert [e.type for e in found.events].count("agreement") == 1, [(e.type, e.text) for e in found.events]


# -- Protocol as etiquette and a joint statement read to the press are no signed document.
PRESS_AND_PROTOCOL = [
    ("en", "President Kassym-Jomart Tokayev held talks with President Emomali Rahmon in Astana on Thursday.\n\n"
           "“This visit is not just protocol, but of substance,” Tokayev said while making a joint statement for "
           "mass media in the Akorda Palace."),
    ("fr", "Le président Kassym-Jomart Tokaïev a eu des entretiens avec le président Emomali Rahmon à Astana jeudi.\n\n"
           "« Cette visite n'est pas une simple visite protocolaire », a dit Tokaïev dans une déclaration commune à la presse."),
    ("ru", "Президент Касым-Жомарт Токаев провёл переговоры с Президентом Эмомали Рахмоном в Астане в четверг.\n\n"
           "Об этом Токаев сказал, выступая с совместным заявлением для прессы в Акорде."),
]


@pytest.mark.parametrize("lang, text", PRESS_AND_PROTOCOL, ids=[c[0] for c in PRESS_AND_PROTOCOL])
def test_protocol_and_a_statement_to_the_press_are_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-05-04"))
    types = [e.type for e in found.events]
    assert "meeting" in types and "agreement" not in types, types


@pytest.mark.parametrize("lang, text", [
    ("ru", "Владимир Путин провел переговоры с президентом Словакии в Кремле. Пресс-секретарь президента "
           "России Дмитрий Песков сообщил, что встреча прошла без подписания документов."),
    ("en", "Vladimir Putin held talks with the President of Slovakia in the Kremlin. Kremlin spokesman "
           "Dmitry Peskov said the meeting ended without the signing of any documents."),
    ("en", "Vladimir Putin held talks with the President of Slovakia in the Kremlin. No documents were signed."),
])
def test_a_meeting_without_a_signing_tells_no_agreement(lang: str, text: str) -> None:
    found = [e.type for e in analyse(Document(doc="t", text=text, lang=lang, published="2024-07-25")).events]
    assert "meeting" in found and "agreement" not in found


@pytest.mark.parametrize("lang, text", [
    ("ru", "По итогам переговоров с премьер-министром Словакии Робертом Фицо лидеры выступили с совместным "
           "заявлением перед представителями СМИ."),
    ("ru", "Лидеры обсудили итоги подписанных соглашений и ход реализации дорожной карты."),
    ("en", "After the talks with Slovak Prime Minister Robert Fico, the leaders made joint statements to the press."),
    ("en", "The leaders discussed the implementation of the agreements signed in 2023."),
])
def test_press_statements_and_carrying_out_are_no_signing(lang: str, text: str) -> None:
    assert "agreement" not in [e.type for e in analyse(Document(doc="t", text=text, lang=lang,
                                                                 published="2024-11-21")).events]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Касым-Жомарт Токаев и Роберт Фицо приняли совместное заявление."),
    ("ru", "По итогам переговоров подписано соглашение о сотрудничестве в сфере транспорта."),
    ("en", "Following the talks, the sides signed an agreement on transport cooperation."),
])
def test_a_statement_adopted_or_signed_stays(lang: str, text: str) -> None:
    assert "agreement" in [e.type for e in analyse(Document(doc="t", text=text, lang=lang,
                                                             published="2024-11-21")).events]
