"""People's roles ranked once (`lang/roles.toml`): most specific and highest first."""
from __future__ import annotations

from functools import cache

from accord.lang.data import load_shared


@cache
def ranking() -> tuple[str, ...]:
    """Every role, most specific and highest first: the one that describes a person who carries
    several, and the one that heads a delegation."""
    return tuple(load_shared("roles")["ranking"])


@cache
def delegation_heads() -> tuple[str, ...]:
    """The roles that head a delegation, in the order of `ranking`."""
    heads = set(load_shared("roles")["delegation_heads"])
    return tuple(r for r in ranking() if r in heads)


@cache
def resident() -> frozenset[str]:
    """The roles held in the other side's country (an ambassador): their holder there is no visitor."""
    return frozenset(load_shared("roles").get("resident", []))


@cache
def named_by_surname() -> tuple[str, ...]:
    """The posts whose holders the news names by the surname alone, in the order a holder's role is chosen."""
    return tuple(load_shared("roles").get("named_by_surname", []))


@cache
def family_name_first() -> frozenset[str]:
    """The countries whose people's names put the family name first («Xi Jinping»)."""
    return frozenset(load_shared("roles").get("family_name_first", []))
