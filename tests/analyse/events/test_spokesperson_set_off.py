"""A spokesperson's title set off from the name by the office he speaks for and a comma («le porte-parole
de la présidence, Ibrahim Rustamov», «المتحدث الرسمي باسم الرئاسة، إبراهيم روستاموف»), or in apposition
after it («Ibrahim Rustamov, the Azerbaijani President's press secretary»): he reports, he does not take
part; a title followed by a name of its own belongs to that name. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def people_of_events(lang: str, text: str) -> set[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-14"))
    names = {p.id: p.name for p in found.people}
    assert found.events
    return {names[p] for e in found.events for p in e.people}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président azerbaïdjanais Ilham Aliev a rencontré mardi à Tachkent le président ouzbek Chavkat "
           "Mirzioïev. La rencontre a duré deux heures, a déclaré le porte-parole de la présidence Ibrahim "
           "Rustamov, qualifiant de constructifs ces entretiens."),
    ("fr", "Le président azerbaïdjanais Ilham Aliev a rencontré mardi à Tachkent le président ouzbek Chavkat "
           "Mirzioïev. Le porte-parole de la présidence, Ibrahim Rustamov, a affirmé que les entretiens "
           "porteraient sur le commerce."),
    ("en", "Azerbaijani President Ilham Aliyev met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday. "
           "Ibrahim Rustamov, the Azerbaijani President's press secretary, said the talks focused on trade."),
    ("ru", "Президент Азербайджана Ильхам Алиев встретился во вторник в Ташкенте с президентом Узбекистана "
           "Шавкатом Мирзиёевым. Ибрагим Рустамов, пресс-секретарь президента Алиева, заявил, что переговоры "
           "прошли конструктивно."),
])
def test_a_spokesperson_set_off_by_a_comma_is_no_participant(lang: str, text: str) -> None:
    people = people_of_events(lang, text)
    assert not any("Rustamov" in n or "Рустамов" in n for n in people)
    assert any("Aliyev" in n or "Aliev" in n or "Алиев" in n for n in people)


def test_the_title_before_a_name_of_its_own_is_that_names() -> None:
    text = ("Azerbaijani President Ilham Aliyev met Uzbek President Shavkat Mirziyoyev in Tashkent on Tuesday. "
            "The talks lasted two hours, said Aliyev, whose spokesman Ibrahim Rustamov later added details.")
    people = people_of_events("en", text)
    assert any("Aliyev" in n for n in people)
