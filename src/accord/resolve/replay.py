"""Deciding the linking walk again only where new mentions change it.

`linking.cluster_mentions` is a walk: the mentions of a partition in a canonical order, each joining
the best cluster it reaches among those the mentions before it formed. A stored partition is the
result of that walk. When articles arrive (or change, or their people come to stand for other ids),
the walk over the new set of mentions differs from the stored one only from the first new mention
on, and only for the mentions whose choice could see a difference: a mention decides again when a
cluster it can join (one with a member it reaches, or a sibling of its parent's event) changed
*earlier in the walk*, or when its parent moved. Every other mention makes the choice it made
before, so it keeps its event. Deciding in the canonical order, with a cluster's state taken as the
members placed before the mention (its prefix), gives exactly the clusters the whole walk gives.

Most decisions taken again end as before, and then nothing after them changes: the work follows
what really changes (the clusters a new report joins and what they in turn change), not the size
of the partition. Mentions are read from a `Source` as the replay reaches them: the store's reach
index for the mentions a day range reaches, its event index for a cluster's members.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from accord.resolve.linking import (MentionRecord, UNBOUNDED, _Cluster, _narrow, _Placed, _score, canonical_key,
                                    reach_of, reaches)

# a label names a cluster: a stored event's id, or "+" and the key of the mention that founded a new one
Label = str


class Source(Protocol):
    """Where the replay reads the stored mentions, each with the label of the cluster it sits in
    (None: it waits to be linked, or a copy's mention that joined none). Whole articles come back:
    a mention is compared through its parent, which its article holds."""

    def reaching(self, etype: str, lo: date, hi: date) -> Iterable[tuple[MentionRecord, Label | None]]:
        """The mentions of articles with a mention of `etype` whose reach meets days lo..hi."""
        ...

    def members(self, label: Label) -> Iterable[tuple[MentionRecord, Label | None]]:
        """The mentions of the articles with a mention in the stored cluster `label`."""
        ...


class _PrefixPlacement:
    """`_Placed.cluster` as the walk sees it when it reaches one mention: the mentions placed before
    it, each mapped to one token per cluster (scoring compares clusters by identity only)."""

    def __init__(self, replay: "Replay") -> None:
        self.replay = replay
        self.before: tuple = ()

    def get(self, key: str, default: object = None) -> object:
        r = self.replay
        label = r.now.get(key)
        if label is None or r.pos[key] >= self.before:
            return default
        return r.token(label)

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]


class _View(_Placed):
    """The placement `_score` reads, over the mentions loaded so far."""

    def __init__(self, replay: "Replay") -> None:  # (no super().__init__: the maps are the replay's)
        self.by_key = replay.rec
        self.by_doc = replay.by_doc_records
        self.cluster = _PrefixPlacement(replay)  # type: ignore[assignment]


class Replay:
    """One partition's walk decided again from its seeds; `run()` returns the labels that changed."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.rec: dict[str, MentionRecord] = {}
        self.pos: dict[str, tuple] = {}
        self.old: dict[str, Label | None] = {}
        self.now: dict[str, Label | None] = {}
        self.by_doc_records: dict[str, list[MentionRecord]] = {}
        self.old_members: dict[Label, set[str]] = {}
        self.members_now: dict[Label, set[str]] = {}
        self.loaded_labels: set[Label] = set()
        self.dirty: dict[Label, tuple] = {}      # label → the first place in the walk where it differs
        self.forced: set[str] = set()            # mentions that decide again whatever they see
        self.decided: set[str] = set()
        self.heap: list[tuple[tuple, str]] = []
        self._tokens: dict[Label, object] = {}
        self._index: dict[tuple[str, int], list[str]] = {}
        self._anywhere: dict[str, list[str]] = {}
        self._covered: dict[str, list[tuple[date, date]]] = {}
        self.view = _View(self)
        self.decisions = 0

    # -- what is loaded --------------------------------------------------------------------------
    def token(self, label: Label) -> object:
        return self._tokens.setdefault(label, object())

    def add(self, rows: Iterable[tuple[MentionRecord, Label | None]]) -> None:
        for m, label in rows:
            if m.key in self.rec:
                continue
            self.rec[m.key] = m
            self.pos[m.key] = canonical_key(m)
            self.old[m.key] = self.now[m.key] = label
            self.by_doc_records.setdefault(m.doc, []).append(m)
            if label is not None:
                self.old_members.setdefault(label, set()).add(m.key)
                self.members_now.setdefault(label, set()).add(m.key)
            months = _months(reach_of(m))
            if months is None:
                self._anywhere.setdefault(m.mention.type, []).append(m.key)
            else:
                for month in months:
                    self._index.setdefault((m.mention.type, month), []).append(m.key)

    def seed(self, rows: Iterable[tuple[MentionRecord, Label | None]]) -> None:
        """Mentions that decide again whatever they see: new ones, new versions, people now read as
        someone else."""
        rows = list(rows)
        self.add(rows)
        for m, _ in rows:
            self.forced.add(m.key)
            self._push(m.key)

    def _load_label(self, label: Label) -> None:
        if label in self.loaded_labels or label.startswith("+"):
            return
        self.loaded_labels.add(label)
        self.add(self.source.members(label))

    def _load_reaching(self, etype: str, span: tuple[date, date]) -> None:
        covered = self._covered.setdefault(etype, [])
        if any(lo <= span[0] and span[1] <= hi for lo, hi in covered):
            return
        covered.append(span)
        self.add(self.source.reaching(etype, span[0], span[1]))

    def _around(self, m: MentionRecord) -> list[str]:
        """Loaded mentions `m` reaches (any place in the walk)."""
        etype = m.mention.type
        months = _months(reach_of(m))
        if months is None:
            keys = [k for (t, _), ks in self._index.items() if t == etype for k in ks]
        else:
            keys = [k for month in months for k in self._index.get((etype, month), ())]
        keys += self._anywhere.get(etype, [])
        return [k for k in dict.fromkeys(keys) if k != m.key and reaches(m, self.rec[k])]

    def _children(self, key: str) -> list[str]:
        m = self.rec[key]
        return [x.key for x in self.by_doc_records.get(m.doc, ()) if x.mention.part_of == m.mention.id]

    def _parent_key(self, key: str) -> str | None:
        m = self.rec[key]
        if not m.mention.part_of:
            return None
        p = f"{m.doc}#{m.mention.part_of}"
        return p if p in self.rec else None

    # -- the walk --------------------------------------------------------------------------------
    def _push(self, key: str) -> None:
        if key not in self.decided:
            heapq.heappush(self.heap, (self.pos[key], key))

    def _push_after(self, keys: Iterable[str], after: tuple) -> None:
        for k in keys:
            if self.pos[k] > after:
                self._push(k)

    def run(self) -> set[Label]:
        while self.heap:
            _, key = heapq.heappop(self.heap)
            if key in self.decided:
                continue
            self.decided.add(key)
            self._decide(key)
        return set(self.dirty)

    def _decide(self, key: str) -> None:
        m = self.rec[key]
        here = self.pos[key]
        self._load_reaching(m.mention.type, reach_of(m))
        self.view.cluster.before = here  # type: ignore[attr-defined]
        placed_before = lambda k: self.now.get(k) is not None and self.pos[k] < here  # noqa: E731
        candidates = {self.now[k] for k in self._around(m) if placed_before(k)}
        parent = self._parent_key(key)
        if parent is not None and placed_before(parent):
            family = self.now[parent]
            self._load_label(family)  # type: ignore[arg-type]
            for pk in list(self.members_now.get(family, ())):  # type: ignore[arg-type]
                for child in self._children(pk):
                    if placed_before(child):
                        candidates.add(self.now[child])
        clusters = []
        for label in candidates:
            self._load_label(label)  # type: ignore[arg-type]
            prefix = sorted((k for k in self.members_now.get(label, ()) if self.pos[k] < here),  # type: ignore[arg-type]
                            key=self.pos.__getitem__)
            if not prefix:
                continue
            c = _Cluster()
            for k in prefix:
                c.members.append(self.rec[k])
                _narrow(c, self.rec[k])
            clusters.append((self.pos[prefix[0]], label, c))
        self.decisions += 1
        best, best_score = None, 0.0
        for _, label, c in sorted(clusters, key=lambda x: x[0]):
            s = _score(c, m, self.view)
            if s is not None and s > best_score:
                best, best_score = label, s
        if best is None and not m.duplicate:
            best = self._founded(key)
        self._place(key, best)

    def _founded(self, key: str) -> Label:
        """The label of a cluster `key` founds: its old one when it founded that one before."""
        old = self.old.get(key)
        if old is not None:
            self._load_label(old)
            first = min(self.old_members.get(old, {key}), key=self.pos.__getitem__)
            if first == key:
                return old
        return "+" + key

    def _place(self, key: str, label: Label | None) -> None:
        before = self.now[key]
        if label == before and key not in self.forced:
            return
        here = self.pos[key]
        if before is not None:
            self.members_now[before].discard(key)
        self.now[key] = label
        if label is not None:
            self.members_now.setdefault(label, set()).add(key)
        # whoever reaches this mention later in the walk sees it elsewhere now
        self._push_after(self._around(self.rec[key]), here)
        for lab in (before, label):
            if lab is not None:
                self._mark(lab, here)
        # its children are compared through it: they, and the clusters holding them, differ from here on
        for child in self._children(key):
            self._push_after([child], here)
            if self.now.get(child) is not None:
                self._mark(self.now[child], max(here, self.pos[child]))  # type: ignore[arg-type]
        if label is not None and label in self.dirty and self.dirty[label] < here:
            self._family_after(key, here)

    def _mark(self, label: Label, at: tuple) -> None:
        """`label`'s cluster differs from `at` on: every mention after it that can see it decides again."""
        if label in self.dirty and self.dirty[label] <= at:
            return
        self.dirty[label] = at
        self._load_label(label)
        for k in list(self.old_members.get(label, set()) | self.members_now.get(label, set())):
            m = self.rec[k]
            self._load_reaching(m.mention.type, reach_of(m))
            self._push_after(self._around(m), at)
            self._family_after(k, at)

    def _family_after(self, key: str, at: tuple) -> None:
        """The children of `key`'s parent's cluster may take `key`'s cluster as a sibling's."""
        parent = self._parent_key(key)
        if parent is None or self.now.get(parent) is None:
            return
        family = self.now[parent]
        self._load_label(family)  # type: ignore[arg-type]
        for pk in list(self.members_now.get(family, ())):  # type: ignore[arg-type]
            self._push_after(self._children(pk), at)

    # -- the result ------------------------------------------------------------------------------
    def groups(self, labels: Iterable[Label]) -> dict[Label, list[MentionRecord]]:
        """The members now of these clusters, in the canonical order."""
        out = {}
        for label in labels:
            self._load_label(label)
            keys = sorted(self.members_now.get(label, ()), key=self.pos.__getitem__)
            out[label] = [self.rec[k] for k in keys]
        return out

    def rebuilt(self) -> set[Label]:
        """The clusters whose events must be written again: those that changed, and those holding a
        child of a changed one's mention (its parent event may have another id or size now)."""
        out = set(self.dirty)
        for label in list(self.dirty):
            for k in list(self.old_members.get(label, set()) | self.members_now.get(label, set())):
                for child in self._children(k):
                    if self.now.get(child) is not None:
                        out.add(self.now[child])  # type: ignore[arg-type]
        return out


def _months(span: tuple[date, date]) -> range | None:
    if span == UNBOUNDED or span[0] == date.min or span[1] == date.max:
        return None
    return range(span[0].year * 12 + span[0].month, span[1].year * 12 + span[1].month + 1)
