"""People: words of a form of address («Votre Altesse», «Cher …»), of a royal office («ministère de la Maison
Royale»), of a palace («palais Qasr Al Watan»), of a portfolio («et des Expatriés») and an elided article before a
common word at a sentence's start («L'agenda comportait …») start no name; «garde des Sceaux» is a minister's
title. Own test text."""
from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people


def _names(text: str, lang: str) -> set[str]:
    countries = find_countries(text, lang)
    orgs = find_orgs(text, lang, countries)
    return {p.name for p in cluster_people(find_people(text, lang, countries, orgs), lang)}


def test_french_address_and_office_words():
    names = _names("« Votre Altesse, soyez la bienvenue », a déclaré le président Emmanuel Macron à l'émir Tamim "
                   "ben Hamad Al Thani. Un communiqué du ministère de la Maison Royale, du Protocole et de la "
                   "Chancellerie l'a annoncé. Le roi Mohammed VI a été reçu au palais présidentiel Qasr Al Watan.",
                   "fr")
    assert not any(w in n for n in names for w in ("Altesse", "Maison", "Watan"))
    assert {"Emmanuel Macron", "Mohammed VI"} <= names


def test_french_portfolio_and_keeper_of_the_seals():
    names = _names("L'accord a été signé par le ministre de la Justice, garde des Sceaux, Abderrachid Tabi, et par "
                   "le ministre jordanien des Affaires étrangères et des Expatriés Ayman Safadi.", "fr")
    assert "Abderrachid Tabi" in names and "Ayman Safadi" in names
    assert not any("Sceaux" in n or "Expatriés" in n for n in names)


def test_elided_article_before_a_common_word():
    names = _names("Le président russe a tenu des pourparlers avec son homologue vietnamien. L'agenda comportait "
                   "aussi une rencontre avec le Premier ministre Pham Minh Chinh.", "fr")
    assert not any("agenda" in n.casefold() for n in names)
    assert "Pham Minh Chinh" in names



def test_french_sentence_adverbs_movements_and_portfolios():
    names = _names("Cependant, le président français Emmanuel Macron devrait se rendre bientôt au Kazakhstan, mais le "
                   "mouvement des Gilets jaunes l'en a empêché. Le ministre français de l'Economie Bruno Le Maire "
                   "est arrivé à Astana.", "fr")
    assert "Emmanuel Macron" in names and "Bruno Le Maire" in names
    assert not any(w in n for n in names for w in ("Cependant", "Gilets", "Economie"))


def test_english_sentence_adverbs_and_movements():
    names = _names("However, French President Emmanuel Macron is expected to travel to Kazakhstan soon, although the "
                   "Yellow Vests movement prevented it last year.", "en")
    assert names == {"Emmanuel Macron"}
