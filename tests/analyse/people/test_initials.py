"""A surname after initials («С.Лавров», «М. Земан») is a name; the name an institute bears is not a person."""
from accord.analyse.pipeline import analyse
from accord.model import Document


def _names(text: str, lang: str) -> set[str]:
    return {p.name for p in analyse(Document(doc="t", text=text, lang=lang, published="2024-05-10")).people}


def test_initials_before_a_surname():
    assert "Лавров" in _names("Министр иностранных дел России С.Лавров встретился в Москве с коллегой из Египта.", "ru")
    assert "Земан" in _names("Чехия Президенті М. Земан Астанада Қазақстан Президентімен кездесті.", "kk")
    assert "Назарбаев" in _names("Мемлекет басшысы Н.Ә.Назарбаев Чехия Президентін қабылдады.", "kk")


def test_the_eponym_of_an_institute_is_no_person():
    assert not _names("Институт археологии имени А.Х. Маргулана и Лувр подписали меморандум в Париже.", "ru")
    assert not _names("Ә.Х. Марғұлан атындағы Археология институты мен Лувр Парижде меморандумға қол қойды.", "kk")
    assert not _names("Un protocole entre l’Institut d’archéologie du nom d’A.H. Margulan et l'INRAP a été signé.", "fr")
