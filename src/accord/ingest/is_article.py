"""Is a cleaned text a news article? README files, code, configuration, one-word notes and HTTP
directory listings are read by the same sources as news (`.md` and `.txt` are text, a listing
is HTML); analysed, they turn into made-up events. This decides from the text alone, by its
length, its sentences, its share of code-like words, its Markdown structure and how surely it
reads as a language.

The thresholds were measured on every article of tests/gold* and corpus/real (the shortest has 46
words and one sentence; code-like words are at most 4.3 % of any; none has a Markdown heading,
fence or table, or a backtick) against this project's own README, design notes, source files and
a server's directory listing (code-like words 15–47 %, or dozens of Markdown lines).
"""
from __future__ import annotations

import re

from accord.ingest.errors import IngestError

MIN_WORDS = 8                   # a wire flash has a dozen; fewer is a note, a label or a file name
MAX_CODE_SHARE = 0.10           # of whitespace-separated tokens that look like paths, markup or code
MIN_MARKDOWN_LINES = 3          # headings, fences and table rows
MIN_BACKTICKS = 4               # inline code: two spans
MIN_LANGUAGE_CONFIDENCE = 0.5   # below it the text reads as no language (a listing, a table of numbers)

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?؟…。](?=[\s»\"”')\]]|$)")
_CODE_TOKEN = re.compile(r"[_`=<>{}\[\]\\|]|--|\(\)|/\S|^\$$|::")
_MARKDOWN_LINE = re.compile(r"^(#{1,6}\s|```|~~~|\|.*\|\s*$)")
# Tags and entities a broken page leaves in its text are the page's fault, not a sign of code.
_HTML_RESIDUE = re.compile(r"<[^<>]{0,200}>|&#?\w{1,10};")


class NotAnArticle(IngestError):
    """Text that was read, but is not news: README files, code, listings, a word or two."""

    def __init__(self, source: str, why: str) -> None:
        super().__init__(source, f"not an article: {why}")
        self.why = why


def why_not_an_article(text: str, lang: str, confidence: float) -> str | None:
    """Why `text` (cleaned, in language `lang` detected with `confidence`) is not a news article;
    None when it reads as one."""
    words = len(_WORD.findall(text))
    if words < MIN_WORDS:
        return f"too short for news ({words} word{'s' if words != 1 else ''})"
    tokens = _HTML_RESIDUE.sub(" ", text).split() or ["-"]
    code = sum(1 for t in tokens if _CODE_TOKEN.search(t)) / len(tokens)
    if code > MAX_CODE_SHARE:
        return f"reads as code, markup or a file listing ({code:.0%} of its words are paths or symbols)"
    lines = [line for line in text.splitlines() if line.strip()]
    markdown = sum(1 for line in lines if _MARKDOWN_LINE.match(line))
    if markdown >= MIN_MARKDOWN_LINES or text.count("`") >= MIN_BACKTICKS:
        return "a Markdown document (headings, code or tables), not news"
    if lang == "other" and confidence < MIN_LANGUAGE_CONFIDENCE:
        return "reads as no language (a listing, a table or noise), not prose"
    if not _SENTENCE_END.search(text) and words < 40:
        return "no sentence: a heading, a label or a list, not news"
    return None


def check_article(source: str, text: str, lang: str, confidence: float) -> None:
    """Raise NotAnArticle with the reason when `text` is not news."""
    why = why_not_an_article(text, lang, confidence)
    if why is not None:
        raise NotAnArticle(source, why)
