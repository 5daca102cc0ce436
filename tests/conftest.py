"""Shared fixtures, and the rule for tests that need real services.

Tests marked `postgres`, `celery_worker`, `redis` or `browser` are skipped with a visible reason when the
service is not configured. CI sets TRACKER_REQUIRE_SERVICES=1, which turns those skips
into failures, so a CI run cannot pass without having exercised them.
"""

import os
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.db.backends.signals import connection_created

from tests.locations import CHROMIUM, REDIS, SEEDS

# The real-worker fixtures (celery_workers, celery_worker_process), for every folder that needs them.
pytest_plugins = ["tests.workers"]

REQUIRE_SERVICES = os.environ.get("TRACKER_REQUIRE_SERVICES") == "1"


def _broker_reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def _missing_service(item) -> str | None:
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    broker = os.environ.get("TEST_CELERY_BROKER_URL", "")
    if item.get_closest_marker("postgres") and not on_postgres:
        return "needs PostgreSQL: set DATABASE_URL=postgres://..."
    if item.get_closest_marker("redis") and not _broker_reachable(REDIS):
        return f"needs Redis at {REDIS}"
    if item.get_closest_marker("browser") and not Path(CHROMIUM).exists():
        return f"needs Debian's chromium at {CHROMIUM} (apt-get install -y chromium)"
    if item.get_closest_marker("celery_worker"):
        if not on_postgres:
            return "a real worker needs a shared database: set DATABASE_URL=postgres://..."
        if not broker or not _broker_reachable(broker):
            return "needs a reachable broker: set TEST_CELERY_BROKER_URL=redis://127.0.0.1:6379/15"
    return None


def _history_maintenance(sender, connection, **kwargs):
    # Flushing the test database between transactional tests TRUNCATEs the history, which the
    # trigger of migration 0012 allows only to a maintenance session; the app's connections never are.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET tracker.history_maintenance = 'on'")


connection_created.connect(_history_maintenance, dispatch_uid="tests-history-maintenance")


def pytest_runtest_setup(item):
    reason = _missing_service(item)
    if reason and REQUIRE_SERVICES:
        pytest.fail(f"REQUIRED SERVICE MISSING (TRACKER_REQUIRE_SERVICES=1): {reason}", pytrace=False)
    elif reason:
        pytest.skip(reason)


@pytest.fixture(autouse=True)
def _media_in_tmp(request, tmp_path):
    # Originals written by tests go to a throwaway folder, never into var/media. The engine's
    # own tests also run without Django (-p no:django), where there are no settings to change.
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def seed_paths():
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def on_commit_runs(django_capture_on_commit_callbacks):
    """Run transaction.on_commit callbacks (queued extraction) inside a test's wrapping transaction."""

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run
