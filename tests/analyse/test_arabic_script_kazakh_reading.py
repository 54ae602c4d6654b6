"""Kazakh in the Arabic script: the readings the script leaves open (loans, front words whose only е is
in the ending, initials, a month after its day's number) and the dates, names and trips read through
them; Arabic news stays Arabic. Sentences written for these tests in news style."""
from accord.analyse.pipeline import analyse
from accord.analyse.resources import Resources
from accord.analyse.script_reading import reading_of
from accord.ingest.language import detect_language
from accord.model import Document

# Talks in Ashgabat dated by a day and its month written with a hyphen, with an initial before a surname.
TALKS = ("استانا. قازاقپارات - 2024-جىلدىڭ 10-قازانىندا قازاقستان پرەزيدەنتى قاسىم-جومارت توقاەۆ اشحاباد "
         "قالاسىندا تۇركىمەنستان پرەزيدەنتى س.بەردىمۇحامەدوۆپەن كەزدەستى.")
# A guest who came with businessmen, told in reported speech, and his initial and surname.
GUEST = ("ۆەنگريا پرەمەر-ءمينيسترى وزىمەن بىرگە كاسىپكەرلەر توبىنىڭ استاناعا كەلگەنىن ايتتى. "
         "– ءبىز قازاقستاندى ماڭىزدى ارىپتەس رەتىندە قاراستىرامىز, – دەدى ۆ.وربان.")
ARABIC = ("استقبل الرئيس التركماني سردار بردي محمدوف في عشق آباد يوم 10 أكتوبر الرئيس الكازاخستاني "
          "قاسم جومارت توكاييف، وبحث الجانبان تعزيز التعاون في مجالي الطاقة والنقل.")


def _reading(text: str) -> str:
    reading = reading_of(text, "kk", Resources.default())
    assert reading is not None
    return reading.text


def test_open_readings_of_the_script():
    # a word with two vowels side by side is a loan: its و is о (Pompeo is a registry name: his declined
    # form takes the capital too)
    assert _reading("پومپەو مەن پومپەودان ۆيدەو") .split() == ["Помпео", "мен", "Помпеодан", "видео"]
    # front stems whose only е is in -мен/-бен; a back word written the same way stays back
    assert _reading("وزىمەن بىزبەن سونىمەن") == "Өзімен бізбен сонымен"
    assert _reading("ءسارسەنبى سارسەنبى").split()[1] == "сәрсенбі"


def test_initials_and_months_get_the_capitals_cyrillic_gives_them():
    text = _reading(TALKS)
    assert "10-қазанында" in text and "С.Бердімұхамедовпен" in text
    # «т.б.» (and others) before a common word opens no name
    assert " т.б. " in _reading("قازاقستان، قىتاي ت.ب. مەملەكەتتەر")


def _analysis(text: str, published: str):
    return analyse(Document(doc="t", text=text, lang="kk", published=published))


def test_talks_dated_by_a_hyphenated_day_with_both_presidents():
    result = _analysis(TALKS, "2024-10-12")
    meeting = next(e for e in result.events if e.type == "meeting")
    assert meeting.when == "2024-10-10"
    names = {p.name for p in result.people}
    assert "Бердімұхамедов" in names and "Қасым-Жомарт Тоқаев" in names


def test_a_trip_told_in_reported_speech_and_its_guest_by_initial():
    result = _analysis(GUEST, "2024-06-10")
    assert any(e.type == "visit" and set(e.countries) == {"HU", "KZ"} for e in result.events)
    names = {p.name for p in result.people}
    # the head of government the registry knows by that surname, named in full
    assert any(n.split()[-1] == "Орбан" for n in names) and not any(n.startswith("Өз") or n.startswith("Оз") for n in names)


def test_detection_kazakh_and_arabic():
    assert detect_language(TALKS)[0] == "kk"
    assert detect_language(GUEST)[0] == "kk"
    assert detect_language(ARABIC)[0] == "ar"
    assert reading_of(ARABIC, "ar", Resources.default()) is None
