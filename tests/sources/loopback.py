"""A Gegevensmagazijn on loopback: a real http.server in a thread that speaks the OData
conventions the client relies on, with faults a test can queue.

Served: `GET /OData/v4/2.0/<Set>?$filter=GewijzigdOp ge <stamp>[ and (Soort eq '...' or ...)]
&$orderby=GewijzigdOp,Id&$select=...&$expand=...&$count=true` in pages with `@odata.nextLink`
(`$skip`), and `GET /OData/v4/2.0/Document(<id>)/resource`. A `$select` or `$expand` naming a
property the set does not have is a 400, as on the live service, so the client's query is
checked against the field names of `$metadata` (shapes.py). Rows are served exactly as stored,
drift and all.
"""

import datetime as dt
import http.server
import json
import re
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from commitments.sources.values import parse_stamp

from .shapes import NAVIGATION, PROPERTIES

ROOT = "/OData/v4/2.0/"
_SINCE = re.compile(r"^GewijzigdOp ge (\S+)$")
_KINDS = re.compile(r"^\((Soort eq '[^']*'(?: or Soort eq '[^']*')*)\)$")
_RESOURCE = re.compile(r"^Document\(([^()/]+)\)/resource$")


@dataclass
class Fault:
    kind: str  # "429", "500", "timeout", "drop", "garbage", "foreign_next"
    when: str = ""  # only a request whose path and query contain this
    seconds: float = 0.0  # how long "timeout" keeps the client waiting


@dataclass
class Gegevensmagazijn:
    page_size: int = 250
    entities: dict[str, list[dict]] = field(default_factory=lambda: {"Toezegging": [], "Document": []})
    resources: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    base_url: str = ""

    def add(self, entity_set: str, *rows: dict) -> None:
        self.entities[entity_set].extend(rows)

    def replace(self, entity_set: str, row: dict) -> None:
        rows = self.entities[entity_set]
        rows[:] = [r for r in rows if r["Id"] != row["Id"]] + [row]

    def fail(self, kind: str, *, when: str = "", seconds: float = 0.0, times: int = 1) -> None:
        self.faults.extend(Fault(kind, when, seconds) for _ in range(times))

    def page_requests(self, entity_set: str) -> list[str]:
        return [r for r in self.requests if r.startswith(ROOT + entity_set + "?")]

    # -- answering --------------------------------------------------------------------------

    def answer(self, target: str) -> tuple[int, dict, bytes]:
        parts = urlsplit(target)
        path = parts.path[len(ROOT) :] if parts.path.startswith(ROOT) else None
        if path is None:
            return 404, {}, b"not here"
        resource = _RESOURCE.match(path)
        if resource:
            found = self.resources.get(resource[1].lower())
            if found is None:
                return 404, {}, b"no such resource"
            return 200, {"Content-Type": found[0]}, found[1]
        if path not in self.entities:
            return 404, {}, _error(f"Resource not found for the segment '{path}'.")
        return self._page(path, parse_qs(parts.query, keep_blank_values=True))

    def _page(self, entity_set: str, query: dict[str, list[str]]) -> tuple[int, dict, bytes]:
        one = {name: values[-1] for name, values in query.items()}
        rows = self.entities[entity_set]
        problem = self._check_names(entity_set, one)
        if problem:
            return 400, {}, _error(problem)
        since, kinds = None, None
        for clause in filter(None, one.get("$filter", "").split(" and ")):
            if _SINCE.match(clause):
                since = parse_stamp(_SINCE.match(clause)[1])
            elif _KINDS.match(clause):
                kinds = set(re.findall(r"Soort eq '([^']*)'", clause))
            else:
                return 400, {}, _error(f"filter not understood: {clause}")
        chosen = [r for r in rows if since is None or parse_stamp(r["GewijzigdOp"]) >= since]
        if kinds is not None:
            chosen = [r for r in chosen if r.get("Soort") in kinds]
        chosen.sort(key=lambda r: (parse_stamp(r["GewijzigdOp"]), r["Id"]))
        skip = int(one.get("$skip", "0"))
        window = chosen[skip : skip + self.page_size]
        body = {"@odata.context": f"{self.base_url}{ROOT}$metadata#{entity_set}"}
        if one.get("$count") == "true":
            body["@odata.count"] = len(chosen)
        body["value"] = [self._shape(entity_set, row, one) for row in window]
        if skip + self.page_size < len(chosen):
            following = dict(one, **{"$skip": str(skip + self.page_size)})
            body["@odata.nextLink"] = f"{self.base_url}{ROOT}{entity_set}?" + urlencode(
                following, quote_via=quote, safe="$,()'=/:"
            )
        return 200, {"Content-Type": "application/json; odata.metadata=minimal"}, json.dumps(body).encode()

    def _check_names(self, entity_set: str, one: dict) -> str:
        for name in filter(None, one.get("$select", "").split(",")):
            if name not in PROPERTIES[entity_set]:
                return f"Could not find a property named '{name}' on type 'TK.DA.GGM.OData.{entity_set}'."
        for name in _top_level(one.get("$expand", "")):
            if name.split("(")[0] not in NAVIGATION[entity_set]:
                return f"Could not find a navigation property named '{name.split('(')[0]}'."
        return ""

    def _shape(self, entity_set: str, row: dict, one: dict) -> dict:
        selected = set(filter(None, one.get("$select", "").split(","))) or set(PROPERTIES[entity_set])
        expanded = {name.split("(")[0] for name in _top_level(one.get("$expand", ""))}
        return {
            name: value
            for name, value in row.items()
            if name in selected or name in expanded or name.startswith("#") or name.startswith("@")
        }


