"""The reader of human output: which of accord's languages they read, and that language's words
for what the store keeps as codes (roles, seasons, «undated»), from `lang/<code>/display.toml`."""
from __future__ import annotations

import os
import re
from typing import Any

from accord.lang.data import load
from accord.model import LANGUAGES

LANG_ENV = "ACCORD_LANG"
DEFAULT = "en"
# the locale variables in the order POSIX gives them precedence for messages
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def _code(value: str) -> str:
    return re.split(r"[-_.@]", value.strip().lower())[0]


def reader_language(requested: str | None = None) -> str:
    """--lang if given, else $ACCORD_LANG, else the locale's language when accord writes it; English.
    A language asked for by name (--lang, $ACCORD_LANG) that accord does not write is an error; a
    locale in another language is not (the reader did not ask accord for it)."""
    for asked in (requested, os.environ.get(LANG_ENV)):
        if asked:
            if _code(asked) not in LANGUAGES:
                raise ValueError(f"--lang: accord writes {', '.join(LANGUAGES)}; got {asked!r}")
            return _code(asked)
    for variable in _LOCALE_VARIABLES:
        if os.environ.get(variable):
            code = _code(os.environ[variable])
            return code if code in LANGUAGES else DEFAULT
    return DEFAULT


def display(lang: str) -> dict[str, Any]:
    """The display words of `lang`, English where the language has none."""
    words = load(DEFAULT, "display")
    own = load(lang, "display") if lang in LANGUAGES else {}
    return {key: ({**value, **own.get(key, {})} if isinstance(value, dict) else own.get(key, value))
            for key, value in words.items()}


def role_name(role: str | None, lang: str) -> str:
    """«group_chair» → «Chair of the Friendship Group»; an unknown code readable as words."""
    if not role:
        return ""
    return display(lang)["roles"].get(role) or role.replace("_", " ")


def person_name(actor: Any, lang: str) -> str:
    """An actor by the name the reader's language writes («Ерлан Кошанов» for a reader of Russian),
    else the registry's preferred Latin-script name."""
    if actor is None:
        return ""
    own = actor.names.get(lang) or []
    return own[0] if own and lang != "en" else actor.name


def country_name(code: str | None, lang: str) -> str:
    """«MA» → «Morocco», «Марокко», «المغرب» (CLDR); the code when CLDR has no name for it."""
    if not code:
        return ""
    from babel import Locale

    return Locale.parse(display(lang)["locale"]).territories.get(code, code)


def place_name(place: dict[str, Any] | None, lang: str) -> str:
    """An event's place by its name in the reader's language when the gazetteer knows it (a
    landmark, a city), else as the article wrote it, never as a romanised case form."""
    if not place:
        return ""
    from accord.names.gazetteer import city_name, landmark_name

    names: dict[str, str] = place.get("names") or {}
    written = [names[l] for l in (lang, "en", "fr") if l in names] + list(names.values())
    return (landmark_name(names, lang) or city_name(names, lang) or (written[0] if written else None)
            or place.get("name") or "")
