"""Fixtures of the browser tests: one headless Chromium per test module."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.web_server import headless_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium, headless (tests/web_server.py); a module that uses it skips without Playwright."""
    with headless_chromium() as launched:
        yield launched
