"""The commands and the schedule: sync_sources with its progress line, off by default,
and a sync whose work grows linearly with the rows (counted, never timed)."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment, Document, RegistryEntry
from tests.locations import CORPUS

from .shapes import PDF, document, generated, guid, toezegging

pytestmark = pytest.mark.django_db


def sync_command(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("sync_sources", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exit:
        code = exit.code
    return code, out.getvalue(), err.getvalue()


def test_it_refuses_while_the_sources_are_off(settings):
    settings.SOURCES_ENABLED = False
    with pytest.raises(CommandError, match="SOURCES_ENABLED"):
        call_command("sync_sources")


def test_it_reads_the_registry_then_the_documents(sources_on, on_commit_runs):
    tk = sources_on
    tk.add("Toezegging", toezegging(1), toezegging(2, changed="2025-04-10T09:00:01Z", Status="Afgedaan"))
    tk.add("Document", document("a", soort="Antwoord schriftelijke vragen"))
    tk.resources[guid("document-a")] = (PDF, (CORPUS / "sources" / "005.pdf").read_bytes())
    code, out, err = on_commit_runs(sync_command)
    assert (code, err) == (0, "")
    assert "Toezegging: 2 fetched, 2 changed, 0 failed" in out
    assert "Document: 1 fetched, 1 changed, 0 failed" in out
    assert (RegistryEntry.objects.count(), Document.objects.count()) == (2, 1)


def test_it_exits_1_and_says_why_when_a_run_fails(sources_on):
    sources_on.fail("500", times=10)
    code, out, err = sync_command("--entity", "Toezegging")
    assert code == 1
    assert "Toezegging: http_500" in err


def test_limit_stops_after_that_many_rows(sources_on):
    sources_on.add("Toezegging", *generated(10))
    code, out, _ = sync_command("--entity", "Toezegging", "--limit", "4")
    assert code == 0 and RegistryEntry.objects.count() == 4
    assert "4/4 (100%)" in out


def test_since_must_be_a_date(sources_on):
    with pytest.raises(CommandError, match="--since"):
        call_command("sync_sources", "--since", "gisteren")


@pytest.mark.slow
def test_several_thousand_rows_show_progress_with_n_of_n_and_an_eta(sources_on):
    sources_on.page_size = 250
    sources_on.add("Toezegging", *generated(3000))
    code, out, _ = sync_command("--entity", "Toezegging")
    assert code == 0
    shown = re.findall(r"\] (\d+)/3000 \(\d+%\) ETA (\d+:\d\d:\d\d)", out)
    assert len(shown) >= 20 and shown[-1][0] == "3000"
    assert [int(n) for n, _ in shown] == sorted(int(n) for n, _ in shown)
    assert "Toezegging: 3000 fetched, 3000 changed, 0 failed, 12 requests" in out
    assert Commitment.objects.count() == 3000


def test_the_work_of_a_sync_grows_linearly_with_the_rows(sources_on):
    """Requests and queries per row stay constant: each further 120 rows cost the same."""
    from commitments.services.sources.client import build_client
    from commitments.services.sources.syncing import sync

    sources_on.page_size = 60
    rows = generated(732)
    costs = []
    # A first small round meets the promiser (one ministry, one member) that later rounds find known.
    # Rounds are whole cycles of the six statuses, since an empty status costs one history entry more.
    for first, last in ((0, 12), (12, 132), (132, 372), (372, 732)):
        sources_on.entities["Toezegging"][:] = rows[first:last]
        with CaptureQueriesContext(connection) as queries:
            run = sync("Toezegging", build_client(sleep=lambda s: None))
        assert run.changed == last - first
        costs.append((run.requests, len(queries)))
    (r1, q1), (r2, q2), (r3, q3) = costs[1:]
    assert (r1, r2, r3) == (2, 4, 6)  # 120, 240, 360 rows in pages of 60
    assert q3 - q2 == q2 - q1 > 0
