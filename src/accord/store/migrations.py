"""Numbered schema migrations, applied when a store opens.

Files in `accord/store/migrations/` are named `NNNN_what.sql` (one script for every dialect)
or `NNNN_what.<dialect>.sql` (dialect: sqlite, postgresql) when the dialects need different SQL.
Each number must be there for each dialect. The `schema_version` table records what ran;
each migration runs in its own transaction together with its `schema_version` row, so a crash
leaves the schema at a whole version.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

DIALECTS = ("sqlite", "postgresql")
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)(?:\.(sqlite|postgresql))?\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


class MigrationError(RuntimeError):
    """The migration files are inconsistent, or the database is newer than this accord."""


def migrations(dialect: str) -> list[Migration]:
    """The migrations of one dialect, in order; a dialect's own file wins over a shared one."""
    if dialect not in DIALECTS:
        raise MigrationError(f"unknown SQL dialect {dialect!r}")
    chosen: dict[int, tuple[bool, Migration]] = {}
    for entry in resources.files("accord.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        version, name, only_for = int(match[1]), match[2], match[3]
        if only_for not in (None, dialect):
            continue
        specific = only_for is not None
        if version in chosen and chosen[version][0] == specific:
            raise MigrationError(f"two migrations numbered {version} for {dialect}")
        if version not in chosen or specific:
            chosen[version] = (specific, Migration(version, name, entry.read_text(encoding="utf-8")))
    found = [chosen[v][1] for v in sorted(chosen)]
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise MigrationError(f"{dialect} migrations are not numbered 1..n: {[m.version for m in found]}")
    return found


def latest_version(dialect: str) -> int:
    return len(migrations(dialect))
