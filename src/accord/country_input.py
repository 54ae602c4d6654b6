"""Countries as a reader types them on the command line: ISO codes, or names in any of accord's
languages (CLDR through babel: "Morocco", «Марокко», «المغرب», «Мароккo», "Maroc"), in any case."""
from __future__ import annotations

import difflib
from functools import cache

import pycountry

from accord.model import LANGUAGES


class UnknownCountry(ValueError):
    """A country the reader typed that is neither an ISO code nor a known name."""


def _fold(text: str) -> str:
    return " ".join(text.strip("«»\"'“”„ ").casefold().replace("-", " ").split())


@cache
def _names() -> dict[str, str]:
    """Folded name → ISO code, over every language accord reads."""
    from accord.analyse.countries import country_names

    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, names in country_names(lang).items():
            for name in names:
                out.setdefault(_fold(name), code)
    return out


def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code of `text`; UnknownCountry with the closest names otherwise."""
    value = text.strip()
    if len(value) == 2 and value.isascii() and value.isalpha() and pycountry.countries.get(alpha_2=value.upper()):
        return value.upper()
    names = _names()
    code = names.get(_fold(value))
    if code:
        return code
    close = difflib.get_close_matches(_fold(value), list(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(f'{n} ({names[n]})' for n in close)}?" if close else ""
    raise UnknownCountry(f"unknown country {text!r}: give an ISO code (MA, KZ) or a country name{hint}")


def pair_codes(text: str) -> str:
    """«MA-KZ», «Morocco,Kazakhstan» → «KZ-MA» (sorted, as the store keeps pairs); a comma separates
    names that have a hyphen of their own («Guinea-Bissau,Senegal»)."""
    parts = [p for p in text.split("," if "," in text else "-") if p.strip()]
    if len(parts) != 2:
        raise UnknownCountry(f"a pair is two countries, as MA-KZ or Morocco,Kazakhstan; got {text!r}")
    return "-".join(sorted(country_code(p) for p in parts))
