"""`accord ingest URL` end to end: a loopback address is refused by default, with a clear message
and a non-zero exit, and fetched with --allow-private (from a server this test runs on 127.0.0.1)."""
from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from accord.store import open_store
from tests.reliability_corpus import article, run_accord, summary


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(base URL, article text) of a local site serving /article.html."""
    art = article(950, "ru")
    paragraphs = "".join(f"<p>{p}</p>" for p in art.text.split("\n"))
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "article.html").write_text(
        f"<html><head><meta charset='utf-8'><title>{art.title}</title></head><body>"
        f"<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav>"
        f"<article><h1>{art.title}</h1>{paragraphs}</article><footer>© 2025</footer></body></html>",
        encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_QuietHandler, directory=str(tmp_path / "site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", art.text
    finally:
        server.shutdown()
        server.server_close()


def test_loopback_url_refused_then_allowed(store_url: str, site: tuple[str, str]) -> None:
    base, text = site
    url = f"{base}/article.html"

    refused = run_accord(store_url, "ingest", "-q", url, timeout=120)
    assert refused.returncode == 1
    assert summary(refused.stdout) == {"stored": 0, "updated": 0, "duplicate": 0, "unchanged": 0, "failed": 1}
    assert re.search(rf"failed: {re.escape(url)}: refused: 127\.0\.0\.1 resolves to a \w+ address", refused.stderr), \
        refused.stderr
    listed = run_accord(store_url, "failures")
    assert url in listed.stdout and "refused" in listed.stdout

    allowed = run_accord(store_url, "ingest", "-q", "--allow-private", url, timeout=120)
    assert allowed.returncode == 0, allowed.stderr
    assert summary(allowed.stdout) == {"stored": 1, "updated": 0, "duplicate": 0, "unchanged": 0, "failed": 0}
    store = open_store(store_url)
    try:
        doc = store.document(url)
        assert doc is not None and doc.url == url and doc.lang == "ru"
        assert text.split("\n")[0] in doc.text
        assert "Главная" not in doc.text, "page chrome removed"
        assert store.failures() == [], "the stored URL's failure is forgotten"
    finally:
        store.close()
