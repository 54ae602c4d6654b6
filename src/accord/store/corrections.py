"""Analysts' corrections, stored beside the machine record (see accord.review)."""
from __future__ import annotations

from typing import Any

from accord.review.corrections import Correction
from accord.store.core import StoreCore


class CorrectionStore(StoreCore):
    def add_correction(self, correction: Correction) -> bool:
        """Keep a correction; False when one with its uid is already kept (an import run twice)."""
        with self.transaction():
            if self._scalar("SELECT id FROM corrections WHERE uid = ?", (correction.uid,)) is not None:
                return False
            correction.id = int(self._scalar(
                "INSERT INTO corrections (uid, kind, pair, target, data, analyst, reason, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING RETURNING id",
                (correction.uid, correction.kind, correction.pair, correction.target,
                 self._json_param(correction.data()), correction.analyst, correction.reason, correction.at)) or 0)
            return bool(correction.id)

    def corrections(self, pair: str | None = None) -> list[Correction]:
        """Corrections in the order they were made: of one partition (with those of actors, which
        apply everywhere), or all."""
        sql = "SELECT id, uid, kind, pair, target, data, analyst, reason, at FROM corrections"
        rows = self._rows(sql + " WHERE pair = ? OR pair = '' ORDER BY id", (pair,)) if pair is not None \
            else self._rows(sql + " ORDER BY id")
        return [self._correction(row) for row in rows]

    def correction(self, uid: str) -> Correction | None:
        rows = self._rows("SELECT id, uid, kind, pair, target, data, analyst, reason, at FROM corrections "
                          "WHERE uid = ? OR CAST(id AS TEXT) = ?", (uid, uid))
        return self._correction(rows[0]) if rows else None

    def _correction(self, row: tuple[Any, ...]) -> Correction:
        id_, uid, kind, pair, target, data, analyst, reason, at = row
        data = self._json_value(data)
        return Correction(kind=kind, target=target, analyst=analyst, reason=reason, pair=pair,
                          field=data.get("field"), value=data.get("value"), anchors=data.get("anchors", []),
                          other_anchors=data.get("other_anchors", []), evidence=data.get("evidence", {}),
                          uid=uid, at=at, id=int(id_))

    def event_pair(self, event_id: str) -> str | None:
        return self._scalar("SELECT pair FROM events WHERE id = ?", (event_id,))

    def mention_index(self, pair: str) -> dict[str, str]:
        """Mention key ("doc#e2") -> the id of the event it is linked to, for one partition."""
        rows = self._rows("SELECT s.doc, s.local_id, s.event_id FROM event_sources s JOIN events e "
                          "ON e.id = s.event_id WHERE e.pair = ?", (pair,))
        return {f"{doc}#{local}": eid for doc, local, eid in rows}

    def pairs_of_actor(self, actor_id: str) -> list[str]:
        return [r[0] for r in self._rows(
            "SELECT DISTINCT e.pair FROM events e JOIN event_people p ON p.event_id = e.id "
            "WHERE p.actor_id = ? ORDER BY e.pair", (actor_id,))]
