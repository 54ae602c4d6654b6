"""Clustering the mentions of one person within an article (people/cluster.py): a name without its
family name, a given name alone, and a compound given name written in one word or two."""
from __future__ import annotations

from accord.analyse.people import cluster_people
from accord.model import PersonMention


def _mention(name: str, start: int, role: str | None = None, country: str | None = None) -> PersonMention:
    return PersonMention(start, start + len(name), name, name, None, role, None, country)


def _groups(names: list[str], lang: str) -> list[list[str]]:
    people = cluster_people([_mention(n, 100 * i) for i, n in enumerate(names)], lang)
    return [sorted({p.name, *p.names}) for p in people]


def test_a_name_without_its_family_name_is_the_same_person() -> None:
    assert _groups(["محمد بن زايد آل نهيان", "محمد بن زايد"], "ar") == [["محمد بن زايد", "محمد بن زايد آل نهيان"]]
    assert _groups(["قاسم جومارت توكاييف", "قاسم جومارت"], "ar") == [["قاسم جومارت", "قاسم جومارت توكاييف"]]
    assert _groups(["Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed"], "en") == \
        [["Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"]]


def test_a_given_name_alone_is_the_one_person_it_starts() -> None:
    assert _groups(["تميم بن حمد آل ثاني", "تميم"], "ar") == [["تميم", "تميم بن حمد آل ثاني"]]
    assert _groups(["Emmanuel Macron", "Emmanuel"], "fr") == [["Emmanuel", "Emmanuel Macron"]]


def test_a_given_name_two_people_share_stays_apart() -> None:
    groups = _groups(["محمد السادس", "محمد بن سلمان", "محمد"], "ar")
    assert len(groups) == 3
    groups = _groups(["Ilham Aliyev", "Ilham Ahmadov", "Ilham"], "en")
    assert len(groups) == 3


def test_a_compound_given_name_in_one_word_or_two_is_one_name() -> None:
    assert _groups(["عبد الله الثاني", "عبدالله الثاني", "عبدالله"], "ar") == [["عبد الله الثاني", "عبدالله", "عبدالله الثاني"]]


def test_regnal_numbers_still_tell_two_kings_apart() -> None:
    assert len(_groups(["محمد السادس", "محمد الخامس"], "ar")) == 2

