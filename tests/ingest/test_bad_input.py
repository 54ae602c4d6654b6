"""Hostile input through the real `accord ingest` (a subprocess), on SQLite and PostgreSQL.

One folder holds good articles in five languages (some in legacy code pages and UTF-16, one
with bidi controls and zero-width characters inside names) next to everything that is not an
article: binary data, an empty file, a 50 MB text, malformed and deeply nested HTML, broken JSON
Lines records, unreadable paths. Each bad input must be named with its reason, the good ones
stored, the counts printed, the exit code non-zero, the failures listed by `accord failures`,
and a second run must change nothing.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
from pathlib import Path

import pytest

from accord.store import open_store
from tests.reliability_corpus import article, canonical, export_records, record, run_accord, summary

# Invisible characters a scraped page carries inside names: RLM, LRO/PDF, isolates, ZWSP, ZWJ, ZWNJ, BOM.
INVISIBLE = "\u200f\u202d\u202c\u2067\u2069\u200b\u200d\u200c\ufeff"

LEGACY_TYPING = str.maketrans({"–": "-", "—": "-", "«": '"', "»": '"', "…": "..."})


def _poison_names(text: str, names: list[str]) -> str:
    """Every occurrence of each name with invisible characters between (and inside) its words."""
    for name in names:
        first, _, last = name.partition(" ")
        poisoned = f"\u2067{first[:2]}\u200b{first[2:]}\u200f \u202d{last[:3]}\u200d{last[3:]}\u202c\u2069"
        text = text.replace(name, poisoned)
    return text


def _speaker_names(text: str) -> list[str]:
    """The invented speakers of a benchmark article that occur in its text."""
    from tests.reliability_corpus import corpus

    return [form for people in corpus.PEOPLE.values() for person in people for form in person if form in text]


def build_folder(root: Path) -> dict[str, object]:
    """The input folder; returns what the test expects of it."""
    folder = root / "inbox"
    folder.mkdir()
    good: dict[str, dict[str, str]] = {}          # doc name -> {"lang", "probe" (a phrase of the stored text)}

    # Good articles, UTF-8, one per language.
    for i, lang in enumerate(("ar", "ru", "kk", "fr", "en")):
        art = article(100 + i, lang)
        (folder / f"good-{lang}.txt").write_text(art.text, encoding="utf-8")
        good[f"good-{lang}.txt"] = {"lang": lang, "probe": art.text.split("\n")[0][:40]}

    # Legacy code pages and UTF-16, with and without a byte-order mark.
    encoded = [("ar-cp1256.txt", "ar", "cp1256"), ("ru-cp1251.txt", "ru", "cp1251"),
               ("ru-koi8r.txt", "ru", "koi8-r"), ("kk-utf16-bom.txt", "kk", "utf-16"),
               ("fr-utf16le-nobom.txt", "fr", "utf-16-le"), ("en-utf16be-nobom.txt", "en", "utf-16-be")]
    for j, (name, lang, codec) in enumerate(encoded):
        # What a legacy code page lacks, a writer of its day typed in ASCII.
        text = article(200 + j, lang).text.translate(LEGACY_TYPING)
        (folder / name).write_bytes(text.encode(codec))
        good[name] = {"lang": lang, "probe": text.split("\n")[0][:40]}

    # Bidi controls and zero-width characters inside the names of the speakers.
    for lang in ("ar", "ru"):
        art = article(300 + len(lang) + (lang == "ar"), lang)
        names = _speaker_names(art.text)
        assert names, "the benchmark article names its speakers"
        (folder / f"invisible-{lang}.txt").write_text(_poison_names(art.text, names), encoding="utf-8")
        good[f"invisible-{lang}.txt"] = {"lang": lang, "probe": art.text.split("\n")[0][:40], "names": names}

    # Malformed HTML around a real article: unclosed tags, stray end tags, a broken attribute, bad entities.
    art = article(400, "fr")
    paragraphs = "".join(f"<p class='x>{p}<b>&nbsp;&bogus;</i>" for p in art.text.split("\n"))
    (folder / "malformed.html").write_text(
        f"<html><head><title>{art.title}<body><div><article><h1>{art.title}</h2>{paragraphs}"
        "</div></div></span><script>var x = '<p>';</script", encoding="utf-8")
    good["malformed.html"] = {"lang": "fr", "probe": art.text.split("\n")[0][:40]}
    # Deeply nested HTML: 30 000 levels of <div> around the article (a parser's recursion limit).
    art = article(401, "en")
    depth = 30_000
    (folder / "nested.html").write_text(
        "<html><body>" + "<div>" * depth + "".join(f"<p>{p}</p>" for p in art.text.split("\n"))
        + "</div>" * depth + "</body></html>", encoding="utf-8")
    good["nested.html"] = {"lang": "en", "probe": art.text.split("\n")[0][:40]}

    # A JSON Lines batch: good records, a wrong `lang`, an impossible `published`, broken records.
    ru, kk, en, ar = article(500, "ru"), article(501, "kk"), article(502, "en"), article(503, "ar")
    lines = [
        json.dumps(record(ru), ensure_ascii=False),
        json.dumps(record(kk, lang="fr"), ensure_ascii=False),                   # wrong lang: the text wins
        json.dumps(record(en, published="2025-02-30"), ensure_ascii=False),      # impossible date: ignored
        json.dumps(record(ar, published="1066-10-14", doc="ar-ancient.txt"), ensure_ascii=False),
        '{"doc": "truncated.txt", "text": "Le président du Sénat a reçu',      # broken JSON
        '["not", "an", "object"]',
        json.dumps({"doc": "no-text.txt", "title": "nothing here"}),
        json.dumps({"doc": "lang-number.txt", "text": ru.text, "lang": 7}),
        "\x00\x01garbage\xff",
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogateescape")
    for art, lang in ((ru, "ru"), (kk, "kk"), (en, "en"), (ar, "ar")):
        name = "ar-ancient.txt" if art is ar else art.doc
        good[name] = {"lang": lang, "probe": art.text.split("\n")[0][:40]}

    # Bad inputs, each with the words its failure reason must contain.
    bad: dict[str, str] = {}
    rnd = random.Random(5)
    (folder / "scan.txt").write_bytes(bytes(rnd.randrange(256) for _ in range(20_000)))
    bad["scan.txt"] = "binary"
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(rnd.randrange(256) for _ in range(5000)))
    bad["photo.txt"] = "binary"
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    bad["logo.png"] = "unsupported file type"
    (folder / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty"
    (folder / "blank.txt").write_text(" \n\t\n\u200b\n", encoding="utf-8")
    bad["blank.txt"] = "empty after cleaning"
    with (folder / "dump.txt").open("w", encoding="utf-8") as out:   # 50 MB of text
        paragraph = (article(600, "ru").text + "\n") * 20
        while out.tell() < 50_000_000:
            out.write(paragraph)
    bad["dump.txt"] = "too large"
    (folder / "chrome-only.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav><script>x()</script><footer>© 2025</footer></body></html>",
        encoding="utf-8")
    bad["chrome-only.html"] = "empty after cleaning"
    (folder / "dangling.txt").symlink_to(root / "nowhere.txt")
    bad["dangling.txt"] = "broken symbolic link"
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    bad["loop-a.txt"] = "symbolic links"
    bad["loop-b.txt"] = "symbolic links"
    if os.geteuid() != 0:  # root reads a mode-000 file anyway
        locked = folder / "locked.txt"
        locked.write_text(article(601, "en").text, encoding="utf-8")
        locked.chmod(0)
        bad["locked.txt"] = "permission denied"
    bad["batch.jsonl:5"] = "invalid JSON"
    bad["batch.jsonl:6"] = "not an object"
    bad["batch.jsonl:7"] = "no 'text'"
    bad["batch.jsonl:8"] = "must be a string"
    bad["batch.jsonl:9"] = "invalid JSON"
    warned = {kk.doc: "metadata lang 'fr'", en.doc: "'2025-02-30' is not a valid date",
              "ar-ancient.txt": "'1066-10-14' is before"}
    return {"folder": folder, "good": good, "bad": bad, "warned": warned}


@pytest.mark.slow
def test_bad_input_is_named_and_good_input_is_stored(store_url: str, tmp_path: Path) -> None:
    case = build_folder(tmp_path)
    good, bad, warned = case["good"], case["bad"], case["warned"]

    first = run_accord(store_url, "-v", "ingest", "-q", str(case["folder"]), timeout=600)

    assert first.returncode == 1, "something failed, so accord ingest exits non-zero"
    counts = summary(first.stdout)
    assert counts == {"stored": len(good), "updated": 0, "duplicate": 0, "unchanged": 0, "failed": len(bad)}, first.stderr
    failed_lines = [line for line in first.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed_lines) == len(bad), "\n".join(failed_lines)
    for source, reason in bad.items():
        lines = [line for line in failed_lines if re.search(rf"/{re.escape(source)}: ", line)]
        assert len(lines) == 1, f"{source}: expected one failure line, got {lines}"
        assert reason.lower() in lines[0].lower(), lines[0]
    for doc, warning in warned.items():
        assert any(line.startswith(f"warning: {doc}: ") and warning in line for line in first.stderr.splitlines()), \
            f"no warning {warning!r} for {doc}"

    store = open_store(store_url)
    try:
        names = {d["doc"] for d in store.documents()}
        assert names == set(good)
        for name, expect in good.items():
            doc = store.document(name)
            assert doc.lang == expect["lang"], f"{name}: stored as {doc.lang}"
            assert expect["probe"] in doc.text, f"{name}: decoded text lacks {expect['probe']!r}"
            assert not set(INVISIBLE) & set(doc.text), f"{name}: invisible characters kept"
            for person in expect.get("names", ()):
                assert person in doc.text, f"{name}: {person!r} not whole after cleaning"
            assert store.analysis(name) is not None
        assert store.document("ar-ancient.txt").published != "1066-10-14"
        en_doc = next(d for d in warned if d.startswith("bench-en"))
        assert store.document(en_doc).published != "2025-02-30"
        assert store.integrity_problems() == []
        recorded = {f["source"]: f["reason"] for f in store.failures()}
    finally:
        store.close()
    assert len(recorded) == len(bad)

    listed = run_accord(store_url, "failures")
    assert listed.returncode == 0
    for source, reason in bad.items():
        lines = [line for line in listed.stdout.splitlines() if re.search(rf"/{re.escape(source)}: ", line)]
        assert len(lines) == 1 and reason.lower() in lines[0].lower(), f"accord failures on {source}: {lines}"

    before = canonical(export_records(store_url))
    assert before, "the good articles give events"
    second = run_accord(store_url, "ingest", "-q", str(case["folder"]), timeout=600)
    assert second.returncode == 1
    again = summary(second.stdout)
    assert again["stored"] == 0 and again["failed"] == len(bad), second.stdout
    assert again == {"stored": 0, "updated": 0, "duplicate": 0, "unchanged": len(good), "failed": len(bad)}, second.stdout
    assert canonical(export_records(store_url)) == before
    store = open_store(store_url)
    try:
        assert {d["doc"] for d in store.documents()} == names
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_a_copy_in_the_same_batch_is_a_duplicate(store_url: str, tmp_path: Path) -> None:
    """Two files with the same article: one stored, the other kept as its duplicate (extra evidence),
    also when both arrive in the same batch, and a second run reports both unchanged."""
    folder = tmp_path / "copies"
    folder.mkdir()
    text = article(900, "en").text
    (folder / "agency.txt").write_text(text, encoding="utf-8")
    (folder / "reprint.txt").write_text(text, encoding="utf-8")
    done = run_accord(store_url, "ingest", "-q", str(folder))
    assert done.returncode == 0, done.stderr
    assert summary(done.stdout) == {"stored": 1, "updated": 0, "duplicate": 1, "unchanged": 0, "failed": 0}
    store = open_store(store_url)
    try:
        assert store.document("agency.txt").duplicate_of is None
        assert store.document("reprint.txt").duplicate_of == "agency.txt"
    finally:
        store.close()
    again = run_accord(store_url, "ingest", "-q", str(folder))
    assert summary(again.stdout) == {"stored": 0, "updated": 0, "duplicate": 0, "unchanged": 2, "failed": 0}


def _ingest_alone(store_url: str, tmp_path: Path, name: str, data: bytes, timeout: float) -> subprocess.CompletedProcess:
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / name).write_bytes(data)
    good = article(700, "ru")
    (folder / "good.txt").write_text(good.text, encoding="utf-8")
    return _ingest_within(store_url, folder, timeout)


def _ingest_within(store_url: str, folder: Path, timeout: float) -> subprocess.CompletedProcess:
    try:
        return run_accord(store_url, "ingest", "-q", str(folder), timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"accord ingest {folder} still running after {timeout:g} s (killed)")


@pytest.mark.slow
def test_a_megabyte_line_without_a_break_ends_in_bounded_time(tmp_path: Path) -> None:
    """1 MB of article text on one line: stored or refused with a reason, but within a minute."""
    line = " ".join(article(800 + i, "en").text.replace("\n", " ") for i in range(40))
    data = (line * (1_000_000 // len(line) + 1))[:1_000_000].encode("utf-8")
    assert b"\n" not in data
    done = _ingest_alone(f"sqlite:///{tmp_path / 'x.db'}", tmp_path, "one-line.txt", data, timeout=60)
    counts = summary(done.stdout)
    assert counts["stored"] + counts["failed"] == 2 and counts["stored"] >= 1
    if counts["failed"]:
        assert re.search(r"failed: \S*one-line\.txt: \w", done.stderr), done.stderr


def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A FIFO in the folder (nobody writes to it) must not block the batch."""
    folder = tmp_path / "one"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "good.txt").write_text(article(701, "fr").text, encoding="utf-8")
    done = _ingest_within(f"sqlite:///{tmp_path / 'x.db'}", folder, timeout=30)
    assert done.returncode == 1
    assert summary(done.stdout) == {"stored": 1, "updated": 0, "duplicate": 0, "unchanged": 0, "failed": 1}
    assert re.search(r"failed: \S*pipe\.txt: ", done.stderr), done.stderr
