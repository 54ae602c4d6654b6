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

import bisect
import heapq
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Protocol

from accord.resolve.linking import (SCORE_EPSILON, MentionRecord, _Cluster, _compatible_people, _narrow, _Placed,
                                    _score, _SpanIndex, canonical_key, cluster_bound, mention_bound, reach_of)

# how much wider than asked the replay reads a day range from the store (fewer, larger reads)
_READ_AHEAD = timedelta(days=30)

# a label names a cluster: a stored event's id, or "+" and the key of the mention that founded a new one
Label = str


class Source(Protocol):
    """Where the replay reads the stored mentions, each with the label of the cluster it sits in
    (None: it waits to be linked, or a copy's mention that joined none). Whole articles come back:
    a mention is compared through its parent, which its article holds."""

    def reaching(self, etype: str, lo: date, hi: date) -> Iterable[tuple[MentionRecord, Label | None]]:
        """The mentions of articles with a mention of `etype` whose reach meets days lo..hi."""
        ...

    def members(self, labels: list[Label]) -> Iterable[tuple[MentionRecord, Label | None]]:
        """The mentions of the articles with a mention in one of the stored clusters `labels`."""
        ...


def _token(tokens: dict[Label, object], label: Label) -> object:
    """One object per cluster label: scoring compares clusters by identity only."""
    return tokens.setdefault(label, object())


class _PrefixPlacement:
    """`_Placed.cluster` as the walk sees it when it reaches one mention: the mentions placed before
    it, each mapped to one token per cluster (scoring compares clusters by identity only)."""

    def __init__(self, replay: "Replay") -> None:
        # (the replay's maps, not the replay: no reference cycle, so a replay is freed as soon as it
        # ends, while linking holds the cycle collector off)
        self.now, self.pos, self.tokens = replay.now, replay.pos, replay._tokens
        self.before: tuple = ()

    def get(self, key: str, default: object = None) -> object:
        label = self.now.get(key)
        if label is None or self.pos[key] >= self.before:
            return default
        return _token(self.tokens, label)

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]


