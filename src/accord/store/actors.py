"""Canonical actors: the registry's people and organisations, and provisional ones from articles."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from accord.model import Actor, from_dict, to_dict
from accord.store.core import StoreCore
from accord.store.keys import fold

_UPSERT = (
    "INSERT INTO actors (id, kind, name, role, country, provisional, search_names, data) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
    "name = excluded.name, role = excluded.role, country = excluded.country, "
    "provisional = excluded.provisional, search_names = excluded.search_names, data = excluded.data"
)


def _all_names(actor: Actor) -> list[str]:
    forms = [actor.name, *actor.aliases, *(f for forms in actor.names.values() for f in forms)]
    return list(dict.fromkeys(fold(f) for f in forms if f))


def _like_pattern(query: str) -> str:
    escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ActorStore(StoreCore):
    def _actor_row(self, actor: Actor) -> tuple[Any, ...]:
        country = actor.country.upper() if actor.country else None
        return (actor.id, actor.kind, actor.name, actor.role, country, actor.provisional,
                "\n".join(_all_names(actor)), self._json_param(to_dict(actor)))

    def upsert_actor(self, actor: Actor) -> None:
        with self.transaction():
            self._execute(_UPSERT, self._actor_row(actor))

    def _lock_actor(self, id: str) -> None:
        """Serialise concurrent writers of one actor (SQLite's write lock already does)."""

    def merge_actors(self, actors: Iterable[Actor], merge: Callable[[Actor | None, Actor], Actor]) -> None:
        """Store each actor as `merge(stored, new)`, read and written under the actor's lock.

        Actors are taken in id order, so two writers sharing actors always lock them in the same
        order and never wait on each other in a cycle; the lock keeps a concurrent merge of the same
        actor from being lost between the read and the write."""
        with self.transaction():
            for actor in sorted({a.id: a for a in actors}.values(), key=lambda a: a.id):
                self._lock_actor(actor.id)
                stored = self.actor(actor.id)
                merged = merge(stored, actor)
                if merged != stored:  # most articles name people the store already knows as they are
                    self._execute(_UPSERT, self._actor_row(merged))

    def load_registry_actors(self, actors: Iterable[Actor]) -> None:
        """Insert or update many actors in one transaction."""
        with self.transaction():
            self._executemany(_UPSERT, [self._actor_row(a) for a in sorted(actors, key=lambda a: a.id)])

    def actor(self, id: str) -> Actor | None:
        data = self._scalar("SELECT data FROM actors WHERE id = ?", (id,))
        return None if data is None else from_dict(Actor, self._json_value(data))

    def actors(self, *, country: str | None = None, kind: str | None = None, query: str | None = None,
               limit: int | None = None) -> list[Actor]:
        """Actors matching every filter, by name; `query` is a part of any of their names, in any script."""
        where: list[str] = []
        params: list[Any] = []
        if country is not None:
            where.append("country = ?")
            params.append(country.upper())
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if query:
            where.append("search_names LIKE ? ESCAPE '\\'")
            params.append(_like_pattern(query))
        sql = "SELECT data FROM actors"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY name, id LIMIT ?"
        rows = self._rows(sql, (*params, self._limit(limit)))
        return [from_dict(Actor, self._json_value(data)) for (data,) in rows]
