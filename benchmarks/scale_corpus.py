"""The corpus of the scale benchmark: distinct articles over 2014–2026 with the skew of real coverage.

The sentence pools are those of `corpus.py` (five languages, leads, talks, signings, figures,
recalled history). One country pair takes a fifth of the articles, the next four a tenth each,
the other 23 pairs share the rest; dates are uniform over 2014-01-01..2026-11-30 (no article is
dated after the day the benchmark runs: ingest drops a publication date in the future, and an
article with no date at all may tell of any day, which is not what this benchmark times).

    .venv/bin/python benchmarks/scale_corpus.py 10000      # prints the pair shares
"""
from __future__ import annotations

import itertools
import random
import sys
from collections import Counter
from datetime import date

from corpus import COUNTRIES, Article, article

FIRST_DAY = date(2014, 1, 1)
LAST_DAY = date(2026, 11, 30)
DAYS = (LAST_DAY - FIRST_DAY).days + 1
PAIRS = list(itertools.combinations(sorted(COUNTRIES), 2))
# (share of the articles, pairs sharing it)
SKEW = ((0.2, PAIRS[:1]), (0.4, PAIRS[1:5]), (0.4, PAIRS[5:]))


def pair_of(i: int, seed: int = 0) -> tuple[str, str]:
    """The country pair of article i, host chosen at random."""
    rnd = random.Random(f"pair:{seed}:{i}")
    x = rnd.random()
    for share, pairs in SKEW:
        if x < share:
            pair = pairs[rnd.randrange(len(pairs))]
            break
        x -= share
    else:
        pair = PAIRS[-1]
    return pair if rnd.random() < 0.5 else (pair[1], pair[0])


def scale_article(i: int, seed: int = 0) -> Article:
    art = article(i, seed=seed, pair=pair_of(i, seed), first=FIRST_DAY, days=DAYS)
    art.doc = art.doc.replace("bench-", "scale-", 1)
    return art


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    shares = Counter("-".join(sorted(pair_of(i))) for i in range(n))
    for pair, count in shares.most_common(8):
        print(f"{pair}: {count / n:.1%}")
    print(scale_article(0).text)
