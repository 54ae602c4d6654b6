"""A name that holds a known person's full name after «son of» names the child (resolve/actors.py)."""
from __future__ import annotations

from accord.model import Actor
from accord.resolve.actors import _child_of

FATHER = Actor(id="x", kind="person", name="Hamad bin Khalifa", names={"ar": ["حمد بن خليفة"], "en": ["Hamad bin Khalifa"]})


def test_the_son_is_not_the_father() -> None:
    assert _child_of("تميم بن حمد بن خليفة آل ثاني", FATHER, "ar")
    assert _child_of("Tamim bin Hamad bin Khalifa Al Thani", FATHER, "en")


def test_the_father_himself_is_the_father() -> None:
    assert not _child_of("حمد بن خليفة آل ثاني", FATHER, "ar")
    assert not _child_of("Hamad bin Khalifa Al Thani", FATHER, "en")
    assert _child_of("تميم بن حمد بن خليفة", Actor(id="y", kind="person", name="", names={"ar": ["حمد بن خليفة"]}), "ar")
    assert not _child_of("Хамад бин Халифа", FATHER, "ru")    # no particles listed: nothing to tell
