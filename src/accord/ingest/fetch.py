"""Fetch one web page safely: only public addresses, bounded in size, time and redirects.

The host name is resolved once and the connection goes to that checked address
(the Host header and TLS name stay the host's), so a DNS answer that changes
between check and connect (DNS rebinding) cannot reach an internal service.
Every redirect is checked the same way. Content is asked for uncompressed, so
`max_bytes` bounds what is held in memory.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from accord.ingest.errors import IngestError

Resolver = Callable[[str, int], list[str]]
Connector = Callable[[str, int, float], socket.socket]
USER_AGENT = "accord/0.1 (+offline news analysis)"
_CHUNK = 65536


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


def system_connector(ip: str, port: int, timeout: float) -> socket.socket:
    return socket.create_connection((ip, port), timeout=timeout)


def refused_reason(ip: str) -> str | None:
    """Why an address may not be fetched from by default, or None for a public address."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    for test, what in (
        # Most specific first: Python counts link-local and unspecified as "private" too.
        ("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_multicast", "multicast"),
        ("is_unspecified", "unspecified"), ("is_reserved", "reserved"), ("is_private", "private"),
    ):
        if getattr(addr, test):
            return what
    if not addr.is_global:
        return "not public"
    return None


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, ip: str, timeout: float, connector: Connector) -> None:
        super().__init__(host, port, timeout=timeout)
        self._ip, self._connector = ip, connector

    def connect(self) -> None:
        self.sock = self._connector(self._ip, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, ip: str, timeout: float, connector: Connector) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip, self._connector = ip, connector

    def connect(self) -> None:
        raw = self._connector(self._ip, self.port, self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def _checked_address(url: str, host: str, port: int, allow_private: bool, resolver: Resolver) -> str:
    try:
        addresses = resolver(host, port)
    except (OSError, UnicodeError) as exc:
        raise IngestError(url, f"cannot resolve host {host!r}: {exc}") from None
    if not addresses:
        raise IngestError(url, f"cannot resolve host {host!r}")
    if not allow_private:
        for ip in addresses:
            reason = refused_reason(ip)
            if reason:
                raise IngestError(url, f"refused: {host} resolves to a {reason} address ({ip})")
    return addresses[0]


def fetch_url(
    url: str, *, allow_private: bool = False, max_bytes: int = 5_000_000, timeout: float = 20,
    max_redirects: int = 5, resolver: Resolver = system_resolver, connector: Connector = system_connector,
) -> tuple[bytes, str, str]:
    """(body, content type, final URL) of an http(s) URL; IngestError with the reason otherwise.

    `resolver` and `connector` exist for tests (and proxies): every address the
    resolver returns is checked before the connector is called with it.
    """
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(max_redirects + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https"):
            raise IngestError(url, f"refused: scheme {parts.scheme or '(none)'!r} is not http or https")
        if not parts.hostname:
            raise IngestError(url, f"no host in URL {current!r}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise IngestError(url, f"bad port in URL {current!r}") from None
        ip = _checked_address(url, parts.hostname, port, allow_private, resolver)
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        remaining = max(0.1, deadline - time.monotonic())
        conn = cls(parts.hostname, port, ip, remaining, connector)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request("GET", path, headers={
                "User-Agent": USER_AGENT, "Accept-Encoding": "identity",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
            })
            response = conn.getresponse()
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise IngestError(url, f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise IngestError(url, f"HTTP {response.status} {response.reason}")
            body = _read_bounded(url, response, max_bytes, deadline)
            return body, response.getheader("Content-Type") or "", current
        except IngestError:
            raise
        except (OSError, http.client.HTTPException) as exc:
            if isinstance(exc, TimeoutError) or "timed out" in str(exc):
                raise IngestError(url, f"timed out after {timeout:g} s") from None
            raise IngestError(url, f"fetch failed: {exc}") from None
        finally:
            conn.close()
    raise IngestError(url, f"more than {max_redirects} redirects")


def _read_bounded(url: str, response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise IngestError(url, f"too large: {int(length):,} bytes > {max_bytes:,} byte limit")
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise IngestError(url, f"too large: more than {max_bytes:,} bytes (download stopped)")
        if time.monotonic() > deadline:
            raise IngestError(url, "timed out while downloading")
        chunks.append(chunk)
    return b"".join(chunks)
