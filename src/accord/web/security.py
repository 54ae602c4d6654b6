"""What keeps the server safe to open on a laptop or a shared machine.

- every response carries a Content-Security-Policy without inline script or style, so text from an
  article that slipped past escaping still could not run;
- a server on loopback answers only to loopback host names (no DNS rebinding) and refuses
  cross-site form posts; beyond loopback every write needs the server's token;
- request bodies are bounded before they are read.
"""
from __future__ import annotations

import hmac
import ipaddress
import secrets
from dataclasses import dataclass, field

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    # same-origin, not no-referrer: with no-referrer a browser sends «Origin: null» on its own forms, which
    # the cross-site check refuses; links to articles carry rel=noreferrer anyway
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
# The API documentation page loads its script from a CDN, which this policy (and an offline
# machine) refuses: the description is served as /openapi.json only.
MAX_BODY = 5_000_000
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Guard:
    """The server's security settings, decided once from where it listens."""

    host: str = "127.0.0.1"
    token: str | None = None
    max_body: int = MAX_BODY
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.loopback and not self.token:
            self.token = secrets.token_urlsafe(24)

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def needs_token(self) -> bool:
        return not self.loopback

    def token_ok(self, given: str | None) -> bool:
        if not self.needs_token():
            return True
        return bool(given) and hmac.compare_digest(str(given), str(self.token))

    def host_ok(self, host_header: str | None) -> bool:
        """Loopback servers answer to loopback names only; others to any name unless restricted."""
        name = (host_header or "").rsplit(":", 1)[0] if not (host_header or "").startswith("[") \
            else (host_header or "").split("]")[0] + "]"
        if self.allowed_hosts:
            return name in self.allowed_hosts
        return not self.loopback or is_loopback(name)


def _origin_host(headers: Headers) -> str | None:
    origin = headers.get("origin")
    if not origin or origin == "null":
        return origin
    return origin.split("://", 1)[-1].rstrip("/")


class SecurityMiddleware:
    """Security headers on every response, host checks, same-origin writes and bounded bodies."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await self._with_headers(refusal, scope, receive, send)
            return

        received = 0
        refused = False   # the 413 is sent: whatever the application answers after it is dropped

        async def bounded_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.guard.max_body and not refused:
                    refused = True
                    await self._with_headers(_too_large(self.guard.max_body), scope, receive, send)
                    raise BodyTooLarge()
            return message

        async def send_with_headers(message: Message) -> None:
            if refused:
                return
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.lower() for k, _ in raw}
                raw += [(k.encode(), v.encode()) for k, v in HEADERS.items() if k.encode() not in present]
                message["headers"] = raw
            await send(message)

        try:
            await self.app(scope, bounded_receive, send_with_headers)
        except BodyTooLarge:
            pass   # answered with 413 already

    def _refusal(self, scope: Scope, headers: Headers) -> PlainTextResponse | None:
        if not self.guard.host_ok(headers.get("host")):
            return PlainTextResponse("unknown host name", status_code=421)
        if scope["method"] in WRITE_METHODS:
            length = headers.get("content-length")
            if length and length.isdigit() and int(length) > self.guard.max_body:
                return _too_large(self.guard.max_body)
            origin = _origin_host(headers)
            # a browser that names no origin still says where the request comes from (Fetch Metadata)
            if (origin is not None and origin != headers.get("host")) or \
                    headers.get("sec-fetch-site") in ("cross-site", "same-site"):
                return PlainTextResponse("cross-site write refused", status_code=403)
        return None

    async def _with_headers(self, response: PlainTextResponse, scope: Scope, receive: Receive, send: Send) -> None:
        for k, v in HEADERS.items():
            response.headers[k] = v
        await response(scope, receive, send)


class BodyTooLarge(Exception):
    pass


def _too_large(limit: int) -> PlainTextResponse:
    return PlainTextResponse(f"request body larger than {limit:,} bytes", status_code=413)
