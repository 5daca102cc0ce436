"""Fetch a document from a URL with bounds on time, size, redirects and content type.

Only http(s), and only to public addresses unless INGEST_URL_ALLOW_PRIVATE is on, because a
clerk-supplied URL must not let the server probe its own network. The host name is resolved
once per hop, every address it gives is checked, and the connection goes to a checked
address: resolving again to connect would let a name that answers differently the second
time (DNS rebinding) lead the server inside. TLS still verifies the certificate against the
name, which is also sent as SNI and in the Host header; only the socket is pinned.
Redirects are followed here, hop by hop, so each one is resolved and checked the same way.
"""

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from ..sources.addresses import is_public

ACCEPTED_TYPES = (
    "text/plain",
    "text/html",
    "application/xhtml+xml",
    "application/xml",
    "text/xml",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream",  # some servers label PDFs this way; the reader sniffs the bytes
)
CHUNK = 64 * 1024
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)

Resolve = Callable[[str, int], list[str]]
Connect = Callable[[tuple[str, int], float | None], socket.socket]


class FetchError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    filename: str


def resolve_host(host: str, port: int) -> list[str]:
    """The addresses of a host name, in the resolver's order, each once."""
    answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in answers))


def fetch(
    url: str,
    *,
    resolve: Resolve = resolve_host,
    connect: Connect = socket.create_connection,
    tls: ssl.SSLContext | None = None,
) -> Fetched:
    """The document at url. resolve, connect and tls stand in for DNS, TCP and the CA store in tests."""
    tls = tls or ssl.create_default_context()
    for _hop in range(MAX_REDIRECTS + 1):
        target = _Target.of(url)
        addresses = _checked_addresses(target, resolve)
        connection = _connection(target, addresses, connect, tls)
        try:
            response = _get(connection, target)
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError("http_error", f"De server antwoordde {response.status} zonder nieuw adres.")
                url = urljoin(url, location)
                continue
            if not 200 <= response.status < 300:
                raise FetchError("http_error", f"De server antwoordde {response.status} {response.reason}.")
            content_type, data = _body(response)
        finally:
            connection.close()
        filename = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or target.host
        return Fetched(url=url, data=data, content_type=content_type, filename=filename)
    raise FetchError("too_many_redirects", f"Meer dan {MAX_REDIRECTS} doorverwijzingen.")


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # ASCII (IDNA) form, without brackets
    port: int
    path: str  # with the query

    @classmethod
    def of(cls, url: str) -> "_Target":
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("bad_url", f"Alleen http- en https-adressen kunnen worden ingelezen, niet {url!r}.")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host = parts.hostname.encode("idna").decode("ascii")
        except (ValueError, UnicodeError):
            raise FetchError("bad_url", f"Het adres {url!r} is ongeldig.") from None
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return cls(parts.scheme, host, port, path)


def _checked_addresses(target: _Target, resolve: Resolve) -> list[str]:
    try:
        addresses = resolve(target.host, target.port)
    except (socket.gaierror, UnicodeError):
        addresses = []
    if not addresses:
        raise FetchError("unreachable", f"De server {target.host} is niet gevonden.")
    if not settings.INGEST_URL_ALLOW_PRIVATE:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not is_public(ip):
                raise FetchError(
                    "forbidden_address", f"{target.host} wijst naar een intern adres ({ip}); dat lezen we niet in."
                )
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to the host name whose socket goes to addresses checked beforehand."""

    def __init__(self, host: str, port: int, *, addresses: list[str], open_socket: Connect, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self.pinned_addresses = addresses
        self.open_socket = open_socket

    def connect(self) -> None:
        failure: OSError | None = None
        for address in self.pinned_addresses:
            try:
                self.sock = self.open_socket((address, self.port), self.timeout)
                return
            except OSError as error:
                failure = error
        raise failure or OSError("no address")


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """The same over TLS: the certificate is verified for the host name, which is also the SNI."""

    default_port = 443

    def __init__(self, host: str, port: int, *, tls: ssl.SSLContext, **kwargs):
        super().__init__(host, port, **kwargs)
        self.tls = tls

    def connect(self) -> None:
        super().connect()
        self.sock = self.tls.wrap_socket(self.sock, server_hostname=self.host)


def _connection(target: _Target, addresses: list[str], connect: Connect, tls: ssl.SSLContext):
    common = {"addresses": addresses, "open_socket": connect, "timeout": settings.INGEST_URL_TIMEOUT}
    if target.scheme == "https":
        return _PinnedHTTPSConnection(target.host, target.port, tls=tls, **common)
    return _PinnedHTTPConnection(target.host, target.port, **common)


def _get(connection, target: _Target) -> http.client.HTTPResponse:
    try:
        connection.request("GET", target.path, headers={"User-Agent": "toezeggingen-tracker/1 (+ingest)"})
        return connection.getresponse()
    except (OSError, http.client.HTTPException) as error:  # ssl.SSLError and timeouts are OSErrors
        raise FetchError("unreachable", f"Het adres kon niet worden opgehaald: {error}.") from None


def _body(response: http.client.HTTPResponse) -> tuple[str, bytes]:
    content_type = response.headers.get_content_type()
    if content_type not in ACCEPTED_TYPES:
        raise FetchError(
            "unsupported_format", f"Het adres levert {content_type}; dat is geen documentsoort die we kunnen lezen."
        )
    limit = settings.INGEST_MAX_BYTES
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError("too_large", f"Het adres levert {int(declared):,} bytes; de grens is {limit:,} bytes.")
    chunks, total = [], 0
    try:
        while chunk := response.read(CHUNK):
            total += len(chunk)
            if total > limit:
                raise FetchError("too_large", f"Het adres levert meer dan {limit:,} bytes.")
            chunks.append(chunk)
    except (OSError, http.client.HTTPException) as error:
        raise FetchError("unreachable", f"Het adres kon niet worden opgehaald: {error}.") from None
    return content_type, b"".join(chunks)
