"""Loading per-language data files: `accord/lang/<code>/<name>.toml`.

Language knowledge lives in these files, not in code; a new language is a new
folder of them (plus, where its morphology needs it, a small pack module).
"""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from accord.model import LANGUAGES


def available_languages() -> tuple[str, ...]:
    return LANGUAGES


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed TOML file `name` of language `lang`; `{}` when the language has none."""
    path = resources.files("accord.lang").joinpath(lang, f"{name}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def load_shared(name: str) -> dict[str, Any]:
    """A language-independent data file: `accord/lang/<name>.toml`."""
    path = resources.files("accord.lang").joinpath(f"{name}.toml")
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))
