"""Compound given names: «عبد الله» and «عبدالله» are one name word.

Reads `compound_name_heads` of `lang/<code>/titles.toml`: the first words of compound given names,
whose next word belongs to them."""
from __future__ import annotations

from functools import cache

from accord.lang.data import load
from accord.lang.pack import get_pack


@cache
def compound_heads(lang: str) -> frozenset[str]:
    """The normalised first words of `lang`'s compound given names."""
    pack = get_pack(lang)
    return frozenset(pack.normalise(w) for w in load(lang, "titles").get("names", {}).get("compound_name_heads", []))


def join_compound_names(words: list[str], lang: str) -> list[str]:
    """Normalised name words with each compound given name made one word («عبد», «العزيز» → «عبدالعزيز»)."""
    heads = compound_heads(lang)
    out: list[str] = []
    for w in words:
        if out and out[-1] in heads:
            out[-1] += w
        else:
            out.append(w)
    return out
