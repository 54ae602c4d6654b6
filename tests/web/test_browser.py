"""The pages in a real headless Chromium (Debian's `chromium`, driven by Playwright; no browser is
ever downloaded): they load on the sample record, read right-to-left in Arabic, show names in the
reader's script, find across scripts and run nothing that came from an article. Each page is
photographed in two languages into tests/screenshots/ (git-ignored)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("playwright.sync_api")

from accord.web.app import Settings, create_app  # noqa: E402
from accord.web.security import Guard  # noqa: E402
from tests.paths import TESTS  # noqa: E402
from tests.web_record import HOSTILE_ACTOR, HOSTILE_EVENT, HOSTILE_TEXT, PAYLOADS, build  # noqa: E402
from tests.web_server import chromium, live_server  # noqa: E402

pytestmark = pytest.mark.browser
SCREENSHOTS = TESTS / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-browser') / 'accord.db'}"
    build(url)
    with live_server(create_app(Settings(db=url, guard=Guard()))) as base:
        SERVED[base] = url
        yield base


@pytest.fixture
def open_page(browser, server: str):  # noqa: ANN001, ANN201
    contexts = []
    dialogs: list[str] = []
    errors: list[str] = []

    def opener(path: str, lang: str = "en"):  # noqa: ANN202
        context = browser.new_context(locale=lang, extra_http_headers={"accept-language": lang},
                                      viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(server + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        return page

    opener.dialogs = dialogs  # type: ignore[attr-defined]
    opener.errors = errors    # type: ignore[attr-defined]
    yield opener
    for context in contexts:
        context.close()
    assert not errors, errors


def _shoot(page, name: str) -> None:  # noqa: ANN001
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_timeline_shows_the_sample_events(open_page) -> None:  # noqa: ANN001
    page = open_page("/pair/MA/KZ")
    cards = page.locator(".timeline article.event")
    assert cards.count() >= 10
    assert page.locator(".timeline h3").first.inner_text() == "2014"
    assert "September 2025" in page.locator(".timeline h4").all_inner_texts()
    assert page.locator("svg.chart rect.t-visit").count() >= 2
    # the type filter (progressive enhancement from /static/app.js) hides the visits
    page.locator(".type-filter input[value=visit]").uncheck()
    visible_types = {c.get_attribute("data-type") for c in page.locator(".timeline article.event").all() if c.is_visible()}
    assert "visit" not in visible_types and "meeting" in visible_types


def test_arabic_interface_and_evidence_read_right_to_left(open_page) -> None:  # noqa: ANN001
    page = open_page("/pair/MA/KZ", "ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("h1").inner_text() == "المغرب – كازاخستان"
    # the page's layout mirrors: the side column is to the left of the timeline
    timeline = page.locator("section.timeline").bounding_box()
    side = page.locator("aside.side").bounding_box()
    assert side["x"] < timeline["x"]
    # in the English interface too, Arabic evidence runs right to left and Russian left to right
    english = open_page("/pair/MA/KZ", "en")
    arabic = english.locator('blockquote.evidence[lang="ar"]').first
    russian = english.locator('blockquote.evidence[lang="ru"]').first
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert russian.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert english.evaluate("getComputedStyle(document.body).direction") == "ltr"


def test_russian_interface_shows_names_in_cyrillic(open_page) -> None:  # noqa: ANN001
    page = open_page("/pair/MA/KZ", "ru")
    names = set(page.locator(".timeline a.person").all_inner_texts())
    # the registry's people in Cyrillic; only people found in articles alone keep the article's spelling
    assert {"Ерлан Кошанов", "Рашид Талби Аль-Алами", "Касым-Жомарт Токаев", "Азиз Аханнуш"} <= names
    assert not {"Yerlan Koshanov", "Rachid Talbi Alami", "Kassym-Jomart Tokayev"} & names
    assert page.locator("h2#timeline-h").inner_text() == "Хронология"


def test_search_finds_across_scripts(open_page) -> None:  # noqa: ANN001
    found = []
    for query in ("كازاخستان", "Kazakhstan", "Казахстана"):
        page = open_page("/", "fr")
        page.fill(".search-box input[name=q]", query)
        page.click(".search-box button")
        page.wait_for_url("**/search?q=*")
        found.append(set(page.locator(".results a.when").evaluate_all("els => els.map(e => e.getAttribute('href'))")))
    assert found[0] and found[0] == found[1] == found[2]


def test_hostile_article_executes_nothing(open_page) -> None:  # noqa: ANN001
    for path in (f"/event/{HOSTILE_EVENT}", f"/actor/{HOSTILE_ACTOR}", "/pair/FR/MA", "/search?q=Jean", "/",
                 "/brief/FR/MA"):
        for lang in ("fr", "ru", "ar"):
            page = open_page(path, lang)
            page.mouse.move(200, 200)
            for link in page.locator("a").all()[:60]:
                assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
            assert page.evaluate("window.__pwned === undefined")
            assert page.locator("img, [onerror], [onload], [onmouseover]").count() == 0
            scripts = page.locator("script").evaluate_all("els => els.map(e => e.getAttribute('src'))")
            assert scripts == ["/static/app.js"]
    page = open_page(f"/event/{HOSTILE_EVENT}", "fr")
    assert PAYLOADS[0] in page.locator("mark.evidence").inner_text()    # shown as text, whole
    page = open_page("/try", "fr")
    # a page of news carrying the payloads (mostly prose: a text that is mostly markup is refused as no article)
    prose = ("Les deux présidents ont passé en revue l'état de la coopération parlementaire entre les deux pays "
             "et ont souligné l'importance de renforcer les échanges entre les groupes d'amitié. Ils ont également "
             "évoqué la tenue prochaine de la commission mixte à Rabat, ainsi que les perspectives de coopération "
             "dans les domaines de l'énergie, de l'agriculture, de l'éducation et du tourisme. La délégation "
             "a ensuite visité le Mausolée Mohammed V avant de regagner son hôtel dans la capitale marocaine.")
    page.fill("textarea[name=text]", HOSTILE_TEXT + " " + " ".join(PAYLOADS) + " " + prose)
    page.click("form.try button[type=submit]")
    page.wait_for_selector(".analysed")
    assert page.evaluate("window.__pwned === undefined")
    assert not open_page.dialogs


PAGES = {"home": "/", "relationship": "/pair/MA/KZ", "actor": "/actor/kz-koshanov", "search": "/search?q=Казахстан",
         "try": "/try", "brief": "/brief/MA/KZ"}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_screenshots_of_every_page(open_page, server: str, lang: str) -> None:  # noqa: ANN001
    import json
    import urllib.request

    with urllib.request.urlopen(server + "/api/events?pair=MA-KZ&limit=100") as r:
        events = json.load(r)["events"]
    told_twice = next(e["id"] for e in events if len({m["doc"] for m in e["mentions"]}) > 1)
    for name, path in {**PAGES, "event": f"/event/{told_twice}"}.items():
        page = open_page(path, lang)
        assert page.evaluate("document.documentElement.lang") == lang
        _shoot(page, f"{name}-{lang}")
    assert len(list(SCREENSHOTS.glob(f"*-{lang}.png"))) >= 7


def test_brief_as_pdf_from_the_page_and_the_command_line(server: str, tmp_path: Path) -> None:
    import urllib.request

    from accord.cli import main

    chromium()
    with urllib.request.urlopen(server + "/brief/MA/KZ.pdf?lang=ru", timeout=120) as r:
        assert r.headers["content-type"] == "application/pdf"
        pdf = r.read()
    assert pdf.startswith(b"%PDF-") and len(pdf) > 5_000
    page = urllib.request.urlopen(server + "/brief/MA/KZ").read().decode()
    assert 'href="/brief/MA/KZ.pdf?lang=en"' in page
    db = server_db(server)
    out = tmp_path / "brief.pdf"
    assert main(["brief", "MA", "KZ", "--db", db, "--pdf", str(out), "--lang", "ar"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def server_db(server: str) -> str:
    """The store the test server reads (its URL is kept on the app by the fixture)."""
    return SERVED[server]


SERVED: dict[str, str] = {}
