"""The pages in five languages: layout direction, messages, CLDR dates, names in the reader's script."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from accord.store import open_store  # noqa: E402
from accord.web.i18n import Reader, negotiate, translations  # noqa: E402

HOME_TITLE = {"en": "Relationships in the record", "fr": "Les relations du registre", "ru": "Отношения в записи",
              "kk": "Жазбадағы қатынастар", "ar": "العلاقات في السجل"}
SEPTEMBER_2025 = {"en": "September 2025", "fr": "septembre 2025", "ru": "сентябрь 2025", "kk": "2025 ж. қыркүйек",
                  "ar": "سبتمبر 2025"}
KOSHANOV = {"en": "Yerlan Koshanov", "fr": "Erlan Kochanov", "ru": "Ерлан Кошанов", "kk": "Ерлан Қошанов",
            "ar": "يرلان كوشانوف"}


def visible(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def page(client: TestClient, path: str, lang: str) -> str:
    response = client.get(path, headers={"accept-language": f"{lang},en;q=0.5"})
    assert response.status_code == 200, (path, response.status_code)
    assert response.headers["content-language"] == lang
    return response.text


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "kk", "ar"])
def test_home_speaks_the_readers_language(client: TestClient, lang: str) -> None:
    html = page(client, "/", lang)
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
    assert HOME_TITLE[lang] in html
    assert Reader(lang).pair("KZ-MA") in visible(html)     # country names from CLDR
    assert 'href="/pair/KZ/MA"' in html


@pytest.mark.parametrize("lang", ["en", "fr", "ru", "kk", "ar"])
def test_relationship_page_groups_by_month_with_charts(client: TestClient, lang: str) -> None:
    html = page(client, "/pair/MA/KZ", lang)
    text = visible(html)
    assert SEPTEMBER_2025[lang] in text                      # month headings by CLDR
    assert KOSHANOV[lang] in text                            # people in the reader's script
    assert html.count('class="event t-') >= 10
    assert '<svg class="chart"' in html and '<rect class="t-visit"' in html and '<rect class="heat' in html
    assert "<script>" not in html and " style=" not in html  # nothing inline for the CSP to refuse
    assert translations(lang).gettext("Still open") in text


def test_language_switch_is_remembered(client: TestClient) -> None:
    html = client.get("/pair/KZ/MA?lang=kk", headers={"accept-language": "fr"}).text
    assert '<html lang="kk"' in html and "Жазба" in visible(client.get("/").text)   # the cookie keeps kk
    assert '<html lang="fr"' in client.get("/?lang=fr").text
    assert negotiate("de-DE,ru;q=0.8,ar;q=0.9") == "ar" and negotiate("de") == "en" and negotiate(None) == "en"


def test_event_page_shows_evidence_in_its_own_direction(client: TestClient, record: str) -> None:
    store = open_store(record)
    event = next(e for e in store.timeline("MA", "KZ") if {m.lang for m in e.mentions} == {"ar", "ru"})
    store.close()
    for lang in ("en", "ar"):
        html = page(client, f"/event/{event.id}", lang)
        assert re.search(r'<p class="context" lang="ar" dir="rtl">[^<]*<mark class="evidence">', html)
        assert re.search(r'<p class="context" lang="ru" dir="ltr">[^<]*<mark class="evidence">', html)
    ru = visible(page(client, f"/event/{event.id}", "ru"))
    assert "2 источника" in ru and ("Казахстан – Марокко" in ru)
    fr = visible(page(client, f"/event/{event.id}", "fr"))
    assert "2 sources" in fr and "Maroc" in fr


def test_actor_page_names_every_script_and_roles(client: TestClient) -> None:
    html = page(client, "/actor/ma-talbi-alami", "ru")
    text = visible(html)
    assert text.startswith("Рашид Талби Аль-Алами") or "<h1>Рашид Талби Аль-Алами</h1>" in html
    assert "راشيد الطالبي العلمي" in text and "Rachid Talbi Alami" in text
    assert '<td lang="ar" dir="rtl">' in html
    assert "Председатель палаты · Марокко" in text           # role and country; roles over time from the registry
    assert "<h1>راشيد الطالبي العلمي</h1>" in page(client, "/actor/ma-talbi-alami", "ar")


@pytest.mark.parametrize("query", ["كازاخستان", "Kazakhstan", "Казахстана"])
def test_search_page_finds_across_scripts(client: TestClient, query: str) -> None:
    html = page(client, f"/search?q={query}", "fr")
    assert "Kazakhstan" in visible(html)                     # the country it named, in the reader's language
    found = set(re.findall(r'<a class="when" href="/event/([^"]+)"', html))
    assert len(found) >= 10


def test_try_it_shows_the_extraction_and_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/stats").json()
    text = ("Le président de la Chambre des représentants Rachid Talbi Alami a reçu le 5 février 2026 à Rabat "
            "le président du Majilis du Kazakhstan, Yerlan Koshanov.")
    html = client.post("/try", data={"text": text}, headers={"accept-language": "fr"}).text
    assert '<mark class="k-person"' in html and '<mark class="k-time" title="2026-02-05">' in html
    assert '<mark class="k-country" title="KZ">Kazakhstan</mark>' in html
    assert "Rencontre" in visible(html) or "Visite" in visible(html)
    assert client.get("/api/stats").json() == before
    empty = client.post("/try", data={"text": "  "}).text
    assert 'class="error"' in empty


def test_brief_page_markdown_and_errors(client: TestClient) -> None:
    html = page(client, "/brief/KZ/MA", "kk")
    assert "Анықтама: Қазақстан – Марокко" in visible(html)
    md = client.get("/brief/KZ/MA.md?lang=fr").text
    assert md.startswith("# Note de synthèse: Kazakhstan – Maroc") and "## Visites" in md
    missing = client.get("/event/nope", headers={"accept-language": "ru"})
    assert missing.status_code == 404 and "Не найдено" in missing.text
    assert client.get("/pair/MA/Atlantis").status_code == 404


def test_dates_in_words() -> None:
    assert Reader("ru").when("2025-09-21/2025-09-25") == "21—25 сент. 2025\u202fг."   # CLDR's own dash and space
    assert Reader("fr").when("2025-21") == "printemps 2025"
    assert Reader("ar").when("2025-03") == "مارس 2025"
    assert Reader("kk").when(None) == "күні белгісіз"
    assert Reader("en").when("2025-11-27~") == "≈ November 27, 2025"
