"""What the analysis reads besides the document: the registry of known actors.

`analyse(document, resources)` is a pure function of its two arguments. The caller (the command
line, a batch, an engine) builds the resources once, from the seed registry and the Popolo files
the user names, and hands the same object to every analysis, in this process, a process pool or
on Ray workers; the analysis never reads the environment to find them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from accord.registry import Registry
from accord.registry.registry import load_registry


@dataclass(frozen=True)
class Resources:
    """The registry the analysis consults: officials it knows by name (a gazetteer of people) and
    their countries. Read only: resolution adds provisional actors to a registry of its own.

    Two resources are equal when they were loaded from the same files, so what the analysis
    derives from them (the pattern of known names) is built once per process, also when a pool or
    Ray worker receives its own copy."""

    registry_paths: tuple[str, ...]
    registry: Registry = field(compare=False, repr=False)

    @classmethod
    def load(cls, registry_paths: Sequence[str] = ()) -> Resources:
        """The seed registry merged with the Popolo JSON files at `registry_paths`."""
        paths = tuple(registry_paths)
        return _default() if not paths else cls(paths, load_registry(paths))

    @classmethod
    def default(cls) -> Resources:
        """The seed registry shipped with accord (package data, so analysis with it stays pure)."""
        return _default()


@cache
def _default() -> Resources:
    return Resources((), load_registry(()))
