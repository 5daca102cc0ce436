"""The beat schedule and reminder cadence come from the environment."""

import json
import os
import subprocess
import sys

from tests.locations import ROOT

PROBE = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "from tracker.celery import app; app.loader.import_default_modules(); "
    "e = s.CELERY_BEAT_SCHEDULE['send-reminders']; "
    "print(json.dumps([e['task'], sorted(e['schedule'].hour), sorted(e['schedule'].minute), s.CELERY_TIMEZONE, "
    "s.REMINDER_DEFAULT_RECIPIENTS, s.REMINDER_DAYS_BEFORE, s.REMINDER_OVERVIEW_EVERY_MONTHS, e['task'] in app.tasks]))"
)


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("REMINDER_")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "tracker.settings", **env},
        check=True,
    )
    return json.loads(result.stdout)


def test_by_default_the_sweep_runs_at_seven_amsterdam_time_with_nobody_mailed_by_default():
    assert settings_with() == ["commitments.tasks.send_reminders", [7], [0], "Europe/Amsterdam", [], [14, 3], 1, True]


def test_the_time_of_day_recipients_and_cadence_are_overridable():
    task, hour, minute, _, recipients, days, overview, _ = settings_with(
        REMINDER_SEND_AT="18:30",
        REMINDER_DEFAULT_RECIPIENTS="griffie@tk.example, commissie@tk.example",
        REMINDER_DAYS_BEFORE="30,7,1",
        REMINDER_OVERVIEW_EVERY_MONTHS="6",
    )
    assert (hour, minute, recipients, days, overview) == (
        [18],
        [30],
        ["griffie@tk.example", "commissie@tk.example"],
        [30, 7, 1],
        6,
    )


def test_a_malformed_time_of_day_stops_startup_with_a_clear_message():
    clean = {k: v for k, v in os.environ.items() if not k.startswith("REMINDER_")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**clean, "DJANGO_SETTINGS_MODULE": "tracker.settings", "REMINDER_SEND_AT": "7 uur"},
    )
    assert result.returncode != 0 and "REMINDER_SEND_AT must be a time of day such as 07:00" in result.stderr
