"""Where the tests find the project's files. The tests sit in a folder per stage, at different depths,
so each takes its paths from here rather than counting parents of its own file."""
from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent          # the gold sets, data/, the shared helpers, conftest.py
ROOT = TESTS.parent                              # the repository: samples/, corpus/, src/
DATA = TESTS / "data"
SAMPLES = ROOT / "samples"
SHARED_DEV = ROOT.parent / "shared" / "gold" / "dev"   # the two real dev articles, kept beside the repository
