"""Sessions, CSRF tokens and response headers of the review console.

The session is one signed cookie (itsdangerous, HMAC-SHA1 over a random per-server key):
the user name and the session's CSRF token, never the role (read from the store on every
request, so a role change applies at once). HttpOnly and SameSite=Strict always; Secure when
the request came over HTTPS (a TLS proxy in front sets X-Forwarded-Proto, which uvicorn
honours from loopback) — a browser drops a Secure cookie set over plain http://127.0.0.1.
Every form carries the session's CSRF token; a POST without the right one is refused (403).
A visitor who is not logged in gets an anonymous session, so the login form has a token too.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any, Optional

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "qa_console"
SESSION_SECONDS = 8 * 3600
"""A working day; then the reviewer logs in again."""

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()),
           (b"x-content-type-options", b"nosniff"),
           (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer"),
           (b"cache-control", b"no-store")]


class Sessions:
    """Signs and reads the session cookie."""

    def __init__(self, secret: Optional[bytes] = None):
        self._serializer = URLSafeTimedSerializer(secret or secrets.token_bytes(32),
                                                  salt="qa-toolkit console session")

    def read(self, request: Request) -> Optional[dict[str, Any]]:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        try:
            data = self._serializer.loads(raw, max_age=SESSION_SECONDS)
        except BadSignature:  # also expired (SignatureExpired is a BadSignature)
            return None
        return data if isinstance(data, dict) and isinstance(data.get("csrf"), str) else None

    @staticmethod
    def new(user: Optional[str]) -> dict[str, Any]:
        """A session for ``user`` (None: anonymous) with a fresh CSRF token."""
        return {"user": user, "csrf": secrets.token_urlsafe(32)}

    def write(self, request: Request, response: Response, session: dict[str, Any]) -> None:
        response.set_cookie(COOKIE, self._serializer.dumps(session), max_age=SESSION_SECONDS,
                            httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")


def csrf_ok(session: Optional[dict[str, Any]], token: Any) -> bool:
    return (session is not None and isinstance(token, str) and bool(token)
            and hmac.compare_digest(session["csrf"], token))


class SecurityHeaders:
    """Adds the CSP and friends to every response (pages, files and errors alike)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)
