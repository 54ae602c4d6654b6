"""Kazakh in the Arabic script is Kazakh; Arabic, with Persian letters in its foreign names, stays Arabic."""
import pytest

from accord.ingest.language import detect_language

KAZAKH = ("قازاقستان پرەزيدەنتى قاسىم-جومارت توقاەۆ موڭعولياعا مەملەكەتتىك ساپارمەن باردى. "
          "ەكى ەل باسشىلارى ستراتەگيالىق ارىپتەستىك تۋرالى كەلىسىمگە قول قويدى ءۇشىن.")
ARABIC = ("استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف في أستانا رئيسة الوزراء الإيطالية جورجيا ميلوني، "
          "وبحث الجانبان التعاون في مجال الطاقة، كما التقى بيدرو سانشيز ووقعا اتفاقية مع شركة چاينا گاز.")
PERSIAN = "رئیس جمهور قزاقستان قاسم جومارت توکایف با همتای مغولستانی خود در آستانه دیدار و گفتگو کرد."


@pytest.mark.parametrize(("text", "lang"), [(KAZAKH, "kk"), (ARABIC, "ar"), (PERSIAN, "other")])
def test_arabic_script_languages(text, lang):
    assert detect_language(text)[0] == lang


def test_a_kurdish_or_uyghur_name_in_arabic_news_stays_arabic():
    text = ARABIC + " وقال المتحدث باسم حكومة إقليم كوردستان ئەحمەد: إن الزيارة ناجحة."
    assert detect_language(text)[0] == "ar"
