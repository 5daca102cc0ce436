"""Settings come from the environment; with none, the embedded default just runs."""

import json
import os
import subprocess
import sys

from tests.locations import ROOT

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "transaction_mode": settings.DATABASES["default"].get("OPTIONS", {}).get("transaction_mode"),
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "email": settings.EMAIL_BACKEND,
    "debug": settings.DEBUG,
    "tz": settings.TIME_ZONE,
    "lang": settings.LANGUAGE_CODE,
    "languages": [code for code, _ in settings.LANGUAGES],
}))
"""
PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "a-long-random-production-secret-key-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "toezeggingen.example.nl",
    "DATABASE_URL": "postgres://tracker@db.example.nl:5432/tracker",
    "CELERY_BROKER_URL": "redis://broker.example.nl:6379/0",
    "EMAIL_HOST": "smtp.example.nl",
}
# Everything the settings read, removed so each case starts from a clean environment.
SETTINGS_VARIABLES = {*PRODUCTION, "EMAIL_PORT", "SECURE_SSL_REDIRECT", "TRACKER_VAR_DIR"}


def run_python(code, env, tmp_path, *args):
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    clean.update(DJANGO_SETTINGS_MODULE="tracker.settings", TRACKER_VAR_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, code, *args] if code.endswith(".py") else [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings_under(env, tmp_path):
    result = run_python(PROBE, env, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_with_no_environment_it_runs_embedded(tmp_path):
    seen = settings_under({}, tmp_path)
    assert seen["engine"] == "django.db.backends.sqlite3"
    assert seen["transaction_mode"] == "IMMEDIATE"
    assert seen["eager"] is True
    assert seen["email"] == "django.core.mail.backends.console.EmailBackend"
    assert seen["debug"] is True


def test_it_speaks_dutch_by_default_with_english_available_in_amsterdam_time(tmp_path):
    seen = settings_under({}, tmp_path)
    assert (seen["lang"], seen["languages"], seen["tz"]) == ("nl", ["nl", "en"], "Europe/Amsterdam")


def test_production_variables_switch_database_broker_and_mail(tmp_path):
    seen = settings_under(PRODUCTION, tmp_path)
    assert seen["engine"] == "django.db.backends.postgresql"
    assert seen["eager"] is False
    assert seen["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert seen["debug"] is False


def test_it_refuses_to_start_without_debug_on_the_default_secret_key(tmp_path):
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = run_python(PROBE, env, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_malformed_boolean_is_a_clear_error(tmp_path):
    result = run_python(PROBE, {"DEBUG": "perhaps"}, tmp_path)
    assert result.returncode != 0
    assert "DEBUG='perhaps' is not a boolean" in result.stderr


def test_check_deploy_prints_no_warnings_with_production_settings(tmp_path):
    result = run_python("manage.py", PRODUCTION, tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_sqlite_runs_in_wal_mode(tmp_path):
    result = run_python(
        "import django; django.setup(); from django.db import connection; c = connection.cursor(); "
        "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])",
        {},
        tmp_path,
    )
    assert result.stdout.strip() == "wal", result.stderr
