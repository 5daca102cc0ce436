"""Ingesting a URL: the fetched bytes are stored like an upload; every fetch problem is a recorded failure."""

import http.server
import threading

import pytest

from commitments.models import Document, IngestRun
from commitments.services.ingesting import ingest_url
from commitments.tasks import extract_ingested
from tests.locations import SEEDS

pytestmark = pytest.mark.django_db
SEED = sorted(SEEDS.glob("*.txt"))[0]


class Handler(http.server.BaseHTTPRequestHandler):
    routes = {}

    def do_GET(self):
        status, headers, body = self.routes.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = True
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.routes = {
        "/brief.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, SEED.read_bytes()),
        "/oud": (301, {"Location": "/brief.txt"}, b""),
        "/lus": (302, {"Location": "/lus"}, b""),
        "/plaatje.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n"),
        "/groot.txt": (200, {"Content-Type": "text/plain"}, b"a" * 2048),
    }
    yield base
    httpd.shutdown()


def test_a_fetched_document_is_stored_with_its_source_url(server, on_commit_runs):
    run = on_commit_runs(lambda: extract_ingested(ingest_url(f"{server}/brief.txt")))
    run.refresh_from_db()
    assert run.status == "ingested"
    document = Document.objects.get()
    assert document.source_url == f"{server}/brief.txt"
    assert document.original.read() == SEED.read_bytes()


def test_a_redirect_is_followed_and_the_final_url_kept(server):
    ingest_url(f"{server}/oud")
    assert Document.objects.get().source_url == f"{server}/brief.txt"


def test_a_redirect_loop_is_a_recorded_failure(server):
    run = ingest_url(f"{server}/lus")
    assert (run.status, run.failure_code) == ("failed", "too_many_redirects")
    assert not Document.objects.exists()


def test_a_content_type_we_cannot_read_is_refused(server):
    run = ingest_url(f"{server}/plaatje.png")
    assert run.failure_code == "unsupported_format"
    assert "image/png" in run.failure_message


def test_a_response_over_the_size_limit_is_refused(server, settings):
    settings.INGEST_MAX_BYTES = 1024
    assert ingest_url(f"{server}/groot.txt").failure_code == "too_large"


def test_a_missing_page_is_a_recorded_http_error(server):
    run = ingest_url(f"{server}/weg")
    assert (run.failure_code, run.failure_message) == ("http_error", "De server antwoordde 404 Not Found.")


@pytest.mark.parametrize("url", ["ftp://example.org/brief.txt", "file:///etc/passwd", "brief.txt"])
def test_only_http_urls_are_accepted(url):
    assert ingest_url(url).failure_code == "bad_url"


def test_private_addresses_are_refused_by_default(settings):
    settings.INGEST_URL_ALLOW_PRIVATE = False
    run = ingest_url("http://127.0.0.1:9/brief.txt")
    assert run.failure_code == "forbidden_address"
    assert IngestRun.objects.get().status == "failed"
