import pytest

from commitments.sources import HttpTransport, ODataClient, Politeness

from .loopback import Gegevensmagazijn, LoopbackServer


@pytest.fixture
def tk():
    """A Gegevensmagazijn on loopback, empty; tests add rows and queue faults."""
    with LoopbackServer(Gegevensmagazijn(page_size=3)) as store:
        yield store


class Sleeps(list):
    """Stands in for time.sleep: remembers every wait instead of taking it."""

    def __call__(self, seconds: float) -> None:
        self.append(round(seconds, 3))


@pytest.fixture
def sleeps():
    return Sleeps()


@pytest.fixture
def client_for(sleeps):
    def build(store, *, timeout=2.0, pause=0.0, retries=3, backoff=1.0):
        transport = HttpTransport(timeout=timeout, max_bytes=10_000_000, trusted_origins=(store.base_url,))
        return ODataClient(
            store.base_url, transport, Politeness(pause=pause, retries=retries, backoff=backoff), sleep=sleeps
        )

    return build


@pytest.fixture
def sources_on(settings, tk):
    """The settings of a deployment with the sources on, pointing at the loopback server."""
    settings.SOURCES_ENABLED = True
    settings.TK_ODATA_URL = tk.base_url
    settings.SOURCES_PAUSE = 0
    settings.SOURCES_BACKOFF = 0
    settings.SOURCES_TIMEOUT = 2
    settings.SOURCES_RETRIES = 2
    return tk


@pytest.fixture
def run_sync(sources_on, django_capture_on_commit_callbacks):
    """sync() as the command runs it, with on-commit work (queued extraction) carried out."""
    from commitments.services.sources.client import build_client
    from commitments.services.sources.syncing import sync
    from commitments.tasks import extract_ingested

    def run(entity_set="Toezegging", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return sync(entity_set, build_client(sleep=lambda s: None), on_ingested=extract_ingested, **kwargs)

    return run
