"""One HTTP GET at a time, bounded in time and size, with the product's private-address guard.

The guard refuses the addresses URL ingestion refuses (`addresses.is_public`): a URL
a clerk or a payload supplies must not let the server probe its own network. The operator's
own configured origin (TK_ODATA_URL) is trusted as configured, so a test server or an internal
mirror on a private address works; every other origin, including one a redirect leads to,
goes through the guard.
"""

import http.client
import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .addresses import is_public

CHUNK = 64 * 1024


class TransportError(Exception):
    """A request that produced no HTTP answer, with a short code and a message for a clerk."""

    def __init__(self, code: str, message: str, *, retryable: bool = False):
        super().__init__(message)
        self.code, self.message, self.retryable = code, message, retryable


class AddressRefused(TransportError):
    """A URL we will not request at all."""


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # names in lower case

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_address(url: str, *, allow_private: bool) -> None:
    """Refuse anything but http(s), and (unless allowed) hosts that resolve to internal addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused("bad_url", f"Alleen http- en https-adressen kunnen worden ingelezen, niet {url!r}.")
    if allow_private:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 443)}
    except socket.gaierror:
        raise AddressRefused("unreachable", f"De server {parts.hostname} is niet gevonden.") from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not is_public(ip):
            raise AddressRefused(
                "forbidden_address", f"{parts.hostname} wijst naar een intern adres ({ip}); dat lezen we niet in."
            )


class _GuardedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def __init__(self, check):
        super().__init__()
        self.check = check

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.check(newurl)  # a redirect may not lead where the original URL could not go
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class HttpTransport:
    """GET with a timeout and a size bound. HTTP error statuses are answers, not exceptions:
    the caller decides what a 429 or a 503 means; only a missing answer raises."""

    def __init__(
        self,
        *,
        timeout: float,
        max_bytes: int,
        trusted_origins: tuple[str, ...] = (),
        allow_private: bool = False,
        user_agent: str = "toezeggingen-tracker/1 (+sources)",
    ):
        self.timeout, self.max_bytes, self.user_agent = timeout, max_bytes, user_agent
        self.trusted = {origin(url) for url in trusted_origins}
        self.allow_private = allow_private

    def check(self, url: str) -> None:
        check_address(url, allow_private=self.allow_private or origin(url) in self.trusted)

    def get(self, url: str, *, accept: str = "application/json") -> Response:
        self.check(url)
        opener = urllib.request.build_opener(_GuardedRedirects(self.check))
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": accept})
        try:
            with opener.open(request, timeout=self.timeout) as answer:
                body = self._read(answer)
                return Response(answer.geturl(), answer.status, body, _headers(answer.headers))
        except urllib.error.HTTPError as error:
            with error:
                body = self._read(error)
            return Response(error.geturl() or url, error.code, body, _headers(error.headers))
        except TransportError:
            raise
        except TimeoutError:
            raise TransportError(
                "timeout", f"Geen antwoord binnen {self.timeout:g} s van {origin(url)}.", retryable=True
            ) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, (TimeoutError, socket.timeout)):
                raise TransportError(
                    "timeout", f"Geen antwoord binnen {self.timeout:g} s van {origin(url)}.", retryable=True
                ) from None
            raise TransportError(
                "unreachable", f"{origin(url)} is niet bereikbaar: {error.reason}.", retryable=True
            ) from None
        except (http.client.HTTPException, OSError) as error:
            # A connection dropped halfway through a body (IncompleteRead, a reset) is worth another try.
            raise TransportError(
                "broken_answer", f"Het antwoord van {origin(url)} brak af: {error!r}.", retryable=True
            ) from None

    def _read(self, answer) -> bytes:
        declared = answer.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise TransportError(
                "too_large", f"Het antwoord is {int(declared):,} bytes; de grens is {self.max_bytes:,} bytes."
            )
        chunks, total = [], 0
        while chunk := answer.read(CHUNK):
            total += len(chunk)
            if total > self.max_bytes:
                raise TransportError("too_large", f"Het antwoord is groter dan {self.max_bytes:,} bytes.")
            chunks.append(chunk)
        if declared and declared.isdigit() and total < int(declared):
            # read(n) returns short at a closed connection instead of raising: check the length.
            raise TransportError(
                "broken_answer", f"Het antwoord brak af na {total:,} van {int(declared):,} bytes.", retryable=True
            )
        return b"".join(chunks)


def _headers(message) -> dict[str, str]:
    return {name.lower(): value for name, value in (message.items() if message is not None else [])}
