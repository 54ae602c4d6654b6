"""What two of the talks' own people discussed, told in a sentence of its own after another event of
the visit, is what the talks were about."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TEXTS = [
    ("en", "Prime Minister Petr Fiala met with Prime Minister Alikhan Smailov in Astana on 24 April. "
           "Before his departure, Prime Minister Fiala laid a wreath at the memorial. "
           "Prime Minister Fiala and Prime Minister Smailov discussed cooperation in the energy sector and transport.",
     {"energy", "transport"}),
    ("ru", "Премьер-министр Чехии Петр Фиала 24 апреля встретился в Астане с премьер-министром Казахстана Алиханом Смаиловым. "
           "Перед отъездом Петр Фиала возложил венок к мемориалу. "
           "Петр Фиала и Алихан Смаилов обсудили сотрудничество в энергетике и транспорте.",
     {"energy", "transport"}),
    ("fr", "Le Premier ministre tchèque Petr Fiala a rencontré le Premier ministre kazakh Alikhan Smaïlov le 24 avril à Astana. "
           "Avant son départ, Petr Fiala a déposé une gerbe au mémorial. "
           "Petr Fiala et Alikhan Smaïlov ont discuté de la coopération dans l'énergie et les transports.",
     {"energy", "transport"}),
]


@pytest.mark.parametrize("lang, text, codes", TEXTS, ids=[t[0] for t in TEXTS])
def test_what_the_two_discussed_later_is_the_talks_topic(lang: str, text: str, codes: set[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-04-25"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings
    assert codes <= set(meetings[0].topics)
