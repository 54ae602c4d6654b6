"""Bytes → str for news text: BOMs, UTF-8, UTF-16 without BOM and the legacy code pages of the region.

Arabic sites still serve windows-1256, Russian and Kazakh ones windows-1251 or
KOI8-R (and KZ-1048 for Kazakh letters), French ones windows-1252. Each of these
decodes almost any byte string without error, so the detector's choice is
checked: text in the right code page is mostly letters of one script with that
script's common letters frequent; the wrong code page gives a letter soup.
"""
from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from accord.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
LEGACY_CANDIDATES = ("cp1256", "cp1251", "koi8-r", "kz1048", "cp1252")

# The most frequent letters of each script's languages here (ar; ru/kk; fr/en). In a
# right decoding they make up well over half of that script's letters.
_COMMON = {
    "arabic": set("اليمونهرتبعةأدف"),
    "cyrillic": set("оеаинтсрвлкмдпуыяжқңұғәіөүз"),
    "latin": set("etaoinsrhldcumpéàè"),
}
# Cyrillic letters of Serbian/Macedonian/Ukrainian that a wrong code page (cp1251 read
# for kz1048, say) produces in Russian or Kazakh text.
_FOREIGN_CYRILLIC = set("ђѓљњќћџўјѕґєїЂЃЉЊЌЋЏЎЈЅҐЄЇ")
_PLAUSIBLE = 0.45


def script_of(ch: str) -> str | None:
    cp = ord(ch)
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFC:
        return "arabic"
    if 0x0400 <= cp <= 0x04FF:
        return "cyrillic"
    if ch.isalpha() and (cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF):
        return "latin"
    return "other" if ch.isalpha() else None


def plausibility(text: str) -> float:
    """How much `text` looks like real prose in one script: dominant-script share × common-letter share.

    Cyrillic text mostly in capitals (KOI8-R read as windows-1251 swaps the cases)
    or with Serbian-only letters scores low.
    """
    counts: dict[str, int] = {}
    common: dict[str, int] = {}
    lower = foreign = 0
    for ch in text[:20000]:
        script = script_of(ch)
        if script is None:
            continue
        counts[script] = counts.get(script, 0) + 1
        low = ch.lower()
        if low in _COMMON.get(script, ()):
            common[script] = common.get(script, 0) + 1
        if script == "cyrillic":
            lower += ch.islower()
            foreign += ch in _FOREIGN_CYRILLIC
    letters = sum(counts.values())
    if not letters:
        return 0.0
    script = max(counts, key=counts.__getitem__)
    n = counts[script]
    score = (n / letters) * (common.get(script, 0) / n)
    if script == "cyrillic":
        score *= min(1.0, 0.2 + lower / n) * (1 - min(1.0, 10 * foreign / n))
    return score


def _looks_utf16(data: bytes) -> str | None:
    """`utf-16-le`/`-be` when one byte parity carries the zero high bytes of spaces and ASCII."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    half = len(data) // 2
    if zeros_odd > 0.05 * half and zeros_even < 0.01 * half:
        return "utf-16-le"
    if zeros_even > 0.05 * half and zeros_odd < 0.01 * half:
        return "utf-16-be"
    return None


_MAGIC = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office file"), (b"\x1f\x8b", "gzip archive"), (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
)


def _check_not_binary(text: str, source: str) -> None:
    if "\x00" in text:
        raise IngestError(source, "binary file (NUL bytes), not an article")
    sample = text[:100000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls > max(2, 0.01 * len(sample)):
        raise IngestError(source, f"binary file ({controls} control characters), not an article")


def decode(data: bytes | str, source: str = "", declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name); IngestError for binary data and bytes no candidate reads plausibly.

    `declared` is a charset the source names (HTTP header, HTML <meta>); it is tried
    after BOM and UTF-8, and only kept when its decoding reads plausibly.
    """
    if isinstance(data, str):
        _check_not_binary(data, source)
        return data, "str"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(source, f"binary file ({what}), not an article")
    text, encoding = _decode_bytes(data, source, declared)
    _check_not_binary(text, source)
    return text, encoding


def _decode_bytes(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name
            except UnicodeDecodeError as exc:
                raise IngestError(source, f"undecodable: {name} byte-order mark but invalid {name} ({exc.reason})") from None
    if b"\x00" in data:
        # UTF-16 without BOM before UTF-8: Cyrillic or Arabic UTF-16 is all bytes < 0x80, valid "UTF-8".
        utf16 = _looks_utf16(data)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = ""
            if plausibility(text) >= _PLAUSIBLE:
                return text, utf16
        raise IngestError(source, "binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            text = ""
        if text and plausibility(text) >= _PLAUSIBLE:
            return text, codecs.lookup(declared).name
    return _decode_legacy(data, source)


def _decode_legacy(data: bytes, source: str) -> tuple[str, str]:
    decoded: dict[str, str] = {}
    for name in LEGACY_CANDIDATES:
        try:
            decoded[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise IngestError(source, "undecodable: not UTF-8/UTF-16/" + "/".join(LEGACY_CANDIDATES))
    scores = {name: plausibility(text) for name, text in decoded.items()}
    best = max(scores, key=lambda name: (scores[name], -LEGACY_CANDIDATES.index(name)))
    guess = from_bytes(data[:200000], cp_isolation=list(decoded)).best()
    if guess is not None:
        guessed = codecs.lookup(guess.encoding).name
        for name in decoded:
            # Take the detector's choice unless the letter check clearly prefers another.
            if codecs.lookup(name).name == guessed and scores[name] >= scores[best] - 0.05:
                best = name
    if scores[best] < _PLAUSIBLE:
        raise IngestError(
            source, "undecodable: not UTF-8/UTF-16/" + "/".join(LEGACY_CANDIDATES)
            + f" (best guess {best} reads as letter soup)",
        )
    return decoded[best], best
