"""The edit mode in a real headless Chromium (Debian's `chromium` driven by Playwright), on the
review story (tests/data/review): an analyst opens an event, switches to edit mode, corrects the
date, sees the mark and the history entry, and finds them again after a reload; the Arabic page
reads right to left with its forms; an actor is confirmed from its page."""
from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("playwright.sync_api")

from accord.batch import ingest_paths  # noqa: E402
from accord.store import open_store  # noqa: E402
from accord.web.app import Settings, create_app  # noqa: E402
from accord.web.security import Guard  # noqa: E402
from tests.paths import TESTS  # noqa: E402
from tests.review_story import batch, folder  # noqa: E402
from tests.web_server import live_server  # noqa: E402

pytestmark = pytest.mark.browser
RU, AR, FR = "ru_ashimbayev_fayez_talks.txt", "ar_fayez_astana.txt", "fr_fayez_recu_astana.txt"
SCREENSHOTS = TESTS / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("web-review")
    url = f"sqlite:///{tmp / 'accord.db'}"
    store = open_store(url)
    try:
        for path in (folder(tmp, "first"), batch(tmp, "kk_ashimbayev_jordan.txt")):
            assert not ingest_paths([str(path)], store).failed
    finally:
        store.close()
    with live_server(create_app(Settings(db=url, guard=Guard()))) as base:
        yield base


@pytest.fixture
def page_in(browser, server: str):  # noqa: ANN001, ANN201
    """A page of a fresh browser context in one language; no script error may happen on it."""
    contexts, errors = [], []

    def opener(path: str, lang: str = "en"):  # noqa: ANN202
        context = browser.new_context(locale=lang, extra_http_headers={"accept-language": lang},
                                      viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(server + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        return page

    yield opener
    for context in contexts:
        context.close()
    assert not errors, errors


def _event(server: str, doc: str, opening: str, type_: str) -> str:
    with urllib.request.urlopen(server + "/api/events?pair=JO-KZ&limit=1000") as r:
        found = json.load(r)["events"]
    return next(e["id"] for e in found if e["type"] == type_ and any(
        m["doc"] == doc and m["text"].startswith(opening) for m in e["mentions"]))


def test_an_analyst_corrects_the_date_and_the_correction_lasts(page_in, server: str) -> None:  # noqa: ANN001
    talks = _event(server, RU, "Председатель Сената", "meeting")
    page = page_in(f"/event/{talks}")
    assert page.locator(".corrected-mark").count() == 0
    assert "found by the machine" in page.locator(".provenance-line").inner_text()
    page.click("a.button:has-text('Edit')")
    page.wait_for_url(f"**/event/{talks}?edit=1")
    assert page.locator("section.why .why-mention").count() == 4    # the ru, ar, fr and kk reports of the talks
    form = page.locator("form.facts-form")
    assert form.locator("input[name=when]").input_value() == "2025-04-14"
    form.locator("input[name=when]").fill("2025-04-15")
    form.locator("input[name=reason]").fill("the Senate's press service dates the talks 15 April")
    form.locator("input[name=analyst]").fill("Amina Berkaliyeva")
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/event/{talks}?edit=1#history")
    when = page.locator("dd.fact-when")
    assert when.locator(".corrected-mark").is_visible()
    assert "April 15, 2025" in when.inner_text()
    assert "Amina Berkaliyeva" in when.inner_text() and "the machine found: April 14, 2025" in when.inner_text()
    row = page.locator(".history-table tbody tr").first
    assert "Date set to April 15, 2025" in row.inner_text() and "applies" in row.inner_text()
    # the name is remembered for the next forms
    assert page.locator("form.reject-form input[name=analyst]").input_value() == "Amina Berkaliyeva"
    page.reload()
    assert "April 15, 2025" in page.locator("dd.fact-when").inner_text()
    assert page.locator("dd.fact-when .corrected-mark").is_visible()
    assert page.locator(".history-table tbody tr").count() == 1
    page.goto(server + f"/event/{talks}")   # out of edit mode the mark and the history stay
    assert page.locator("dd.fact-when .corrected-mark").is_visible()
    assert "Amina Berkaliyeva" in page.locator("#history").inner_text()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "event-corrected-en.png"), full_page=True)


def test_a_refused_correction_says_why_and_keeps_nothing(page_in, server: str) -> None:  # noqa: ANN001
    visit = _event(server, AR, "ويقوم الفايز", "visit")
    page = page_in(f"/event/{visit}?edit=1", "fr")
    before = page.locator(".history-table tbody tr").count()
    form = page.locator("form.facts-form")
    form.locator("input[name=when]").fill("mardi prochain")
    form.locator("input[name=reason]").fill("essai")
    form.locator("input[name=analyst]").fill("Karim")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    alert = page.locator("[role=alert]")
    assert "La correction n'a pas été enregistrée" in alert.inner_text() and "mardi prochain" in alert.inner_text()
    assert page.locator(".history-table tbody tr").count() == before


def test_arabic_edit_mode_reads_right_to_left(page_in, server: str) -> None:  # noqa: ANN001
    memo = _event(server, RU, "По итогам встречи", "agreement")
    page = page_in(f"/event/{memo}?edit=1", "ar")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.locator("#edit-h").inner_text() == "تصحيح هذا الحدث"
    assert page.locator("#why-h").inner_text() == "لماذا تروي هذه المصادر حدثًا واحدًا"
    # the form's fields run right to left, the EDTF date inside them left to right
    legend = page.locator("form.facts-form legend")
    assert legend.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator("form.facts-form input[name=when]").evaluate("e => getComputedStyle(e).direction") == "ltr"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "event-edit-ar.png"), full_page=True)


def test_an_actor_is_confirmed_from_its_page(page_in, server: str) -> None:  # noqa: ANN001
    with urllib.request.urlopen(server + "/api/actors?query=al-Ayasrah") as r:
        omar = json.load(r)["actors"][0]["id"]
    page = page_in(f"/actor/{omar}?edit=1", "ru")
    form = page.locator("form.correct").first
    form.locator("input[name=reason]").fill("в списке депутатов Палаты депутатов Иордании")
    form.locator("input[name=analyst]").fill("Карим")
    form.locator("button[type=submit]").click()
    page.wait_for_url(f"**/actor/{omar}?edit=1#history")
    mark = page.locator(".reviewed.confirmed")
    assert "подтверждён" in mark.inner_text() and "Карим" in mark.inner_text()
    assert "участник подтверждён" in page.locator(".history-table").inner_text()
