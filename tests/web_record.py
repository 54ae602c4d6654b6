"""The record the web tests read: the sample articles of samples/ (ingested as scripts/sample.sh
does) and one hostile article whose text, title, address and people's names carry markup and
script, stored as an article and as an event of its own (MA–FR) with a provisional actor."""
from __future__ import annotations

import hashlib
from pathlib import Path

from accord.batch import ingest_paths
from accord.model import Actor, Document, Event, EventSource
from accord.store import open_store, pair_key

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles.jsonl"
# Every payload sets window.__pwned or opens a dialog if it ever runs.
PAYLOADS = ('<script>window.__pwned=1;alert(1)</script>', '<img src=x onerror="window.__pwned=1;alert(2)">',
            '<a href="javascript:window.__pwned=1">click</a>', '" onmouseover="window.__pwned=1" x="',
            '<svg onload="window.__pwned=1"></svg>', '</textarea><script>alert(3)</script>')
HOSTILE_DOC = "hostile.txt"
HOSTILE_EVENT = "ev-hostile-1"
HOSTILE_ACTOR = "prov-hostile"
HOSTILE_TEXT = ("Le président de la Chambre des représentants du Maroc a reçu à Rabat le 3 mars 2025 une "
                "délégation du Sénat français. " + " ".join(PAYLOADS) + " Les deux parties ont signé un accord.")


def build(url: str) -> None:
    """Fill the store at `url` with the sample record and the hostile article."""
    store = open_store(url)
    try:
        report = ingest_paths([str(SAMPLES)], store)
        assert report.stored == 2 and not report.failed, report.summary()
        text = HOSTILE_TEXT
        store.add_document(Document(doc=HOSTILE_DOC, text=text, lang="fr", published="2025-03-04",
                                    url="javascript:window.__pwned=1", title="Titre " + PAYLOADS[0] + PAYLOADS[1],
                                    sha256=hashlib.sha256(text.encode()).hexdigest()))
        store.upsert_actor(Actor(id=HOSTILE_ACTOR, kind="person", name="Jean " + PAYLOADS[1], provisional=True,
                                 names={"fr": ["Jean " + PAYLOADS[0]], "ru": ["Жан " + PAYLOADS[2]],
                                        "ar": ["جان " + PAYLOADS[4]]}, role="speaker", country="FR"))
        start = text.index(PAYLOADS[0])
        end = text.index(" Les deux")
        store.replace_events(pair_key(["MA", "FR"]), [Event(
            id=HOSTILE_EVENT, type="agreement", when="2025-03-03", countries=["FR", "MA"], host="MA",
            pair=pair_key(["MA", "FR"]), place={"name": "Rabat " + PAYLOADS[3], "names": {"fr": PAYLOADS[1]}},
            people=[HOSTILE_ACTOR], topics=["parliamentary"], orgs=[{"label": "MA:" + PAYLOADS[0]}],
            mentions=[EventSource(HOSTILE_DOC, "fr", "e1", start, end, text[start:end])])])
    finally:
        store.close()
