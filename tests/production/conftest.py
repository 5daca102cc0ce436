"""A real Celery worker on a real broker, sharing the PostgreSQL test database with the tests."""

import os
import subprocess
import sys
import time

import pytest
from django.db import connection

from tests.conftest import ROOT


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path, settings):
    """Start `celery worker` against the test database; route this process's tasks to the broker."""
    from tracker.celery import app

    broker = os.environ["TEST_CELERY_BROKER_URL"]
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "TRACKER_VAR_DIR": str(tmp_path),
    }
    app.connection_for_write().connect()  # fail fast if the broker is gone
    with app.connection_for_write() as conn:  # leftovers of an earlier run must not be replayed here
        for queue in ("extraction", "default", "email"):
            try:
                conn.default_channel.queue_purge(queue)
            except Exception:
                pass
    log = open(tmp_path / "worker.log", "w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tracker", "worker", "-Q", "extraction,default,email",
         "--pool", "solo", "--without-gossip", "--without-mingle", "-l", "info", "-n", f"test-{os.getpid()}@%h"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    app.conf.task_always_eager = False
    app.conf.broker_url = broker
    try:
        _wait_until_ready(tmp_path / "worker.log", worker)
        yield worker
    finally:
        app.conf.task_always_eager, app.conf.broker_url = previous
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()


def _wait_until_ready(log_path, worker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError(f"celery worker exited early:\n{log_path.read_text()}")
        if "ready." in log_path.read_text():
            return
        time.sleep(0.2)
    raise RuntimeError(f"celery worker not ready after {timeout}s:\n{log_path.read_text()}")


def wait_for(predicate, timeout=60, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
