"""The clerk's day in a real browser: Debian's chromium, headless, against a live server.

Screenshots of the key screens are kept under $TMPDIR/admin-screenshots (printed at the end).
"""

import csv
import io
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connections

from commitments.models import Commitment, CommitmentEvent, Document
from commitments.services.access import sync_groups
from tests.locations import CHROMIUM, SEEDS

# Not serialized_rollback: Django then skips post_migrate after the flush, which leaves the
# permission table empty for the transactional tests that run next. The groups are made below.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED = SEEDS / "003_dcb3eaf674cd86d8.txt"
PASSWORD = "geheim-wachtwoord-1"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path(tempfile.gettempdir()) / "admin-screenshots"


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between page actions are still plain synchronous calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        # Close this thread's connections while Playwright's loop still runs: without it one
        # stays open and PostgreSQL cannot drop the test database ("accessed by other users").
        connections.close_all()
        browser.close()


@pytest.fixture
def users(db):
    # A transactional test elsewhere may have flushed the groups; this is what migrate runs.
    sync_groups()
    made = {}
    for name, group in (("griffier", "Clerks"), ("lezer", "Read-only")):
        user = get_user_model().objects.create_user(name, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        made[name] = user
    return made


def log_in(browser, live_server, username):
    page = browser.new_context(
        locale="nl-NL", accept_downloads=True, viewport={"width": 1920, "height": 1080}
    ).new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#tz-dashboard")
    return page


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_a_clerk_uploads_a_seed_confirms_and_fulfils_a_commitment_and_exports_the_list(browser, live_server, users):
    page = log_in(browser, live_server, "griffier")
    shot(page, "01-dashboard")

    page.goto(f"{live_server.url}/admin/commitments/document/upload/")
    page.set_input_files("input[name=files]", str(SEED))
    page.click("#upload-form input[type=submit]")
    page.wait_for_selector("#tz-found")
    document = Document.objects.get()
    assert document.ingest_status == "done"
    found = page.locator("#tz-found a")
    assert found.count() == Commitment.objects.filter(mentions__document=document).distinct().count() > 0
    shot(page, "02-document-with-commitments")

    page.goto(f"{live_server.url}/admin/commitments/commitment/")
    assert page.locator("#result_list tbody tr").count() == Commitment.objects.count()
    shot(page, "03-commitment-list")
    page.goto(f"{live_server.url}/admin/commitments/commitment/review/")
    assert page.locator("#result_list tbody tr").count() == Commitment.objects.filter(review_state="proposed").count()
    shot(page, "03b-review-queue")

    found_first = Commitment.objects.filter(mentions__document=document).order_by("pk").first()
    page.goto(f"{live_server.url}/admin/commitments/commitment/{found_first.pk}/change/")
    assert page.locator("#tz-sources mark").count() >= 1
    shot(page, "04-commitment-page")

    page.click("a.tz-action[data-action=confirm]")
    page.fill("#id_reason", "gecontroleerd tegen de brief")
    page.click("#action-form input[name=apply]")
    page.wait_for_selector("#tz-history")
    assert Commitment.objects.get(pk=found_first.pk).review_state == "confirmed"

    page.click("a.tz-action[data-action=fulfil]")
    # The document field searches as the clerk types (the admin's autocomplete).
    page.click(".field-document .select2-selection, #action-form .select2-selection")
    page.fill(".select2-search__field", "Oekra")
    page.click(f".select2-results__option:has-text('{document.title[:30]}')")
    page.fill("#id_reason", "de brief van 6 januari doet het af")
    page.click("#action-form input[name=apply]")
    page.wait_for_selector("#tz-history tr.tz-event[data-field=status]")
    history_row = page.locator("#tz-history tr.tz-event[data-field=status]")
    assert "griffier" in history_row.inner_text() and "afgedaan" in history_row.inner_text()
    assert CommitmentEvent.objects.filter(commitment=found_first, field="status", user=users["griffier"]).exists()
    shot(page, "05-history-after-fulfilment")

    page.goto(f"{live_server.url}/admin/commitments/commitment/?status__exact=fulfilled")
    with page.expect_download() as download_info:
        page.click("#export-csv")
    exported = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))
    assert [row[0] for row in rows[1:]] == [found_first.number]

    page.goto(f"{live_server.url}/admin/")
    assert page.locator("#tz-dashboard svg").count() >= 1
    shot(page, "07-dashboard-after-upload")
    print(f"\nadmin screenshots: {SHOTS}")


def test_a_read_only_user_can_look_but_not_change_anything(browser, live_server, users, make_commitment):
    commitment = make_commitment()
    page = log_in(browser, live_server, "lezer")
    page.goto(f"{live_server.url}/admin/commitments/commitment/")
    assert page.locator("select[name=action]").count() == 0
    page.goto(f"{live_server.url}/admin/commitments/commitment/{commitment.pk}/change/")
    assert page.locator("#tz-sources mark").count() == 1
    assert page.locator("a.tz-action").count() == 0
    assert page.locator("input[name=_save]").count() == 0
    shot(page, "06-read-only-commitment-page")

    for url in (f"/admin/commitments/commitment/{commitment.pk}/do/confirm/", "/admin/commitments/document/upload/"):
        response = page.goto(f"{live_server.url}{url}")
        assert response.status == 403
    assert not CommitmentEvent.objects.filter(commitment=commitment).exists()
    print(f"\nadmin screenshots: {SHOTS}")
