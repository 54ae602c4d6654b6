"""Personal names across scripts: romanisation, phonetic keys and matching.

    >>> name_key("Рашид Талби Аль-Алами", "ru") == name_key("راشيد الطالبي العلمي", "ar")
    True
"""
from accord.names.keys import NameToken, name_key, name_tokens
from accord.names.match import SAME_NAME_THRESHOLD, name_compatible, name_similarity, same_name, written_as
from accord.names.romanise import romanise

__all__ = [
    "NameToken", "SAME_NAME_THRESHOLD", "name_compatible", "name_key", "name_similarity",
    "name_tokens", "romanise", "same_name", "written_as",
]
