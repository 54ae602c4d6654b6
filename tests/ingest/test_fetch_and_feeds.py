"""fetch_url safety (addresses, redirects, size) and feeds, against a server this test runs on 127.0.0.1."""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accord.ingest import IngestError, iter_sources, prepare
from accord.ingest.feeds import parse_feed
from accord.ingest.fetch import fetch_url, refused_reason

PAGE = (b"<html><head><title>Talks in Astana</title></head><body><article><h1>Talks in Astana</h1>"
        b"<p>The Speaker of the Mazhilis received a delegation of the Moroccan House of Representatives in Astana "
        b"on Tuesday and discussed parliamentary cooperation, trade and agriculture.</p>"
        b"<p>The two sides welcomed the visa waiver in force since March and agreed to study direct flights.</p>"
        b"</article></body></html>")


def _rss(base: str) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>News &xxe;</title>
<item><title>Talks in Astana</title><link>{base}/page</link><pubDate>Wed, 24 Sep 2025 10:00:00 +0000</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
<item><title>No link</title></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        routes = {
            "/page": (200, "text/html; charset=utf-8", PAGE),
            "/feed": (200, "application/rss+xml", _rss(base)),
            "/big": (200, "text/plain", b"x" * 300_000),
        }
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", "http://10.1.2.3/admin")
            self.end_headers()
            return
        if self.path == "/redirect":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if self.path != "/big":              # no Content-Length: the size cap must stop the stream
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_page_and_follow_redirect(server):
    body, ctype, final = fetch_url(server + "/redirect", allow_private=True)
    assert body == PAGE and ctype.startswith("text/html") and final == server + "/page"


@pytest.mark.parametrize("url, what", [
    ("http://127.0.0.1/", "loopback"), ("http://10.0.0.7/", "private"), ("http://169.254.169.254/latest/", "link-local"),
    ("http://[::1]/", "loopback"), ("http://[::ffff:127.0.0.1]/", "loopback"), ("http://192.168.1.1/", "private"),
    ("http://224.0.0.1/", "multicast"), ("http://0.0.0.0/", "unspecified"),
])
def test_default_refuses_internal_addresses(url, what):
    with pytest.raises(IngestError) as err:
        fetch_url(url)
    assert err.value.reason.startswith("refused:") and what in err.value.reason


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x/"])
def test_non_http_schemes_are_refused(url):
    with pytest.raises(IngestError, match="scheme"):
        fetch_url(url)


def test_public_address_passes_the_check():
    assert refused_reason("8.8.8.8") is None and refused_reason("2001:4860:4860::8888") is None
    assert refused_reason("100.64.0.1") == "not public"


def test_redirect_to_private_address_is_refused_before_connecting(server):
    port = int(server.rsplit(":", 1)[1])
    connected: list[str] = []

    def resolver(host, _port):
        return {"news.example": ["93.184.216.34"]}.get(host) or [host]

    def connector(ip, _port, timeout):
        connected.append(ip)                  # the "public" host is really our local server
        return socket.create_connection(("127.0.0.1", port), timeout=timeout)

    with pytest.raises(IngestError) as err:
        fetch_url("http://news.example/to-private", resolver=resolver, connector=connector)
    assert "10.1.2.3" in err.value.reason and err.value.reason.startswith("refused:")
    assert connected == ["93.184.216.34"]


def test_dns_answer_is_pinned(server):
    """The connection goes to the address that was checked, never to a second lookup's answer."""
    port = int(server.rsplit(":", 1)[1])
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    connected: list[str] = []

    def connector(ip, _port, timeout):
        connected.append(ip)
        return socket.create_connection(("127.0.0.1", port), timeout=timeout)

    body, _, _ = fetch_url("http://news.example/page", resolver=lambda h, p: next(answers), connector=connector)
    assert body == PAGE and connected == ["93.184.216.34"]


def test_size_time_and_redirect_limits(server):
    with pytest.raises(IngestError, match="too large"):
        fetch_url(server + "/big", allow_private=True, max_bytes=100_000)
    with pytest.raises(IngestError, match="more than 3 redirects"):
        fetch_url(server + "/loop", allow_private=True, max_redirects=3)
    with pytest.raises(IngestError, match="HTTP 404"):
        fetch_url(server + "/nothing", allow_private=True)


def test_timeout_is_reported():
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)                          # accepts the connection, never answers
    try:
        with pytest.raises(IngestError, match="timed out"):
            fetch_url(f"http://127.0.0.1:{silent.getsockname()[1]}/", allow_private=True, timeout=0.5)
    finally:
        silent.close()


def test_feed_items_are_fetched_with_their_dates(server):
    results = list(iter_sources([server + "/feed"], allow_private=True))
    items = [r for r in results if not isinstance(r, IngestError)]
    errors = [r for r in results if isinstance(r, IngestError)]
    assert len(items) == 1 and items[0].doc == server + "/page"
    assert items[0].published == "Wed, 24 Sep 2025 10:00:00 +0000"
    assert len(errors) == 1 and "HTTP 404" in errors[0].reason
    doc = prepare(items[0])
    assert doc.published == "2025-09-24" and doc.lang == "en" and doc.url == server + "/page"
    assert "received a delegation of the Moroccan House of Representatives" in doc.text


def test_url_source_by_default_refuses_loopback(server):
    results = list(iter_sources([server + "/page"]))
    assert len(results) == 1 and isinstance(results[0], IngestError) and "loopback" in results[0].reason


def test_feed_parser_resolves_no_entities_and_reads_atom():
    entries = parse_feed(_rss("http://news.example"))
    assert [e.link for e in entries] == ["http://news.example/page", "http://news.example/missing"]
    assert "root:" not in (entries[0].title or "")
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Senate</title>
<entry><title>Visite au Maroc</title><link rel="alternate" href="/fr/visite"/>
<published>2025-09-24T08:00:00Z</published></entry></feed>"""
    [entry] = parse_feed(atom, "https://senat.example/")
    assert entry.link == "https://senat.example/fr/visite" and entry.published == "2025-09-24T08:00:00Z"
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body/></html>")


def test_local_feed_file_with_broken_xml_is_an_error(tmp_path):
    (tmp_path / "bad.xml").write_bytes(b"<rss><channel><item>")
    [result] = list(iter_sources([str(tmp_path / "bad.xml")]))
    assert isinstance(result, IngestError) and result.reason.startswith("not a feed: not well-formed XML")
