"""Exact and near duplicates: sha256 of the cleaned text and a 64-bit simhash of word 3-shingles.

Syndicated copies of one wire story differ in their header: a dateline, an agency
credit, a byline, a different headline. The simhash is therefore computed over
the body paragraphs (lines of at least `BODY_MIN_WORDS` words), where copies agree,
and falls back to the whole text when it has no such line. Two different articles
about the same event share names and phrases but few word triples, and stay far apart.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

BODY_MIN_WORDS = 12
MAX_WORDS = 50000           # enough to fingerprint any article; bounds time on huge inputs
_WORD = re.compile(r"\w+")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _body_words(text: str) -> list[str]:
    body = [line for line in text.split("\n") if len(line.split()) >= BODY_MIN_WORDS]
    words = _WORD.findall(("\n".join(body) if body else text).casefold())
    return words[:MAX_WORDS]


def simhash(text: str) -> int:
    """64-bit simhash of the word 3-shingles of the text's body (0 for an empty text)."""
    words = _body_words(text)
    if not words:
        return 0
    shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") for s in shingles),
        dtype=np.uint64, count=len(shingles),
    )
    ones = ((hashes[:, None] >> np.arange(64, dtype=np.uint64)) & np.uint64(1)).sum(axis=0)
    return sum(1 << bit for bit in range(64) if 2 * int(ones[bit]) > len(shingles))

def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def near_duplicate(a: int, b: int, max_distance: int = 3) -> bool:
    return hamming(a, b) <= max_distance


class DuplicateIndex:
    """In-memory index of seen documents: exact by sha256, near by simhash.

    Near lookups split the 64 bits into `max_distance + 1` bands: two hashes within
    `max_distance` bits agree on at least one band (pigeonhole), so only documents
    sharing a band are compared.
    """

    # 8, not near_duplicate's strict 3: a 90-word wire story whose copy has another
    # dateline inside its lead is 7 bits away, while other articles on the same event
    # measure 28-31 bits (tests/ingest/test_dedup.py) and random pairs come within 8
    # bits with probability ~1e-10.
    def __init__(self, max_distance: int = 8) -> None:
        self.max_distance = max_distance
        self._by_sha: dict[str, str] = {}
        self._bands: list[dict[int, list[tuple[int, str]]]] = [{} for _ in range(max_distance + 1)]
        width = 64 // (max_distance + 1)
        self._slices = [(i * width, 64 if i == max_distance else (i + 1) * width) for i in range(max_distance + 1)]

    def _band_keys(self, h: int) -> list[int]:
        return [(h >> lo) & ((1 << (hi - lo)) - 1) for lo, hi in self._slices]

    def find(self, sha: str, simhash_value: int) -> str | None:
        """The doc name of an exact or near duplicate already added, or None."""
        if sha in self._by_sha:
            return self._by_sha[sha]
        if simhash_value == 0:
            return None
        best: tuple[int, str] | None = None
        for band, key in zip(self._bands, self._band_keys(simhash_value)):
            for other, doc in band.get(key, ()):
                d = hamming(simhash_value, other)
                if d <= self.max_distance and (best is None or d < best[0]):
                    best = (d, doc)
        return best[1] if best else None

    def add(self, doc: str, sha: str, simhash_value: int) -> None:
        self._by_sha.setdefault(sha, doc)
        if simhash_value == 0:
            return
        for band, key in zip(self._bands, self._band_keys(simhash_value)):
            band.setdefault(key, []).append((simhash_value, doc))
