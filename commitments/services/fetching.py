"""Fetch a document from a URL with bounds on time, size, redirects and content type.

Only http(s); private and loopback addresses are refused unless INGEST_URL_ALLOW_PRIVATE
is on, because a clerk-supplied URL must not let the server probe its own network.
"""

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from ..sources.transport import AddressRefused, check_address

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


class _BoundedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _check_url(newurl)  # a redirect may not lead somewhere the original URL could not go
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_url(url: str) -> None:
    # The guard is shared with the sources' transport, so both refuse the same addresses.
    try:
        check_address(url, allow_private=settings.INGEST_URL_ALLOW_PRIVATE)
    except AddressRefused as refused:
        raise FetchError(refused.code, refused.message) from None


def fetch(url: str) -> Fetched:
    _check_url(url)
    opener = urllib.request.build_opener(_BoundedRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": "toezeggingen-tracker/1 (+ingest)"})
    limit = settings.INGEST_MAX_BYTES
    try:
        with opener.open(request, timeout=settings.INGEST_URL_TIMEOUT) as response:
            content_type = response.headers.get_content_type()
            if content_type not in ACCEPTED_TYPES:
                raise FetchError("unsupported_format", f"Het adres levert {content_type}; dat is geen documentsoort die we kunnen lezen.")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError("too_large", f"Het adres levert {int(declared):,} bytes; de grens is {limit:,} bytes.")
            chunks, total = [], 0
            while chunk := response.read(CHUNK):
                total += len(chunk)
                if total > limit:
                    raise FetchError("too_large", f"Het adres levert meer dan {limit:,} bytes.")
                chunks.append(chunk)
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise FetchError("too_many_redirects", f"Meer dan {_BoundedRedirects.max_redirections} doorverwijzingen.") from None
        raise FetchError("http_error", f"De server antwoordde {error.code} {error.reason}.") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError("unreachable", f"Het adres kon niet worden opgehaald: {reason}.") from None
    filename = urlsplit(final_url).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(final_url).hostname
    return Fetched(url=final_url, data=b"".join(chunks), content_type=content_type, filename=filename)
