"""Ingest of files: decoding, boilerplate, language, dates, bad inputs (each alone, batch continuing)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accord.ingest import IngestError, RawItem, iter_documents, iter_sources, prepare, prepare_with_warnings
from accord.ingest.encoding import decode
from accord.ingest.html_text import html_to_text
from accord.ingest.language import detect_language
from accord.ingest.pubdate import check_published, header_date
from tests import paths

DATA = paths.DATA / "ingest"
GOLD_RU = Path("/work/shared/gold/dev/ru_koshanov_morocco_visit.txt")
if not GOLD_RU.exists():
    GOLD_RU = paths.SHARED_DEV / "ru_koshanov_morocco_visit.txt"
TODAY = date(2025, 12, 1)


def _doc(path: Path, **meta) -> tuple:
    kind = "html" if path.suffix == ".html" else "text"
    item = RawItem(source=str(path), doc=path.name, data=path.read_bytes(), kind=kind, **meta)
    return prepare_with_warnings(item, today=TODAY)


# --- boilerplate on real and realistic scraped pages ---------------------------------------

@pytest.mark.skipif(not GOLD_RU.exists(), reason="shared gold set not present")
def test_russian_gold_sample_loses_its_chrome_and_keeps_its_body():
    doc, _ = _doc(GOLD_RU)
    lines = doc.text.split("\n")
    assert "Поиск" not in lines
    assert "Соответствие GDPR" not in doc.text
    assert "cookie" not in doc.text
    assert "Предыдущая новость" not in doc.text and "Следующая новость" not in doc.text
    assert "МРП" not in doc.text and "трёхлетний бюджет" not in doc.text
    assert "Фото:" not in doc.text
    assert "Казахстан и Марокко: новые горизонты сотрудничества" in lines
    assert "Казахстан и Марокко на одной волне!" in doc.text          # the clickbait lead stays
    lead = ("Группа депутатов Мажилиса во главе с председателем палаты Ерланом Кошановым посетила Марокко "
            "с официальным визитом по приглашению председателя Палаты представителей Парламента Королевства Марокко.")
    assert lead in doc.text
    assert doc.text.endswith("Короля Мухаммеда V и Короля Хасана II.")
    assert doc.lang == "ru" and doc.published == "2025-11-27"
    # every kept paragraph is a verbatim paragraph of the source
    source_lines = set(GOLD_RU.read_text(encoding="utf-8").split("\n"))
    assert all(line in source_lines for line in lines)
    assert "\n\n" in doc.text                                           # paragraphs stay apart


@pytest.mark.parametrize("name, lang, published, kept, gone", [
    ("ar_scraped.txt", "ar", "2025-09-24",
     ["استقبل رئيس مجلس المستشارين، محمد ولد الرشيد", "وأكد الجانبان على أهمية تفعيل مجموعتي الصداقة"],
     ["بحث", "الكوكيز", "موافق", "صورة:", "فيسبوك", "اقرأ أيضا", "الخبر السابق", "وزير الفلاحة", "توقعات الطقس",
      "جميع الحقوق", "الرئيسية"]),
    ("fr_scraped.txt", "fr", "2025-09-24",
     ["Le président du Sénat reçoit une délégation parlementaire kazakhe à Paris",
      "« Nos deux assemblées partagent la volonté"],
     ["Rechercher", "cookies", "Tout accepter", "Lire aussi", "Crédit photo", "Partager", "Budget 2026",
      "Météo", "Abonnez-vous", "Accueil", "Aller au contenu"]),
    ("en_scraped.txt", "en", "2025-09-24",
     ["Kazakh and Moroccan lawmakers agree to deepen parliamentary ties",
      "ASTANA — A delegation of the Moroccan House of Representatives"],
     ["Search", "cookies", "Politics", "Photo:", "Tweet", "Read more", "water management", "oil prices",
      "heavy rain", "Subscribe"]),
    ("kk_scraped.txt", "kk", "2025-11-27",
     ["Мәжіліс төрағасы Марокко Корольдігіне ресми сапармен барды", "деді Мәжіліс төрағасы."],
     ["Іздеу", "cookie", "Келісемін", "Фото:", "Бөлісу", "Сондай-ақ оқыңыз", "Алдыңғы жаңалық",
      "жаңа мектептер", "жаңбыр", "Басты бет"]),
])
def test_scraped_pages_in_every_language(name, lang, published, kept, gone):
    doc, warnings = _doc(DATA / name)
    assert doc.lang == lang and doc.published == published
    for text in kept:
        assert text in doc.text
    for text in gone:
        assert text not in doc.text, text
    assert warnings == []


def test_html_page_main_text_title_and_date():
    doc, _ = _doc(DATA / "en_page.html")
    assert doc.title == "Kazakhstan and Morocco sign roadmap on agriculture"
    assert doc.published == "2025-10-02"
    assert "signed a roadmap on agricultural cooperation in Rabat on Wednesday" in doc.text
    assert "direct flights between Astana and Casablanca" in doc.text
    for chrome in ("cookies", "Oil prices", "All rights reserved", "Privacy policy", "Politics"):
        assert chrome not in doc.text
    paragraphs = doc.text.split("\n")
    assert any(p.startswith("The document covers grain exports") for p in paragraphs)


def test_html_in_windows_1256_with_meta_charset():
    doc, _ = _doc(DATA / "ar_page_cp1256.html")
    assert doc.lang == "ar"
    assert "أجرى وفد من مجموعة الصداقة البرلمانية المغربية الكازاخستانية" in doc.text
    assert doc.title == "وفد برلماني مغربي في أستانا"


# --- encodings ----------------------------------------------------------------------------

RU = "Председатель Сената принял делегацию парламента Марокко и обсудил развитие межпарламентского сотрудничества."
AR = "استقبل رئيس مجلس النواب وفدا برلمانيا من كازاخستان وبحث معه سبل تعزيز التعاون الثنائي."
KK = "Сенат төрағасы Марокко парламентінің делегациясын қабылдап, ынтымақтастықты дамыту мәселелерін талқылады."
FR = "Le président de l'Assemblée nationale a reçu une délégation kazakhe et évoqué la coopération économique."


@pytest.mark.parametrize("text, encoding", [
    (AR, "cp1256"), (RU, "cp1251"), (RU, "koi8-r"), (KK, "kz1048"), (FR, "cp1252"),
    (RU, "utf-16"), (AR, "utf-16"), (RU, "utf-16-le"), (AR, "utf-16-be"), (KK, "utf-16-le"), (FR, "utf-16-be"),
    (RU, "utf-8-sig"),
])
def test_legacy_and_utf16_encodings_decode_exactly(text, encoding):
    decoded, _ = decode(text.encode(encoding), "x")
    assert decoded == text


def test_koi8r_russian_file_prepares_as_russian(tmp_path):
    path = tmp_path / "koi8.txt"
    path.write_bytes((RU + "\n\n" + RU).encode("koi8-r"))
    doc, _ = _doc(path)
    assert doc.lang == "ru" and doc.text.startswith("Председатель Сената")


# --- invisible characters, language, dates ---------------------------------------------------

def test_bidi_and_zero_width_characters_are_removed_from_names():
    text = ("Председатель Мажилиса Ерлан\u200b Кошанов\u200f встретился с \u202bРашидом Талби\u202c Аль-Алами "
            "и обсудил сотрудничество.\ufeff\n\nالتقى رئيس مجلس النواب راشيد\u200c الطالبي\u2067 العلمي\u2069 بالوفد.")
    doc = prepare(RawItem(source="t", doc="t", data=text))
    assert "Ерлан Кошанов встретился" in doc.text
    assert "Рашидом Талби Аль-Алами" in doc.text
    assert "راشيد الطالبي العلمي" in doc.text
    assert not any(ch in doc.text for ch in "\u200b\u200c\u200f\u202b\u202c\u2067\u2069\ufeff")


def test_nfc_normalisation():
    decomposed = "Le pre\u0301sident du Se\u0301nat a re\u00e7u la de\u0301le\u0301gation kazakhe a\u0300 Paris hier."
    doc = prepare(RawItem(source="t", doc="t", data=decomposed))
    assert "président du Sénat" in doc.text


@pytest.mark.parametrize("text, lang", [
    (RU, "ru"), (KK, "kk"), (AR, "ar"), (FR, "fr"),
    ("The Speaker of the Senate received a parliamentary delegation from Morocco on Monday.", "en"),
    ("El presidente del Senado recibió el lunes a una delegación parlamentaria de Marruecos.", "other"),
    ("Голова Верховної Ради прийняв делегацію парламенту Марокко та обговорив співпрацю.", "other"),
    ("رئیس مجلس شورای اسلامی با هیئت پارلمانی قزاقستان دیدار و گفتگو کرد.", "other"),
    ("国会议长会见了摩洛哥议会代表团。", "other"),
    # Russian with Kazakh names stays Russian
    ("Аким области Әлихан Сәрсенұлы и депутат Жаслан Жұмабеков обсудили с коллегами из Марокко "
     "вопросы сотрудничества в сфере сельского хозяйства.", "ru"),
])
def test_language_identification(text, lang):
    assert detect_language(text)[0] == lang


def test_wrong_lang_metadata_trusts_the_text_with_a_warning():
    item = RawItem(source="t", doc="t", data=RU + "\n\n" + RU, lang="fr")
    doc, warnings = prepare_with_warnings(item)
    assert doc.lang == "ru"
    assert any("metadata lang 'fr'" in w for w in warnings)


def test_right_lang_metadata_gives_no_warning():
    doc, warnings = prepare_with_warnings(RawItem(source="t", doc="t", data=AR, lang="ar-MA"))
    assert doc.lang == "ar" and warnings == []


@pytest.mark.parametrize("value, expected, warned", [
    ("2025-02-30", None, "not a valid date"),
    ("2091-01-01", None, "in the future"),
    ("Wed, 24 Sep 2025 10:00:00 +0000", "2025-09-24", None),
    ("2025-09-24T10:00:00+05:00", "2025-09-24", None),
    ("hier", None, "not a date"),
])
def test_published_metadata_checked(value, expected, warned):
    published, warning = check_published(value, TODAY)
    assert published == expected
    assert (warning is None) if warned is None else (warned in warning)


def test_impossible_published_falls_back_to_header_date_with_warning():
    item = RawItem(source="t", doc="t", data="24 septembre 2025\n\n" + FR, published="2025-02-30")
    doc, warnings = prepare_with_warnings(item, today=TODAY)
    assert doc.published == "2025-09-24"
    assert any("2025-02-30" in w for w in warnings)


@pytest.mark.parametrize("header, expected", [
    ("27 ноябрь 2025", "2025-11-27"), ("Четверг, 27 ноября 2025, 10:15", "2025-11-27"),
    ("24 septembre 2025", "2025-09-24"), ("1er octobre 2025", "2025-10-01"), ("2025-09-24", "2025-09-24"),
    ("الأربعاء 24 شتنبر 2025", "2025-09-24"), ("٢٤ سبتمبر ٢٠٢٥", "2025-09-24"), ("12 حزيران 2025", "2025-06-12"),
    ("2025 жылғы 27 қараша", "2025-11-27"), ("September 24, 2025", "2025-09-24"), ("24.09.2025", "2025-09-24"),
    ("30 февраля 2025", None), ("1 января 2030", None),
])
def test_header_date_reader(header, expected):
    assert header_date(f"Поиск\n{header}\nЗаголовок статьи\n\n{RU}", TODAY) == expected


def test_dates_inside_the_body_are_not_the_header_date():
    body = "\n".join([RU] * 20) + "\n24 сентября 2025"
    assert header_date(body, TODAY) is None


# --- bad inputs: a clear reason each, the batch goes on ----------------------------------------

def _reasons(results) -> dict[str, str]:
    return {Path(r.source).name: r.reason for r in results if isinstance(r, IngestError)}


def test_bad_files_each_fail_alone_and_the_batch_continues(tmp_path):
    (tmp_path / "a_good.txt").write_text(RU + "\n\n" + RU, encoding="utf-8")
    (tmp_path / "b_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 500)
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_blank.txt").write_text("   \n\n\t  \n", encoding="utf-8")
    (tmp_path / "e_png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (tmp_path / "f_only_chrome.txt").write_text("Поиск\nПоделиться\nFacebook\n", encoding="utf-8")
    (tmp_path / "g_good_cp1256.txt").write_bytes((AR + "\n" + AR).encode("cp1256"))
    (tmp_path / "h_image.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "i_broken_link.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / ".hidden.txt").write_text(RU, encoding="utf-8")
    results = list(iter_documents([str(tmp_path)]))
    docs = [r for r in results if not isinstance(r, IngestError)]
    assert [d.doc for d in docs] == ["a_good.txt", "g_good_cp1256.txt"]
    reasons = _reasons(results)
    assert reasons["b_binary.txt"] == "binary file (NUL bytes), not an article"
    assert reasons["c_empty.txt"] == "empty file"
    assert reasons["d_blank.txt"] == "only whitespace, no text"
    assert reasons["e_png.txt"] == "binary file (PNG image), not an article"
    assert reasons["f_only_chrome.txt"].startswith("empty after cleaning")
    assert reasons["h_image.jpg"].startswith("unsupported file type '.jpg'")
    assert reasons["i_broken_link.txt"] == "broken symbolic link"
    assert ".hidden.txt" not in reasons


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    real_open = Path.open

    def guarded(self, *args, **kwargs):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    results = list(iter_sources([str(tmp_path)]))
    assert isinstance(results[0], IngestError) and results[0].reason == "permission denied"
    assert isinstance(results[1], RawItem) and results[1].doc == "b.txt"


def test_fifty_megabyte_text_is_rejected_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        chunk = (RU + "\n").encode("utf-8") * 1000
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    (tmp_path / "small.txt").write_text(RU, encoding="utf-8")
    results = list(iter_sources([str(tmp_path)]))
    assert isinstance(results[0], IngestError) and results[0].reason.startswith("too large:")
    assert isinstance(results[1], RawItem)


def test_one_megabyte_line_without_breaks(tmp_path):
    path = tmp_path / "long_line.txt"
    path.write_text(" ".join([RU] * 9500)[:1_000_000], encoding="utf-8")
    doc, _ = _doc(path)
    assert doc.lang == "ru" and len(doc.text) > 990_000 and "\n" not in doc.text


def test_malformed_html_still_gives_its_text():
    page = ("<html><head><title>Broken</title><body><div><p>Le président du Sénat a reçu <b>la délégation "
            "<i>kazakhe</b> mardi au Palais du Luxembourg pour des entretiens.<p>Les deux parties ont évoqué "
            "la coopération<table><tr><td>parlementaire</div></span></html>")
    doc = prepare(RawItem(source="t", doc="t", data=page, kind="html"))
    assert "président du Sénat a reçu la délégation kazakhe" in doc.text
    assert doc.lang == "fr"


def test_deeply_nested_html_does_not_crash_and_keeps_text():
    page = ("<html><body>" + "<div>" * 100_000 + "<p>The Speaker of the Senate received a parliamentary "
            "delegation from Morocco and discussed cooperation in agriculture.</p>" + "</div>" * 100_000
            + "</body></html>")
    doc, warnings = prepare_with_warnings(RawItem(source="t", doc="t", data=page, kind="html"))
    assert "received a parliamentary delegation from Morocco" in doc.text
    assert any("nested" in w for w in warnings)


def test_html_fallback_when_main_text_extraction_finds_nothing():
    page = "<html><body><nav>Home | World</nav><div>Short note: talks held in Astana today.</div></body></html>"
    result = html_to_text(page)
    assert "talks held in Astana today" in result.text
    assert "Home" not in result.text


def test_json_lines_batch_with_broken_records(tmp_path):
    (tmp_path / "article.html").write_text((DATA / "en_page.html").read_text(encoding="utf-8"), encoding="utf-8")
    lines = [
        json.dumps({"doc": "one.txt", "text": RU, "published": "2025-11-27", "lang": "ru"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": FR}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        "",
        json.dumps({"path": "article.html", "url": "https://example.org/a"}),
        json.dumps({"text": AR, "published": 20250924}),
        json.dumps({"path": "missing.txt"}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_sources([str(batch)]))
    items = [r for r in results if isinstance(r, RawItem)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [i.doc for i in items] == ["one.txt", "batch.jsonl#3", "article.html"]
    assert items[0].published == "2025-11-27" and items[2].kind == "html" and items[2].url == "https://example.org/a"
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("JSON Lines line 2: invalid JSON:")
    assert reasons[1] == "JSON Lines line 4: record is a JSON list, not an object"
    assert reasons[2] == "JSON Lines line 5: record has no 'text', 'html' or 'path' string"
    assert reasons[3] == "JSON Lines line 8: field 'published' must be a string, not int"
    assert reasons[4] == "JSON Lines line 9: no such file or folder"
    assert errors[0].source.endswith("batch.jsonl:2")
    docs = [prepare(i) for i in items]
    assert docs[2].title == "Kazakhstan and Morocco sign roadmap on agriculture"


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    results = list(iter_sources([str(tmp_path / "nope.txt"), str(tmp_path)]))
    assert isinstance(results[0], IngestError) and results[0].reason == "no such file or folder"


def test_a_teaser_block_inside_a_page_loses_every_headline_it_lists():
    from accord.ingest.boilerplate import remove_boilerplate

    body = ("MOSCOW: Saudi Shoura Council Speaker Sheikh Abdullah Al Al-Sheikh held talks with State Duma "
            "Chairman Vyacheslav Volodin in Moscow on Tuesday, the Saudi Press Agency reported.")
    text = (f"{body}\n\nRELATED\nSaudi energy minister, Russia's Novak discuss OPEC+ output in Riyadh\n"
            "Russian business delegation visits Jeddah to explore investment\n\n"
            "At the end of the talks, the two speakers signed a memorandum of understanding on parliamentary "
            "cooperation, which provides for regular consultations between the committees on international affairs, "
            "exchanges of staff and joint positions at the Inter-Parliamentary Union and at the Asian Parliamentary "
            "Assembly, the Saudi agency said.")
    cleaned = remove_boilerplate(text)
    assert body in cleaned and "signed a memorandum" in cleaned
    assert "Jeddah" not in cleaned and "OPEC+" not in cleaned and "RELATED" not in cleaned


def test_a_teaser_marker_before_the_article_takes_its_headlines_not_the_article():
    from accord.ingest.boilerplate import remove_boilerplate

    paragraphs = [
        "Астана, 2026 жылғы 3 наурыз – Бүгін Астанада Қазақстан Сыртқы істер министрі Ермек Көшербаев "
        "Түрікменстан Сыртқы істер министрі Рашид Мередовпен келіссөздер өткізді.",
        "Тараптар Каспий теңізі арқылы көлік-транзиттік әлеуетті дамыту мәселелерін талқылады.",
    ]
    text = ("Соңғы жаңалықтар\nҚазақстан мен Әзербайжан консультация өткізді\nҚазақстан Бахрейнмен келісімге "
            "қол қоюға дайын\n\nҚазақстан мен Түрікменстан министрлері кездесті\n\n" + "\n\n".join(paragraphs))
    cleaned = remove_boilerplate(text)
    assert all(p in cleaned for p in paragraphs)
    assert "Қазақстан мен Түрікменстан министрлері кездесті" in cleaned   # the article's own headline
    assert "Бахрейн" not in cleaned and "Әзербайжан" not in cleaned


# A currency ticker repeated down the page reads as code: dropped as chrome, the article under it is news.
TICKER = "\n".join(["  • KGS/USD = 0.01144 0%", "  • KZT/USD = 0.00203 0%", "  • UZS/USD = 0.00008 −0.5%"] * 12)


@pytest.mark.parametrize("lang, body", [
    ("en", "President Kassym-Jomart Tokayev met Japan's Emperor Naruhito in Tokyo on December 18, opening "
           "Kazakhstan's first official presidential visit to Japan. The two sides discussed cooperation."),
    ("ru", "Президент Касым-Жомарт Токаев встретился с императором Японии Нарухито в Токио 18 декабря. "
           "Это первый официальный визит президента Казахстана в Японию."),
])
def test_a_currency_ticker_is_chrome(tmp_path, lang, body):
    page = tmp_path / f"{lang}_ticker.txt"
    page.write_text(f"{TICKER}\n18 December 2025\n\n{body}\n", encoding="utf-8")
    doc, _ = _doc(page)
    assert "USD" not in doc.text and body in doc.text and doc.lang == lang
