"""What an analyst decided about linking, in the terms the clustering understands.

A merge of two events is a must-link between their mentions, a split of a mention off an
event a cannot-link between it and the rest. Mentions are named by their keys ("doc#e2"),
which stay the same through every relink and re-analysis of an unchanged article.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class LinkConstraints:
    """Pairs of mention keys that must, or must not, end in one event."""

    must: set[frozenset[str]] = field(default_factory=set)
    cannot: set[frozenset[str]] = field(default_factory=set)

    def join(self, a: Iterable[str], b: Iterable[str]) -> None:
        """Every mention of `a` with every mention of `b`: a later decision undoes an earlier opposite one."""
        for pair in _cross(a, b):
            self.must.add(pair)
            self.cannot.discard(pair)

    def separate(self, a: Iterable[str], b: Iterable[str]) -> None:
        for pair in _cross(a, b):
            self.cannot.add(pair)
            self.must.discard(pair)

    def partners(self, key: str) -> set[str]:
        """Every mention bound to `key` by must-links, also through others (a merge of merges)."""
        seen, todo = {key}, [key]
        while todo:
            k = todo.pop()
            for pair in self.must:
                if k in pair:
                    for other in pair - seen:
                        seen.add(other)
                        todo.append(other)
        return seen - {key}

    def forbids(self, key: str, keys: Iterable[str]) -> bool:
        return any(frozenset((key, k)) in self.cannot for k in keys)

    def __bool__(self) -> bool:
        return bool(self.must or self.cannot)


def _cross(a: Iterable[str], b: Iterable[str]) -> set[frozenset[str]]:
    return {frozenset((x, y)) for x in set(a) for y in set(b) if x != y}
