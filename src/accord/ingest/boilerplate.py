"""Drop page chrome from text that was scraped together with its page.

Only whole lines are dropped, never characters inside a kept line: offsets into
the cleaned text must point at the article's own words. The rules (search-box
labels, consent notices, "previous/next news" teasers, captions and credits, share
buttons, subscribe prompts, breadcrumbs, header menus) are data, in
`accord/ingest/boilerplate.toml` and `accord/lang/<code>/boilerplate.toml`; every
language's rules apply to every article, since sites mix languages in their chrome.

Kept on purpose: a date alone on a line (the header date, used for the publication
date and harmless to analysis) and a teaser-style lead before the article body —
it belongs to the article and may name its actors.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from accord.lang.data import load
from accord.model import LANGUAGES

NOTICE_MAX_CHARS = 600      # a consent notice is a paragraph, not an article
PREFIX_MAX_CHARS = 300      # "Читайте также: <headline>" and the like
TEASER_MAX_CHARS = 300      # a teaser headline or summary after "Следующая новость"
BODY_MIN_CHARS = 120        # a line this long that is not chrome starts the article body
MENU_ITEM_MAX_CHARS = 30
MENU_MIN_RUN = 4

_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_LABEL_SEP = re.compile(r"\s*[:：|/\-–—]")
_CRUMB_SEP = re.compile(r"\s[/>›»|]\s|\s?[›»]\s?")
_SENTENCE_END = re.compile(r"[.!?؟…]\s*$")


@dataclass(frozen=True)
class Rules:
    lines: frozenset[str]
    labels: tuple[str, ...]
    prefixes: tuple[str, ...]
    notice_words: tuple[str, ...]
    teaser_markers: frozenset[str]
    breadcrumb_home: tuple[str, ...]
    line_shapes: tuple[re.Pattern[str], ...] = ()


def _shared_data() -> dict:
    text = resources.files("accord.ingest").joinpath("boilerplate.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """All boilerplate rules of every language, merged and compiled once."""
    tables = [_shared_data().get("boilerplate", {})]
    tables += [load(lang, "boilerplate").get("boilerplate", {}) for lang in LANGUAGES]

    def merged(name: str) -> list[str]:
        return sorted({entry.casefold() for table in tables for entry in table.get(name, [])})

    return Rules(
        lines=frozenset(merged("lines")),
        labels=tuple(merged("labels")),
        prefixes=tuple(merged("prefixes")),
        notice_words=tuple(merged("notice_words")),
        teaser_markers=frozenset(merged("teaser_markers")),
        breadcrumb_home=tuple(merged("breadcrumb_home")),
        line_shapes=tuple(re.compile(p) for table in tables for p in table.get("line_shapes", [])),
    )


def _key(line: str) -> str:
    """The line as compared with whole-line rules: case-folded, without edge punctuation, emoji or bullets."""
    return _EDGE.sub("", line.strip().casefold())


def _is_label_line(low: str, labels: tuple[str, ...]) -> bool:
    for label in labels:
        if low.startswith(label) and _LABEL_SEP.match(low, len(label)):
            return True
    return False


def is_chrome_line(line: str, r: Rules | None = None) -> bool:
    """True for a line that is page chrome by itself, whatever surrounds it."""
    r = r or rules()
    stripped = line.strip()
    if not stripped:
        return False
    key = _key(stripped)
    if not key:
        return len(stripped) <= 3          # a lone bullet, arrow or emoji button
    if key in r.lines or key in r.teaser_markers:
        return True
    if any(shape.fullmatch(stripped) for shape in r.line_shapes):
        return True
    low = stripped.casefold()
    if len(stripped) <= NOTICE_MAX_CHARS and any(word in low for word in r.notice_words):
        return True
    if len(stripped) <= PREFIX_MAX_CHARS:
        if any(key.startswith(p) or low.startswith(p) for p in r.prefixes):
            return True
        if _is_label_line(low, r.labels):
            return True
        if any(key.startswith(home) for home in r.breadcrumb_home) and _CRUMB_SEP.search(stripped):
            return True
    return False


def _is_menu_item(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MENU_ITEM_MAX_CHARS and len(s.split()) <= 3 and not _SENTENCE_END.search(s) \
        and not any(ch.isdigit() for ch in s)


# Headlines a teaser marker inside a page may list before the article goes on.
TEASER_MAX_RUN = 8


def chrome_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines to drop."""
    r = rules()
    drop = {i for i, line in enumerate(lines) if is_chrome_line(line, r)}
    nonblank = [i for i, line in enumerate(lines) if line.strip()]

    # A teaser marker before the article takes the block of headlines right under it (a blank line
    # ends the block: the article's own headline may follow); after the article has begun, the
    # headlines it lists, and at the end of the page the whole run.
    for pos, i in enumerate(nonblank):
        if _key(lines[i]) not in r.teaser_markers:
            continue
        rest = nonblank[pos + 1:]
        if not any(len(lines[k].strip()) >= BODY_MIN_CHARS and k not in drop for k in nonblank[:pos]):
            j = i + 1
            while j < len(lines) and lines[j].strip() and len(lines[j].strip()) <= TEASER_MAX_CHARS \
                    and j - i <= TEASER_MAX_RUN:
                drop.add(j)
                j += 1
            continue
        if rest and all(len(lines[j].strip()) <= TEASER_MAX_CHARS or j in drop for j in rest):
            drop.update(rest)
            continue
        for j in rest[:TEASER_MAX_RUN]:
            line = lines[j].strip()
            if len(line) > TEASER_MAX_CHARS or (_SENTENCE_END.search(line) and j not in drop):
                break
            drop.add(j)

    # Runs of short menu items before the article body.
    body_start = next((i for i in nonblank if i not in drop and len(lines[i].strip()) >= BODY_MIN_CHARS),
                      len(lines))
    run: list[int] = []
    for i in range(body_start + 1):
        if i < body_start and (i in drop or _is_menu_item(lines[i])) and lines[i].strip():
            run.append(i)
            continue
        if i < body_start and not lines[i].strip() and run:
            continue                        # menus are often one item per paragraph
        if sum(1 for j in run if j not in drop) >= MENU_MIN_RUN:
            drop.update(run)
        run = []
    return drop


def remove_boilerplate(text: str) -> str:
    """`text` without chrome lines; runs of blank lines left behind collapse to one."""
    lines = text.split("\n")
    drop = chrome_lines(lines)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i in drop:
            continue
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")
            continue
        kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept)
