"""Actors as a reader types them on the command line: an actor id («kz-koshanov»), or a name in any
script and case form («Koshanov», «Кошанов», «Ерланом Кошановым», «كوشانوف»)."""
from __future__ import annotations

import difflib

from accord.model import Actor
from accord.names.gazetteer import names_person


class UnknownActor(ValueError):
    """A name that no stored actor carries."""


def _forms(actor: Actor) -> list[tuple[str, str]]:
    return [("en", actor.name), *((lang, f) for lang, forms in actor.names.items() for f in forms),
            *(("en", a) for a in actor.aliases)]


def actor_ids(store, text: str) -> list[str]:  # noqa: ANN001 — a Store
    """Ids of the stored actors `text` names (an id, or a name in any script); UnknownActor with
    the closest names otherwise. One person may be several actors (the registry's and a provisional
    one found in an article before the registry knew the spelling)."""
    value = text.strip()
    if store.actor(value) is not None:
        return [value]
    actors = store.actors()
    found = [a.id for a in actors if any(names_person(value, form) for form in _forms(a))]
    if found:
        return found
    names = sorted({a.name for a in actors})
    close = difflib.get_close_matches(value, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; `accord actors --query NAME` lists them"
    raise UnknownActor(f"no actor named {text!r}{hint}")
