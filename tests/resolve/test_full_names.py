"""A person's shorter full names reach the actor, and a group of provisional actors is exported
under a form an article wrote in Latin script (resolve/actors.py)."""
from __future__ import annotations

from accord.model import Actor, Person
from accord.resolve.actors import _full_names, provisional_actor, same_people


def test_the_short_full_name_is_kept_beside_the_long_one() -> None:
    ru = Person(id="p1", name="Роберт Чарльз Эдмунд Харгривз", names=["Роберт Харгривз", "Харгривз"])
    assert _full_names(ru) == ["Роберт Чарльз Эдмунд Харгривз", "Роберт Харгривз"]
    en = Person(id="p1", name="Robert Charles Edmund Hargreaves", names=["Robert Hargreaves", "Hargreaves"])
    assert _full_names(en) == ["Robert Charles Edmund Hargreaves", "Robert Hargreaves"]


def test_a_lone_surname_is_not_a_full_name() -> None:
    assert _full_names(Person(id="p1", name="Харгривз", names=["Харгривза"])) == ["Харгривз"]


def _actor(forms: list[str], lang: str) -> Actor:
    actor = provisional_actor(forms[0], lang, None, "GB")
    actor.names[lang] = list(forms)
    return actor


def test_the_latin_form_stands_for_the_group() -> None:
    ru = _actor(["Томас Эдвард Браун", "Томас Браун"], "ru")
    en = _actor(["Thomas Brown"], "en")
    fr = _actor(["Thomas Brown"], "fr")
    for actors in ([ru, en], [en, ru], [ru, fr]):
        grouped = same_people(actors)
        latin = actors[0] if actors[0] is not ru else actors[1]
        assert grouped[ru.id] == grouped[latin.id] == latin.id


def test_different_people_stay_apart() -> None:
    ru = _actor(["Роберт Браун"], "ru")
    en = _actor(["Richard Brown"], "en")
    grouped = same_people([ru, en])
    assert grouped[ru.id] != grouped[en.id]
