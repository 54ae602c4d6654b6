"""People: a full name the article gives elsewhere («Mohammed ben Zayed») followed by a particle («Al-Nahyane»,
«Al Nahyan») is one longer name, not two people side by side (cleanup.split_adjacent_names). Own test text."""
import pytest

from accord.analyse.countries import find_countries
from accord.analyse.institutions import find_orgs
from accord.analyse.people import cluster_people, find_people


def _names(text: str, lang: str) -> set[str]:
    countries = find_countries(text, lang)
    orgs = find_orgs(text, lang, countries)
    return {p.name for p in cluster_people(find_people(text, lang, countries, orgs), lang)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le prince héritier d'Abou Dhabi, Mohammed ben Zayed, est arrivé mardi à Amman. Selon la Cour royale, "
           "Mohammed ben Zayed Al-Nahyane était venu examiner avec le roi Abdallah II le processus de paix."),
    ("en", "Abu Dhabi Crown Prince Mohammed bin Zayed arrived in Amman on Tuesday. According to the Royal Court, "
           "Mohammed bin Zayed Al Nahyan came to discuss the peace process with King Abdullah II."),
])
def test_a_particle_goes_on_with_the_name(lang: str, text: str) -> None:
    names = _names(text, lang)
    assert not any(n.startswith("Al") for n in names)
    assert any(n.startswith("Mohammed b") for n in names)


def test_a_place_after_de_is_no_part_of_the_name() -> None:
    names = _names("Le président russe Vladimir Poutine a reçu lundi le Premier ministre indien Narendra Modi dans sa "
                   "résidence. Les entretiens de Vladimir Poutine de Novo-Ogariovo ont duré deux heures.", "fr")
    assert "Vladimir Poutine" in names
