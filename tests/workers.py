"""Real Celery workers on a real broker, sharing the PostgreSQL test database with the tests.

A pytest plugin (tests/conftest.py loads it), so every folder can ask for the fixtures:
`celery_workers(n)` starts n worker processes (solo pool each, so n tasks run truly in
parallel) and routes this process's tasks to the broker instead of running them eagerly.
`celery_worker_process` is the common case of one worker.
"""

import os
import signal
import subprocess
import sys
import time

import kombu.pools
import pytest
from django.db import connection

from tests.locations import ROOT

QUEUES = ("extraction", "default", "email")


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


class Worker:
    def __init__(self, process: subprocess.Popen, log_path):
        self.process, self.log_path = process, log_path

    def log(self) -> str:
        return self.log_path.read_text()

    def kill(self):
        """Kill without a warm shutdown, as a crash or an OOM kill would."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def celery_workers(transactional_db, tmp_path, settings):
    from tracker.celery import app

    broker = os.environ["TEST_CELERY_BROKER_URL"]
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "TRACKER_VAR_DIR": str(tmp_path),
    }
    previous = (app.conf.task_always_eager, app.conf.broker_url)
    _use_broker(app, broker, eager=False)
    with app.connection_for_write() as conn:  # leftovers of an earlier run must not be replayed here
        conn.ensure_connection(max_retries=1)
        for queue in QUEUES:
            try:
                conn.default_channel.queue_purge(queue)
            except Exception:  # a queue that was never declared has nothing to purge
                pass
    workers = []

    def start(count: int = 1, extra_env: dict | None = None) -> list[Worker]:
        started = []
        for _ in range(count):
            n = len(workers)
            log_path = tmp_path / f"worker-{n}.log"
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "tracker",
                    "worker",
                    "-Q",
                    ",".join(QUEUES),
                    "--pool",
                    "solo",
                    "--without-gossip",
                    "--without-mingle",
                    "--without-heartbeat",
                    "-l",
                    "info",
                    "-n",
                    f"test{n}-{os.getpid()}@%h",
                ],
                cwd=ROOT,
                env={**env, **(extra_env or {})},
                stdout=log_path.open("w"),
                stderr=subprocess.STDOUT,
            )
            worker = Worker(process, log_path)
            workers.append(worker)
            started.append(worker)
        for worker in started:
            _wait_until_ready(worker)
        return started

    try:
        yield start
    finally:
        _use_broker(app, previous[1], eager=previous[0])
        for worker in workers:
            worker.stop()


def _use_broker(app, url, *, eager):
    """Point the app at another broker. Celery caches its connection and producer pools from
    the first publish, so they are dropped too; otherwise tasks go to the broker of an earlier
    test (by default amqp://localhost, where a RabbitMQ may well be listening)."""
    app.conf.task_always_eager = eager
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None
    kombu.pools.reset()  # the registry keys pools by URL and would hand back a closed one


@pytest.fixture
def celery_worker_process(celery_workers):
    return celery_workers(1)[0]


def _wait_until_ready(worker: Worker, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.process.poll() is not None:
            raise RuntimeError(f"celery worker exited early:\n{worker.log()}")
        if "ready." in worker.log():
            return
        time.sleep(0.2)
    raise RuntimeError(f"celery worker not ready after {timeout}s:\n{worker.log()}")


def wait_for(predicate, timeout=60, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
