"""Jinja2 templates in the reader's language: autoescaped everywhere (HTML and SVG), with the
reader's gettext, dates, numbers and names as template globals of each render."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from accord.model import EVENT_TYPES, TOPICS
from accord.web.i18n import UI_LANGUAGES, Reader, negotiate

TEMPLATE_DIR = Path(__file__).parent / "templates"
LANG_COOKIE = "lang"
# Each language's own name for the language switch (CLDR has them too, but the switch shows each
# language in itself, which is what a reader looks for).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ru": "Русский", "kk": "Қазақша", "ar": "العربية"}

_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html", "svg", "xml"],
                   default_for_string=True, default=True), trim_blocks=True, lstrip_blocks=True,
                   extensions=["jinja2.ext.do"])


def reader_of(request: Request) -> Reader:
    """The reader's language: ?lang= (remembered in a cookie), then the cookie, then the browser's preference."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in UI_LANGUAGES:
            return Reader(candidate)
    return Reader(negotiate(request.headers.get("accept-language")))


def safe_url(url: str | None) -> str | None:
    """An article's address as a link only when it is http(s): never javascript:, data: or the like."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def text_dir(lang: str | None) -> str:
    """The direction of a text in `lang` (the evidence keeps its own, whatever the interface's)."""
    return "rtl" if lang in ("ar", "fa", "he", "ur") else "ltr"


def labels(reader: Reader) -> dict[str, dict[str, str]]:
    """Event types and topics in the reader's language (their words are msgids of the catalogs)."""
    _ = reader.gettext
    types = {"visit": _("Visit"), "meeting": _("Meeting"), "agreement": _("Agreement"), "measure": _("Measure"),
             "proposal": _("Proposal"), "ceremony": _("Ceremony")}
    topics = {"parliamentary": _("Parliamentary cooperation"), "trade": _("Trade"), "agriculture": _("Agriculture"),
              "digital": _("Digital"), "transport": _("Transport"), "education": _("Education"),
              "health": _("Health"), "tourism": _("Tourism"), "culture": _("Culture"), "mobility": _("Mobility"),
              "security": _("Security"), "energy": _("Energy"), "territorial": _("Territorial integrity"),
              "multilateral": _("Multilateral")}
    assert set(types) == set(EVENT_TYPES) and set(topics) == set(TOPICS)
    sections = {"Visits": _("Visits"), "Meetings": _("Meetings"), "Signed": _("Signed"),
                "Measures in effect": _("Measures in effect"), "Ceremonies": _("Ceremonies")}
    roles = {"speaker": _("Speaker"), "deputy_speaker": _("Deputy speaker"), "mp": _("Member of parliament"),
             "deputy": _("Member of parliament"), "head_of_state": _("Head of state"),
             "head_of_government": _("Head of government"), "foreign_minister": _("Foreign minister"),
             "minister": _("Minister"), "ambassador": _("Ambassador"), "senator": _("Senator"),
             "president": _("President"), "king": _("King"), "vice_president": _("Vice-president"),
             "crown_prince": _("Crown prince")}
    orgs = {"lower_chamber": _("Lower chamber"), "upper_chamber": _("Upper chamber"), "parliament": _("Parliament"),
            "government": _("Government"), "ministry": _("Ministry")}
    return {"type": types, "topic": topics, "section": sections, "role": roles, "org": orgs}


def render(request: Request, template: str, status_code: int = 200, reader: Reader | None = None,
           **values: Any) -> HTMLResponse:
    reader = reader or reader_of(request)

    def url_with(**changes: Any) -> str:
        """This page's address with some query parameters changed (the language switch, paging)."""
        params = dict(request.query_params)
        params.update({k: str(v) for k, v in changes.items() if v is not None})
        return request.url.path + "?" + urlencode(params)

    page = _env.get_template(template).render(
        r=reader, _=reader.gettext, ngettext=reader.ngettext, labels=labels(reader), url_with=url_with,
        languages=[(code, LANGUAGE_NAMES[code]) for code in UI_LANGUAGES], safe_url=safe_url, text_dir=text_dir,
        path=request.url.path, **values)
    response = HTMLResponse(page, status_code=status_code)
    chosen = request.query_params.get("lang")
    if chosen in UI_LANGUAGES and chosen != request.cookies.get(LANG_COOKIE):
        response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, samesite="lax", httponly=True)
    response.headers["content-language"] = reader.lang
    response.headers["vary"] = "accept-language, cookie"
    return response


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>])")


def markdown_escape(text: Any) -> str:
    """Text from an article inside Markdown: its marks are shown, never read as links, HTML or emphasis."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


_markdown_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=False, trim_blocks=True,
                            lstrip_blocks=True)
_markdown_env.filters["md"] = markdown_escape


def render_markdown(template: str, reader: Reader, **values: Any) -> str:
    """A Markdown template (every value from the record passes through its `md` filter)."""
    return _markdown_env.get_template(template).render(r=reader, _=reader.gettext, labels=labels(reader), **values)


def render_html(template: str, reader: Reader, **values: Any) -> str:
    """An HTML template rendered outside a request (the brief printed to PDF)."""
    return _env.get_template(template).render(r=reader, _=reader.gettext, ngettext=reader.ngettext,
                                              labels=labels(reader), safe_url=safe_url, text_dir=text_dir,
                                              **values)
