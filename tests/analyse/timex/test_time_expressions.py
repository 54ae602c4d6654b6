"""Time expressions → EDTF: the case table in five languages plus exact checks on a core list."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from accord import edtf
from accord.analyse.timex import find_times, month_names
from tests.paths import DATA

CASES = DATA / "timex_cases.tsv"


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _first(text: str, lang: str, published: str) -> str | None:
    found = find_times(text, lang, date.fromisoformat(published))
    return found[0].edtf if found else None


def test_case_table_covers_five_languages() -> None:
    rows = _cases()
    assert len(rows) >= 200
    per_lang = {lang: sum(r["lang"] == lang for r in rows) for lang in ("ar", "ru", "kk", "fr", "en")}
    assert all(n >= 35 for n in per_lang.values()), per_lang
    assert all(edtf.is_valid(r["expected"]) for r in rows)


def test_case_table_accuracy() -> None:
    rows = _cases()
    misses = [(r["lang"], r["sentence"], r["expected"], _first(r["sentence"], r["lang"], r["published"]))
              for r in rows if _first(r["sentence"], r["lang"], r["published"]) != r["expected"]]
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.95, misses


CORE = [
    # (lang, published, text, [(surface, edtf, kind), ...])
    ("ar", "2025-09-24", "وذلك خلال الفترة الممتدة من 21 إلى 25 شتنبر 2025.",
     [("خلال الفترة الممتدة من 21 إلى 25 شتنبر 2025", "2025-09-21/2025-09-25", "interval")]),
    ("ar", "2025-09-24", "استقبلهم يوم أمس الثلاثاء 23 شتنبر الجاري ثم يوم 28 فبراير 2025.",
     [("يوم أمس الثلاثاء 23 شتنبر الجاري", "2025-09-23", "day"), ("28 فبراير 2025", "2025-02-28", "day")]),
    # the weekday disagrees with the date: both readings, as an interval
    ("ar", "2025-09-24", "يوم أمس الأربعاء 23 شتنبر الجاري",
     [("يوم أمس الأربعاء 23 شتنبر الجاري", "2025-09-23/2025-09-24", "interval")]),
    ("ar", "2025-09-24", "ابتداءً من مارس 2025 وفي عام 2014 وفي العام نفسه",
     [("ابتداءً من مارس 2025", "2025-03", "month"), ("في عام 2014", "2014", "year"),
      ("العام نفسه", "2014", "relative")]),
    ("ru", "2025-11-27", "27 ноябрь 2025. В 2014 году спикер посетил Казахстан. Весной прошли Дни культуры.",
     [("27 ноябрь 2025", "2025-11-27", "day"), ("В 2014 году", "2014", "year"), ("Весной", "2025-21", "season")]),
    ("ru", "2025-11-27", "Штраф — 20 МРП, соглашение вступит в силу 1 января 2026 года.",
     [("1 января 2026 года", "2026-01-01", "day")]),
    ("ru", "2025-09-24", "с 21 по 25 сентября, вчера, в прошлом году, недавно",
     [("с 21 по 25 сентября", "2025-09-21/2025-09-25", "interval"), ("вчера", "2025-09-23", "relative"),
      ("в прошлом году", "2024", "relative"), ("недавно", "../2025-09-24", "open")]),
    ("kk", "2025-09-24", "2025 жылғы 22 қыркүйекте және 21-25 қыркүйек аралығында, көктемде",
     [("2025 жылғы 22 қыркүйекте", "2025-09-22", "day"),
      ("21-25 қыркүйек аралығында", "2025-09-21/2025-09-25", "interval"), ("көктемде", "2025-21", "season")]),
    ("kk", "2025-09-24", "Биыл, былтыр, кеше, бүгін, жақында",
     [("Биыл", "2025", "relative"), ("былтыр", "2024", "relative"), ("кеше", "2025-09-23", "relative"),
      ("бүгін", "2025-09-24", "relative"), ("жақында", "../2025-09-24", "open")]),
    ("fr", "2025-09-24", "du 21 au 25 septembre, le 1er mars, en 2014, au printemps 2024",
     [("du 21 au 25 septembre", "2025-09-21/2025-09-25", "interval"), ("1er mars", "2025-03-01", "day"),
      ("en 2014", "2014", "year"), ("au printemps 2024", "2024-21", "season")]),
    ("en", "2025-09-24", "on Tuesday, 23 September; September 22, 2025; from 30 September to 2 October",
     [("on Tuesday, 23 September", "2025-09-23", "day"), ("September 22, 2025", "2025-09-22", "day"),
      ("from 30 September to 2 October", "2025-09-30/2025-10-02", "interval")]),
    ("en", "2025-09-24", "ISO 2025-09-22 and dotted 22.09.2025, 21–25 September",
     [("2025-09-22", "2025-09-22", "day"), ("22.09.2025", "2025-09-22", "day"),
      ("21–25 September", "2025-09-21/2025-09-25", "interval")]),
]


@pytest.mark.parametrize("lang,published,text,expected", CORE)
def test_core_expressions(lang: str, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = find_times(text, lang, date.fromisoformat(published))
    assert [(t.text, t.edtf, t.kind) for t in found] == expected
    for t in found:
        assert text[t.start:t.end] == t.text


@pytest.mark.parametrize("lang,text", [
    ("ar", "مارس الضغط على الطرفين واتفق الاثنين على 3 نقاط بقيمة 2025 درهم، في الربيع العربي."),
    ("ru", "Штраф 20 МРП, 2025 тенге, в 2000 км от г. Астана, 15 процентов, тел. 8-701-22-09-25."),
    ("kk", "Қазан қаласында 2025 адам жиналды, айыппұл 20 АЕК."),
    ("fr", "Il a été reçu par 25 députés pour 2000 euros."),
    ("en", "The minister may visit; 22 delegates and 2014 participants attended; it will fall to 12 percent."),
])
def test_numbers_that_are_not_dates(lang: str, text: str) -> None:
    assert find_times(text, lang, date(2025, 9, 24)) == []


def test_day_without_year_anchoring() -> None:
    # more than ~6 months after publication: last year's
    assert _first("Переговоры прошли 22 сентября.", "ru", "2025-02-10") == "2024-09-22"
    # a December article announcing early January: next year's
    assert _first("The agreement takes effect on 10 January.", "en", "2025-12-20") == "2026-01-10"
    # otherwise the publication year, past or near future
    assert _first("La réunion a eu lieu le 10 mars.", "fr", "2025-09-24") == "2025-03-10"
    assert _first("La réunion aura lieu le 15 décembre.", "fr", "2025-09-24") == "2025-12-15"


def test_season_anchoring() -> None:
    assert _first("Весной делегация посетила Рабат.", "ru", "2025-11-20") == "2025-21"
    assert _first("Весной делегация посетила Рабат.", "ru", "2025-02-20") == "2024-21"
    assert _first("The talks were held in winter.", "en", "2025-01-15") == "2024-24"


def test_without_publication_date_only_full_dates() -> None:
    found = find_times("Вчера, 22 сентября 2025 года, и в прошлом году.", "ru", None)
    assert [(t.text, t.edtf) for t in found] == [("22 сентября 2025 года", "2025-09-22")]
    assert find_times("on 22 September", "en", "2025-09-24")[0].edtf == "2025-09-22"


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="language"):
        find_times("22 September 2025", "xx", date(2025, 9, 24))
    with pytest.raises(ValueError, match="published"):
        find_times("22 September 2025", "en", "yesterday")


def test_month_names_gather_regional_variants() -> None:
    ar = month_names("ar")
    for form, number in [("شتنبر", 9), ("غشت", 8), ("دجنبر", 12), ("نونبر", 11), ("ماي", 5), ("يوليوز", 7),
                         ("جانفي", 1), ("فيفري", 2), ("جويلية", 7), ("أوت", 8), ("كانون الثاني", 1), ("شباط", 2),
                         ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8),
                         ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
                         ("يناير", 1), ("سبتمبر", 9), ("ديسمبر", 12)]:
        assert ar.get(form) == number, form
    ru = month_names("ru")
    assert ru["ноября"] == ru["ноябрь"] == ru["ноябре"] == 11
    assert month_names("kk")["қыркүйек"] == 9
    assert month_names("fr")["septembre"] == 9 and month_names("en")["September"] == 9


@pytest.mark.parametrize("lang,text,edtf_value", [
    ("ar", "في 22 أيلول/سبتمبر 2025", "2025-09-22"),
    ("ar", "في 14 تشرين الأول 2025", "2025-10-14"),
    ("ar", "يوم 20 جانفي 2025", "2025-01-20"),
    ("kk", "2025 жылдың 28 қарашасында", "2025-11-28"),
    ("kk", "2025 жылдың қыркүйегінде", "2025-09"),
    ("ru", "в марте 2025 года", "2025-03"),
    ("fr", "en mars 2025", "2025-03"),
    ("en", "in March 2025", "2025-03"),
    ("ar", "في ربيع 2025", "2025-21"),
])
def test_inflected_and_regional_forms(lang: str, text: str, edtf_value: str) -> None:
    assert _first(text, lang, "2025-11-30") == edtf_value


def test_whole_article_offsets_and_valid_edtf() -> None:
    """All case sentences of a language as one article: offsets point at the text, values are valid EDTF."""
    rows = _cases()
    for lang in ("ar", "ru", "kk", "fr", "en"):
        article = "\n".join(r["sentence"] for r in rows if r["lang"] == lang)
        found = find_times(article, lang, date(2025, 9, 24))
        assert len(found) >= 35
        assert all(article[t.start:t.end] == t.text and edtf.is_valid(t.edtf) for t in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        assert {t.kind for t in found} <= {"day", "month", "year", "season", "interval", "relative", "open"}


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "The council will meet in Budapest in the first half of next year.", "2026-01/2026-06"),
    ("ru", "Заседание комиссии пройдет в первой половине 2026 года в Багдаде.", "2026-01/2026-06"),
    ("ar", "على أن تعقد الدورة المقبلة في بغداد خلال النصف الأول من العام المقبل.", "2026-01/2026-06"),
    ("fr", "La prochaine session se tiendra à Tunis au premier trimestre 2026.", "2026-01/2026-03"),
    ("ru", "Соглашение подписано в конце 2024 года.", "2024-10/2024-12"),
    ("en", "In 2014 the speaker paid an official visit to Rabat.", "2014"),
])
def test_parts_of_a_year_narrow_it(lang: str, sentence: str, expected: str) -> None:
    times = find_times(sentence, lang, date(2025, 10, 15))
    assert [t.edtf for t in times] == [expected]


@pytest.mark.parametrize("lang, text, day", [
    ("en", "He was in Kazan in October last year for the BRICS summit, where he held talks with President Putin "
           "on 23 October.", "2024-10-23"),
    ("ru", "Он был в Казани в октябре прошлого года, где 23 октября провёл переговоры с Путиным.", "2024-10-23"),
    ("fr", "Il s'était rendu à Kazan en octobre 2024, où il avait rencontré le président russe le 23 octobre.",
     "2024-10-23"),
])
def test_a_bare_day_takes_the_year_of_its_month_named_just_before(lang: str, text: str, day: str) -> None:
    assert [t.edtf for t in find_times(text, lang, "2025-09-30")][-1] == day


def test_a_bare_day_of_another_month_keeps_the_publication_anchor() -> None:
    times = find_times("In October last year the council met; on 5 March the ministers spoke.", "en", "2025-09-30")
    assert [t.edtf for t in times] == ["2024-10", "2025-03-05"]


FUTURE_WEEKDAYS = [
    ("fr", "Le président doit ensuite se rendre en Tunisie mardi.", "2018-11-27"),
    ("en", "The crown prince is due to arrive in Tunis on Tuesday.", "2018-11-27"),
    ("ru", "Наследный принц посетит Тунис во вторник.", "2018-11-27"),
    ("kk", "Мұрагер ханзада сейсенбіде Тунисқа бармақ.", "2018-11-27"),
    ("ar", "ومن المقرر أن يصل ولي العهد يوم الثلاثاء إلى تونس.", "2018-11-27"),
    # a visit that begins on a weekday, told in the present: the coming one
    ("en", "The crown prince begins a tour of the Maghreb on Tuesday.", "2018-11-27"),
    ("fr", "Le prince héritier entame mardi une tournée au Maghreb.", "2018-11-27"),
    ("ru", "Наследный принц во вторник начинает турне по странам Магриба.", "2018-11-27"),
    ("ar", "يبدأ ولي العهد يوم الثلاثاء جولة في دول المغرب العربي.", "2018-11-27"),
    ("ar", "ويعقد الرئيسان محادثات رسمية صباح الثلاثاء في تونس.", "2018-11-27"),
    # told as done: the Tuesday before publication
    ("ar", "وعقد الرئيسان محادثات رسمية صباح الثلاثاء في أبوظبي.", "2018-11-20"),
    ("fr", "Le prince héritier était mardi à Abou Dhabi.", "2018-11-20"),
    ("en", "The crown prince arrived in Abu Dhabi on Tuesday.", "2018-11-20"),
]


@pytest.mark.parametrize("lang, text, expected", FUTURE_WEEKDAYS)
def test_a_weekday_in_a_sentence_about_what_is_to_come_is_the_coming_one(lang: str, text: str,
                                                                        expected: str) -> None:
    # published on Monday 26 November 2018
    found = find_times(text, lang, "2018-11-26")
    assert [t.edtf for t in found] == [expected]


PARTS_OF_THE_DAY = [
    ("en", "The two ministers held talks in Astana this afternoon.", "2024-03-14"),
    ("en", "Earlier today the delegation arrived in Rabat.", "2024-03-14"),
    ("en", "The prime minister landed in Doha this morning.", "2024-03-14"),
    ("fr", "Les deux ministres se sont entretenus cet après-midi à Astana.", "2024-03-14"),
    ("fr", "La délégation est arrivée ce matin à Rabat.", "2024-03-14"),
    ("ru", "Министры сегодня днём провели переговоры в Астане.", "2024-03-14"),
    ("ar", "أجرى الوزيران بعد ظهر اليوم محادثات في أستانا.", "2024-03-14"),
    ("kk", "Министрлер бүгін түсте Астанада келіссөз жүргізді.", "2024-03-14"),
]


@pytest.mark.parametrize("lang, text, expected", PARTS_OF_THE_DAY)
def test_a_part_of_today_is_the_publication_day(lang: str, text: str, expected: str) -> None:
    assert [t.edtf for t in find_times(text, lang, "2024-03-14")] == [expected]


SAME_AND_NEXT_DAY = [
    ("en", "On 4 March the minister arrived in Rabat. On the same day he met his counterpart. "
           "The following day he left for Tunis.", ["2024-03-04", "2024-03-04", "2024-03-05"]),
    ("fr", "Le 4 mars, le ministre est arrivé à Rabat. Le même jour, il a rencontré son homologue. "
           "Le lendemain, il est parti pour Tunis.", ["2024-03-04", "2024-03-04", "2024-03-05"]),
    ("ru", "4 марта министр прибыл в Рабат. В тот же день он встретился с коллегой. "
           "На следующий день он улетел в Тунис.", ["2024-03-04", "2024-03-04", "2024-03-05"]),
    ("ar", "وصل الوزير إلى الرباط يوم 4 مارس. وفي اليوم نفسه التقى نظيره. وفي اليوم التالي غادر إلى تونس.",
     ["2024-03-04", "2024-03-04", "2024-03-05"]),
    ("kk", "Министр 4 наурызда Рабатқа келді. Келесі күні Тунисқа кетті.", ["2024-03-04", "2024-03-05"]),
]


@pytest.mark.parametrize("lang, text, expected", SAME_AND_NEXT_DAY)
def test_the_same_day_and_the_next_day_follow_the_day_dated_last(lang: str, text: str,
                                                                 expected: list[str]) -> None:
    assert [t.edtf for t in find_times(text, lang, "2024-03-14")] == expected


def test_the_same_day_with_no_day_dated_before_is_no_date() -> None:
    assert find_times("On the same day the ministers met in Rabat.", "en", "2024-03-14") == []
    assert find_times("Le lendemain, les ministres se sont rencontrés.", "fr", "2024-03-14") == []


@pytest.mark.parametrize("lang, text", [
    ("ru", "Особенно плодотворным был прошлогодний государственный визит президента в Монголию."),
    ("ru", "В ходе прошлогоднего визита в Улан-Батор стороны подписали меморандум."),
    ("kk", "Президенттің Моңғолияға былтырғы мемлекеттік сапары ерекше нәтижелі болды."),
    ("kk", "Өткен жылғы сапар барысында тараптар меморандумға қол қойды."),
    ("en", "Last year's state visit of the President to Mongolia was especially fruitful."),
])
def test_an_adjective_of_last_year_dates_the_previous_year(lang: str, text: str) -> None:
    assert _first(text, lang, "2025-09-04") == "2024"
