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
