#!/usr/bin/env python3
"""Restore the real corpus's texts from saved copies of their pages, checked by each annotation's sha256.

    scripts/corpus_texts.py missing [PART...]      # annotations whose text is absent: part, file, lang, date, url
    scripts/corpus_texts.py match FILE...          # try each saved copy against every annotation; write NAME.txt

A FILE is a copy of a stored page: plain text, or JSON holding it under "excerpt"/"text"/"content" (anywhere in the
document, so a whole search answer can be saved as it is). Stored copies start with a ` date YYYY-MM-DD` line
that some annotated texts keep and some drop (the rest of the line, or the whole line, or only the date with its
blank lines kept); trailing newlines differ too: every such variant is tried, and a text is written only when
its sha256 is the annotation's. Nothing else is ever written (corpus/real/README.md).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "real"
_DATE = re.compile(r"^[ \t]*date \d{4}-\d{2}(?:-\d{2})?")


def annotations() -> Iterator[tuple[Path, dict]]:
    for path in sorted(CORPUS.glob("*/*.gold.json")):
        yield path, json.loads(path.read_text(encoding="utf-8"))


def variants(text: str) -> Iterator[str]:
    """`text` and the forms the annotated text may have taken of it."""
    bases = [text]
    m = _DATE.match(text)
    if m:
        rest = text[m.end():]
        bases += [rest, rest.lstrip(" \t"), rest.lstrip()]
        nl = text.find("\n")
        if nl >= 0:
            bases.append(text[nl + 1:])
    for base in bases:
        for s in (base, base.strip(), base.lstrip(), base.rstrip()):
            yield s
            yield s.rstrip("\n") + "\n"


def texts_in(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except ValueError:
        return [raw]
    found: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("excerpt", "text", "content") and isinstance(v, str):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(data)
    return found


def match(files: list[str]) -> int:
    wanted = {g["sha256"]: path.with_name(g["doc"]) for path, g in annotations() if g.get("sha256")}
    restored = 0
    for name in files:
        for text in texts_in(Path(name)):
            for form in variants(text):
                target = wanted.get(hashlib.sha256(form.encode("utf-8")).hexdigest())
                if target is None:
                    continue
                if not target.exists():
                    target.write_text(form, encoding="utf-8", newline="")
                    restored += 1
                    print("restored", target.relative_to(CORPUS))
                break
    missing = sum(1 for p in wanted.values() if not p.exists())
    print(f"{restored} restored; {missing} texts still absent")
    return 0


def missing(parts: list[str]) -> int:
    for path, g in annotations():
        part = path.parent.name
        if (not parts or part in parts) and not path.with_name(g["doc"]).exists():
            print(f"{part}\t{path.name}\t{g.get('lang')}\t{g.get('published')}\t{g.get('url')}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("missing", "match"):
        sys.exit(__doc__)
    sys.exit(match(sys.argv[2:]) if sys.argv[1] == "match" else missing(sys.argv[2:]))
