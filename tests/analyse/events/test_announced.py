"""Announced events keep their type and are dated as announced; what is only hoped for, planned,
invited or considered is a proposal (GOLD.md Clarifications, "Announced or scheduled events")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def found(lang: str, published: str, text: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [(e.type, e.when) for e in r.events]


@pytest.mark.parametrize("lang, published, text, expected", [
    ("en", "2024-07-20", "Tunisian President Kais Saied will arrive in Algiers on 22 July for a two-day official "
                         "visit at the invitation of President Abdelmadjid Tebboune.", [("visit", "2024-07-22")]),
    ("ru", "2025-04-10", "Министр иностранных дел Ирана Аббас Аракчи посетит Москву на следующей неделе, сообщил МИД.",
     [("visit", "2025-04-14/2025-04-20")]),
    ("en", "2026-04-14", "The Qatari minister is due to meet Kazakh Senate Chairman Maulen Ashimbayev on Wednesday.",
     [("meeting", "2026-04-15")]),
    ("ar", "2024-07-21", "يبدأ الرئيس التونسي قيس سعيد غدا الاثنين زيارة رسمية إلى الجزائر تستغرق يومين.",
     [("visit", "2024-07-22")]),
    # announced without a date: from publication on, never the past news interval
    ("fr", "2025-04-10", "Le président tunisien Kaïs Saïed se rendra en Algérie pour une visite d’Etat.",
     [("visit", "2025-04-10/..")]),
])
def test_an_announced_event_keeps_its_type_and_its_announced_date(lang, published, text, expected) -> None:
    assert found(lang, published, text) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "We also hope that the Crown Prince will visit Uzbekistan, and the invitation from President "
           "Shavkat Mirziyoyev stands."),
    ("ru", "Мы надеемся, что наследный принц посетит Узбекистан в следующем году."),
    ("fr", "Nous espérons que le prince héritier se rendra en Ouzbékistan l'année prochaine."),
])
def test_a_visit_hoped_for_is_a_proposal(lang: str, text: str) -> None:
    assert [t for t, _ in found(lang, "2025-04-10", text)] == ["proposal"]


def test_an_announced_visit_is_not_merged_with_the_visit_reported_beside_it() -> None:
    text = ("Le ministre français des Affaires étrangères, Jean-Noël Barrot, a été reçu dimanche 6 avril à Alger "
            "par le président Abdelmadjid Tebboune. Le ministre de la Justice, Gérald Darmanin, devrait à son tour "
            "se rendre prochainement à Alger.")
    visits = [w for t, w in found("fr", "2025-04-07", text) if t == "visit"]
    assert len(visits) == 2 and "2025-04-06" in visits


@pytest.mark.parametrize("lang, text", [
    ("fr", "Pour la première fois depuis son élection le 23 octobre 2019, Kaïs Saïed s'est rendu en France pour "
           "une visite de travail."),
    ("en", "Pezeshkian, on his first visit to Moscow since winning the presidency last July, held talks with "
           "President Vladimir Putin."),
    ("ar", "وتعد الزيارة هي الأولى للرئيس السيسي إلى الأردن منذ توليه منصبه في حزيران/ يونيو الماضي."),
])
def test_a_time_that_starts_a_period_does_not_date_the_visit(lang: str, text: str) -> None:
    visits = [w for t, w in found(lang, "2020-06-23", text) if t == "visit"]
    # not dated by the election (2019) or the inauguration (June 2024 in the Arabic text's «last June»)
    assert visits and not any(w and w.startswith(("2019", "2024")) for w in visits), visits


# -- A day told beside a statement's verb dates the statement, not the event it tells.
STATEMENT_DAY = [
    ("fr", "Le président ouzbek Chavkat Mirzioïev effectuera une visite d'État en Italie, a annoncé jeudi le Quirinal."),
    ("en", "Uzbek President Shavkat Mirziyoyev will pay a state visit to Italy, the Quirinal announced on Thursday."),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев совершит государственный визит в Италию, сообщили в четверг в Риме."),
    # the body that speaks between the verb and the day, as Arabic and Russian wires write it
    ("ar", "أعلن الكرملين، الخميس، أن الرئيس الأوزبكي شوكت ميرزيوييف سيقوم بزيارة دولة إلى إيطاليا."),
    ("ru", "Как сообщила пресс-служба Квиринала в четверг, президент Узбекистана Шавкат Мирзиёев совершит "
           "государственный визит в Италию."),
    ("ru", "В четверг Квиринал сообщил, что президент Узбекистана Шавкат Мирзиёев совершит государственный визит "
           "в Италию."),
]


@pytest.mark.parametrize("lang, text", STATEMENT_DAY, ids=[f"{c[0]}{i}" for i, c in enumerate(STATEMENT_DAY)])
def test_the_day_of_the_statement_does_not_date_the_visit_it_announces(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-03-10")).events
    visits = [e for e in found if e.type == "visit"]
    assert len(visits) == 1 and visits[0].when == "2025-03-10/.."


def test_the_visit_s_own_day_before_the_statement_dates_it() -> None:
    text = ("Le président ouzbek Chavkat Mirzioïev entamera une visite de trois jours en Italie le 18 mars, "
            "a annoncé lundi son service de presse.")
    visits = [e for e in analyse(Document(doc="t", text=text, lang="fr", published="2025-03-10")).events
              if e.type == "visit"]
    assert visits[0].when.startswith("2025-03-18")


# -- A page that lost the space after a period («on Monday.The statement») still has two sentences there,
# and the day of the statement («said in a statement on Monday») dates no event it announces.
GLUED = [
    ("en", "\"On 17 January, Vladimir Putin will hold talks with President Masoud Pezeshkian, who will come to "
           "Russia on an official visit,\" the Kremlin said in a statement on Monday.The statement added that the "
           "two presidents will discuss trade."),
    ("fr", "« Le 17 janvier, Vladimir Poutine aura des entretiens avec le président Massoud Pezeshkian, qui viendra "
           "en Russie pour une visite officielle », a annoncé le Kremlin lundi.La déclaration ajoute que les deux "
           "présidents discuteront du commerce."),
]


@pytest.mark.parametrize("lang, text", GLUED, ids=[c[0] for c in GLUED])
def test_a_glued_period_ends_a_sentence_and_the_statement_day_dates_nothing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-13"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings and all(m.when == "2025-01-17" for m in meetings), [(m.when, m.text) for m in meetings]


# -- «will arrive in Kazakhstan on April 24-25» announces the visit and dates it; «His visit to Kazakhstan
# is part of a tour» says it again.
ARRIVAL = [
    ("en", "British Foreign Secretary David Cameron will arrive in Kazakhstan on April 24-25, the ministry reported.\n\n"
           "His visit to Kazakhstan is part of a Central Asian tour."),
    ("fr", "Le ministre britannique des Affaires étrangères David Cameron arrivera au Kazakhstan les 24 et 25 avril, "
           "a indiqué le ministère.\n\nSa visite au Kazakhstan est très attendue à Astana."),
]


@pytest.mark.parametrize("lang, text", ARRIVAL, ids=[c[0] for c in ARRIVAL])
def test_an_announced_arrival_is_the_visit_and_dates_it(lang: str, text: str) -> None:
    visits = [(t, w) for t, w in found(lang, "2024-04-22", text) if t == "visit"]
    assert visits == [("visit", "2024-04-24/2024-04-25")], visits
