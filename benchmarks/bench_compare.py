"""accord side by side with the libraries a reader would reach for instead.

- Russian people: accord's person extraction vs natasha's NER (+ its span normalisation),
  speed and accuracy on RU_PEOPLE, sentences labelled by hand with the people's names in
  the nominative (the form both systems are asked to give).
- HTML cleaning: accord's ingest of a saved page (`prepare`: extraction, boilerplate removal,
  language, date, fingerprint) vs `trafilatura.extract` alone, on synthetic news pages with
  menus, cookie notices, teasers and footers: speed, boilerplate lines left, body kept.
- Time expressions: benchmarks/bench_timex.py (accord vs dateparser), called from run.py.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from corpus import Article, build

# (sentence, people in it, nominative). Mixed: with and without titles, inflected, initials,
# foreign names, people only quoted; two sentences have nobody.
RU_PEOPLE: list[tuple[str, list[str]]] = [
    ("Председатель Государственной думы Вячеслав Володин провёл переговоры с председателем Национального "
     "собрания Армении Аленом Симоняном.", ["Вячеслав Володин", "Ален Симонян"]),
    ("Председатель Мажилиса Ерлан Кошанов встретился в Астане с послом Франции Сильви Бермон.",
     ["Ерлан Кошанов", "Сильви Бермон"]),
    ("Делегацию возглавил вице-спикер Сената Аскар Шакиров.", ["Аскар Шакиров"]),
    ("Министр иностранных дел Сергей Лавров принял министра иностранных дел Египта Бадра Абдель Аты.",
     ["Сергей Лавров", "Бадр Абдель Ати"]),
    ("По словам Валентины Матвиенко, парламенты двух стран должны чаще обмениваться опытом.",
     ["Валентина Матвиенко"]),
    ("Стороны обсудили торговлю, энергетику и транспортные коридоры.", []),
    ("Президент Казахстана Касым-Жомарт Токаев наградил Нурлана Нигматулина орденом «Барыс».",
     ["Касым-Жомарт Токаев", "Нурлан Нигматулин"]),
    ("Во встрече также приняли участие депутаты Мария Кузнецова и Андрей Исаев.",
     ["Мария Кузнецова", "Андрей Исаев"]),
    ("Спикер парламента Марокко Рашид Тальби Аль-Алами прибыл в Москву с официальным визитом.",
     ["Рашид Тальби Аль-Алами"]),
    ("Глава МИД Турции Хакан Фидан передал приглашение от президента Реджепа Тайипа Эрдогана.",
     ["Хакан Фидан", "Реджеп Тайип Эрдоган"]),
    ("Меморандум подписали председатель комитета Леонид Слуцкий и посол Узбекистана Ботиржон Асадов.",
     ["Леонид Слуцкий", "Ботиржон Асадов"]),
    ("Как отметила Анна Кузнецова, следующее заседание комиссии пройдёт в Ташкенте.", ["Анна Кузнецова"]),
    ("Канцлер Германии Олаф Шольц и премьер-министр Казахстана Олжас Бектенов обсудили поставки нефти.",
     ["Олаф Шольц", "Олжас Бектенов"]),
    ("Визит продлится до пятницы, сообщили в пресс-службе парламента.", []),
    ("Сенатор Константин Косачев выступил на пленарном заседании Межпарламентской ассамблеи СНГ.",
     ["Константин Косачев"]),
    ("Маулену Ашимбаеву вручили приглашение посетить Санкт-Петербург.", ["Маулен Ашимбаев"]),
    ("Председатель Сената Маулен Ашимбаев поблагодарил Вячеслава Володина за тёплый приём.",
     ["Маулен Ашимбаев", "Вячеслав Володин"]),
    ("Посол Египта в России Хамза Захран вручил копии верительных грамот.", ["Хамза Захран"]),
    ("Переговоры Эммануэля Макрона и Шавката Мирзиёева прошли в Самарканде.",
     ["Эммануэль Макрон", "Шавкат Мирзиёев"]),
    ("Депутат Мажилиса Айгуль Нуркина рассказала о работе группы дружбы «Казахстан – Франция».",
     ["Айгуль Нуркина"]),
]


def _key(name: str) -> str:
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").lower().split())


def _score(found: list[set[str]]) -> dict[str, float]:
    tp = fp = fn = 0
    for names, (_, gold) in zip(found, RU_PEOPLE):
        expected = {_key(g) for g in gold}
        tp += len(names & expected)
        fp += len(names - expected)
        fn += len(expected - names)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _accord_people(sentence: str) -> set[str]:
    from accord.analyse.countries import find_countries
    from accord.analyse.institutions import find_orgs
    from accord.analyse.people import find_people

    countries = find_countries(sentence, "ru")
    return {_key(m.name) for m in find_people(sentence, "ru", countries, find_orgs(sentence, "ru", countries))}


def _natasha():
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    segmenter, morph, ner, vocab = Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()

    def people(sentence: str) -> set[str]:
        doc = Doc(sentence)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        names = set()
        for span in doc.spans:
            if span.type == "PER":
                span.normalize(vocab)
                names.add(_key(span.normal))
        return names

    return people


@dataclass
class Compared:
    system: str
    per_s: float
    scores: dict[str, float]
    note: str = ""


def _timed(system, repeats: int) -> tuple[list[set[str]], float]:  # noqa: ANN001
    found = [system(s) for s, _ in RU_PEOPLE]          # warm-up: data and models loaded once
    t0 = time.perf_counter()
    for _ in range(repeats):
        for s, _ in RU_PEOPLE:
            system(s)
    return found, repeats * len(RU_PEOPLE) / (time.perf_counter() - t0)


def russian_people(repeats: int = 5) -> list[Compared]:
    t0 = time.perf_counter()
    natasha = _natasha()
    load = time.perf_counter() - t0
    rows = []
    for name, system, note in [("accord (countries+orgs+people)", _accord_people, ""),
                               ("natasha NER + normalise", natasha, f"models load {load:.1f} s")]:
        found, per_s = _timed(system, repeats)
        rows.append(Compared(name, per_s, _score(found), note))
    return rows


# -- HTML pages ------------------------------------------------------------------------------

CHROME = {
    "en": (["Home", "World", "Politics", "Economy", "Sport", "Contacts"],
           "We use cookies to improve your experience. By continuing you accept our cookie policy.",
           "Read also", "© 2024 Daily Diplomat. All rights reserved. Reproduction without a link is prohibited.",
           "Subscribe to our Telegram channel to stay up to date with the latest news.",
           "Share: Facebook Twitter Telegram WhatsApp"),
    "fr": (["Accueil", "Monde", "Politique", "Économie", "Sport", "Contact"],
           "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
           "À lire aussi", "© 2024 Le Diplomate. Tous droits réservés. Toute reproduction est interdite.",
           "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
           "Partager : Facebook Twitter Telegram WhatsApp"),
    "ru": (["Главная", "В мире", "Политика", "Экономика", "Спорт", "Контакты"],
           "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.",
           "Читайте также", "© 2024 Дипломатический вестник. Все права защищены. Перепечатка без ссылки запрещена.",
           "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
           "Поделиться: ВКонтакте Одноклассники Telegram WhatsApp"),
    "kk": (["Басты бет", "Әлем", "Саясат", "Экономика", "Спорт", "Байланыс"],
           "Біз cookie файлдарын пайдаланамыз. Сайтты пайдалануды жалғастыра отырып, сіз келісесіз.",
           "Тағы оқыңыз", "© 2024 Дипломатиялық хабаршы. Барлық құқықтар қорғалған. Сілтемесіз көшіруге тыйым салынады.",
           "Маңызды жаңалықтарды бірінші білу үшін Telegram-арнамызға жазылыңыз.",
           "Бөлісу: Facebook Telegram WhatsApp"),
    "ar": (["الرئيسية", "العالم", "سياسة", "اقتصاد", "رياضة", "اتصل بنا"],
           "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على سياستنا.",
           "اقرأ أيضا", "© 2024 النشرة الدبلوماسية. جميع الحقوق محفوظة. يمنع النسخ دون ذكر المصدر.",
           "تابعوا قناتنا على تيليغرام لمعرفة آخر الأخبار أولا بأول.",
           "شارك: فيسبوك تويتر تيليغرام واتساب"),
}


def page(art: Article, teasers: list[Article]) -> tuple[str, list[str]]:
    """A news page around the article, and its boilerplate lines (what a clean text must not keep).

    Besides the page chrome (cookie notice, menu, related list, footer), three lines sit inside
    the article element, as on many news sites: a «Read also» teaser between paragraphs, a
    subscription call and the share buttons after the last one."""
    menu, cookie, also, footer, subscribe, share = CHROME[art.lang]
    rtl = ' dir="rtl"' if art.lang == "ar" else ""
    paras = [f"<p>{p}</p>" for p in art.text.split("\n")]
    paras.insert(2, f'<p><strong>{also}:</strong> <a href="/news/{teasers[0].doc}">{teasers[0].title}</a></p>')
    paragraphs = "".join(paras)
    teaser_items = "".join(f'<li><a href="/news/{t.doc}">{t.title}</a></li>' for t in teasers[1:])
    html = (f'<!DOCTYPE html><html lang="{art.lang}"{rtl}><head><meta charset="utf-8"><title>{art.title}</title>'
            f'<meta property="article:published_time" content="{art.published}"></head><body>'
            f'<div class="cookie-banner">{cookie}</div>'
            f'<header><nav><ul>{"".join(f"<li><a href=/{i}>{m}</a></li>" for i, m in enumerate(menu))}</ul></nav></header>'
            f'<main><article><h1>{art.title}</h1><time datetime="{art.published}">{art.published}</time>'
            f'{paragraphs}<p><em>{subscribe}</em></p><div class="share">{share}</div></article>'
            f'<aside class="related"><h3>{also}</h3><ul>{teaser_items}</ul></aside></main>'
            f'<footer><p>{footer}</p></footer></body></html>')
    return html, [cookie, footer, subscribe, share, *menu, *(t.title for t in teasers)]


@dataclass
class Cleaned:
    system: str
    per_s: float
    boilerplate_left: float   # boilerplate lines left per page
    boilerplate_lines: int    # boilerplate lines each page has
    body_kept: float          # share of the article's paragraphs found in the output


def _clean_scores(outputs: list[str], pages: list[tuple[Article, list[str]]]) -> tuple[float, float]:
    left = kept = total = 0
    for out, (art, chrome) in zip(outputs, pages):
        lines = {line.strip() for line in (out or "").splitlines() if line.strip()}
        # A menu word counts only as a line of its own; longer lines also when embedded in another.
        left += sum(1 for c in chrome if c in lines or (len(c) >= 20 and any(c in line for line in lines)))
        paragraphs = art.text.split("\n")
        kept += sum(1 for p in paragraphs if p in (out or ""))
        total += len(paragraphs)
    return left / len(pages), kept / total


def html_cleaning(n: int = 100) -> list[Cleaned]:
    import trafilatura

    from accord.ingest import RawItem, prepare

    arts = build(n + 3, seed=42)
    pages = [page(a, arts[i + 1:i + 4]) for i, a in enumerate(arts[:n])]
    systems = {
        "accord ingest (prepare)": lambda html, a: prepare(RawItem(source=a.doc, doc=a.doc, data=html.encode(),
                                                                   kind="html")).text,
        "trafilatura.extract": lambda html, a: trafilatura.extract(html) or "",
    }
    rows = []
    for name, system in systems.items():
        system(pages[0][0], arts[0])
        t0 = time.perf_counter()
        outputs = [system(html, a) for (html, _), a in zip(pages, arts)]
        per_s = n / (time.perf_counter() - t0)
        left, kept = _clean_scores(outputs, [(a, chrome) for (_, chrome), a in zip(pages, arts)])
        rows.append(Cleaned(name, per_s, left, len(pages[0][1]), kept))
    return rows


def timex() -> dict[str, dict[str, float]] | None:
    """bench_timex.py's accord-vs-dateparser figures, when that benchmark is present."""
    try:
        import bench_timex
    except ImportError:
        return None
    rows = bench_timex._rows()
    return {"accord.find_times": bench_timex._run(bench_timex._accord, rows),
            "dateparser.search_dates": bench_timex._run(bench_timex._dateparser, rows),
            "_sentences": {"n": len(rows)}}


if __name__ == "__main__":
    for row in russian_people():
        print(row)
    for row in html_cleaning():
        print(row)
