"""Emphasis on a terminal only: piped into a file or another program, output stays plain text
(and NO_COLOR, https://no-color.org, turns it off everywhere)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TextIO

from accord.store.snippets import MATCH_END, MATCH_START

_BOLD, _RESET = "\033[1m", "\033[0m"
_MATCH = "\033[1;33m"


@dataclass(frozen=True)
class Terminal:
    colour: bool

    @classmethod
    def for_stream(cls, stream: TextIO) -> Terminal:
        wanted = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        return cls(colour=wanted and hasattr(stream, "isatty") and stream.isatty())

    def strong(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.colour else text

    def matches(self, snippet: str) -> str:
        """A search snippet's marked words: highlighted on a terminal, in ⟦ ⟧ otherwise."""
        if not self.colour:
            return snippet
        return snippet.replace(MATCH_START, _MATCH).replace(MATCH_END, _RESET)