class _View(_Placed):
    """The placement `_score` reads, over the mentions loaded so far."""

    def __init__(self, replay: "Replay") -> None:  # (no super().__init__: the maps are the replay's)
        self.by_key = replay.rec
        self.by_doc = replay.by_doc_records
        self.cluster = _PrefixPlacement(replay)  # type: ignore[assignment]
        self._counterparts: dict[str, frozenset[str]] = {}


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
        self.full: set[str] = set()              # mentions whose parent moved: every candidate scores anew
        self.decided: set[str] = set()
        self.heap: list[tuple[tuple, str]] = []
        self.queued: set[str] = set()
        self._tokens: dict[Label, object] = {}
        self._index = _SpanIndex()
        self._changed_index = _SpanIndex()   # members of changed clusters only
        self._covered: dict[str, list[tuple[date, date]]] = {}
        # label → [its cluster as the walk has built it so far, its members in walk order, how many taken]
        self._prefix: dict[Label, list] = {}
        self._old_prefix: dict[Label, list] = {}  # (the same, of the clusters as they were stored)
        self.view = _View(self)
        self.decisions = 0

    # -- what is loaded --------------------------------------------------------------------------
    def token(self, label: Label) -> object:
        return _token(self._tokens, label)

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
            self._index.add(m.key, m.mention.type, reach_of(m))

    def seed(self, rows: Iterable[tuple[MentionRecord, Label | None]]) -> None:
        """Mentions that decide again whatever they see: new ones, new versions, people now read as
        someone else."""
        rows = list(rows)
        self.add(rows)
        for m, _ in rows:
            self.forced.add(m.key)
            self._push(m.key)

    def _load_label(self, label: Label) -> None:
        if label not in self.loaded_labels and not label.startswith("+"):
            self._load_labels((label,))

    def _load_labels(self, labels: Iterable[Label]) -> None:
        """Read the stored clusters `labels` whole, in one read. Only those asked: their members come
        with their whole articles, whose other mentions sit in further clusters, and reading those
        too would read the partition's connected part, most of which the replay never looks at."""
        wanted = sorted({x for x in labels if x not in self.loaded_labels and not x.startswith("+")})
        if wanted:
            self.loaded_labels.update(wanted)
            self.add(self.source.members(wanted))

    def _load_reaching(self, etype: str, span: tuple[date, date]) -> None:
        """Read the stored mentions of `etype` reaching `span`: only the days not read yet, and a little
        more than asked (the next mentions the replay reaches are the neighbours' neighbours)."""
        covered = self._covered.setdefault(etype, [])
        gaps = _gaps(covered, span)
        if not gaps:
            return
        lo = span[0] - _READ_AHEAD if span[0] > date.min + _READ_AHEAD else date.min
        hi = span[1] + _READ_AHEAD if span[1] < date.max - _READ_AHEAD else date.max
        for gap in _gaps(covered, (lo, hi)):
            self.add(self.source.reaching(etype, gap[0], gap[1]))
        covered.append((lo, hi))
        covered[:] = _union(covered)

    def _index_changed(self, key: str) -> None:
        m = self.rec[key]
        self._changed_index.add(key, m.mention.type, reach_of(m))

    # The loaded mentions `m` reaches (`linking.reaches`: the type and the days matched by the index,
    # then the people) are hundreds in a large pair, and asked for at every decision and every move:
    # the two functions below go through them once, the cheapest tests first.

    def _reached(self, m: MentionRecord, here: tuple, changed_only: bool = False) -> set[Label]:
        """The clusters `m` reaches through a member placed before it in the walk (`changed_only`: those
        that changed before it)."""
        index = self._changed_index if changed_only else self._index
        now, pos = self.now, self.pos
        keys = index.meeting(m.mention.type, reach_of(m))
        if not m.mention.people and not changed_only:  # (a mention naming no one is compatible with everyone)
            out = {now[k] for k in keys if pos[k] < here}  # (`m` itself is not before itself)
            out.discard(None)
            return out  # type: ignore[return-value]
        rec, mine = self.rec, set(m.mention.people)
        out = set()
        for k in keys:
            label = now[k]
            # (each cluster checked until one member is found: a large event has hundreds of members
            # a mention reaches, and the people of each need not be compared)
            if label is None or label in out or pos[k] >= here:
                continue
            if changed_only and not self._changed(label, here):
                continue
            people = rec[k].mention.people
            if mine and people and mine.isdisjoint(people) and not _compatible_people(m, rec[k]):
                continue
            out.add(label)
        return out

    def _push_reaching(self, m: MentionRecord, after: tuple) -> None:
        """Queue the loaded mentions `m` reaches that come after `after` in the walk."""
        pos, decided, queued, heap, rec = self.pos, self.decided, self.queued, self.heap, self.rec
        me, mine = m.key, set(m.mention.people)
        for k in self._index.meeting(m.mention.type, reach_of(m)):
            at = pos[k]
            if at <= after or k in decided or k in queued or k == me:
                continue
            if mine and (people := rec[k].mention.people) and mine.isdisjoint(people) \
                    and not _compatible_people(m, rec[k]):
                continue
            queued.add(k)
            heapq.heappush(heap, (at, k))

    def _children(self, key: str) -> list[str]:
        m = self.rec[key]
        return [x.key for x in self.by_doc_records.get(m.doc, ()) if x.mention.part_of == m.mention.id]

    def _parent_key(self, key: str) -> str | None:
        p = self.rec[key].parent_key
        return p if p is not None and p in self.rec else None

    # -- the walk --------------------------------------------------------------------------------
    def _push(self, key: str) -> None:
        if key not in self.decided and key not in self.queued:
            self.queued.add(key)
            heapq.heappush(self.heap, (self.pos[key], key))

    def _push_after(self, keys: Iterable[str], after: tuple) -> None:
        # (`_push` written out: called for every mention a placed one reaches)
        pos, decided, queued, heap = self.pos, self.decided, self.queued, self.heap
        for k in keys:
            at = pos[k]
            if at > after and k not in decided and k not in queued:
                queued.add(k)
                heapq.heappush(heap, (at, k))

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
        self.view.cluster.before = here  # type: ignore[attr-defined]
        placed_before = lambda k: self.now.get(k) is not None and self.pos[k] < here  # noqa: E731
        # What this mention chose before beat every cluster it could join then. A cluster that has
        # not changed before it scores as it did: only the changed ones can now beat its old choice
        # (unless the old choice itself changed, or the mention is new, or its parent moved).
        chosen = self.old.get(key)
        whole = key in self.forced or key in self.full or (chosen is not None and self._changed(chosen, here)
                                                           and not self._still_as_good(m, chosen, here))
        if whole:
            self._load_reaching(m.mention.type, reach_of(m))
            candidates = self._reached(m, here)
        else:
            candidates = self._reached(m, here, changed_only=True)
            if chosen is not None:
                candidates.add(chosen)
        parent = self._parent_key(key)
        if parent is not None and placed_before(parent):
            family = self.now[parent]
            self._load_label(family)  # type: ignore[arg-type]
            for pk in list(self.members_now.get(family, ())):  # type: ignore[arg-type]
                for child in self._children(pk):
                    if placed_before(child) and (whole or self._changed(self.now[child], here)):  # type: ignore[arg-type]
                        candidates.add(self.now[child])
        self._load_labels(candidates)  # (one read for the clusters not read yet)
        clusters = []
        bound = mention_bound(m, self.view)  # (`score_bound`'s terms of `m` alone, taken once)
        for label in candidates:
            c = self._prefix_cluster(label, here)  # type: ignore[arg-type]
            if c is not None:
                clusters.append((cluster_bound(m, c, bound), self.pos[c.members[0].key], label, c))
        self.decisions += 1
        # the walk's choice: the highest score, ties to the cluster founded first. Scoring the clusters
        # from the highest bound down, one whose bound cannot beat the best so far is not scored.
        best, best_score, best_first = None, 0.0, None
        for bound, first, label, c in sorted(clusters, key=lambda x: (-x[0], x[1])):
            if best is not None and (bound < best_score - SCORE_EPSILON
                                     or (bound <= best_score + SCORE_EPSILON and first > best_first)):
                continue  # it can at most tie, and ties go to the cluster founded first
            s = _score(c, m, self.view)
            if s is None or s <= 0.0:
                continue
            if best is None or s > best_score or (s == best_score and first < best_first):
                best, best_score, best_first = label, s, first
        if best is None and not m.duplicate:
            best = self._founded(key)
        self._place(key, best)

    def _still_as_good(self, m: MentionRecord, chosen: Label, here: tuple) -> bool:
        """Whether `m` fits the cluster it chose as well as before (and it was founded no later): then
        every cluster that has not changed still loses to it, and only the changed ones are scored.
        (The clusters' members compared through a parent that moved are not compared so.)"""
        if chosen.startswith("+"):
            return False
        now = self._prefix_cluster(chosen, here)
        if now is None:
            return False
        entry = self._old_prefix.get(chosen)
        if entry is None:  # (its members are all loaded: `_prefix_cluster` read the cluster)
            entry = [_Cluster(), sorted(self.old_members.get(chosen, ()), key=self.pos.__getitem__), 0]
            self._old_prefix[chosen] = entry
        old = self._extended(entry, here)
        before = old.members
        if not before or any(self._parent_moved(x.key) for x in [*before, *now.members]):
            return False
        if self.pos[now.members[0].key] > self.pos[before[0].key]:
            return False
        old_score = _score(old, m, self.view)
        new_score = _score(now, m, self.view)
        return old_score is not None and new_score is not None and new_score >= old_score

    def _parent_moved(self, key: str) -> bool:
        parent = self._parent_key(key)
        return parent is not None and self.now.get(parent) != self.old.get(parent)

    def _changed(self, label: Label, here: tuple) -> bool:
        at = self.dirty.get(label)
        return at is not None and at < here

    def _prefix_cluster(self, label: Label, here: tuple) -> _Cluster | None:
        """`label`'s cluster as the walk left it just before `here`. The walk only moves forward and a
        cluster changes only where the walk is, so the cluster is extended, never built again."""
        self._load_label(label)
        entry = self._prefix.get(label)
        if entry is None:
            entry = [_Cluster(), sorted(self.members_now.get(label, ()), key=self.pos.__getitem__), 0]
            self._prefix[label] = entry
        c = self._extended(entry, here)
        return c if c.members else None

    def _extended(self, entry: list, here: tuple) -> _Cluster:
        """entry: [a cluster, the keys of its members in walk order, how many it holds]; the cluster
        with the members before `here` (asked for at places that only move forward)."""
        c, keys, i = entry
        pos, rec = self.pos, self.rec
        while i < len(keys) and pos[keys[i]] < here:
            c.members.append(rec[keys[i]])
            _narrow(c, rec[keys[i]])
            i += 1
        entry[2] = i
        return c

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
            if (entry := self._prefix.get(before)) is not None:
                entry[1].remove(key)  # (not taken yet: the walk is at it)
        self.now[key] = label
        if label is not None:
            self.members_now.setdefault(label, set()).add(key)
            if (entry := self._prefix.get(label)) is not None:
                bisect.insort(entry[1], key, key=self.pos.__getitem__)
            if label in self.dirty:
                self._index_changed(key)
        # whoever reaches this mention later in the walk sees it elsewhere now (read from the store:
        # a mention that decided among the changed clusters only has not read what it reaches)
        m = self.rec[key]
        self._load_reaching(m.mention.type, reach_of(m))
        self._push_reaching(m, here)
        for lab in (before, label):
            if lab is not None:
                self._mark(lab, here)
        # its children are compared through it: they, and the clusters holding them, differ from here on
        for child in self._children(key):
            if self.pos[child] > here:
                self.full.add(child)
            self._push_after([child], here)
            if self.now.get(child) is not None:
                self._mark(self.now[child], max(here, self.pos[child]))  # type: ignore[arg-type]
        if label is not None and label in self.dirty and self.dirty[label] < here:
            self._family_after(key, here)

    def _mark(self, label: Label, at: tuple) -> None:
        """`label`'s cluster differs from `at` on: every mention after it that can see it decides again."""
        if label in self.dirty and self.dirty[label] <= at:
            return
        first = label not in self.dirty
        self.dirty[label] = at
        self._load_label(label)
        for k in list(self.old_members.get(label, set()) | self.members_now.get(label, set())):
            if first:
                self._index_changed(k)
            m = self.rec[k]
            self._load_reaching(m.mention.type, reach_of(m))
            # (a mention sees a member of the cluster only when the member comes before it)
            self._push_reaching(m, max(at, self.pos[k]))
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


def _union(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for lo, hi in sorted(spans):
        if out and (out[-1][1] == date.max or lo <= out[-1][1] + timedelta(days=1)):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _gaps(covered: list[tuple[date, date]], span: tuple[date, date]) -> list[tuple[date, date]]:
    """The parts of `span` no span of `covered` (sorted, disjoint) holds."""
    out, lo = [], span[0]
    for clo, chi in covered:
        if chi < lo:
            continue
        if clo > span[1]:
            break
        if clo > lo:
            out.append((lo, clo - timedelta(days=1)))
        lo = chi + timedelta(days=1) if chi < date.max else date.max
        if chi >= span[1]:
            return out
    if lo <= span[1]:
        out.append((lo, span[1]))
    return out
