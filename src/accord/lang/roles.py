"""The two rankings of people's roles (`lang/roles.toml`): by specificity and by precedence."""
from __future__ import annotations

from functools import cache

from accord.lang.data import load_shared


@cache
def by_specificity() -> tuple[str, ...]:
    """Roles most specific first: the one that describes a person who carries several."""
    return tuple(load_shared("roles")["by_specificity"])


@cache
def by_precedence() -> tuple[str, ...]:
    """Roles highest first: the one that heads a delegation."""
    return tuple(load_shared("roles")["by_precedence"])
