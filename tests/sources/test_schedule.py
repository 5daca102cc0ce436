"""Beat polls the sources only when they are switched on; the task does nothing while they are off."""

import json

import pytest

from commitments.models import RegistryEntry
from commitments.tasks import sync_sources
from tests.foundation.test_settings import run_python

from .shapes import toezegging

PROBE = """
import json, django
from django.conf import settings
django.setup()
entry = settings.CELERY_BEAT_SCHEDULE.get("sync-sources")
print(json.dumps({"enabled": settings.SOURCES_ENABLED, "url": settings.TK_ODATA_URL,
                  "entry": entry and {"task": entry["task"], "every": entry["schedule"]}}))
"""


def beat_under(env, tmp_path):
    result = run_python(PROBE, env, tmp_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_by_default_the_sources_are_off_and_beat_has_no_entry_for_them(tmp_path):
    seen = beat_under({}, tmp_path)
    assert seen == {"enabled": False, "url": "https://gegevensmagazijn.tweedekamer.nl", "entry": None}


def test_switched_on_beat_runs_the_sync_every_sources_poll_every_seconds(tmp_path):
    seen = beat_under(
        {"SOURCES_ENABLED": "true", "SOURCES_POLL_EVERY": "900", "TK_ODATA_URL": "http://spiegel.intern/"}, tmp_path
    )
    assert seen == {
        "enabled": True,
        "url": "http://spiegel.intern",
        "entry": {"task": "commitments.tasks.sync_sources", "every": 900.0},
    }


def test_a_poll_interval_under_a_minute_is_refused_at_start(tmp_path):
    result = run_python(PROBE, {"SOURCES_POLL_EVERY": "5"}, tmp_path)
    assert result.returncode != 0 and "SOURCES_POLL_EVERY" in result.stderr


@pytest.mark.django_db
def test_the_task_does_nothing_while_the_sources_are_off(settings):
    settings.SOURCES_ENABLED = False
    assert sync_sources.delay().get() == {"skipped": "SOURCES_ENABLED is off"}


@pytest.mark.django_db
def test_the_task_syncs_both_entity_sets_when_on(sources_on):
    sources_on.add("Toezegging", toezegging(1))
    summary = sync_sources.delay().get()
    assert summary["Toezegging"] == {"status": "finished", "fetched": 1, "changed": 1, "failed": 0}
    assert summary["Document"]["status"] == "finished"
    assert RegistryEntry.objects.count() == 1
