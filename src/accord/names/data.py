"""The name tables shipped beside this module (TOML), parsed once."""
from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed `accord/names/<name>.toml`."""
    path = resources.files("accord.names").joinpath(f"{name}.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))
