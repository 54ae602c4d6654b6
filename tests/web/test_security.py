"""What comes from an article is shown, never run; the server is safe to leave open on loopback and
asks for its token beyond it; bodies are bounded; private addresses are not fetched."""
from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from accord.cli import build_parser  # noqa: E402
from accord.web.app import Settings, create_app  # noqa: E402
from accord.web.rendering import markdown_escape, safe_url  # noqa: E402
from accord.web.security import Guard  # noqa: E402
from tests.web_record import HOSTILE_ACTOR, HOSTILE_DOC, HOSTILE_EVENT, PAYLOADS  # noqa: E402

PAGES = ["/", "/pair/MA/FR", f"/event/{HOSTILE_EVENT}", f"/actor/{HOSTILE_ACTOR}", "/search?q=Jean",
         "/search?q=pwned", "/brief/MA/FR", "/try"]


def _no_live_markup(html: str) -> None:
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", html, re.I)     # no event handler attribute
    assert "javascript:" not in re.sub(r"&[^;]+;", "", " ".join(re.findall(r'href="([^"]*)"', html)))
    assert "<img" not in html and "<svg onload" not in html


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
@pytest.mark.parametrize("path", PAGES)
def test_hostile_article_is_shown_escaped(client: TestClient, path: str, lang: str) -> None:
    response = client.get(path, headers={"accept-language": lang})
    assert response.status_code == 200
    _no_live_markup(response.text)


def test_hostile_text_is_visible_as_text(client: TestClient) -> None:
    html = client.get(f"/event/{HOSTILE_EVENT}", headers={"accept-language": "fr"}).text
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in html    # the evidence, escaped
    assert "&lt;img src=x onerror=" in html                                   # the title and the place
    assert 'href="javascript:' not in html and "Original" not in html         # no link to a javascript: address
    posted = client.post("/try", data={"text": "Visite à Rabat. " + " ".join(PAYLOADS)}).text
    _no_live_markup(posted)
    assert "&lt;/textarea&gt;&lt;script&gt;" in posted


def test_every_response_carries_the_policy(client: TestClient) -> None:
    for path in [*PAGES, "/api/stats", "/openapi.json", "/static/style.css", "/nope"]:
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_loopback_server_refuses_other_host_names_and_cross_site_posts(client: TestClient) -> None:
    assert client.get("/", headers={"host": "attacker.example"}).status_code == 421
    assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
    cross = client.post("/api/analyse", json={"text": "x"}, headers={"origin": "http://attacker.example"})
    assert cross.status_code == 403
    same = client.post("/api/analyse", json={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}, headers={"origin": "http://127.0.0.1:8000"})
    assert same.status_code == 200


def test_beyond_loopback_writes_need_the_token(record: str) -> None:
    guard = Guard(host="0.0.0.0", token="s3cret-token")
    with TestClient(create_app(Settings(db=record, guard=guard)), base_url="http://192.0.2.10:8000") as c:
        assert c.get("/api/stats").status_code == 200                                 # reading is open
        assert c.post("/api/analyse", json={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}).status_code == 401
        assert c.post("/api/ingest", json={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}).status_code == 401
        wrong = {"authorization": "Bearer nope"}
        assert c.post("/api/analyse", json={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}, headers=wrong).status_code == 401
        good = {"authorization": "Bearer s3cret-token"}
        assert c.post("/api/analyse", json={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}, headers=good).status_code == 200
        assert c.post("/try", data={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат."}).status_code == 401
        assert c.post("/try", data={"text": "Председатель Сената Казахстана Маулен Ашимбаев прибыл с официальным визитом в Рабат.", "token": "s3cret-token"}).status_code == 200
        assert 'name="token"' in c.get("/try").text
    assert Guard(host="0.0.0.0").token   # a server beyond loopback always has a token, made when none is given


def test_request_bodies_are_bounded(record: str) -> None:
    with TestClient(create_app(Settings(db=record, guard=Guard(max_body=10_000))),
                    base_url="http://127.0.0.1:8000") as c:
        assert c.post("/api/analyse", json={"text": "я" * 20_000}).status_code == 413
        assert c.post("/try", data={"text": "я" * 20_000}).status_code == 413

        def chunks() -> Iterator[bytes]:   # no Content-Length: counted as it arrives
            yield b"text="
            for _ in range(20):
                yield b"x" * 1000

        form = {"content-type": "application/x-www-form-urlencoded"}
        assert c.post("/try", content=chunks(), headers=form).status_code == 413


@pytest.fixture
def local_page() -> Iterator[str]:
    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("content-type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write("Визит в Астану 3 марта 2025 года.".encode())

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/article.txt"
    server.shutdown()


def test_try_it_refuses_private_addresses(client: TestClient, local_page: str) -> None:
    refused = client.post("/try", data={"url": local_page}).text
    assert "loopback" in refused and 'class="error"' in refused
    api = client.post("/api/analyse", json={"url": local_page})
    assert api.status_code == 422 and "loopback" in api.json()["detail"]
    assert "only http" in client.post("/try", data={"url": "file:///etc/passwd"}).text
    assert "private" in client.post("/api/analyse", json={"url": "http://10.0.0.1/x"}).json()["detail"]


def test_serve_listens_on_loopback_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.port == 8000


def test_helpers_refuse_what_is_not_plain() -> None:
    assert safe_url("javascript:alert(1)") is None and safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None and safe_url("https://example.org/a") == "https://example.org/a"
    assert markdown_escape("[click](javascript:x) <b>") == "\\[click\\]\\(javascript:x\\) \\<b\\>"
    assert HOSTILE_DOC.endswith(".txt")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_accord_serve_command_serves_the_store(record: str, tmp_path) -> None:  # noqa: ANN001
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", "--db", record, "--port", str(port)],
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    assert r.headers["content-security-policy"].startswith("default-src 'none'")
                    stats = r.read()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "accord serve did not start"
                time.sleep(0.2)
        assert b'"documents":3' in stats
    finally:
        server.terminate()
        _, err = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err and "token" not in err
    # (a loaded machine takes long to start a Python with the web stack: the bound is generous)
    missing = subprocess.run([sys.executable, "-m", "accord.cli", "serve", "--db", f"sqlite:///{tmp_path}/none.db"],
                             capture_output=True, text=True, timeout=240)
    assert missing.returncode == 2 and "no store at" in missing.stderr


def test_try_it_reads_an_uploaded_file(client: TestClient) -> None:
    page = "<html><body><nav>Menu</nav><article><p>Председатель Мажилиса Ерлан Кошанов 12 марта 2026 года " \
           "встретился в Рабате с председателем Палаты представителей Марокко.</p></article></body></html>"
    html = client.post("/try", files={"file": ("article.html", page.encode(), "text/html")},
                       headers={"accept-language": "ru"}).text
    assert '<mark class="k-person" title="Ерлан Кошанов">Ерлан Кошанов</mark>' in html and "Встреча" in html
