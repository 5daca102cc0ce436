"""Read an OData v4 entity set of the Gegevensmagazijn page by page, politely and incrementally.

A page is a JSON object with `value` (at most 250 rows) and, when more follow, an
`@odata.nextLink`. Incremental reads filter on `GewijzigdOp`. The filter is `ge`, not `gt`:
rows sharing a stamp can straddle a page boundary or an interrupted run, and `gt` on the last
stamp seen would skip the rest of them. The rows with exactly the cursor's stamp come again
and the caller's upsert, which keys on the entity's Id and compares stamps, leaves them alone.

One request at a time, a pause between requests, a timeout per request (the transport's),
and retries with exponential backoff on 429, 5xx and broken connections (a server's
Retry-After wins when it gives one). A page that is not what OData promises raises
MalformedPage and the caller keeps its cursor where it was.
"""

import datetime as dt
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlencode, urljoin

from .transport import Response, TransportError, origin
from .values import odata_stamp

SERVICE_PATH = "/OData/v4/2.0/"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class MalformedPage(Exception):
    code = "malformed_page"

    def __init__(self, url: str, message: str):
        super().__init__(f"{message} ({url})")
        self.url, self.message = url, f"{message} ({url})"


class SourceUnavailable(Exception):
    """No usable answer after every retry: the code says why (http_503, timeout, ...)."""

    def __init__(self, url: str, code: str, message: str):
        super().__init__(message)
        self.url, self.code, self.message = url, code, message


@dataclass(frozen=True)
class Politeness:
    pause: float = 1.0  # seconds between the end of one request and the start of the next
    retries: int = 4  # after the first attempt
    backoff: float = 2.0  # the first wait before a retry; it doubles each time
    max_wait: float = 120.0  # no wait (backoff or Retry-After) is longer


@dataclass(frozen=True)
class Query:
    entity_set: str
    since: dt.datetime | None = None
    select: tuple[str, ...] = ()
    expand: str = ""
    where: str = ""  # an extra $filter clause, e.g. the document kinds
    count: bool = True  # ask for @odata.count, which gives the progress its N

    def params(self) -> dict[str, str]:
        clauses = []
        if self.since is not None:
            clauses.append(f"GewijzigdOp ge {odata_stamp(self.since)}")
        if self.where:
            clauses.append(f"({self.where})")
        params = {}
        if clauses:
            params["$filter"] = " and ".join(clauses)
        # Id breaks ties, so the server's paging is stable across rows with one stamp.
        params["$orderby"] = "GewijzigdOp,Id"
        if self.select:
            params["$select"] = ",".join(self.select)
        if self.expand:
            params["$expand"] = self.expand
        if self.count:
            params["$count"] = "true"
        return params


@dataclass(frozen=True)
class Page:
    url: str
    rows: list[dict]
    next_link: str | None
    total: int | None  # @odata.count of the whole query, when the server gave it


class ODataClient:
    def __init__(
        self,
        base_url: str,
        transport,
        politeness: Politeness = Politeness(),
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.root = base_url.rstrip("/") + SERVICE_PATH
        self.transport, self.politeness = transport, politeness
        self.sleep, self.clock = sleep, clock
        self.requests = 0  # every attempt, retries included
        self._last_answer_at: float | None = None

    def url(self, query: Query) -> str:
        return self.root + query.entity_set + "?" + urlencode(query.params(), quote_via=quote, safe="$,()'=/:")

    def pages(self, query: Query) -> Iterator[Page]:
        url, total = self.url(query), None
        while url:
            page = self.page(url)
            total = page.total if page.total is not None else total
            yield Page(page.url, page.rows, page.next_link, total)
            url = page.next_link

    def page(self, url: str) -> Page:
        response = self.get(url, accept="application/json")
        try:
            payload = json.loads(response.body)
        except (UnicodeDecodeError, ValueError):
            raise MalformedPage(url, "Het antwoord is geen JSON") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("value"), list):
            raise MalformedPage(url, "Het antwoord heeft geen lijst 'value'")
        rows = payload["value"]
        if not all(isinstance(row, dict) for row in rows):
            raise MalformedPage(url, "Niet elke rij in 'value' is een object")
        return Page(url, rows, self._next_link(url, payload.get("@odata.nextLink")), _count(url, payload))

    def get(self, url: str, *, accept: str = "*/*") -> Response:
        """One answer with status 200, after as many polite retries as allowed."""
        attempt = 0
        while True:
            self._pause()
            self.requests += 1
            try:
                response = self.transport.get(url, accept=accept)
            except TransportError as error:
                self._last_answer_at = self.clock()
                if not error.retryable or attempt >= self.politeness.retries:
                    raise SourceUnavailable(url, error.code, error.message) from None
                self._wait(attempt, None)
                attempt += 1
                continue
            self._last_answer_at = self.clock()
            if response.status == 200:
                return response
            if response.status in RETRY_STATUSES and attempt < self.politeness.retries:
                self._wait(attempt, response.headers.get("retry-after"))
                attempt += 1
                continue
            raise SourceUnavailable(
                url, f"http_{response.status}", f"{origin(url)} antwoordde {response.status} op {url}"
            )

    def _pause(self) -> None:
        if self._last_answer_at is None or self.politeness.pause <= 0:
            return
        left = self.politeness.pause - (self.clock() - self._last_answer_at)
        if left > 0:
            self.sleep(left)

    def _wait(self, attempt: int, retry_after: str | None) -> None:
        wait = self.politeness.backoff * 2**attempt
        if retry_after and retry_after.strip().isdigit():
            wait = float(retry_after.strip())
        self.sleep(min(wait, self.politeness.max_wait))
        self._last_answer_at = None  # the wait was the pause

    def _next_link(self, url: str, link) -> str | None:
        if link is None:
            return None
        if not isinstance(link, str) or not link:
            raise MalformedPage(url, "'@odata.nextLink' is geen adres")
        absolute = urljoin(url, link)
        # A next page lives in the same service; a link elsewhere is not followed.
        if origin(absolute) != origin(self.root) or SERVICE_PATH not in absolute:
            raise MalformedPage(url, f"'@odata.nextLink' wijst buiten de dienst: {absolute}")
        return absolute


def _count(url: str, payload: dict) -> int | None:
    count = payload.get("@odata.count")
    if count is None:
        return None
    if isinstance(count, bool) or not isinstance(count, (int, str)) or not str(count).isdigit():
        raise MalformedPage(url, f"'@odata.count' is geen aantal: {count!r}")
    return int(count)
