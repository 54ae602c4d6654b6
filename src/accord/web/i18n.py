"""The reader's language: messages from the gettext catalogs in `locale/`, dates and country names
from CLDR (babel), and people and places in the reader's script where the record knows the name.

The catalogs ship as .po files (Babel's tooling extracts and updates them: scripts/catalogs.sh);
they are compiled in memory when first used, so no build step and no network is needed.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from accord import edtf
from accord.model import Actor

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
UI_LANGUAGES = ("en", "fr", "ru", "kk", "ar")   # English is the catalogs' source language
DEFAULT_LANGUAGE = "en"
RTL_LANGUAGES = frozenset({"ar"})
# Where the registry has no form in the reader's language, a form in the same script reads better
# than the Latin one: a Kazakh reader gets the Russian form, and the other way round.
SCRIPT_FALLBACK = {"kk": ("ru",), "ru": ("kk",)}

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")
_SEASON = re.compile(r"^(\d{4})-(2[1-4])$")


@cache
def translations(lang: str) -> NullTranslations:
    """The catalog of `lang`, compiled from its .po file; English and unknown languages pass through."""
    po = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == DEFAULT_LANGUAGE or not po.is_file():
        return NullTranslations()
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(fp=mo, domain=DOMAIN)


def direction(lang: str) -> str:
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


def negotiate(accept_language: str | None) -> str:
    """The first of the reader's languages (an Accept-Language header) that the interface speaks."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in UI_LANGUAGES and quality > 0:
            ranked.append((-quality, i, base))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Reader:
    """Everything a page needs to speak one language."""

    lang: str

    @property
    def dir(self) -> str:
        return direction(self.lang)

    @property
    def locale(self) -> Locale:
        return _locale(self.lang)

    def gettext(self, message: str) -> str:
        return translations(self.lang).gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return translations(self.lang).ngettext(singular, plural, n)

    def number(self, n: int | float) -> str:
        return format_decimal(n, locale=self.locale)

    def country(self, code: str | None) -> str:
        """The country's name in the reader's language (CLDR), or the code when CLDR has none."""
        if not code:
            return ""
        return self.locale.territories.get(code.upper(), code)

    def countries(self, codes: list[str]) -> str:
        return " – ".join(self.country(c) for c in codes)

    def pair(self, pair: str) -> str:
        return self.countries(pair.split("-"))

    def month(self, year: int, month: int) -> str:
        """A month heading: «сентябрь 2025», «septembre 2025», «سبتمبر ٢٠٢٥»."""
        return format_skeleton("yMMMM", date(year, month, 1), locale=self.locale)

    def when(self, value: str | None) -> str:
        """An EDTF date in words: a day, a month, a year or a span; «undated» when unknown."""
        return _when(self, value)

    def _when(self, value: str | None) -> str:
        if not value:
            return self.gettext("undated")
        plain = value.rstrip("~?%")
        approximate = plain != value
        try:
            if _DAY.match(plain):
                text = format_date(date.fromisoformat(plain), "long", locale=self.locale)
            elif _MONTH.match(plain):
                year, month = plain.split("-")
                text = self.month(int(year), int(month))
            elif _YEAR.match(plain):
                text = plain
            elif season := _SEASON.match(plain):
                text = self.season(int(season.group(2))) % {"year": season.group(1)}
            else:
                lo, hi = edtf.lenient_interval(value)
                if lo and hi and lo != hi:
                    text = format_interval(lo, hi, "yMMMd", locale=self.locale)
                elif lo or hi:
                    text = format_date(lo or hi, "long", locale=self.locale)
                else:
                    text = value
        except (ValueError, edtf.EDTFError):
            text = value
        return f"≈ {text}" if approximate else text

    def season(self, code: int) -> str:
        """EDTF's seasons 21–24 as words with a %(year)s place."""
        _ = self.gettext
        return {21: _("spring %(year)s"), 22: _("summer %(year)s"), 23: _("autumn %(year)s"),
                24: _("winter %(year)s")}[code]

    def name(self, actor: Actor | None, fallback: str = "") -> str:
        """The actor's name in the reader's script where the registry knows it."""
        if actor is None:
            return fallback
        for lang in (self.lang, *SCRIPT_FALLBACK.get(self.lang, ())):
            forms = actor.names.get(lang)
            if forms:
                return forms[0]
        return actor.name

    def place(self, place: dict[str, Any] | None) -> str:
        if not place:
            return ""
        names = place.get("names") or {}
        for lang in (self.lang, *SCRIPT_FALLBACK.get(self.lang, ())):
            if names.get(lang):
                return str(names[lang])
        return str(place.get("name") or "")


@lru_cache(maxsize=20_000)
def _when(reader: Reader, value: str | None) -> str:
    """Dates repeat across a page and across requests: CLDR formatting is done once per date and language."""
    return reader._when(value)


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)
