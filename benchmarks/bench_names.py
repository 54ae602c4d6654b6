"""Accuracy and speed of cross-script name matching on tests/data/name_pairs.tsv.

    .venv/bin/python benchmarks/bench_names.py

Prints precision, recall and pairs per second of `accord.names.same_name`
(rule-based romanisation of every script), and side by side the same matcher
fed with arabic_name_romanizer's Latin output for Arabic-script names, the
alternative considered for Arabic. accord caches the tokens of each name and
the score of each pair: speed is measured cold (both caches empty) and with
the names seen before (token cache warm, pair cache empty).
"""
from __future__ import annotations

import csv
import time
from collections.abc import Callable
from pathlib import Path

from accord.names import SAME_NAME_THRESHOLD, name_similarity
from accord.names.keys import name_tokens
from accord.names.romanise import script_of

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "name_pairs.tsv"


def load_pairs() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def score(rows: list[dict[str, str]], similarity: Callable[[str, str, str, str], float]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    start = time.perf_counter()
    for row in rows:
        predicted = similarity(row["a"], row["a_lang"], row["b"], row["b_lang"]) >= SAME_NAME_THRESHOLD
        gold = row["same"] == "1"
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    elapsed = time.perf_counter() - start
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(rows) / elapsed


def with_arabic_name_romanizer() -> Callable[[str, str, str, str], float] | None:
    try:
        from arabic_name_romanizer import Transliterator
    except ImportError:
        return None
    started = time.perf_counter()
    translit = Transliterator()
    print(f"arabic_name_romanizer loaded in {time.perf_counter() - started:.2f} s")

    def latin(name: str, lang: str) -> tuple[str, str]:
        return (translit.transliterate(name), "en") if script_of(name) == "arabic" else (name, lang)

    def similarity(a: str, a_lang: str, b: str, b_lang: str) -> float:
        return name_similarity(*latin(a, a_lang), *latin(b, b_lang))

    return similarity


def main() -> None:
    rows = load_pairs()
    print(f"{len(rows)} pairs ({sum(r['same'] == '1' for r in rows)} same person), threshold {SAME_NAME_THRESHOLD}")
    print(f"{'matcher':<34}{'precision':>10}{'recall':>8}{'pairs/s':>12}")
    name_tokens.cache_clear()
    name_similarity.cache_clear()
    p, r, cold = score(rows, name_similarity)
    name_similarity.cache_clear()
    _, _, warm = score(rows, name_similarity)
    print(f"{'accord rules (cold)':<34}{p:>10.3f}{r:>8.3f}{cold:>12.0f}")
    print(f"{'accord rules (names seen before)':<34}{p:>10.3f}{r:>8.3f}{warm:>12.0f}")
    alternative = with_arabic_name_romanizer()
    if alternative is None:
        print("arabic_name_romanizer is not installed: no comparison")
        return
    name_tokens.cache_clear()
    name_similarity.cache_clear()
    p, r, speed = score(rows, alternative)
    print(f"{'arabic_name_romanizer + keys':<34}{p:>10.3f}{r:>8.3f}{speed:>12.0f}")


if __name__ == "__main__":
    main()
