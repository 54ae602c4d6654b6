"""One person named by outlets in forms that no letter rule makes equal — a short given name («Mike» for
«Michael»), a given name spelt without its háček («Zomart» for «Žomart», «Jomart»), a Mongolian patronymic
in the genitive or not («Дашзэгвийн» / «Dashzegve») — is one actor within a relationship, so that two
reports of one event share their people (names/variants.toml, names/particles.toml)."""
from __future__ import annotations

import pytest

from accord.model import Actor
from accord.names import same_name
from accord.resolve.actors import provisional_actor, same_people


def _actor(name: str, lang: str, country: str) -> Actor:
    return provisional_actor(name, lang, None, country)


@pytest.mark.parametrize("a, b, country", [
    (("Mike Hollander", "en"), ("Michael Hollander", "en"), "US"),
    (("Майк Холландер", "ru"), ("Michael Hollander", "en"), "US"),
    (("مايك هولاندر", "ar"), ("Майкл Холландер", "kk"), "US"),
    (("Daulet-Zomart Sarsenov", "en"), ("Даулет-Жомарт Сарсенов", "ru"), "KZ"),
    (("Daulet-Zomart Sarsenov", "fr"), ("Daulet-Jomart Sarsenov", "en"), "KZ"),
    (("Батболдын Энхжаргал", "kk"), ("Batbold Enkhjargal", "en"), "MN"),
    (("Ганбаагийн Оюунбилэг", "ru"), ("Ganbaa Oyunbileg", "fr"), "MN"),
])
def test_one_person_in_two_forms_is_one_actor(a: tuple[str, str], b: tuple[str, str], country: str) -> None:
    assert same_name(a[0], a[1], b[0], b[1])
    x, y = _actor(*a, country), _actor(*b, country)
    for actors in ([x, y], [y, x]):
        grouped = same_people(actors)
        assert grouped[x.id] == grouped[y.id]


@pytest.mark.parametrize("a, b", [
    (("Mike Hollander", "en"), ("Mark Hollander", "en")),
    (("Майкл Холландер", "ru"), ("Michael Hollings", "en")),
    (("Batbold Enkhjargal", "en"), ("Batbold Enkhtuya", "en")),
    (("Ганбаагийн Оюунбилэг", "ru"), ("Ganbold Oyunbileg", "en")),
])
def test_other_people_stay_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert not same_name(a[0], a[1], b[0], b[1])