def _top_level(expand: str) -> list[str]:
    """Split an $expand at its top-level commas (nested options have their own)."""
    items, depth, current = [], 0, ""
    for char in expand:
        if char == "," and depth == 0:
            items.append(current)
            current = ""
            continue
        depth += (char == "(") - (char == ")")
        current += char
    return [item for item in items + [current] if item]


def _error(message: str) -> bytes:
    return json.dumps({"error": {"code": "", "message": message}}).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    store: Gegevensmagazijn

    def do_GET(self):
        self.store.requests.append(self.path)
        fault = self._take_fault()
        if fault is not None and fault.kind == "timeout":
            time.sleep(fault.seconds)  # the client has given up by now; answering may fail
        if fault is not None and fault.kind in ("429", "500"):
            headers = {"Retry-After": "0"} if fault.kind == "429" else {}
            return self._send(int(fault.kind), headers, _error("busy"))
        status, headers, body = self.store.answer(self.path)
        if fault is not None and fault.kind == "garbage" and status == 200:
            return self._send(200, {"Content-Type": "text/html"}, b"<html><body>Onderhoud</body></html>")
        if fault is not None and fault.kind == "foreign_next" and status == 200:
            payload = json.loads(body)
            payload["@odata.nextLink"] = "http://elders.example/OData/v4/2.0/Toezegging?$skip=1"
            return self._send(200, headers, json.dumps(payload).encode())
        if fault is not None and fault.kind == "drop":
            # Promise the whole page, send half of it, hang up: a connection lost mid-page.
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return None
        return self._send(status, headers, body)

    def _take_fault(self) -> Fault | None:
        for index, fault in enumerate(self.store.faults):
            if fault.when in self.path:
                return self.store.faults.pop(index)
        return None

    def _send(self, status: int, headers: dict, body: bytes) -> None:
        try:
            self.send_response(status)
            headers.setdefault("Content-Type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


class LoopbackServer:
    def __init__(self, store: Gegevensmagazijn):
        handler = type("Handler", (_Handler,), {"store": store})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        store.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.store = store
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Gegevensmagazijn:
        self.thread.start()
        return self.store

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def stamp(day: dt.datetime | str) -> str:
    return day if isinstance(day, str) else day.strftime("%Y-%m-%dT%H:%M:%SZ")
